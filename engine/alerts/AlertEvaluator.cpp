#include "alerts/AlertEvaluator.h"

#include "alerts/AlertHistoryStore.h"
#include "alerts/AlertMetric.h"
#include "storage/Workspace.h"
#include "webhooks/WebhookOutbox.h"

#include <QtGlobal>

namespace pulse {

AlertEvaluator::AlertEvaluator(Workspace &workspace, AlertHistoryStore &history)
    : m_workspace(workspace), m_history(history)
{
}

AlertEvaluator::Outcome AlertEvaluator::evaluate(const AlertRule &rule, qint64 atMs)
{
    AlertMetric metric(m_workspace, rule, AlertMetric::Path::Cached);
    Outcome outcome;
    outcome.check = AlertCheck::run(rule, metric, atMs);
    outcome.decision = decideAlert(rule, AlertStatus { rule.state, rule.lastFiredAtMs }, outcome.check);
    outcome.decision.event = m_history.recordEvaluation(
        rule.id, atMs, outcome.decision.status, outcome.check.value, outcome.decision.event);
    if (outcome.decision.event) {
        // After the history row is stored, so a receiver that asks GET /api/v1/alerts/{id}/history finds it.
        QJsonObject data = outcome.decision.event->toJson();
        AlertRule after = rule; // the rule as it stands after this evaluation
        after.state = outcome.decision.status.state;
        after.lastFiredAtMs = outcome.decision.status.lastFiredAtMs;
        after.lastEvaluatedAtMs = atMs;
        after.lastValue = outcome.check.value;
        data.insert(QStringLiteral("rule"), after.toJson());
        try {
            m_workspace.webhooks().enqueue(rule.siteId, outcome.decision.event->webhookType(), data);
        } catch (const std::exception &e) {
            qWarning("alert %lld: the %s webhook was not queued: %s", static_cast<long long>(rule.id),
                qPrintable(outcome.decision.event->webhookType()), e.what());
        }
    }
    return outcome;
}

} // namespace pulse
