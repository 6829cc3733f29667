// What the workspace client answers about alerts (rules, backtests, history) and webhooks (endpoints
// and deliveries).
#pragma once

#include "alerts/AlertBacktest.h"
#include "alerts/AlertEvent.h"
#include "alerts/AlertRule.h"
#include "webhooks/WebhookDelivery.h"
#include "webhooks/WebhookEndpoint.h"

#include <QList>
#include <QString>

namespace pulse::ui {

struct AlertRulesReply {
    qint64 siteId = 0;
    QList<AlertRule> rules; // by name, with their state
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The answer to saving or deleting a rule, or to a backtest: field names what to fix ("window_minutes",
// "condition.threshold") when the rule is not valid.
struct AlertRuleReply {
    AlertRule rule;
    QString field;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct AlertBacktestReply {
    AlertRule rule; // as tested
    AlertBacktestResult result;
    QString field;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct AlertHistoryReply {
    qint64 siteId = 0;
    qint64 ruleId = 0; // 0: every rule of the site
    QList<AlertEvent> events; // newest first
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct WebhookEndpointsReply {
    qint64 siteId = 0;
    QList<WebhookEndpoint> endpoints; // without their secrets
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The answer to creating, changing, rotating or deleting an endpoint. The secret is set only after a
// create or a rotation: the one time it is shown. field names what to fix ("url", "event_types").
struct WebhookEndpointReply {
    WebhookEndpoint endpoint;
    QString field;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct WebhookDeliveriesReply {
    qint64 siteId = 0;
    qint64 endpointId = 0;
    QList<WebhookDelivery> deliveries; // newest first, with their attempts
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct WebhookDeliveryReply {
    WebhookDelivery delivery;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace pulse::ui
