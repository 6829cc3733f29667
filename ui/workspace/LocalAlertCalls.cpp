// LocalWorkspaceClient's alert calls (WorkspaceClient.h): the service's Alerts on the client's pool.
// A backtest runs thousands of stats windows and may take seconds; it never blocks the GUI thread.
#include "workspace/LocalWorkspaceClient.h"

#include "alerts/Alerts.h"
#include "core/Clock.h"
#include "storage/Workspace.h"
#include "workspace/LocalPoolCall.h"

#include <algorithm>

namespace pulse::ui {

namespace {

QString alertsNotRunning()
{
    return LocalWorkspaceClient::tr("Alerts are not running: the workspace's services did not start.");
}

QString ruleGone()
{
    return LocalWorkspaceClient::tr("The rule no longer exists; it may have been deleted meanwhile.");
}

} // namespace

QFuture<AlertRulesReply> LocalWorkspaceClient::alertRules(qint64 siteId)
{
    AlertRulesReply reply;
    reply.siteId = siteId;
    return onPool(reply, [alerts = m_alerts, siteId](AlertRulesReply &r) {
        if (!alerts)
            r.error = alertsNotRunning();
        else
            r.rules = alerts->rules().list(siteId);
    });
}

QFuture<AlertRuleReply> LocalWorkspaceClient::saveAlertRule(qint64 siteId, qint64 id, const QJsonObject &json)
{
    QFuture<AlertRuleReply> future
        = onPool(AlertRuleReply {}, [alerts = m_alerts, siteId, id, json](AlertRuleReply &reply) {
              if (!alerts) {
                  reply.error = alertsNotRunning();
                  return;
              }
              std::optional<AlertRule> saved;
              if (id == 0) {
                  saved = alerts->create(siteId, json, &reply.field, &reply.error);
              } else {
                  bool found = false;
                  saved = alerts->update(siteId, id, json, &reply.field, &reply.error, &found);
                  if (!found)
                      reply.error = ruleGone();
              }
              if (saved)
                  reply.rule = *saved;
          });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT alertRulesChanged(siteId); });
}

QFuture<AlertRuleReply> LocalWorkspaceClient::deleteAlertRule(qint64 siteId, qint64 id)
{
    QFuture<AlertRuleReply> future = onPool(AlertRuleReply {}, [alerts = m_alerts, siteId, id](AlertRuleReply &reply) {
        if (!alerts)
            reply.error = alertsNotRunning();
        else if (!alerts->remove(siteId, id))
            reply.error = ruleGone();
    });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT alertRulesChanged(siteId); });
}

QFuture<AlertBacktestReply> LocalWorkspaceClient::backtestAlert(qint64 siteId, const QJsonObject &json)
{
    return onPool(AlertBacktestReply {}, [alerts = m_alerts, siteId, json](AlertBacktestReply &reply) {
        if (!alerts) {
            reply.error = alertsNotRunning();
            return;
        }
        if (const std::optional<AlertRule> rule = alerts->draft(siteId, json, &reply.field, &reply.error)) {
            reply.rule = *rule;
            reply.result = alerts->backtest(*rule);
        }
    });
}

QFuture<AlertHistoryReply> LocalWorkspaceClient::alertHistory(qint64 siteId, qint64 ruleId, int limit)
{
    AlertHistoryReply reply;
    reply.siteId = siteId;
    reply.ruleId = ruleId;
    return onPool(reply, [alerts = m_alerts, siteId, ruleId, limit](AlertHistoryReply &r) {
        if (!alerts)
            r.error = alertsNotRunning();
        else
            r.events = alerts->history().list(siteId, ruleId, 0, std::clamp(limit, 1, AlertHistoryStore::kMaxPage));
    });
}

} // namespace pulse::ui
