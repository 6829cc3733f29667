// Alert rules and their events in words for the Alerts page and its dialog: metric names, durations
// ("15 min", "6 h", "1 day"), what a rule watches and when it fires, values in the metric's unit, and
// what a backtest found. One place, so the list, the history and the dialog say it the same way.
#pragma once

#include "alerts/AlertBacktest.h"
#include "alerts/AlertRule.h"

#include <QCoreApplication>
#include <QString>

namespace pulse::ui {

class AlertFormat final {
    Q_DECLARE_TR_FUNCTIONS(pulse::ui::AlertFormat)
public:
    static QString metric(AlertRule::Metric metric);
    static QString duration(qint64 ms);
    // "Visitors on /pricing over 1 h", "signup events over 15 min", "Checkout conversion over 1 day".
    static QString watches(const AlertRule &rule, const QString &funnelName = {});
    // "above 100", "down by more than 30 %", "unusual (more than 3 standard deviations)".
    static QString condition(const AlertRule &rule);
    // A value in the metric's unit: "42", "37.5 %", "1 min 05 s".
    static QString value(const AlertRule &rule, double value);
    // "Would have fired 3 times in the last 30 days (720 checks)", or why it could not tell.
    static QString backtestSummary(const AlertBacktestResult &result);
};

} // namespace pulse::ui
