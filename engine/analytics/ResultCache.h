// Answers already computed, keyed by the request (its canonical JSON) and the write epoch of the site
// it reads. A commit raises only its own site's epoch, so other sites' answers stay valid; stale
// entries are never returned and age out of the bounded LRU.
#pragma once

#include <QByteArray>
#include <QCache>
#include <QJsonObject>

#include <mutex>

namespace pulse {

class ResultCache final {
public:
    explicit ResultCache(int maxEntries = 256);

    bool find(const QByteArray &kind, const QJsonObject &request, qint64 epoch, QJsonObject *answer);
    void insert(const QByteArray &kind, const QJsonObject &request, qint64 epoch, const QJsonObject &answer);

private:
    static QByteArray keyOf(const QByteArray &kind, const QJsonObject &request, qint64 epoch);
    std::mutex m_mutex;
    QCache<QByteArray, QJsonObject> m_entries;
};

} // namespace pulse
