#include "alerts/Alerts.h"

#include "analytics/funnel/FunnelStore.h"
#include "core/Clock.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <QtGlobal>

#include <stdexcept>

namespace pulse {

Alerts::Alerts(Workspace &workspace)
    : m_workspace(workspace), m_rules(workspace), m_history(workspace), m_evaluator(workspace, m_history)
{
}

bool Alerts::checkReferences(const AlertRule &rule, QString *field, QString *error) const
{
    if (rule.metric == AlertRule::Metric::FunnelConversion && !m_workspace.funnels().get(rule.siteId, rule.funnelId)) {
        *field = QStringLiteral("funnel_id");
        *error = QStringLiteral("This site has no saved funnel %1 (see GET /api/v1/funnels).").arg(rule.funnelId);
        return false;
    }
    return true;
}

std::optional<AlertRule> Alerts::draft(qint64 siteId, const QJsonObject &json, QString *field, QString *error) const
{
    AlertRule rule;
    rule.siteId = siteId;
    if (!AlertRule::fromJson(json, &rule, field, error) || !checkReferences(rule, field, error))
        return std::nullopt;
    return rule;
}

std::optional<AlertRule> Alerts::create(qint64 siteId, const QJsonObject &json, QString *field, QString *error)
{
    const std::optional<AlertRule> rule = draft(siteId, json, field, error);
    if (!rule)
        return std::nullopt;
    return m_rules.insert(*rule);
}

std::optional<AlertRule> Alerts::update(
    qint64 siteId, qint64 id, const QJsonObject &json, QString *field, QString *error, bool *found)
{
    const std::optional<AlertRule> stored = m_rules.get(siteId, id);
    *found = stored.has_value();
    if (!stored)
        return std::nullopt;
    AlertRule rule = *stored;
    if (!AlertRule::fromJson(json, &rule, field, error) || !checkReferences(rule, field, error))
        return std::nullopt;
    if (!m_rules.update(rule)) {
        *found = false; // deleted meanwhile
        return std::nullopt;
    }
    return m_rules.get(siteId, id);
}

int Alerts::evaluateDue()
{
    const qint64 now = m_workspace.clock().nowMs();
    int evaluated = 0;
    for (const AlertRule &rule : m_rules.due(now)) {
        try {
            m_evaluator.evaluate(rule, now);
            ++evaluated;
        } catch (const std::invalid_argument &e) {
            // A rule whose funnel or cohort is gone cannot be evaluated until it is edited; its state
            // stays, and it is tried again at its next interval rather than at every tick.
            qWarning("alert %lld cannot be evaluated: %s", static_cast<long long>(rule.id), e.what());
            m_history.recordEvaluation(
                rule.id, now, AlertStatus { rule.state, rule.lastFiredAtMs }, std::nullopt, std::nullopt);
        }
    }
    return evaluated;
}

AlertBacktestResult Alerts::backtest(const AlertRule &rule)
{
    return AlertBacktest::run(m_workspace, rule, m_workspace.clock().nowMs());
}

} // namespace pulse
