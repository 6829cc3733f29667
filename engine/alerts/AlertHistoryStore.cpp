#include "alerts/AlertHistoryStore.h"

#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace pulse {

AlertHistoryStore::AlertHistoryStore(Workspace &workspace) : m_workspace(workspace) { }

std::optional<AlertEvent> AlertHistoryStore::recordEvaluation(qint64 ruleId, qint64 atMs, const AlertStatus &status,
    const std::optional<double> &value, std::optional<AlertEvent> event)
{
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "UPDATE alert_rules SET state = ?2, last_evaluated_at = ?3, last_fired_at = ?4, last_value = ?5 "
            "WHERE id = ?1"));
        st.bind(1, ruleId).bind(2, AlertRule::stateName(status.state)).bind(3, atMs);
        if (status.lastFiredAtMs > 0)
            st.bind(4, status.lastFiredAtMs);
        else
            st.bindNull(4);
        if (value)
            st.bind(5, *value);
        else
            st.bindNull(5);
        st.run();
        if (!event || db.changes() == 0) // the rule was deleted meanwhile: nothing to record
            return;
        SqlStatement insert = db.prepare(
            QStringLiteral("INSERT INTO alert_events(rule_id, site_id, kind, at, window_from, value, threshold, "
                           "baseline, score) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
        insert.bind(1, ruleId).bind(2, event->siteId).bind(3, AlertEvent::kindName(event->kind));
        insert.bind(4, event->atMs).bind(5, event->windowFromMs).bind(6, event->value).bind(7, event->threshold);
        if (event->baseline)
            insert.bind(8, *event->baseline);
        else
            insert.bindNull(8);
        if (event->score)
            insert.bind(9, *event->score);
        else
            insert.bindNull(9);
        insert.run();
        event->id = db.lastInsertRowId();
    });
    if (event && event->id == 0)
        return std::nullopt;
    return event;
}

QList<AlertEvent> AlertHistoryStore::list(qint64 siteId, qint64 ruleId, qint64 beforeId, int limit) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(
        QStringLiteral("SELECT id, rule_id, site_id, kind, at, window_from, value, threshold, baseline, score "
                       "FROM alert_events WHERE site_id = ?1 AND (?2 = 0 OR rule_id = ?2) AND (?3 = 0 OR id < ?3) "
                       "ORDER BY id DESC LIMIT ?4"));
    st.bind(1, siteId).bind(2, ruleId).bind(3, beforeId).bind(4, std::clamp(limit, 1, kMaxPage));
    QList<AlertEvent> events;
    while (st.step()) {
        AlertEvent e;
        e.id = st.columnInt(0);
        e.ruleId = st.columnInt(1);
        e.siteId = st.columnInt(2);
        e.kind = st.columnText(3) == QLatin1String("resolved") ? AlertEvent::Kind::Resolved : AlertEvent::Kind::Fired;
        e.atMs = st.columnInt(4);
        e.windowFromMs = st.columnInt(5);
        e.value = st.columnDouble(6);
        e.threshold = st.columnDouble(7);
        if (!st.columnIsNull(8))
            e.baseline = st.columnDouble(8);
        if (!st.columnIsNull(9))
            e.score = st.columnDouble(9);
        events << e;
    }
    return events;
}

} // namespace pulse
