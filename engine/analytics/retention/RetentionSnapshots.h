// Pre-computed retention grids (docs/retention.md, Snapshots): the scheduler computes each night's
// default reports and stores them here; a later request for exactly the same report is answered from
// the snapshot while no event before the report's end has arrived since. Validity is checked against
// the projection's per-quarter-hour event counts, so a late or imported event for a covered period
// invalidates the snapshot without any bookkeeping on the ingest path. Kept in memory and in SQLite
// (table retention_snapshots), so they survive a restart.
#pragma once

#include "analytics/retention/RetentionQuery.h"
#include "analytics/retention/RetentionResult.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

#include <mutex>
#include <optional>

namespace pulse {

class EventWriter;
class ProjectionStore;
class ReadPool;

class RetentionSnapshots final {
public:
    RetentionSnapshots(EventWriter &writer, ReadPool &reads, ProjectionStore &projections);

    // The nightly report of a site: first-time weekly retention of any event over the 13 weeks
    // before today's midnight in the zone (complete days only, so the day's new events leave it valid).
    static RetentionQuery nightlyQuery(qint64 siteId, const QString &zone, qint64 nowMs);
    // The range of a saved report and of the nightly report: the query's last `periods` periods
    // before today's midnight, in its own zone or else the site's.
    static void setReportRange(RetentionQuery *query, const QString &siteZone, qint64 nowMs);
    // When the next nightly run after lastRunMs is due: 02:00 in the zone.
    static qint64 nextNightlyRun(const QString &zone, qint64 lastRunMs);

    // The stored answer to the request, if it is still valid.
    std::optional<RetentionResult> find(const QJsonObject &requestKey, const RetentionQuery &query);
    // The site's events before the query's end, or -1 when its counts cannot vouch for a snapshot (an
    // end that is not a whole quarter hour). Read it before computing the answer to store: an event
    // committed meanwhile then makes the snapshot look stale, never wrongly fresh.
    qint64 eventsBeforeEnd(const RetentionQuery &query) const;
    // Stores an answer computed at computedAtMs from at least eventsBefore events.
    void store(const QJsonObject &requestKey, const RetentionQuery &query, const RetentionResult &result,
        qint64 computedAtMs, qint64 eventsBefore);

private:
    struct Entry {
        qint64 eventsBeforeEnd = -1;
        qint64 computedAtMs = 0;
        RetentionResult result;
    };
    static QByteArray keyOf(const QJsonObject &requestKey);

    EventWriter &m_writer;
    ReadPool &m_reads;
    ProjectionStore &m_projections;
    std::mutex m_mutex;
    QHash<QByteArray, Entry> m_entries; // what this process stored or loaded
};

} // namespace pulse
