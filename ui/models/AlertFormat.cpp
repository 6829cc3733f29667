#include "models/AlertFormat.h"

#include <QLocale>

namespace pulse::ui {

QString AlertFormat::metric(AlertRule::Metric metric)
{
    switch (metric) {
    case AlertRule::Metric::Visitors:
        return tr("Visitors");
    case AlertRule::Metric::Pageviews:
        return tr("Pageviews");
    case AlertRule::Metric::Sessions:
        return tr("Visits");
    case AlertRule::Metric::BounceRate:
        return tr("Bounce rate");
    case AlertRule::Metric::VisitDuration:
        return tr("Visit duration");
    case AlertRule::Metric::ViewsPerVisit:
        return tr("Views per visit");
    case AlertRule::Metric::Events:
        return tr("All events");
    case AlertRule::Metric::EventCount:
        return tr("Count of one event");
    case AlertRule::Metric::FunnelConversion:
        return tr("Funnel conversion");
    }
    return QString();
}

QString AlertFormat::duration(qint64 ms)
{
    const qint64 minutes = ms / AlertRule::kMinuteMs;
    if (minutes > 0 && minutes % (24 * 60) == 0)
        return minutes == 24 * 60 ? tr("1 day") : tr("%1 days").arg(minutes / (24 * 60));
    if (minutes > 0 && minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 min").arg(minutes);
}

QString AlertFormat::watches(const AlertRule &rule, const QString &funnelName)
{
    QString what;
    switch (rule.metric) {
    case AlertRule::Metric::EventCount:
        what = tr("%1 events").arg(rule.eventName);
        break;
    case AlertRule::Metric::FunnelConversion:
        what = funnelName.isEmpty() ? tr("Funnel conversion") : tr("%1 conversion").arg(funnelName);
        break;
    default:
        what = metric(rule.metric);
        break;
    }
    if (!rule.filters.path.isEmpty())
        what = tr("%1 on %2").arg(what, rule.filters.path);
    return tr("%1 over %2").arg(what, duration(rule.windowMs));
}

QString AlertFormat::condition(const AlertRule &rule)
{
    const QLocale locale;
    const QString number = locale.toString(rule.threshold, 'g', 6);
    switch (rule.condition) {
    case AlertRule::Condition::Above:
        return tr("above %1").arg(value(rule, rule.threshold));
    case AlertRule::Condition::Below:
        return tr("below %1").arg(value(rule, rule.threshold));
    case AlertRule::Condition::Change:
        switch (rule.direction) {
        case AlertRule::Direction::Up:
            return tr("up by more than %1 %").arg(number);
        case AlertRule::Direction::Down:
            return tr("down by more than %1 %").arg(number);
        case AlertRule::Direction::Either:
            return tr("changes by more than %1 %").arg(number);
        }
        break;
    case AlertRule::Condition::Anomaly:
        return tr("unusual (more than %1 standard deviations)").arg(number);
    }
    return QString();
}

QString AlertFormat::value(const AlertRule &rule, double v)
{
    const QLocale locale;
    switch (rule.metric) {
    case AlertRule::Metric::BounceRate:
    case AlertRule::Metric::FunnelConversion:
        return tr("%1 %").arg(locale.toString(v, 'f', 1));
    case AlertRule::Metric::VisitDuration: {
        const qint64 seconds = qint64(v + 0.5);
        return seconds >= 60 ? tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))
                             : tr("%1 s").arg(seconds);
    }
    case AlertRule::Metric::ViewsPerVisit:
        return locale.toString(v, 'f', 2);
    default:
        return locale.toString(v, 'g', 10);
    }
}

QString AlertFormat::backtestSummary(const AlertBacktestResult &result)
{
    int fired = 0;
    for (const AlertEvent &e : result.events)
        fired += e.kind == AlertEvent::Kind::Fired ? 1 : 0;
    int unknown = 0;
    for (const AlertCheck &c : result.points)
        unknown += c.verdict == AlertCheck::Verdict::Unknown ? 1 : 0;
    const QLocale locale;
    QString text = fired == 0
        ? tr("Would not have fired in the last 30 days (%1 checks).").arg(locale.toString(result.points.size()))
        : fired == 1
        ? tr("Would have fired once in the last 30 days (%1 checks).").arg(locale.toString(result.points.size()))
        : tr("Would have fired %1 times in the last 30 days (%2 checks).")
              .arg(locale.toString(fired), locale.toString(result.points.size()));
    if (unknown > 0 && !result.points.isEmpty()) {
        const QString why = [&] {
            for (const AlertCheck &c : result.points) {
                if (c.verdict == AlertCheck::Verdict::Unknown && !c.note.isEmpty())
                    return c.note;
            }
            return QString();
        }();
        text += QLatin1Char(' ')
            + tr("%1 checks could not decide%2")
                  .arg(locale.toString(unknown), why.isEmpty() ? QStringLiteral(".") : tr(": %1").arg(why));
    }
    return text;
}

} // namespace pulse::ui
