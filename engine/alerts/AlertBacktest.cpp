#include "alerts/AlertBacktest.h"

#include "alerts/AlertMetric.h"
#include "core/IsoTime.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace pulse {

QJsonObject AlertBacktestResult::toJson() const
{
    QJsonArray pointList, eventList;
    for (const AlertCheck &p : points)
        pointList << p.toJson();
    int fired = 0;
    for (const AlertEvent &e : events) {
        eventList << e.toJson();
        fired += e.kind == AlertEvent::Kind::Fired ? 1 : 0;
    }
    return QJsonObject {
        { QStringLiteral("from"), iso::utc(fromMs) },
        { QStringLiteral("to"), iso::utc(toMs) },
        { QStringLiteral("step_minutes"), stepMs / AlertRule::kMinuteMs },
        { QStringLiteral("fired"), fired },
        { QStringLiteral("points"), pointList },
        { QStringLiteral("events"), eventList },
        { QStringLiteral("windows_computed"), windowsComputed },
        { QStringLiteral("elapsed_ms"), elapsedMs },
    };
}

AlertBacktestResult AlertBacktest::run(Workspace &workspace, const AlertRule &rule, qint64 nowMs)
{
    QElapsedTimer timer;
    timer.start();
    AlertBacktestResult result;
    result.stepMs = rule.intervalMs;
    result.toMs = nowMs - nowMs % rule.intervalMs;
    result.fromMs = nowMs - kRangeMs;
    AlertMetric metric(workspace, rule, AlertMetric::Path::Direct);
    AlertStatus status;
    const qint64 steps = (result.toMs - result.fromMs) / rule.intervalMs;
    for (qint64 k = steps; k >= 0; --k) {
        const qint64 at = result.toMs - k * rule.intervalMs;
        if (at - rule.windowMs < result.fromMs)
            continue; // the first windows would reach back past the 30 days
        const AlertCheck check = AlertCheck::run(rule, metric, at);
        const AlertDecision decision = decideAlert(rule, status, check);
        status = decision.status;
        if (decision.event)
            result.events << *decision.event;
        result.points << check;
    }
    result.windowsComputed = metric.computed();
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace pulse
