#include "alerts/AlertRuleStore.h"

#include "core/Clock.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <QJsonDocument>

namespace pulse {

namespace {

const QString kRuleColumns
    = QStringLiteral("id, site_id, name, definition, interval_ms, cooldown_ms, enabled, state, last_evaluated_at, "
                     "last_fired_at, last_value, created_at, updated_at");

AlertRule ruleFrom(const SqlStatement &st)
{
    AlertRule r;
    r.id = st.columnInt(0);
    r.siteId = st.columnInt(1);
    r.name = st.columnText(2);
    AlertRule::readDefinition(QJsonDocument::fromJson(st.columnText(3).toUtf8()).object(), &r);
    r.intervalMs = st.columnInt(4);
    r.cooldownMs = st.columnInt(5);
    r.enabled = st.columnInt(6) != 0;
    r.state = st.columnText(7) == QLatin1String("firing") ? AlertRule::State::Firing : AlertRule::State::Ok;
    r.lastEvaluatedAtMs = st.columnIsNull(8) ? 0 : st.columnInt(8);
    r.lastFiredAtMs = st.columnIsNull(9) ? 0 : st.columnInt(9);
    if (!st.columnIsNull(10))
        r.lastValue = st.columnDouble(10);
    r.createdAtMs = st.columnInt(11);
    r.updatedAtMs = st.columnInt(12);
    return r;
}

QString definitionText(const AlertRule &rule)
{
    return QString::fromUtf8(QJsonDocument(rule.definitionJson()).toJson(QJsonDocument::Compact));
}

} // namespace

AlertRuleStore::AlertRuleStore(Workspace &workspace) : m_workspace(workspace) { }

AlertRule AlertRuleStore::insert(AlertRule rule)
{
    rule.createdAtMs = rule.updatedAtMs = m_workspace.clock().nowMs();
    rule.state = AlertRule::State::Ok;
    rule.lastEvaluatedAtMs = rule.lastFiredAtMs = 0;
    rule.lastValue.reset();
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(
            QStringLiteral("INSERT INTO alert_rules(site_id, name, definition, interval_ms, cooldown_ms, enabled, "
                           "created_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"));
        st.bind(1, rule.siteId).bind(2, rule.name).bind(3, definitionText(rule));
        st.bind(4, rule.intervalMs).bind(5, rule.cooldownMs).bind(6, rule.enabled ? 1 : 0).bind(7, rule.createdAtMs);
        st.run();
        rule.id = db.lastInsertRowId();
    });
    return rule;
}

bool AlertRuleStore::update(AlertRule rule)
{
    bool changed = false;
    const qint64 now = m_workspace.clock().nowMs();
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(
            QStringLiteral("UPDATE alert_rules SET name = ?3, definition = ?4, interval_ms = ?5, cooldown_ms = ?6, "
                           "enabled = ?7, updated_at = ?8 WHERE id = ?1 AND site_id = ?2"));
        st.bind(1, rule.id).bind(2, rule.siteId).bind(3, rule.name).bind(4, definitionText(rule));
        st.bind(5, rule.intervalMs).bind(6, rule.cooldownMs).bind(7, rule.enabled ? 1 : 0).bind(8, now);
        st.run();
        changed = db.changes() > 0;
    });
    return changed;
}

bool AlertRuleStore::remove(qint64 siteId, qint64 id)
{
    bool removed = false;
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral("DELETE FROM alert_rules WHERE id = ?1 AND site_id = ?2"));
        st.bind(1, id).bind(2, siteId);
        st.run();
        removed = db.changes() > 0;
    });
    return removed;
}

std::optional<AlertRule> AlertRuleStore::get(qint64 siteId, qint64 id) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(
        QStringLiteral("SELECT ") + kRuleColumns + QStringLiteral(" FROM alert_rules WHERE id = ?1 AND site_id = ?2"));
    st.bind(1, id).bind(2, siteId);
    if (!st.step())
        return std::nullopt;
    return ruleFrom(st);
}

QList<AlertRule> AlertRuleStore::list(qint64 siteId) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kRuleColumns
        + QStringLiteral(" FROM alert_rules WHERE site_id = ?1 ORDER BY name COLLATE NOCASE, id"));
    st.bind(1, siteId);
    QList<AlertRule> rules;
    while (st.step())
        rules << ruleFrom(st);
    return rules;
}

QList<AlertRule> AlertRuleStore::due(qint64 nowMs) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kRuleColumns
        + QStringLiteral(" FROM alert_rules WHERE enabled = 1 AND (last_evaluated_at IS NULL OR "
                         "last_evaluated_at + interval_ms <= ?1) ORDER BY COALESCE(last_evaluated_at, 0), id"));
    st.bind(1, nowMs);
    QList<AlertRule> rules;
    while (st.step())
        rules << ruleFrom(st);
    return rules;
}

} // namespace pulse
