// Cohort formatting; see CohortFormat.h. Singular and plural are spelled out because without a loaded
// translation Qt prints "%n hour(s)" literally.
#include "models/CohortFormat.h"

#include <QDateTime>
#include <QLocale>

namespace pulse::ui {

QString CohortFormat::kind(Cohort::Kind kind)
{
    return kind == Cohort::Kind::Dynamic ? tr("Dynamic") : tr("Static");
}

QString CohortFormat::ago(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return tr("never");
    const qint64 minutes = std::max<qint64>(0, nowMs - thenMs) / 60000;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return minutes == 1 ? tr("1 minute ago") : tr("%1 minutes ago").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return hours == 1 ? tr("1 hour ago") : tr("%1 hours ago").arg(hours);
    const qint64 days = hours / 24;
    return days == 1 ? tr("1 day ago") : tr("%1 days ago").arg(QLocale().toString(days));
}

QString CohortFormat::exactTime(qint64 ms, const QTimeZone &zone)
{
    if (ms <= 0)
        return tr("Not computed yet");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc());
    return tr("%1 (%2)").arg(QLocale().toString(at, QLocale::ShortFormat), QString::fromUtf8(at.timeZone().id()));
}

QString CohortFormat::refresh(int hours)
{
    if (hours <= 0)
        return tr("only on demand");
    return hours == 1 ? tr("every hour") : tr("every %1 hours").arg(hours);
}

QString CohortFormat::members(qint64 count)
{
    return count == 1 ? tr("1 member") : tr("%1 members").arg(QLocale().toString(count));
}

} // namespace pulse::ui
