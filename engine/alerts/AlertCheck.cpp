#include "alerts/AlertCheck.h"

#include "alerts/AlertMetric.h"
#include "core/IsoTime.h"

#include <QList>

#include <cmath>

namespace pulse {

namespace {

bool breachedInDirection(AlertRule::Direction direction, double score, double limit)
{
    switch (direction) {
    case AlertRule::Direction::Up:
        return score >= limit;
    case AlertRule::Direction::Down:
        return score <= -limit;
    case AlertRule::Direction::Either:
        break;
    }
    return std::abs(score) >= limit;
}

} // namespace

QString AlertCheck::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Normal:
        return QStringLiteral("normal");
    case Verdict::Breached:
        return QStringLiteral("breached");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject AlertCheck::toJson() const
{
    QJsonObject json {
        { QStringLiteral("at"), iso::utc(atMs) },
        { QStringLiteral("at_ms"), atMs },
        { QStringLiteral("verdict"), verdictName(verdict) },
        { QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue() },
        { QStringLiteral("baseline"), baseline ? QJsonValue(*baseline) : QJsonValue() },
        { QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue() },
    };
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    return json;
}

AlertCheck AlertCheck::run(const AlertRule &rule, AlertMetric &metric, qint64 atMs)
{
    AlertCheck check;
    check.atMs = atMs;
    check.windowFromMs = atMs - rule.windowMs;
    check.value = metric.value(check.windowFromMs, atMs);
    if (!check.value) {
        check.note = QStringLiteral("The metric has no value in this window.");
        return check;
    }
    const double value = *check.value;
    switch (rule.condition) {
    case AlertRule::Condition::Above:
        check.verdict = value > rule.threshold ? Verdict::Breached : Verdict::Normal;
        return check;
    case AlertRule::Condition::Below:
        check.verdict = value < rule.threshold ? Verdict::Breached : Verdict::Normal;
        return check;
    case AlertRule::Condition::Change: {
        check.baseline = metric.value(check.windowFromMs - rule.windowMs, check.windowFromMs);
        if (!check.baseline || *check.baseline == 0) {
            check.note = QStringLiteral("The previous window is 0 or empty, so a change in percent has no meaning.");
            return check;
        }
        check.score = 100.0 * (value - *check.baseline) / std::abs(*check.baseline);
        check.verdict
            = breachedInDirection(rule.direction, *check.score, rule.threshold) ? Verdict::Breached : Verdict::Normal;
        return check;
    }
    case AlertRule::Condition::Anomaly:
        break;
    }

    // Anomaly: the same window k periods earlier, k = 1..N. A window that starts before the site's first
    // event is not history (its zero would only mean "not collected yet"), nor is one without a value.
    const std::optional<qint64> first = metric.firstEventMs();
    QList<double> history;
    for (int k = 1; k <= rule.periods; ++k) {
        const qint64 from = check.windowFromMs - k * rule.periodMs();
        if (!first || from < *first)
            break;
        const std::optional<double> v = metric.value(from, from + rule.windowMs);
        if (v)
            history << *v;
    }
    if (history.size() < AlertRule::kMinAnomalyPeriods) {
        check.note = QStringLiteral("Not enough history: %1 of the %2 earlier periods needed have data.")
                         .arg(history.size())
                         .arg(AlertRule::kMinAnomalyPeriods);
        return check;
    }
    double mean = 0;
    for (double v : history)
        mean += v;
    mean /= double(history.size());
    double squares = 0;
    for (double v : history)
        squares += (v - mean) * (v - mean);
    const double deviation = std::sqrt(squares / double(history.size() - 1)); // sample standard deviation
    check.baseline = mean;
    if (deviation <= 0) {
        check.note = QStringLiteral("Not enough history: the earlier periods all have the same value, so a z-score "
                                    "has no meaning.");
        return check;
    }
    check.score = (value - mean) / deviation;
    check.verdict
        = breachedInDirection(rule.direction, *check.score, rule.threshold) ? Verdict::Breached : Verdict::Normal;
    return check;
}

AlertDecision decideAlert(const AlertRule &rule, const AlertStatus &status, const AlertCheck &check)
{
    AlertDecision decision;
    decision.status = status;
    const auto event = [&](AlertEvent::Kind kind) {
        AlertEvent e;
        e.ruleId = rule.id;
        e.siteId = rule.siteId;
        e.kind = kind;
        e.atMs = check.atMs;
        e.windowFromMs = check.windowFromMs;
        e.value = check.value.value_or(0);
        e.threshold = rule.threshold;
        e.baseline = check.baseline;
        e.score = check.score;
        return e;
    };
    if (check.verdict == AlertCheck::Verdict::Breached && status.state == AlertRule::State::Ok) {
        if (status.lastFiredAtMs > 0 && check.atMs - status.lastFiredAtMs < rule.cooldownMs) {
            decision.suppressed = true;
            return decision;
        }
        decision.status.state = AlertRule::State::Firing;
        decision.status.lastFiredAtMs = check.atMs;
        decision.event = event(AlertEvent::Kind::Fired);
    } else if (check.verdict == AlertCheck::Verdict::Normal && status.state == AlertRule::State::Firing) {
        decision.status.state = AlertRule::State::Ok;
        decision.event = event(AlertEvent::Kind::Resolved);
    }
    return decision;
}

} // namespace pulse
