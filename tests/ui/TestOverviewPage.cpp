// The overview over a seeded workspace: the tiles show what StatsEngine computes, clicking a top-N row
// filters every figure, chips remove filters, and an empty workspace shows how to get started.
#include "analytics/AnalysisEngine.h"
#include "charts/TimeSeriesChart.h"
#include "live/LiveAggregator.h"
#include "models/BreakdownModel.h"
#include "models/KpiFormat.h"
#include "pages/GetStartedPanel.h"
#include "pages/OverviewPage.h"
#include "storage/ReadPool.h"
#include "support/TestWorkspace.h"
#include "widgets/FilterByCohortCombo.h"
#include "widgets/FilterChips.h"
#include "widgets/KpiTile.h"
#include "widgets/TrackerSnippet.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace pulse;
using namespace pulse::ui;
using Kpi = OverviewPage::Kpi;
using Table = OverviewPage::Table;

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// Visits spread over the last 20 days: a few pages, two sources, some one-page (bouncing) visits.
void seed(test::TestWorkspace &tw, qint64 site)
{
    QList<EventRecord> events;
    const QStringList pages = { QStringLiteral("/"), QStringLiteral("/pricing"), QStringLiteral("/docs") };
    for (int v = 0; v < 60; ++v) {
        const qint64 start = kNow - (v % 20) * kDay - (v % 7) * kHour - kHour;
        const int views = 1 + v % 3;
        for (int p = 0; p < views; ++p) {
            EventRecord e = test::makeEvent(
                site, 1000 + v, start + p * 60000, QStringLiteral("pageview"), pages.at((v + p) % pages.size()));
            if (p == 0 && v % 2 == 0) {
                e.source = QStringLiteral("Google");
                e.sourceClass = QStringLiteral("search");
            }
            e.browser = v % 4 == 0 ? QStringLiteral("Firefox") : QStringLiteral("Chrome");
            events.append(e);
        }
    }
    QCOMPARE(tw.write(events).ok, true);
}

StatsResult expected(test::TestWorkspace &tw, const StatsQuery &query)
{
    ReadPool::Lease lease = tw.workspace().reads().acquire();
    return tw.workspace().analysis().stats(lease.db(), query);
}

QModelIndex rowFor(BreakdownModel *model, const QString &value)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->row(r).value == value)
            return model->index(r, 0);
    }
    return {};
}
} // namespace

class TestOverviewPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tilesShowTheEnginesFigures();
    void clickingARowFiltersTheWholePage();
    void comparesMonthToDateWithTheSameNumberOfDaysBefore();
    void emptyWorkspaceShowsHowToStart();
    void siteWithoutEventsShowsItsSnippetAndLoadsDemoData();
    void aCohortNarrowsEveryFigure();
};

void TestOverviewPage::aCohortNarrowsEveryFigure()
{
    test::TestWorkspace tw(kNow);
    const qint64 siteId = tw.addSite(QStringLiteral("example.com"));
    seed(tw, siteId);
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient client(tw.workspace(), live);
    // Three visitors of the sixty, by visitor id (they are anonymous).
    Cohort three;
    three.siteId = siteId;
    three.name = QStringLiteral("Three");
    QFuture<CohortReply> saved = client.saveCohort(three);
    QTRY_VERIFY_WITH_TIMEOUT(saved.isFinished(), 20000);
    QStringList keys;
    for (qint64 v : { 1000, 1001, 1002 })
        keys << QStringLiteral("v:%1").arg(quint64(v), 16, 16, QLatin1Char('0'));
    QFuture<CohortReply> added = client.addCohortMembers(siteId, saved.result().cohort.id, keys);
    QTRY_VERIFY_WITH_TIMEOUT(added.isFinished(), 20000);
    QVERIFY2(added.result().ok(), qPrintable(added.result().error));

    OverviewPage page(client);
    page.resize(1100, 900);
    page.show();
    QSignalSpy loaded(&page, &OverviewPage::loaded);
    page.setContext(tw.workspace().sites().byId(siteId),
        DateRange::preset(DateRange::Preset::Last30Days, QDate(2024, 3, 31)), false);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page.tile(Kpi::Visitors)->valueText(), KpiFormat::count(60));

    auto *combo = page.findChild<FilterByCohortCombo *>();
    QVERIFY(combo);
    QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 2, 20000);
    combo->setCurrentIndex(1);
    Q_EMIT combo->activated(1);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page.currentQuery().cohortId, saved.result().cohort.id);
    QCOMPARE(page.tile(Kpi::Visitors)->valueText(), KpiFormat::count(3));
    QCOMPARE(page.tile(Kpi::Pageviews)->valueText(), KpiFormat::count(expected(tw, page.currentQuery()).pageviews));
}

void TestOverviewPage::tilesShowTheEnginesFigures()
{
    test::TestWorkspace tw(kNow);
    const qint64 siteId = tw.addSite(QStringLiteral("example.com"));
    seed(tw, siteId);
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient client(tw.workspace(), live);
    OverviewPage page(client);
    page.resize(1100, 900);
    page.show();
    QSignalSpy loaded(&page, &OverviewPage::loaded);
    page.setContext(
        tw.workspace().sites().byId(siteId), DateRange::preset(DateRange::Preset::Last7Days, QDate(2024, 3, 31)), true);
    QVERIFY(page.isLoading());
    QVERIFY(loaded.wait(20000));
    QVERIFY(!page.isLoading());

    const StatsQuery query = page.currentQuery();
    QCOMPARE(query.fromMs, QDateTime(QDate(2024, 3, 25), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(query.toMs, QDateTime(QDate(2024, 4, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    const StatsResult now = expected(tw, query);
    const StatsResult before = expected(tw, *page.previousQuery());
    QVERIFY(now.visitors > 0);
    QVERIFY(before.visitors > 0);
    QCOMPARE(page.tile(Kpi::Visitors)->valueText(), KpiFormat::count(now.visitors));
    QCOMPARE(page.tile(Kpi::Pageviews)->valueText(), KpiFormat::count(now.pageviews));
    QCOMPARE(page.tile(Kpi::Sessions)->valueText(), KpiFormat::count(now.sessions));
    QCOMPARE(page.tile(Kpi::BounceRate)->valueText(), KpiFormat::rate(now.bounceRate));
    QCOMPARE(page.tile(Kpi::VisitDuration)->valueText(), KpiFormat::duration(now.visitDurationSeconds));
    QCOMPARE(page.tile(Kpi::Visitors)->changeText(),
        KpiFormat::relative(double(now.visitors), double(before.visitors)).text);
    QCOMPARE(
        page.tile(Kpi::BounceRate)->changeText(), KpiFormat::points(now.bounceRate, before.bounceRate, false).text);
    QCOMPARE(page.chart()->pointCount(), 7); // daily buckets for a week
    // Hovering a point shows its exact figures and the matching day of the previous period.
    const QString tip = page.chart()->tooltipFor(6);
    QVERIFY2(tip.contains(QStringLiteral("Sun 31 Mar 2024")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("%1 visitors").arg(KpiFormat::count(now.timeseries.at(6).visitors))),
        qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Sun 24 Mar 2024")), qPrintable(tip));
    QCOMPARE(page.model(Table::Pages)->rows(), now.pages);
    QCOMPARE(page.model(Table::Sources)->rows(), now.sources);
    QVERIFY(!page.getStarted()->isVisible());

    // Without comparison the change lines are empty.
    page.setRange(DateRange::preset(DateRange::Preset::Last7Days, QDate(2024, 3, 31)), false);
    QVERIFY(loaded.wait(20000));
    QVERIFY(page.tile(Kpi::Visitors)->changeText().isEmpty());
}

void TestOverviewPage::clickingARowFiltersTheWholePage()
{
    test::TestWorkspace tw(kNow);
    const qint64 siteId = tw.addSite(QStringLiteral("example.com"));
    seed(tw, siteId);
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient client(tw.workspace(), live);
    OverviewPage page(client);
    page.resize(1100, 1400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy loaded(&page, &OverviewPage::loaded);
    page.setContext(tw.workspace().sites().byId(siteId),
        DateRange::preset(DateRange::Preset::Last30Days, QDate(2024, 3, 31)), true);
    QVERIFY(loaded.wait(20000));

    QTableView *view = page.table(Table::Pages);
    const QModelIndex pricing = rowFor(page.model(Table::Pages), QStringLiteral("/pricing"));
    QVERIFY(pricing.isValid());
    view->scrollTo(pricing);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(pricing).center());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page.currentQuery().path, QStringLiteral("/pricing"));
    QCOMPARE(page.previousQuery()->path, QStringLiteral("/pricing"));
    const StatsResult filtered = expected(tw, page.currentQuery());
    StatsQuery unfiltered = page.currentQuery();
    unfiltered.path.clear();
    QVERIFY(filtered.visitors < expected(tw, unfiltered).visitors);
    QCOMPARE(page.tile(Kpi::Visitors)->valueText(), KpiFormat::count(filtered.visitors));
    QCOMPARE(page.tile(Kpi::Pageviews)->valueText(), KpiFormat::count(filtered.pageviews));
    QCOMPARE(page.model(Table::Browsers)->rows(), filtered.browsers);
    QCOMPARE(page.chips()->chips().size(), 1);
    QCOMPARE(page.chips()->chips().first().label, QStringLiteral("Page: /pricing"));

    // A second filter from another table combines with the first.
    const QModelIndex google = rowFor(page.model(Table::Sources), QStringLiteral("Google"));
    QVERIFY(google.isValid());
    QTest::mouseClick(page.table(Table::Sources)->viewport(), Qt::LeftButton, {},
        page.table(Table::Sources)->visualRect(google).center());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(page.currentQuery().source, QStringLiteral("Google"));
    QCOMPARE(page.tile(Kpi::Visitors)->valueText(), KpiFormat::count(expected(tw, page.currentQuery()).visitors));

    // Removing the page chip keeps the source filter.
    auto *chip = page.chips()->findChild<QToolButton *>(QStringLiteral("chip_path"));
    QVERIFY(chip);
    chip->click();
    QVERIFY(loaded.wait(20000));
    QVERIFY(page.currentQuery().path.isEmpty());
    QCOMPARE(page.currentQuery().source, QStringLiteral("Google"));
    QCOMPARE(page.tile(Kpi::Visitors)->valueText(), KpiFormat::count(expected(tw, page.currentQuery()).visitors));
}

void TestOverviewPage::comparesMonthToDateWithTheSameNumberOfDaysBefore()
{
    test::TestWorkspace tw(kNow);
    QString error;
    const std::optional<Site> site
        = tw.workspace().sites().add(QStringLiteral("example.de"), QString(), QStringLiteral("Europe/Berlin"), &error);
    QVERIFY2(site, qPrintable(error));
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient client(tw.workspace(), live);
    OverviewPage page(client);
    page.setContext(site, DateRange::preset(DateRange::Preset::MonthToDate, QDate(2024, 3, 31)), true);
    const QTimeZone berlin("Europe/Berlin");
    const auto midnight = [&](QDate day) { return QDateTime(day, QTime(0, 0), berlin).toMSecsSinceEpoch(); };
    // 1–31 March (31 days, with the DST switch) against 30 January – 29 February (31 days).
    QCOMPARE(page.currentQuery().fromMs, midnight(QDate(2024, 3, 1)));
    QCOMPARE(page.currentQuery().toMs, midnight(QDate(2024, 4, 1)));
    QCOMPARE(page.currentQuery().timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(page.previousQuery()->fromMs, midnight(QDate(2024, 1, 30)));
    QCOMPARE(page.previousQuery()->toMs, midnight(QDate(2024, 3, 1)));
}

void TestOverviewPage::emptyWorkspaceShowsHowToStart()
{
    test::TestWorkspace tw(kNow);
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient client(tw.workspace(), live);
    OverviewPage page(client);
    page.show();
    page.setContext(std::nullopt, DateRange::preset(DateRange::Preset::Last7Days, QDate(2024, 3, 31)), true);
    QVERIFY(page.getStarted()->isVisible());
    QVERIFY(!page.tile(Kpi::Visitors)->isVisible());
    QVERIFY(page.getStarted()->demoButton()->isVisible());
}

void TestOverviewPage::siteWithoutEventsShowsItsSnippetAndLoadsDemoData()
{
    test::TestWorkspace tw(QDateTime::currentMSecsSinceEpoch());
    const qint64 siteId = tw.addSite(QStringLiteral("example.com"));
    const Site site = *tw.workspace().sites().byId(siteId);
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient client(tw.workspace(), live);
    client.setCollectorUrl(QStringLiteral("http://127.0.0.1:8421"));
    OverviewPage page(client);
    page.show();
    QSignalSpy loaded(&page, &OverviewPage::loaded);
    page.setContext(site, DateRange::preset(DateRange::Preset::Last7Days, QDate::currentDate()), true);
    QVERIFY(loaded.wait(20000));
    QVERIFY(page.getStarted()->isVisible());
    QCOMPARE(page.getStarted()->snippet()->text(),
        QStringLiteral("<script defer data-site=\"%1\" src=\"http://127.0.0.1:8421/pulse.js\"></script>")
            .arg(site.key));
    page.getStarted()->snippet()->findChild<QPushButton *>()->click();
    QCOMPARE(QApplication::clipboard()->text(), page.getStarted()->snippet()->text());

    QSignalSpy added(&page, &OverviewPage::siteAdded);
    page.getStarted()->demoButton()->click();
    QVERIFY(page.getStarted()->isDemoBusy()); // the GUI stays responsive while the generator runs
    QVERIFY(added.wait(120000));
    QVERIFY(!page.getStarted()->isDemoBusy());
    const std::optional<Site> demo = tw.workspace().sites().byId(added.first().first().toLongLong());
    QVERIFY(demo);
    QCOMPARE(demo->domain, QStringLiteral("demo.pulse.local"));
    page.setSite(demo);
    QVERIFY(loaded.wait(20000));
    QVERIFY(!page.getStarted()->isVisible());
    QVERIFY(page.model(Table::Pages)->rowCount() > 0);
}

QTEST_MAIN(TestOverviewPage)
#include "TestOverviewPage.moc"
