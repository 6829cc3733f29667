#include "storage/RetentionPurge.h"

#include "access/SiteStore.h"
#include "projection/ProjectionStore.h"
#include "storage/EventWriter.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

namespace pulse {

namespace {
constexpr qint64 kPurgeDayMs = 24 * 60 * 60 * 1000LL;
} // namespace

RetentionPurge::Result RetentionPurge::run(qint64 nowMs)
{
    Result result;
    for (const Site &site : m_workspace.sites().list()) {
        const int days = site.settings.retentionDays;
        if (days <= 0)
            continue;
        const qint64 cutoff = nowMs - qint64(days) * kPurgeDayMs;
        const qint64 events = deleteBefore("events", "ts", site.id, cutoff);
        result.events += events;
        result.sessions += deleteBefore("sessions", "last_seen_at", site.id, cutoff);
        result.quarantined += deleteBefore("quarantine", "received_at", site.id, cutoff);
        if (events > 0)
            result.sites << site.id;
    }
    // One rebuild for all sites: the projection's stored blocks mix every site's events.
    if (result.events > 0)
        m_workspace.projections().rebuild();
    return result;
}

qint64 RetentionPurge::deleteBefore(const char *table, const char *timeColumn, qint64 siteId, qint64 cutoffMs)
{
    // Table and column names are constants of this file, never input.
    const QString sql = QStringLiteral("DELETE FROM %1 WHERE rowid IN (SELECT rowid FROM %1 WHERE site_id = ?1 AND "
                                       "%2 < ?2 LIMIT ?3)")
                            .arg(QLatin1String(table), QLatin1String(timeColumn));
    qint64 total = 0;
    for (;;) {
        qint64 deleted = 0;
        m_workspace.writer().execute([&sql, siteId, cutoffMs, this, &deleted](SqliteDatabase &db) {
            SqlStatement st = db.prepare(sql);
            st.bind(1, siteId).bind(2, cutoffMs).bind(3, qint64(m_batchRows));
            st.run();
            deleted = db.changes();
        });
        total += deleted;
        if (deleted < m_batchRows)
            return total;
    }
}

} // namespace pulse
