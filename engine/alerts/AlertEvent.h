// One entry of an alert's history (docs/alerts.md): the rule fired or resolved at a time, with the
// value over the window that decided it, the threshold it was held against and, for change and anomaly
// rules, the baseline and the score (percentage change or z-score). Stored in alert_events, sent as
// the data of the alert.triggered and alert.resolved webhooks, and listed by the backtest.
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pulse {

struct AlertEvent {
    enum class Kind { Fired, Resolved };

    qint64 id = 0; // 0: not stored (a backtest's)
    qint64 ruleId = 0;
    qint64 siteId = 0;
    Kind kind = Kind::Fired;
    qint64 atMs = 0; // the evaluation time: the window is [windowFromMs, atMs)
    qint64 windowFromMs = 0;
    double value = 0;
    double threshold = 0;
    std::optional<double> baseline;
    std::optional<double> score;

    bool operator==(const AlertEvent &) const = default;

    static QString kindName(Kind kind); // "fired", "resolved"
    // The webhook event type: alert.triggered or alert.resolved.
    QString webhookType() const;
    QJsonObject toJson() const;
};

} // namespace pulse
