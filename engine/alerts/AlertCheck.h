// One evaluation of a rule's condition at a time t (docs/alerts.md, "Conditions"): the metric over
// [t - window, t) held against the threshold, the previous window (change) or the same window in the
// last N days or weeks (anomaly, by z-score). The verdict is Unknown, and nothing fires or resolves,
// when the window has no value or the comparison has nothing to stand on (a previous window of 0,
// too little history). Then decide() turns verdicts into firings and resolutions, honouring the
// cooldown; the evaluator and the backtest share both, so a backtest shows what the scheduler does.
#pragma once

#include "alerts/AlertEvent.h"
#include "alerts/AlertRule.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pulse {

class AlertMetric;

struct AlertCheck {
    enum class Verdict { Normal, Breached, Unknown };

    qint64 atMs = 0;
    qint64 windowFromMs = 0;
    Verdict verdict = Verdict::Unknown;
    std::optional<double> value;
    std::optional<double> baseline; // previous window (change) or mean of the history (anomaly)
    std::optional<double> score; // change in % or z-score
    QString note; // why the verdict is Unknown

    static AlertCheck run(const AlertRule &rule, AlertMetric &metric, qint64 atMs);
    static QString verdictName(Verdict verdict); // "normal", "breached", "unknown"
    QJsonObject toJson() const;
};

// Where a rule stands between evaluations.
struct AlertStatus {
    AlertRule::State state = AlertRule::State::Ok;
    qint64 lastFiredAtMs = 0; // 0: never
};

struct AlertDecision {
    AlertStatus status; // after this evaluation
    std::optional<AlertEvent> event; // a firing or a resolution to record and announce
    bool suppressed = false; // breached but within the cooldown of the last firing
};

// A breach fires unless the rule already fires or the last firing is less than the cooldown ago; a
// firing rule whose verdict is Normal resolves; Unknown changes nothing.
AlertDecision decideAlert(const AlertRule &rule, const AlertStatus &status, const AlertCheck &check);

} // namespace pulse
