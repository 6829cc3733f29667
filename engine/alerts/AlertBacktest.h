// "Test this rule" (docs/alerts.md, "Backtest"): evaluates a rule, saved or not, over the last 30
// days of stored data, stepping by its evaluation interval, with the same condition and decision as
// the scheduler (cooldown included), and returns every step's value and verdict and the points where
// it would have fired and resolved. Nothing is written. Windows are computed by the stats engine
// directly (not through the result cache, which thousands of windows would only flush), each once.
#pragma once

#include "alerts/AlertCheck.h"
#include "alerts/AlertEvent.h"
#include "alerts/AlertRule.h"

#include <QJsonObject>
#include <QList>

namespace pulse {

class Workspace;

struct AlertBacktestResult {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 stepMs = 0;
    QList<AlertCheck> points; // one per step, oldest first
    QList<AlertEvent> events; // firings and resolutions, oldest first
    int windowsComputed = 0;
    double elapsedMs = 0;

    QJsonObject toJson() const;
};

class AlertBacktest final {
public:
    static constexpr qint64 kRangeMs = 30LL * 24 * 3600 * 1000;

    // Steps end at multiples of the interval (epoch-aligned) from nowMs - kRangeMs to nowMs, starting
    // in the Ok state with no earlier firing. Throws as AlertEvaluator::evaluate does.
    static AlertBacktestResult run(Workspace &workspace, const AlertRule &rule, qint64 nowMs);
};

} // namespace pulse
