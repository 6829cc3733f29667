// The date range every page shows: a preset (today, last 7 days, month to date, ...) or custom days,
// as whole calendar days in the site's time zone, and the period it is compared with.
//
// Rule for the comparison (as Plausible does): the previous period has the same number of days and
// ends the day before the current one starts. So "month to date" on 31 March 2024 (31 days) compares
// with 30 January – 29 February, and on 15 March with 14–29 February; "yesterday" on 1 January
// compares with 30 December. Equal lengths keep per-day figures comparable; calendar-month alignment
// would compare 31 days with 29.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

namespace pulse::ui {

class DateRange final {
    Q_DECLARE_TR_FUNCTIONS(DateRange)
public:
    enum class Preset { Today, Yesterday, Last7Days, Last30Days, Last90Days, MonthToDate, Custom };

    DateRange() = default;
    // A preset ending on or before today. Custom gives the single day today; use custom() for others.
    static DateRange preset(Preset preset, QDate today);
    // Whole days first..last inclusive (swapped when given backwards).
    static DateRange custom(QDate first, QDate last);

    Preset kind() const { return m_preset; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    qint64 days() const { return m_first.daysTo(m_last) + 1; }
    bool isValid() const { return m_first.isValid() && m_last.isValid(); }

    // Same number of days, ending the day before first() (see the rule above).
    DateRange previous() const;
    // [fromMs, toMs) in UTC milliseconds for whole days in zone.
    qint64 fromMs(const QTimeZone &zone) const;
    qint64 toMs(const QTimeZone &zone) const;

    static QString presetName(Preset preset);
    // "1 – 31 Mar 2024", or the preset's name when it is one.
    QString label() const;
    QString spanText() const;
    // The range inside a sentence: "on 12/05/24" for one day, "between 12/01/24 and 12/05/24".
    QString duringText() const;

    bool operator==(const DateRange &) const = default;

private:
    Preset m_preset = Preset::Custom;
    QDate m_first;
    QDate m_last;
};

} // namespace pulse::ui
