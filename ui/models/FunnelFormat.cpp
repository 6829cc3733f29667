// Funnel number formatting; see FunnelFormat.h.
#include "models/FunnelFormat.h"

#include <QLocale>

#include <cmath>

namespace pulse::ui {

QString FunnelFormat::percent(double fraction)
{
    const double value = std::round(fraction * 1000.0) / 10.0;
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return tr("%1%").arg(QLocale().toString(value, 'f', whole ? 0 : 1));
}

QString FunnelFormat::duration(double seconds)
{
    const qint64 total = qRound64(seconds);
    if (total < 60)
        return tr("%1s").arg(total);
    if (total < 3600)
        return tr("%1m %2s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    if (total < 86400)
        return tr("%1h %2m").arg(total / 3600).arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1d %2h").arg(total / 86400).arg((total % 86400) / 3600);
}

QString FunnelFormat::shortDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1s").arg(seconds);
    if (seconds < 3600)
        return tr("%1m").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1h").arg(seconds / 3600);
    return tr("%1d").arg(seconds / 86400);
}

// Singular and plural spelled out: without a loaded translation Qt prints "%n user(s)" literally.
QString FunnelFormat::users(qint64 count)
{
    return count == 1 ? tr("1 user") : tr("%1 users").arg(QLocale().toString(count));
}

QString FunnelFormat::window(qint64 windowMs)
{
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (windowMs % day == 0)
        return windowMs == day ? tr("1 day") : tr("%1 days").arg(windowMs / day);
    if (windowMs % hour == 0)
        return windowMs == hour ? tr("1 hour") : tr("%1 hours").arg(windowMs / hour);
    return windowMs == minute ? tr("1 minute") : tr("%1 minutes").arg(windowMs / minute);
}

QString FunnelFormat::bin(qint64 fromSeconds, qint64 toSeconds)
{
    return tr("%1–%2").arg(shortDuration(fromSeconds), shortDuration(toSeconds));
}

} // namespace pulse::ui
