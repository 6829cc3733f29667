#include "analytics/ResultCache.h"

#include <QJsonDocument>

namespace pulse {

ResultCache::ResultCache(int maxEntries)
{
    m_entries.setMaxCost(maxEntries);
}

QByteArray ResultCache::keyOf(const QByteArray &kind, const QJsonObject &request, qint64 epoch)
{
    // QJsonObject keeps its keys sorted, so equal requests give equal bytes.
    return kind + '|' + QByteArray::number(epoch) + '|' + QJsonDocument(request).toJson(QJsonDocument::Compact);
}

bool ResultCache::find(const QByteArray &kind, const QJsonObject &request, qint64 epoch, QJsonObject *answer)
{
    const QByteArray key = keyOf(kind, request, epoch);
    std::lock_guard lock(m_mutex);
    const QJsonObject *hit = m_entries.object(key);
    if (!hit)
        return false;
    *answer = *hit;
    return true;
}

void ResultCache::insert(const QByteArray &kind, const QJsonObject &request, qint64 epoch, const QJsonObject &answer)
{
    const QByteArray key = keyOf(kind, request, epoch);
    std::lock_guard lock(m_mutex);
    m_entries.insert(key, new QJsonObject(answer), 1);
}

} // namespace pulse
