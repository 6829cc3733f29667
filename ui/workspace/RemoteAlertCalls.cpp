// RemoteWorkspaceClient's alert calls (WorkspaceClient.h) over the server's REST API (docs/alerts.md):
// the server evaluates the rules; the workbench shows and edits them.
#include "alerts/AlertHistoryStore.h"
#include "workspace/RemoteCalls.h"
#include "workspace/RemoteDecode.h"

#include <algorithm>

namespace pulse::ui {

namespace {
void readRule(const QJsonObject &json, AlertRuleReply *reply)
{
    reply->rule = remote::alertRule(json).value_or(AlertRule {});
}
} // namespace

QFuture<AlertRulesReply> RemoteWorkspaceClient::alertRules(qint64 siteId)
{
    return call<AlertRulesReply>("GET", QStringLiteral("/api/v1/alerts"), siteQuery(siteId), {},
        [siteId](const QJsonObject &json, AlertRulesReply *reply) {
            reply->siteId = siteId;
            reply->rules = remote::items<AlertRule>(json, &remote::alertRule);
        });
}

QFuture<AlertRuleReply> RemoteWorkspaceClient::saveAlertRule(qint64 siteId, qint64 id, const QJsonObject &json)
{
    return change<AlertRuleReply>(id > 0 ? "PUT" : "POST",
        id > 0 ? remote::idPath("alerts", id) : QStringLiteral("/api/v1/alerts"), siteQuery(siteId), json, &readRule,
        [this, siteId] { Q_EMIT alertRulesChanged(siteId); });
}

QFuture<AlertRuleReply> RemoteWorkspaceClient::deleteAlertRule(qint64 siteId, qint64 id)
{
    return change<AlertRuleReply>(
        "DELETE", remote::idPath("alerts", id), siteQuery(siteId), {}, [](const QJsonObject &, AlertRuleReply *) {},
        [this, siteId] { Q_EMIT alertRulesChanged(siteId); });
}

QFuture<AlertBacktestReply> RemoteWorkspaceClient::backtestAlert(qint64 siteId, const QJsonObject &json)
{
    return call<AlertBacktestReply>("POST", QStringLiteral("/api/v1/alerts/backtest"), siteQuery(siteId), json,
        [](const QJsonObject &answer, AlertBacktestReply *reply) {
            reply->rule = remote::alertDraft(answer.value(QLatin1String("rule")).toObject());
            reply->result = remote::alertBacktest(answer, reply->rule.windowMs);
        });
}

QFuture<AlertHistoryReply> RemoteWorkspaceClient::alertHistory(qint64 siteId, qint64 ruleId, int limit)
{
    QUrlQuery query = siteQuery(siteId);
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, AlertHistoryStore::kMaxPage)));
    return call<AlertHistoryReply>("GET",
        ruleId > 0 ? remote::idPath("alerts", ruleId, "/history") : QStringLiteral("/api/v1/alerts/history"), query, {},
        [siteId, ruleId](const QJsonObject &json, AlertHistoryReply *reply) {
            reply->siteId = siteId;
            reply->ruleId = ruleId;
            reply->events = remote::items<AlertEvent>(json, &remote::alertEvent);
        });
}

} // namespace pulse::ui
