// Date presets and the previous period: pure date arithmetic, unit-tested at month and year edges.
#include "models/DateRange.h"

#include <QDateTime>
#include <QLocale>

#include <utility>

namespace pulse::ui {

DateRange DateRange::preset(Preset preset, QDate today)
{
    DateRange r;
    r.m_preset = preset;
    r.m_last = today;
    switch (preset) {
    case Preset::Today:
    case Preset::Custom:
        r.m_first = today;
        break;
    case Preset::Yesterday:
        r.m_first = r.m_last = today.addDays(-1);
        break;
    case Preset::Last7Days:
        r.m_first = today.addDays(-6);
        break;
    case Preset::Last30Days:
        r.m_first = today.addDays(-29);
        break;
    case Preset::Last90Days:
        r.m_first = today.addDays(-89);
        break;
    case Preset::MonthToDate:
        r.m_first = QDate(today.year(), today.month(), 1);
        break;
    }
    return r;
}

DateRange DateRange::custom(QDate first, QDate last)
{
    if (first > last)
        std::swap(first, last);
    DateRange r;
    r.m_first = first;
    r.m_last = last;
    return r;
}

DateRange DateRange::previous() const
{
    const QDate last = m_first.addDays(-1);
    return custom(last.addDays(-(days() - 1)), last);
}

qint64 DateRange::fromMs(const QTimeZone &zone) const
{
    return QDateTime(m_first, QTime(0, 0), zone).toMSecsSinceEpoch();
}

qint64 DateRange::toMs(const QTimeZone &zone) const
{
    return QDateTime(m_last.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
}

QString DateRange::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Today:
        return tr("Today");
    case Preset::Yesterday:
        return tr("Yesterday");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::Last90Days:
        return tr("Last 90 days");
    case Preset::MonthToDate:
        return tr("Month to date");
    case Preset::Custom:
        return tr("Custom range");
    }
    return {};
}

QString DateRange::spanText() const
{
    const QLocale locale;
    if (m_first == m_last)
        return locale.toString(m_first, QLocale::ShortFormat);
    return tr("%1 – %2").arg(
        locale.toString(m_first, QLocale::ShortFormat), locale.toString(m_last, QLocale::ShortFormat));
}

QString DateRange::duringText() const
{
    const QLocale locale;
    if (m_first == m_last)
        return tr("on %1").arg(locale.toString(m_first, QLocale::ShortFormat));
    return tr("between %1 and %2")
        .arg(locale.toString(m_first, QLocale::ShortFormat), locale.toString(m_last, QLocale::ShortFormat));
}

QString DateRange::label() const
{
    return m_preset == Preset::Custom ? spanText() : presetName(m_preset);
}

} // namespace pulse::ui
