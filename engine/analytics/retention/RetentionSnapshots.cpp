#include "analytics/retention/RetentionSnapshots.h"

#include "projection/ProjectionStore.h"
#include "projection/SiteProjection.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace pulse {

namespace {

QTimeZone zoneOf(const QString &name)
{
    QTimeZone zone(name.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

RetentionSnapshots::RetentionSnapshots(EventWriter &writer, ReadPool &reads, ProjectionStore &projections)
    : m_writer(writer), m_reads(reads), m_projections(projections)
{
}

RetentionQuery RetentionSnapshots::nightlyQuery(qint64 siteId, const QString &zone, qint64 nowMs)
{
    RetentionQuery q;
    q.siteId = siteId;
    q.period = RetentionQuery::Period::Week;
    q.periods = RetentionQuery::kDefaultPeriods;
    setReportRange(&q, zone, nowMs);
    return q;
}

void RetentionSnapshots::setReportRange(RetentionQuery *query, const QString &siteZone, qint64 nowMs)
{
    const QTimeZone tz = zoneOf(query->timeZone.isEmpty() ? siteZone : query->timeZone);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, tz).date();
    const int n = query->periods;
    const QDate first = query->period == RetentionQuery::Period::Day ? today.addDays(-n)
        : query->period == RetentionQuery::Period::Week              ? today.addDays(-7LL * n)
                                                                     : today.addMonths(-n);
    query->toMs = today.startOfDay(tz).toMSecsSinceEpoch();
    query->fromMs = first.startOfDay(tz).toMSecsSinceEpoch();
}

qint64 RetentionSnapshots::nextNightlyRun(const QString &zone, qint64 lastRunMs)
{
    const QTimeZone tz = zoneOf(zone);
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(lastRunMs, tz);
    QDateTime next(last.date(), QTime(2, 0), tz);
    if (next.toMSecsSinceEpoch() <= lastRunMs)
        next = QDateTime(last.date().addDays(1), QTime(2, 0), tz);
    return next.toMSecsSinceEpoch();
}

QByteArray RetentionSnapshots::keyOf(const QJsonObject &requestKey)
{
    return QJsonDocument(requestKey).toJson(QJsonDocument::Compact);
}

qint64 RetentionSnapshots::eventsBeforeEnd(const RetentionQuery &query) const
{
    if (query.toMs % SiteProjection::kSlotMs != 0)
        return -1;
    const std::shared_ptr<const SiteProjection> site = m_projections.site(query.siteId);
    if (!site)
        return 0;
    const auto lock = site->readLock();
    return site->eventsBefore(query.toMs, query.includeBots);
}

std::optional<RetentionResult> RetentionSnapshots::find(const QJsonObject &requestKey, const RetentionQuery &query)
{
    const qint64 current = eventsBeforeEnd(query);
    if (current < 0)
        return std::nullopt;
    const QByteArray key = keyOf(requestKey);
    {
        std::lock_guard guard(m_mutex);
        const auto it = m_entries.constFind(key);
        if (it != m_entries.constEnd()) {
            if (it->eventsBeforeEnd != current)
                return std::nullopt;
            RetentionResult result = it->result;
            result.snapshotAtMs = it->computedAtMs;
            return result;
        }
    }
    // Not in memory: a snapshot from before a restart may be in SQLite.
    Entry entry;
    {
        ReadPool::Lease lease = m_reads.acquire();
        SqlStatement st = lease.db().prepare(QStringLiteral(
            "SELECT events_before_end, computed_at, result FROM retention_snapshots WHERE request_key = ?1"));
        st.bind(1, QString::fromUtf8(key));
        if (!st.step())
            return std::nullopt;
        entry.eventsBeforeEnd = st.columnInt(0);
        entry.computedAtMs = st.columnInt(1);
        entry.result = RetentionResult::fromJson(QJsonDocument::fromJson(st.columnText(2).toUtf8()).object());
    }
    {
        std::lock_guard guard(m_mutex);
        m_entries.insert(key, entry);
    }
    if (entry.eventsBeforeEnd != current)
        return std::nullopt;
    entry.result.snapshotAtMs = entry.computedAtMs;
    return entry.result;
}

void RetentionSnapshots::store(const QJsonObject &requestKey, const RetentionQuery &query,
    const RetentionResult &result, qint64 computedAtMs, qint64 eventsBefore)
{
    if (eventsBefore < 0)
        return;
    const qint64 events = eventsBefore;
    RetentionResult stored = result;
    stored.cached = false;
    stored.elapsedMs = 0;
    stored.snapshotAtMs = 0;
    const QByteArray key = keyOf(requestKey);
    const QString json = QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact));
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO retention_snapshots(request_key, site_id, to_ms, include_bots, events_before_end, "
            "computed_at, result) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        st.bind(1, QString::fromUtf8(key))
            .bind(2, query.siteId)
            .bind(3, query.toMs)
            .bind(4, query.includeBots ? 1 : 0)
            .bind(5, events)
            .bind(6, computedAtMs)
            .bind(7, json);
        st.run();
        // Older nights' snapshots of the site answer ranges nobody asks for any more.
        SqlStatement prune = db.prepare(
            QStringLiteral("DELETE FROM retention_snapshots WHERE site_id = ?1 AND computed_at < ?2 - 8 * 86400000"));
        prune.bind(1, query.siteId).bind(2, computedAtMs);
        prune.run();
    });
    std::lock_guard guard(m_mutex);
    m_entries.insert(key, Entry { events, computedAtMs, stored });
}

} // namespace pulse
