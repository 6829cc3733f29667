// Date presets and the comparison period, at month, leap-year and year edges.
#include "models/DateRange.h"

#include <QTest>

using pulse::ui::DateRange;
using Preset = DateRange::Preset;
Q_DECLARE_METATYPE(pulse::ui::DateRange)

class TestDateRange final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presetsEndToday_data();
    void presetsEndToday();
    void previousPeriodHasTheSameLengthAndEndsTheDayBefore_data();
    void previousPeriodHasTheSameLengthAndEndsTheDayBefore();
    void customRangeIsOrdered();
    void daysAreWholeCalendarDaysInTheZone();
};

void TestDateRange::presetsEndToday_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("today") << int(Preset::Today) << QDate(2024, 3, 31) << QDate(2024, 3, 31) << QDate(2024, 3, 31);
    QTest::newRow("yesterday on 1 March (leap)") << int(Preset::Yesterday) << QDate(2024, 3, 1) << QDate(2024, 2, 29)
                                                 << QDate(2024, 2, 29);
    QTest::newRow("last 7 days over new year") << int(Preset::Last7Days) << QDate(2024, 1, 3) << QDate(2023, 12, 28)
                                               << QDate(2024, 1, 3);
    QTest::newRow("last 30 days") << int(Preset::Last30Days) << QDate(2024, 3, 31) << QDate(2024, 3, 2)
                                  << QDate(2024, 3, 31);
    QTest::newRow("last 90 days") << int(Preset::Last90Days) << QDate(2024, 3, 31) << QDate(2024, 1, 2)
                                  << QDate(2024, 3, 31);
    QTest::newRow("month to date on the 1st") << int(Preset::MonthToDate) << QDate(2024, 3, 1) << QDate(2024, 3, 1)
                                              << QDate(2024, 3, 1);
    QTest::newRow("month to date on the 31st") << int(Preset::MonthToDate) << QDate(2024, 3, 31) << QDate(2024, 3, 1)
                                               << QDate(2024, 3, 31);
}

void TestDateRange::presetsEndToday()
{
    QFETCH(int, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const DateRange range = DateRange::preset(Preset(preset), today);
    QCOMPARE(range.first(), first);
    QCOMPARE(range.last(), last);
    QCOMPARE(range.kind(), Preset(preset));
}

void TestDateRange::previousPeriodHasTheSameLengthAndEndsTheDayBefore_data()
{
    QTest::addColumn<DateRange>("range");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    // The documented rule (DateRange.h): same number of days, ending the day before the range starts.
    QTest::newRow("MTD on 31 Mar 2024 (leap)") << DateRange::preset(Preset::MonthToDate, QDate(2024, 3, 31))
                                               << QDate(2024, 1, 30) << QDate(2024, 2, 29);
    QTest::newRow("MTD on 31 Mar 2023") << DateRange::preset(Preset::MonthToDate, QDate(2023, 3, 31))
                                        << QDate(2023, 1, 29) << QDate(2023, 2, 28);
    QTest::newRow("MTD on 15 Mar 2024") << DateRange::preset(Preset::MonthToDate, QDate(2024, 3, 15))
                                        << QDate(2024, 2, 15) << QDate(2024, 2, 29);
    QTest::newRow("MTD on 1 Mar 2024") << DateRange::preset(Preset::MonthToDate, QDate(2024, 3, 1))
                                       << QDate(2024, 2, 29) << QDate(2024, 2, 29);
    QTest::newRow("MTD on 29 Feb 2024") << DateRange::preset(Preset::MonthToDate, QDate(2024, 2, 29))
                                        << QDate(2024, 1, 3) << QDate(2024, 1, 31);
    QTest::newRow("yesterday on 1 Jan") << DateRange::preset(Preset::Yesterday, QDate(2024, 1, 1))
                                        << QDate(2023, 12, 30) << QDate(2023, 12, 30);
    QTest::newRow("today") << DateRange::preset(Preset::Today, QDate(2024, 3, 1)) << QDate(2024, 2, 29)
                           << QDate(2024, 2, 29);
    QTest::newRow("last 7 days over new year") << DateRange::preset(Preset::Last7Days, QDate(2024, 1, 3))
                                               << QDate(2023, 12, 21) << QDate(2023, 12, 27);
    QTest::newRow("custom February") << DateRange::custom(QDate(2024, 2, 1), QDate(2024, 2, 29)) << QDate(2024, 1, 3)
                                     << QDate(2024, 1, 31);
}

void TestDateRange::previousPeriodHasTheSameLengthAndEndsTheDayBefore()
{
    QFETCH(DateRange, range);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const DateRange previous = range.previous();
    QCOMPARE(previous.first(), first);
    QCOMPARE(previous.last(), last);
    QCOMPARE(previous.days(), range.days());
    QCOMPARE(previous.last().addDays(1), range.first());
}

void TestDateRange::customRangeIsOrdered()
{
    const DateRange range = DateRange::custom(QDate(2024, 5, 10), QDate(2024, 5, 1));
    QCOMPARE(range.first(), QDate(2024, 5, 1));
    QCOMPARE(range.last(), QDate(2024, 5, 10));
    QCOMPARE(range.days(), 10);
}

void TestDateRange::daysAreWholeCalendarDaysInTheZone()
{
    const DateRange range = DateRange::custom(QDate(2024, 3, 31), QDate(2024, 3, 31));
    const QTimeZone berlin("Europe/Berlin");
    // 31 March 2024 is the spring-forward day in Berlin: 23 hours, starting at 23:00 UTC the day before.
    QCOMPARE(range.fromMs(berlin), QDateTime(QDate(2024, 3, 30), QTime(23, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(range.toMs(berlin) - range.fromMs(berlin), qint64(23) * 3600 * 1000);
    QCOMPARE(range.toMs(QTimeZone::utc()) - range.fromMs(QTimeZone::utc()), qint64(24) * 3600 * 1000);
}

QTEST_APPLESS_MAIN(TestDateRange)
#include "TestDateRange.moc"
