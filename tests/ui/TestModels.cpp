// The item models behind the top-N tables and the live feed: they pass QAbstractItemModelTester
// through resets, and show what the user should read.
#include "models/BreakdownModel.h"
#include "models/KpiFormat.h"
#include "models/LiveFeedModel.h"
#include "support/TestWorkspace.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace pulse;
using namespace pulse::ui;

class TestModels final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void breakdownModelPassesTheTester();
    void breakdownModelShowsValuesAndCounts();
    void liveFeedModelPassesTheTesterAndStaysBounded();
    void kpiFormatting();
};

void TestModels::breakdownModelPassesTheTester()
{
    BreakdownModel model(QStringLiteral("Page"), true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{QStringLiteral("/"), 10, 20, 25}, {QStringLiteral("/pricing"), 4, 6, 6}});
    model.setRows({});
    model.setRows({{QString(), 1, 1, 1}});
    BreakdownModel visitorsOnly(QStringLiteral("Source"), false);
    QAbstractItemModelTester tester2(&visitorsOnly, QAbstractItemModelTester::FailureReportingMode::QtTest);
    visitorsOnly.setRows({{QStringLiteral("Google"), 3, 0, 5}});
    QCOMPARE(visitorsOnly.columnCount(), 2);
}

void TestModels::breakdownModelShowsValuesAndCounts()
{
    BreakdownModel model(QStringLiteral("Page"), true);
    model.setRows({{QStringLiteral("/"), 1200, 2000, 2100}, {QStringLiteral("/pricing"), 300, 310, 310}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Page"));
    QCOMPARE(model.index(0, BreakdownModel::ValueColumn).data().toString(), QStringLiteral("/"));
    QCOMPARE(model.index(0, BreakdownModel::VisitorsColumn).data().toString(), QLocale().toString(1200));
    QCOMPARE(model.index(1, BreakdownModel::PageviewsColumn).data().toString(), QStringLiteral("310"));
    QCOMPARE(model.index(1, 0).data(BreakdownModel::ValueRole).toString(), QStringLiteral("/pricing"));
    QCOMPARE(model.index(1, 0).data(BreakdownModel::ShareRole).toDouble(), 0.25);
}

void TestModels::liveFeedModelPassesTheTesterAndStaysBounded()
{
    LiveFeedModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxRows(3);
    QList<EventRecord> events;
    for (int i = 0; i < 5; ++i)
        events.append(test::makeEvent(1, i, 1704067200000 + i * 1000, QStringLiteral("pageview"), QStringLiteral("/p%1").arg(i)));
    model.setEvents(events);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, LiveFeedModel::PageColumn).data().toString(), QStringLiteral("/p0"));
    QCOMPARE(model.index(0, LiveFeedModel::TimeColumn).data().toString(), QStringLiteral("00:00:00"));
    QCOMPARE(model.index(0, LiveFeedModel::SourceColumn).data().toString(), StatsQuery::directSourceLabel());
    model.setTimeZone(QTimeZone("Europe/Berlin"));
    QCOMPARE(model.index(0, LiveFeedModel::TimeColumn).data().toString(), QStringLiteral("01:00:00"));
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::kpiFormatting()
{
    QCOMPARE(KpiFormat::rate(0.416), QStringLiteral("42%"));
    QCOMPARE(KpiFormat::duration(45), QStringLiteral("45s"));
    QCOMPARE(KpiFormat::duration(125), QStringLiteral("2m 05s"));
    QCOMPARE(KpiFormat::duration(3725), QStringLiteral("1h 02m"));
    QCOMPARE(KpiFormat::relative(120, 100).text, QStringLiteral("↑ 20%"));
    QCOMPARE(KpiFormat::relative(120, 100).improved, std::optional<bool>(true));
    QCOMPARE(KpiFormat::relative(80, 100).text, QStringLiteral("↓ 20%"));
    QCOMPARE(KpiFormat::relative(5, 0).text, QStringLiteral("new"));
    QVERIFY(KpiFormat::relative(0, 0).text.isEmpty());
    // Bounce rate going down is good news.
    QCOMPARE(KpiFormat::points(0.40, 0.45, false).text, QStringLiteral("↓ 5 pp"));
    QCOMPARE(KpiFormat::points(0.40, 0.45, false).improved, std::optional<bool>(true));
}

QTEST_GUILESS_MAIN(TestModels)
#include "TestModels.moc"
