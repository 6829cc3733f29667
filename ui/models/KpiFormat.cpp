// KPI formatting (see KpiFormat.h).
#include "models/KpiFormat.h"

#include <QLocale>

#include <cmath>

namespace pulse::ui {

QString KpiFormat::count(qint64 value) { return QLocale().toString(value); }

QString KpiFormat::rate(double fraction) { return tr("%1%").arg(qRound(fraction * 100)); }

QString KpiFormat::duration(double seconds)
{
    const qint64 total = qRound64(seconds);
    if (total < 60)
        return tr("%1s").arg(total);
    if (total < 3600)
        return tr("%1m %2s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    return tr("%1h %2m").arg(total / 3600).arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
}

KpiFormat::Change KpiFormat::relative(double now, double before, bool higherIsBetter)
{
    Change change;
    if (before <= 0) {
        if (now > 0) {
            change.text = tr("new");
            change.improved = higherIsBetter;
        }
        return change;
    }
    const long percent = std::lround((now - before) / before * 100.0);
    if (percent == 0) {
        change.text = tr("±0%");
        return change;
    }
    change.text = percent > 0 ? tr("↑ %1%").arg(percent) : tr("↓ %1%").arg(-percent);
    change.improved = (percent > 0) == higherIsBetter;
    return change;
}

KpiFormat::Change KpiFormat::points(double nowFraction, double beforeFraction, bool higherIsBetter)
{
    Change change;
    const long pp = std::lround((nowFraction - beforeFraction) * 100.0);
    if (pp == 0) {
        change.text = tr("±0 pp");
        return change;
    }
    change.text = pp > 0 ? tr("↑ %1 pp").arg(pp) : tr("↓ %1 pp").arg(-pp);
    change.improved = (pp > 0) == higherIsBetter;
    return change;
}

} // namespace pulse::ui
