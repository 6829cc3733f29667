// RetentionGridModel over hand-built results: the headers name the periods, the first row is the
// weighted average, cells read as percentages with "N of M users" on hover, periods still in progress
// are marked, unobserved cells and empty cohorts stay blank, the breakdown series can be chosen, and
// the heat-map colours grow with the rate and keep text readable in light and dark palettes.
#include "models/RetentionGridModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFont>
#include <QTest>
#include <QTimeZone>

using namespace pulse;
using namespace pulse::ui;

namespace {
qint64 day(int d)
{
    return QDateTime(QDate(2024, 1, d), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

RetentionRow row(int d, qint64 users, QList<qint64> returned)
{
    RetentionRow r;
    r.startMs = day(d);
    r.label = QDate(2024, 1, d).toString(Qt::ISODate);
    r.users = users;
    r.returned = returned;
    return r;
}

// Four weekly cohorts, observed until Friday 26 January: the newest cohort has one (partial) cell, the
// one before it two, and so on. The second cohort is empty.
RetentionResult weeklyResult()
{
    RetentionResult result;
    result.period = QStringLiteral("week");
    result.periods = 4;
    result.timeZone = QStringLiteral("UTC");
    result.periodStarts = { day(1), day(8), day(15), day(22), day(29) };
    result.observedUntilMs = day(26);
    result.total.rows
        = { row(1, 10, { 10, 5, 3, 1 }), row(8, 0, { 0, 0, 0 }), row(15, 20, { 18, 4 }), row(22, 4, { 4 }) };
    RetentionSeries firefox;
    firefox.breakdownValue = QStringLiteral("Firefox");
    firefox.rows = { row(1, 4, { 4, 4, 2, 1 }), row(8, 0, { 0, 0, 0 }), row(15, 5, { 5, 1 }), row(22, 1, { 1 }) };
    RetentionSeries other;
    other.breakdownValue = QStringLiteral("(other)");
    other.rows = { row(1, 6, { 6, 1, 1, 0 }), row(8, 0, { 0, 0, 0 }), row(15, 15, { 13, 3 }), row(22, 3, { 3 }) };
    result.breakdown = { firefox, other };
    return result;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x4c, 0x8d, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// How far a colour is from another, channel by channel.
int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}
} // namespace

class TestUiRetentionModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester();
    void headersNameThePeriods();
    void firstRowIsTheWeightedAverageInBold();
    void cellsShowPercentWithUsersOnHover();
    void partialAndUnobservedCellsAreMarked();
    void emptyCohortShowsZeroUsersAndBlankCells();
    void breakdownSeriesCanBeChosen();
    void heatColoursGrowWithTheRateAndStayReadable_data();
    void heatColoursGrowWithTheRateAndStayReadable();
    void backgroundFollowsThePalette();

private:
    static QString text(const RetentionGridModel &model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.index(row, column).data(role).toString();
    }
    static constexpr int week(int k) { return RetentionGridModel::FirstPeriodColumn + k; }
};

void TestUiRetentionModel::passesTheModelTester()
{
    RetentionGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setResult(weeklyResult());
    model.setSeries(1);
    model.setSeries(-1);
    model.setResult(RetentionResult());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestUiRetentionModel::headersNameThePeriods()
{
    RetentionGridModel model;
    model.setResult(weeklyResult());
    QCOMPARE(model.columnCount(), 2 + 4);
    QCOMPARE(model.headerData(RetentionGridModel::CohortColumn, Qt::Horizontal).toString(), QStringLiteral("Cohort"));
    QCOMPARE(model.headerData(RetentionGridModel::UsersColumn, Qt::Horizontal).toString(), QStringLiteral("Users"));
    QCOMPARE(model.headerData(week(0), Qt::Horizontal).toString(), QStringLiteral("Week 0"));
    QCOMPARE(model.headerData(week(3), Qt::Horizontal).toString(), QStringLiteral("Week 3"));
    QVERIFY(model.headerData(week(0), Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("own")));
    QCOMPARE(model.headerData(week(1), Qt::Horizontal, Qt::ToolTipRole).toString(),
        QStringLiteral("Users who came back the week after the one they started in"));
    QCOMPARE(RetentionGridModel::periodHeader(QStringLiteral("day"), 2), QStringLiteral("Day 2"));
    QCOMPARE(RetentionGridModel::periodHeader(QStringLiteral("month"), 11), QStringLiteral("Month 11"));
}

void TestUiRetentionModel::firstRowIsTheWeightedAverageInBold()
{
    RetentionGridModel model;
    model.setResult(weeklyResult());
    QCOMPARE(model.rowCount(), 1 + 4);
    QCOMPARE(text(model, 0, RetentionGridModel::CohortColumn), QStringLiteral("Average"));
    QVERIFY(model.index(0, RetentionGridModel::CohortColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(0, week(1)).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(text(model, 0, RetentionGridModel::UsersColumn), QStringLiteral("34"));
    // Week 0: 32 of 34; week 1: (5 + 0 + 4) of (10 + 0 + 20), weighted, not the mean of 50% and 20%.
    QCOMPARE(text(model, 0, week(0)), QStringLiteral("94.1%"));
    QCOMPARE(text(model, 0, week(1)), QStringLiteral("30%"));
    QCOMPARE(text(model, 0, week(3)), QStringLiteral("10%"));
    const QString tip = text(model, 0, week(1), Qt::ToolTipRole);
    QVERIFY2(tip.startsWith(QStringLiteral("9 of 30 users (30%)")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Weighted average")));
    QCOMPARE(model.index(0, week(1)).data(RetentionGridModel::RateRole).toDouble(), 0.3);
}

void TestUiRetentionModel::cellsShowPercentWithUsersOnHover()
{
    RetentionGridModel model;
    model.setResult(weeklyResult());
    QCOMPARE(text(model, 1, RetentionGridModel::CohortColumn), QStringLiteral("2024-01-01"));
    QVERIFY(text(model, 1, RetentionGridModel::CohortColumn, Qt::ToolTipRole).contains(QStringLiteral("week")));
    QCOMPARE(text(model, 1, RetentionGridModel::UsersColumn), QStringLiteral("10"));
    QCOMPARE(text(model, 1, week(0)), QStringLiteral("100%"));
    QCOMPARE(text(model, 1, week(1)), QStringLiteral("50%"));
    QCOMPARE(text(model, 1, week(1), Qt::ToolTipRole), QStringLiteral("5 of 10 users (50%)"));
    QCOMPARE(text(model, 3, week(0)), QStringLiteral("90%"));
    QCOMPARE(model.index(1, week(1)).data(RetentionGridModel::ReturnedRole).toLongLong(), 5);
    QCOMPARE(model.index(1, week(1)).data(RetentionGridModel::CohortUsersRole).toLongLong(), 10);
}

void TestUiRetentionModel::partialAndUnobservedCellsAreMarked()
{
    RetentionGridModel model;
    model.setResult(weeklyResult());
    // The week of 22 January runs past the 26th: its week 0 is still in progress, and so is week 1
    // of the cohort before it.
    const QModelIndex partial = model.index(4, week(0));
    QVERIFY(partial.data(RetentionGridModel::PartialRole).toBool());
    QVERIFY(partial.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(partial.data(Qt::ToolTipRole).toString().contains(QStringLiteral("still in progress")));
    QVERIFY(model.index(3, week(1)).data(RetentionGridModel::PartialRole).toBool());
    const QModelIndex complete = model.index(3, week(0));
    QVERIFY(!complete.data(RetentionGridModel::PartialRole).toBool());
    QVERIFY(!complete.data(Qt::ToolTipRole).toString().contains(QStringLiteral("progress")));
    // A partial cell is lighter than a complete one of the same rate.
    const QPalette light = lightPalette();
    QVERIFY(distance(RetentionGridModel::heatColour(light, 0.5, true), light.color(QPalette::Base))
        < distance(RetentionGridModel::heatColour(light, 0.5, false), light.color(QPalette::Base)));

    // Week 1 of the newest cohort is not observed: blank, no colour, and the tooltip says why.
    const QModelIndex unobserved = model.index(4, week(1));
    QCOMPARE(unobserved.data().toString(), QString());
    QVERIFY(!unobserved.data(Qt::BackgroundRole).isValid());
    QVERIFY(!unobserved.data(RetentionGridModel::RateRole).isValid());
    QVERIFY(unobserved.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not observed yet")));
}

void TestUiRetentionModel::emptyCohortShowsZeroUsersAndBlankCells()
{
    RetentionGridModel model;
    model.setResult(weeklyResult());
    QCOMPARE(text(model, 2, RetentionGridModel::CohortColumn), QStringLiteral("2024-01-08"));
    QCOMPARE(text(model, 2, RetentionGridModel::UsersColumn), QStringLiteral("0"));
    for (int k = 0; k < 4; ++k) {
        QCOMPARE(text(model, 2, week(k)), QString());
        QVERIFY(!model.index(2, week(k)).data(Qt::BackgroundRole).isValid());
    }
    QCOMPARE(text(model, 2, week(0), Qt::ToolTipRole), QStringLiteral("No one started in this period."));
}

void TestUiRetentionModel::breakdownSeriesCanBeChosen()
{
    RetentionGridModel model;
    model.setResult(weeklyResult());
    QCOMPARE(model.seriesIndex(), -1);
    model.setSeries(0);
    QCOMPARE(model.series().breakdownValue, QStringLiteral("Firefox"));
    QCOMPARE(text(model, 0, RetentionGridModel::UsersColumn), QStringLiteral("10"));
    QCOMPARE(text(model, 1, week(1)), QStringLiteral("100%"));
    QCOMPARE(text(model, 0, week(1)), QStringLiteral("55.6%")); // (4 + 1) of (4 + 5)
    model.setSeries(1);
    QCOMPARE(text(model, 3, week(1)), QStringLiteral("20%"));
    model.setSeries(7); // no such series: all users
    QCOMPARE(model.seriesIndex(), -1);
    QCOMPARE(text(model, 0, RetentionGridModel::UsersColumn), QStringLiteral("34"));
    // A new answer without that breakdown falls back to all users.
    model.setSeries(1);
    RetentionResult plain = weeklyResult();
    plain.breakdown.clear();
    model.setResult(plain);
    QCOMPARE(model.seriesIndex(), -1);
}

void TestUiRetentionModel::heatColoursGrowWithTheRateAndStayReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestUiRetentionModel::heatColoursGrowWithTheRateAndStayReadable()
{
    QFETCH(QPalette, palette);
    const QColor base = palette.color(QPalette::Base);
    int previous = -1;
    for (int percent = 0; percent <= 100; percent += 5) {
        for (bool partial : { false, true }) {
            const QColor background = RetentionGridModel::heatColour(palette, percent / 100.0, partial);
            const QColor textColour = RetentionGridModel::textColourOn(background);
            QVERIFY2(RetentionGridModel::contrast(textColour, background) >= 4.5,
                qPrintable(QStringLiteral("%1% on %2").arg(percent).arg(background.name())));
        }
        // Every step of 5 points moves visibly further from the background.
        const int d = distance(RetentionGridModel::heatColour(palette, percent / 100.0, false), base);
        QVERIFY2(d > previous + 3, qPrintable(QStringLiteral("%1%: %2 after %3").arg(percent).arg(d).arg(previous)));
        previous = d;
    }
    // Even 0% stands apart from an empty cell.
    QVERIFY(distance(RetentionGridModel::heatColour(palette, 0, false), base) > 10);
}

void TestUiRetentionModel::backgroundFollowsThePalette()
{
    RetentionGridModel model;
    model.setResult(weeklyResult());
    model.setPalette(lightPalette());
    const QColor light = model.index(1, week(1)).data(Qt::BackgroundRole).value<QColor>();
    const QColor lightText = model.index(1, week(1)).data(Qt::ForegroundRole).value<QColor>();
    model.setPalette(darkPalette());
    const QColor dark = model.index(1, week(1)).data(Qt::BackgroundRole).value<QColor>();
    const QColor darkText = model.index(1, week(1)).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(light.lightness() > dark.lightness());
    QVERIFY(RetentionGridModel::contrast(lightText, light) >= 4.5);
    QVERIFY(RetentionGridModel::contrast(darkText, dark) >= 4.5);
}

QTEST_MAIN(TestUiRetentionModel)
#include "TestUiRetentionModel.moc"
