// The bounded quarantine: every rejected event is kept with its reason and the payload as sent, so
// nothing a client sent disappears silently. The oldest entries of a site give way past its capacity.
#pragma once

#include "ingest/EventRecord.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace pulse {

class SqliteDatabase;

struct QuarantineEntry
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString siteKey;
    qint64 receivedAtMs = 0;
    QString reason;
    QString message;
    QByteArray payload;

    QJsonObject toJson() const;
    bool operator==(const QuarantineEntry &) const = default;
};

class QuarantineStore final
{
public:
    // Writer thread, inside the caller's transaction.
    static void insert(SqliteDatabase &writeDb, const QList<Rejection> &rejections, int capacityPerSite);
    // Newest first; entries with id < beforeId when beforeId > 0 (cursor paging). No siteId: all sites.
    static QList<QuarantineEntry> list(SqliteDatabase &readDb, std::optional<qint64> siteId, qint64 beforeId,
                                       int limit);
};

} // namespace pulse
