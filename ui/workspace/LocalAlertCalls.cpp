// LocalWorkspaceClient's alert calls (WorkspaceClient.h): the service's Alerts on the client's pool.
// A backtest runs thousands of stats windows and may take seconds; it never blocks the GUI thread.
#include "workspace/LocalWorkspaceClient.h"

#include "alerts/Alerts.h"
#include "core/Clock.h"
#include "storage/Workspace.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace pulse::ui {

namespace {

QString alertsNotRunning()
{
    return LocalWorkspaceClient::tr("Alerts are not running: the workspace's services did not start.");
}

} // namespace

QFuture<AlertRulesReply> LocalWorkspaceClient::alertRules(qint64 siteId)
{
    Alerts *alerts = m_alerts;
    return QtConcurrent::run(&m_pool, [alerts, siteId] {
        AlertRulesReply reply;
        reply.siteId = siteId;
        if (!alerts) {
            reply.error = alertsNotRunning();
            return reply;
        }
        try {
            reply.rules = alerts->rules().list(siteId);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<AlertRuleReply> LocalWorkspaceClient::saveAlertRule(qint64 siteId, qint64 id, const QJsonObject &json)
{
    Alerts *alerts = m_alerts;
    QFuture<AlertRuleReply> future = QtConcurrent::run(&m_pool, [alerts, siteId, id, json] {
        AlertRuleReply reply;
        if (!alerts) {
            reply.error = alertsNotRunning();
            return reply;
        }
        try {
            std::optional<AlertRule> saved;
            if (id == 0) {
                saved = alerts->create(siteId, json, &reply.field, &reply.error);
            } else {
                bool found = false;
                saved = alerts->update(siteId, id, json, &reply.field, &reply.error, &found);
                if (!found)
                    reply.error = tr("The rule no longer exists; it may have been deleted meanwhile.");
            }
            if (saved)
                reply.rule = *saved;
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this, siteId](const AlertRuleReply &reply) {
        if (reply.ok())
            Q_EMIT alertRulesChanged(siteId);
        return reply;
    });
}

QFuture<AlertRuleReply> LocalWorkspaceClient::deleteAlertRule(qint64 siteId, qint64 id)
{
    Alerts *alerts = m_alerts;
    QFuture<AlertRuleReply> future = QtConcurrent::run(&m_pool, [alerts, siteId, id] {
        AlertRuleReply reply;
        if (!alerts) {
            reply.error = alertsNotRunning();
            return reply;
        }
        try {
            if (!alerts->remove(siteId, id))
                reply.error = tr("The rule no longer exists; it may have been deleted meanwhile.");
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this, siteId](const AlertRuleReply &reply) {
        if (reply.ok())
            Q_EMIT alertRulesChanged(siteId);
        return reply;
    });
}

QFuture<AlertBacktestReply> LocalWorkspaceClient::backtestAlert(qint64 siteId, const QJsonObject &json)
{
    Alerts *alerts = m_alerts;
    return QtConcurrent::run(&m_pool, [alerts, siteId, json] {
        AlertBacktestReply reply;
        if (!alerts) {
            reply.error = alertsNotRunning();
            return reply;
        }
        try {
            const std::optional<AlertRule> rule = alerts->draft(siteId, json, &reply.field, &reply.error);
            if (rule) {
                reply.rule = *rule;
                reply.result = alerts->backtest(*rule);
            }
        } catch (const std::exception &e) { // std::invalid_argument names what to change
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<AlertHistoryReply> LocalWorkspaceClient::alertHistory(qint64 siteId, qint64 ruleId, int limit)
{
    Alerts *alerts = m_alerts;
    return QtConcurrent::run(&m_pool, [alerts, siteId, ruleId, limit] {
        AlertHistoryReply reply;
        reply.siteId = siteId;
        reply.ruleId = ruleId;
        if (!alerts) {
            reply.error = alertsNotRunning();
            return reply;
        }
        try {
            reply.events = alerts->history().list(siteId, ruleId, 0, std::clamp(limit, 1, AlertHistoryStore::kMaxPage));
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

} // namespace pulse::ui
