// The Retention page over a real workspace with hand-made events: the grid shows the engine's cohorts
// and returns as a user reads them, and follows the form (recurring cohorts, days, start and return
// events with filters, a breakdown and its series); a form the engine cannot run says what to change
// inline; empty sites and empty ranges say what to do; the grid exports as CSV; new events recompute
// it. The last test renders the page over the demo site for docs/screenshots/retention.png.
#include "MainWindow.h"
#include "charts/RetentionCurveChart.h"
#include "live/LiveAggregator.h"
#include "models/RetentionGridModel.h"
#include "pages/RetentionPage.h"
#include "support/TestWorkspace.h"
#include "widgets/CohortChecklist.h"
#include "widgets/DateRangePicker.h"
#include "widgets/EventFilterEditor.h"
#include "widgets/FilterByCohortCombo.h"
#include "widgets/RetentionControls.h"
#include "widgets/RetentionEventEditor.h"
#include "widgets/SavedDefinitionBar.h"
#include "workspace/FutureWatch.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pulse;
using namespace pulse::ui;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr int kWaitMs = 20000;
qint64 at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}
// Wednesday 27 March 2024, noon; the range is the four weeks from Monday 4 March to today.
const qint64 kNow = at(3, 27, 12);
const DateRange kFourWeeks = DateRange::custom(QDate(2024, 3, 4), QDate(2024, 3, 27));

// Nine users. Weekly, first-time, any event: the week of 4 March starts users 1–4, of 11 March users
// 5–6, of 18 March users 7–9, and the week of 25 March nobody new. User 1 comes back in weeks 1, 2 and
// 3, user 2 in week 1, user 3 in week 2; user 5 in week 1; user 7 in week 1. Users 1, 2 and 5 sign up
// on their first visit (1 on the pro plan). Odd users use Firefox, even ones Chrome.
QList<EventRecord> seedEvents(qint64 site)
{
    QList<EventRecord> events;
    const auto add = [&](int user, qint64 ms, const QString &name = QStringLiteral("pageview")) {
        EventRecord e = test::makeEvent(site, 100 + user, ms + user * kMinute, name);
        e.userId = QStringLiteral("u%1").arg(user);
        e.browser = user % 2 ? QStringLiteral("Firefox") : QStringLiteral("Chrome");
        if (name == QLatin1String("signup")) {
            QJsonObject props;
            props.insert(QStringLiteral("plan"), user == 1 ? QStringLiteral("pro") : QStringLiteral("free"));
            e.propsJson = QJsonDocument(props).toJson(QJsonDocument::Compact);
        }
        events.append(e);
    };
    for (int u = 1; u <= 4; ++u)
        add(u, at(3, 4));
    for (int u : { 5, 6 })
        add(u, at(3, 12));
    for (int u : { 7, 8, 9 })
        add(u, at(3, 19));
    for (int u : { 1, 2, 5 })
        add(u, (u == 5 ? at(3, 12) : at(3, 4)) + 30 * kMinute, QStringLiteral("signup"));
    add(1, at(3, 11));
    add(1, at(3, 18));
    add(1, at(3, 25));
    add(2, at(3, 13));
    add(3, at(3, 20));
    add(5, at(3, 18));
    add(7, at(3, 26));
    std::sort(events.begin(), events.end(),
        [](const EventRecord &a, const EventRecord &b) { return a.receivedAtMs < b.receivedAtMs; });
    return events;
}

struct Fixture {
    test::TestWorkspace tw { kNow };
    qint64 siteId = 0;
    LiveAggregator live { tw.clock() };
    std::unique_ptr<LocalWorkspaceClient> client;
    std::unique_ptr<RetentionPage> page;

    explicit Fixture(bool seed = true)
    {
        siteId = tw.addSite(QStringLiteral("example.com"));
        if (seed)
            tw.write(seedEvents(siteId));
        client = std::make_unique<LocalWorkspaceClient>(tw.workspace(), live);
        page = std::make_unique<RetentionPage>(*client);
        page->resize(1280, 900);
        page->show();
    }
    ~Fixture()
    {
        page.reset();
        client.reset();
    }

    // Waits until the page shows the answer to the form as it is now.
    bool settled()
    {
        QSignalSpy loaded(page.get(), &RetentionPage::loaded);
        return (!page->isLoading() || loaded.wait(kWaitMs)) && !page->isLoading();
    }
    // Does what a user does to the form, then waits for the page to answer it.
    template<typename Change> bool change(Change &&act)
    {
        act();
        return settled();
    }
    // Selects the site over the range and waits for its catalog and the first grid.
    bool open(const DateRange &range = kFourWeeks)
    {
        QSignalSpy cataloged(page.get(), &RetentionPage::catalogLoaded);
        page->setContext(tw.workspace().sites().byId(siteId), range);
        return settled() && (!cataloged.isEmpty() || cataloged.wait(kWaitMs));
    }

    RetentionControls *controls() const { return page->controls(); }
    QString cell(int row, int column) const { return page->gridModel()->index(row, column).data().toString(); }
    QString period(int row, int k) const { return cell(row, RetentionGridModel::FirstPeriodColumn + k); }
    QString users(int row) const { return cell(row, RetentionGridModel::UsersColumn); }
    QString header(int column) const { return page->gridModel()->headerData(column, Qt::Horizontal).toString(); }
    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }
};
} // namespace

class TestUiRetentionPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void weeklyGridShowsTheEnginesCohortsAndReturns();
    void recurringCohortsCountUsersInEveryPeriodTheyCame();
    void dailyPeriodsAndTheirNumberChangeTheColumns();
    void startAndReturnEventsWithFiltersNarrowTheCohorts();
    void breakdownOffersEachSeriesForTheGrid();
    void invalidFormSaysWhatToChangeInline();
    void engineRefusalIsShownInline();
    void emptySiteAndEmptyRangeSayWhatToDo();
    void exportsTheGridAsCsv();
    void newEventsComputeTheGridAgain();
    void hiddenPageComputesWhenShown();
    void aCohortNarrowsTheGridToItsUsers();
    void savedReportsSaveOpenRenameAndDelete();
    void cohortsSideBySideAreTheTickedOnes();
    void checklistRefusesMoreThanItsMaximum();
    void screenshotOverTheDemoSite();
};

void TestUiRetentionPage::initTestCase()
{
    // The look of the committed screenshot, whatever the desktop's defaults.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QStandardPaths::setTestModeEnabled(true); // the main window's settings stay out of the user's
}

void TestUiRetentionPage::weeklyGridShowsTheEnginesCohortsAndReturns()
{
    Fixture f;
    QVERIFY(f.open());
    const RetentionQuery query = *f.page->shownQuery();
    QCOMPARE(query.siteId, f.siteId);
    QCOMPARE(query.period, RetentionQuery::Period::Week);
    QCOMPARE(query.periods, 13);
    QCOMPARE(query.type, RetentionQuery::Type::FirstTime);
    QVERIFY(!query.startEvent && !query.returnEvent);
    QCOMPARE(query.fromMs, at(3, 4, 0));
    QCOMPARE(query.toMs, at(3, 28, 0));

    RetentionGridModel *grid = f.page->gridModel();
    QCOMPARE(grid->rowCount(), 1 + 4);
    QCOMPARE(grid->columnCount(), 2 + 13);
    QCOMPARE(f.header(RetentionGridModel::FirstPeriodColumn), QStringLiteral("Week 0"));
    QCOMPARE(f.header(RetentionGridModel::FirstPeriodColumn + 12), QStringLiteral("Week 12"));
    QCOMPARE(f.cell(1, RetentionGridModel::CohortColumn), QStringLiteral("2024-03-04"));
    QCOMPARE(f.users(1), QStringLiteral("4"));
    QCOMPARE(f.period(1, 0), QStringLiteral("100%"));
    QCOMPARE(f.period(1, 1), QStringLiteral("50%"));
    QCOMPARE(f.period(1, 2), QStringLiteral("50%"));
    QCOMPARE(f.period(1, 3), QStringLiteral("25%"));
    QCOMPARE(f.period(1, 4), QString()); // not observed
    QCOMPARE(f.users(2), QStringLiteral("2"));
    QCOMPARE(f.period(2, 1), QStringLiteral("50%"));
    QCOMPARE(f.period(2, 2), QStringLiteral("0%"));
    QCOMPARE(f.users(3), QStringLiteral("3"));
    QCOMPARE(f.period(3, 1), QStringLiteral("33.3%"));
    // The week of 25 March is still in progress, for the cohort before it too.
    const QModelIndex partial = grid->index(3, RetentionGridModel::FirstPeriodColumn + 1);
    QVERIFY(partial.data(RetentionGridModel::PartialRole).toBool());
    QVERIFY(partial.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 of 3 users (33.3%)")));
    QVERIFY(partial.data(Qt::ToolTipRole).toString().contains(QStringLiteral("still in progress")));
    // Nobody new that week: an empty cohort, shown as such.
    QCOMPARE(f.cell(4, RetentionGridModel::CohortColumn), QStringLiteral("2024-03-25"));
    QCOMPARE(f.users(4), QStringLiteral("0"));
    QCOMPARE(f.period(4, 0), QString());
    // The weighted average: week 1 is (2 + 1 + 1) of (4 + 2 + 3).
    QCOMPARE(f.cell(0, RetentionGridModel::CohortColumn), QStringLiteral("Average"));
    QCOMPARE(f.users(0), QStringLiteral("9"));
    QCOMPARE(f.period(0, 0), QStringLiteral("100%"));
    QCOMPARE(f.period(0, 1), QStringLiteral("44.4%"));
    QCOMPARE(f.period(0, 3), QStringLiteral("25%"));

    QVERIFY(f.page->resultsPanel()->isVisible());
    QVERIFY(!f.page->messageLabel()->isVisible());
    QVERIFY(!f.page->problemLabel()->isVisible());
    QVERIFY(!f.page->seriesCombo()->isVisible()); // no breakdown
    QVERIFY2(
        f.page->summaryLabel()->text().contains(QStringLiteral("9 users")), qPrintable(f.page->summaryLabel()->text()));
    QVERIFY(f.page->summaryLabel()->text().contains(QStringLiteral("44.4%")));
    QCOMPARE(f.page->chart()->lineNames(), QStringList { QStringLiteral("All users") });
    const QList<QPointF> curve = f.page->chart()->points(0);
    QCOMPARE(curve.size(), 4); // weeks 4–12 are not reached by any cohort yet
    QCOMPARE(curve.at(0), QPointF(0, 100));
    QCOMPARE(curve.at(3), QPointF(3, 25));
}

void TestUiRetentionPage::recurringCohortsCountUsersInEveryPeriodTheyCame()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.change([&] { Fixture::choose(f.controls()->typeCombo(), int(RetentionQuery::Type::Recurring)); }));
    QCOMPARE(f.page->shownQuery()->type, RetentionQuery::Type::Recurring);
    // Week of 11 March: users 1, 2, 5, 6 (not only the new 5 and 6); of them 1 and 5 came the week after.
    QCOMPARE(f.users(2), QStringLiteral("4"));
    QCOMPARE(f.period(2, 1), QStringLiteral("50%"));
    // Week of 18 March: 1, 3, 5, 7, 8, 9; the week after, 1 and 7.
    QCOMPARE(f.users(3), QStringLiteral("6"));
    QCOMPARE(f.period(3, 1), QStringLiteral("33.3%"));
    QCOMPARE(f.users(4), QStringLiteral("2"));
    QVERIFY(f.page->summaryLabel()->text().contains(QStringLiteral("once per period")));
}

void TestUiRetentionPage::dailyPeriodsAndTheirNumberChangeTheColumns()
{
    Fixture f;
    QVERIFY(f.open());
    QSignalSpy loaded(f.page.get(), &RetentionPage::loaded);
    // Two quick changes are one query.
    QVERIFY(f.change([&] {
        Fixture::choose(f.controls()->periodCombo(), int(RetentionQuery::Period::Day));
        f.controls()->periodsSpin()->setValue(8);
    }));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(f.page->shownQuery()->period, RetentionQuery::Period::Day);
    QCOMPARE(f.page->shownQuery()->periods, 8);
    QCOMPARE(f.controls()->periodsSpin()->suffix(), QStringLiteral(" days"));
    RetentionGridModel *grid = f.page->gridModel();
    QCOMPARE(grid->columnCount(), 2 + 8);
    QCOMPARE(f.header(RetentionGridModel::FirstPeriodColumn + 7), QStringLiteral("Day 7"));
    QCOMPARE(grid->rowCount(), 1 + 24); // 4–27 March
    QCOMPARE(f.cell(1, RetentionGridModel::CohortColumn), QStringLiteral("2024-03-04"));
    QCOMPARE(f.users(1), QStringLiteral("4"));
    QCOMPARE(f.period(1, 7), QStringLiteral("25%")); // user 1, on 11 March
    QCOMPARE(f.users(2), QStringLiteral("0"));

    QVERIFY(f.change([&] { Fixture::choose(f.controls()->periodCombo(), int(RetentionQuery::Period::Month)); }));
    QCOMPARE(f.header(RetentionGridModel::FirstPeriodColumn), QStringLiteral("Month 0"));
    QCOMPARE(grid->rowCount(), 1 + 1);
    QCOMPARE(f.users(1), QStringLiteral("9"));
}

void TestUiRetentionPage::startAndReturnEventsWithFiltersNarrowTheCohorts()
{
    Fixture f;
    QVERIFY(f.open());
    RetentionEventEditor *start = f.controls()->startEditor();
    QVERIFY(start->eventCombo()->findData(QStringLiteral("signup")) >= 0); // from the catalog
    QVERIFY(!start->addFilterButton()->isEnabled()); // any event has nothing to filter
    QVERIFY(f.change([&] { Fixture::choose(start->eventCombo(), QStringLiteral("signup")); }));
    QVERIFY(f.page->shownQuery()->startEvent);
    QCOMPARE(f.page->shownQuery()->startEvent->event, QStringLiteral("signup"));
    // Users 1 and 2 signed up in the week of 4 March, user 5 in the next; any event counts as a return.
    QCOMPARE(f.users(1), QStringLiteral("2"));
    QCOMPARE(f.period(1, 1), QStringLiteral("100%"));
    QCOMPARE(f.users(2), QStringLiteral("1"));
    QCOMPARE(f.users(3), QStringLiteral("0"));

    // Only signups count as coming back: each signed up once, in their own week.
    QVERIFY(f.change([&] { Fixture::choose(f.controls()->returnEditor()->eventCombo(), QStringLiteral("signup")); }));
    QCOMPARE(f.period(1, 0), QStringLiteral("100%"));
    QCOMPARE(f.period(1, 1), QStringLiteral("0%"));

    // A filter on the start event: the pro plan is user 1 only. An unfinished filter says what to change.
    QVERIFY(start->addFilterButton()->isEnabled());
    QVERIFY(f.change([&] { start->addFilterButton()->click(); }));
    QVERIFY(f.page->problemLabel()->isVisible());
    QVERIFY2(f.page->problemLabel()->text().startsWith(QStringLiteral("Start event, filter 1")),
        qPrintable(f.page->problemLabel()->text()));
    EventFilterEditor *filter = start->filterEditors().at(0);
    QVERIFY(f.change([&] {
        filter->propertyEdit()->setEditText(QStringLiteral("prop.plan"));
        QTest::keyClicks(filter->valueEdit(), QStringLiteral("pro"));
    }));
    QVERIFY(!f.page->problemLabel()->isVisible());
    QCOMPARE(f.page->shownQuery()->startEvent->filters.size(), 1);
    QCOMPARE(f.users(1), QStringLiteral("1"));
    QCOMPARE(f.users(2), QStringLiteral("0"));
}

void TestUiRetentionPage::breakdownOffersEachSeriesForTheGrid()
{
    Fixture f;
    QVERIFY(f.open());
    QComboBox *breakdown = f.controls()->breakdownCombo();
    QVERIFY(breakdown->findData(QStringLiteral("prop.plan")) >= 0); // custom keys from the catalog
    QVERIFY(f.change([&] { Fixture::choose(breakdown, QStringLiteral("browser")); }));
    QCOMPARE(f.page->shownQuery()->breakdown, QStringLiteral("browser"));
    QComboBox *series = f.page->seriesCombo();
    QVERIFY(series->isVisible());
    QCOMPARE(series->count(), 3);
    QCOMPARE(series->itemText(0), QStringLiteral("All users"));
    QCOMPARE(series->itemText(1), QStringLiteral("Firefox")); // 5 users against Chrome's 4
    QCOMPARE(series->itemText(2), QStringLiteral("Chrome"));
    QCOMPARE(f.users(1), QStringLiteral("4")); // all users first
    QCOMPARE(f.page->chart()->lineNames(),
        (QStringList { QStringLiteral("All users"), QStringLiteral("Firefox"), QStringLiteral("Chrome") }));

    // Firefox in the week of 4 March: users 1 and 3; user 1 came back the week after.
    series->setCurrentIndex(1);
    Q_EMIT series->activated(1);
    QCOMPARE(f.page->gridModel()->series().breakdownValue, QStringLiteral("Firefox"));
    QCOMPARE(f.users(1), QStringLiteral("2"));
    QCOMPARE(f.period(1, 1), QStringLiteral("50%"));
    f.page->showSeries(1); // Chrome: users 2 and 4, user 2 back the week after
    QCOMPARE(f.users(1), QStringLiteral("2"));
    QCOMPARE(f.period(1, 1), QStringLiteral("50%"));
    QCOMPARE(f.period(1, 2), QStringLiteral("0%"));
    QCOMPARE(series->currentText(), QStringLiteral("Chrome"));

    // The chosen value stays chosen when the query runs again.
    QVERIFY(f.change([&] { f.controls()->periodsSpin()->setValue(6); }));
    QCOMPARE(series->currentText(), QStringLiteral("Chrome"));
    QCOMPARE(f.page->gridModel()->series().breakdownValue, QStringLiteral("Chrome"));
}

void TestUiRetentionPage::invalidFormSaysWhatToChangeInline()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.change([&] { Fixture::choose(f.controls()->breakdownCombo(), QStringLiteral("browser")); }));
    QVERIFY(f.change([&] { Fixture::choose(f.controls()->typeCombo(), int(RetentionQuery::Type::Recurring)); }));
    QLabel *problem = f.page->problemLabel();
    QVERIFY(problem->isVisible());
    QVERIFY2(
        problem->text().contains(QStringLiteral("Choose “First time”, or no breakdown")), qPrintable(problem->text()));
    // The grid of the previous form stays, greyed out; nothing ran for this one.
    QVERIFY(!f.page->resultsPanel()->isEnabled());
    QCOMPARE(f.page->shownQuery()->type, RetentionQuery::Type::FirstTime);
    QVERIFY(f.change([&] { Fixture::choose(f.controls()->breakdownCombo(), QString()); }));
    QVERIFY(!problem->isVisible());
    QVERIFY(f.page->resultsPanel()->isEnabled());
    QCOMPARE(f.page->shownQuery()->type, RetentionQuery::Type::Recurring);
}

void TestUiRetentionPage::engineRefusalIsShownInline()
{
    Fixture f;
    QVERIFY(f.open());
    // Four years of daily cohorts is more rows than the engine computes: its message says what to change.
    QVERIFY(f.change([&] { Fixture::choose(f.controls()->periodCombo(), int(RetentionQuery::Period::Day)); }));
    QVERIFY(f.change([&] {
        f.page->setContext(
            f.tw.workspace().sites().byId(f.siteId), DateRange::custom(QDate(2020, 1, 1), QDate(2024, 3, 27)));
    }));
    QLabel *problem = f.page->problemLabel();
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("Retention cannot run:")), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(QStringLiteral("pick a shorter range or a longer period")));
    QVERIFY(f.change([&] { Fixture::choose(f.controls()->periodCombo(), int(RetentionQuery::Period::Month)); }));
    QVERIFY(!problem->isVisible());
    QVERIFY(f.page->resultsPanel()->isVisible());
}

void TestUiRetentionPage::emptySiteAndEmptyRangeSayWhatToDo()
{
    {
        Fixture f(false);
        QVERIFY(f.open());
        QVERIFY(!f.page->resultsPanel()->isVisible());
        QVERIFY(f.page->messageLabel()->isVisible());
        QVERIFY2(f.page->messageLabel()->text().contains(QStringLiteral("example.com has no events yet")),
            qPrintable(f.page->messageLabel()->text()));
        QVERIFY(f.page->messageLabel()->text().contains(QStringLiteral("demo site")));
        QVERIFY(!f.page->exportButton()->isEnabled() || !f.page->resultsPanel()->isVisible());
    }
    Fixture f;
    QVERIFY(f.open(DateRange::custom(QDate(2024, 1, 1), QDate(2024, 1, 31))));
    QVERIFY(!f.page->resultsPanel()->isVisible());
    QVERIFY2(f.page->messageLabel()->text().startsWith(QStringLiteral("No events between")),
        qPrintable(f.page->messageLabel()->text()));
    QVERIFY(f.page->messageLabel()->text().contains(QStringLiteral("Widen the date range")));
    QVERIFY(f.change([&] { Fixture::choose(f.controls()->startEditor()->eventCombo(), QStringLiteral("signup")); }));
    QVERIFY(f.page->messageLabel()->text().startsWith(QStringLiteral("No one did signup between")));
}

void TestUiRetentionPage::exportsTheGridAsCsv()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.change([&] { f.controls()->periodsSpin()->setValue(4); }));
    QVERIFY(f.page->exportButton()->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("retention.csv"));
    QCOMPARE(f.page->exportCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.at(0).trimmed(),
        QByteArray("cohort,users,week_0_users,week_0_percent,week_1_users,week_1_percent,week_2_users,week_2_percent,"
                   "week_3_users,week_3_percent"));
    QCOMPARE(lines.at(1).trimmed(), QByteArray("2024-03-04,4,4,100.00,2,50.00,2,50.00,1,25.00"));
    QCOMPARE(lines.at(4).trimmed(), QByteArray("2024-03-25,0,0,0.00,,,,,,"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("retention.csv") });
    // A folder that does not exist: the message names the file, and nothing is left behind.
    const QString missing = dir.filePath(QStringLiteral("missing/retention.csv"));
    QVERIFY(f.page->exportCsv(missing).startsWith(QStringLiteral("Could not write")));
    QVERIFY(!QFile::exists(missing));
}

void TestUiRetentionPage::newEventsComputeTheGridAgain()
{
    Fixture f;
    f.live.attach(f.tw.workspace().writer()); // the client hears of commits through the live aggregator
    f.page->setAutoRefreshInterval(10);
    QVERIFY(f.open());
    QCOMPARE(f.users(4), QStringLiteral("0"));
    // A new user today, in the week of 25 March.
    EventRecord e = test::makeEvent(f.siteId, 500, kNow - kMinute);
    e.userId = QStringLiteral("u10");
    f.tw.write({ e });
    QTRY_COMPARE_WITH_TIMEOUT(f.users(4), QStringLiteral("1"), kWaitMs);
    QCOMPARE(f.period(4, 0), QStringLiteral("100%"));
    f.live.detach(f.tw.workspace().writer());
}

void TestUiRetentionPage::hiddenPageComputesWhenShown()
{
    Fixture f;
    f.page->hide(); // another page of the main window is on screen
    f.page->setContext(f.tw.workspace().sites().byId(f.siteId), kFourWeeks);
    QVERIFY(!f.page->isLoading());
    QVERIFY(!f.page->shownQuery());
    f.page->show();
    QVERIFY(f.page->isLoading());
    QVERIFY(f.settled());
    QCOMPARE(f.users(1), QStringLiteral("4"));
}

void TestUiRetentionPage::aCohortNarrowsTheGridToItsUsers()
{
    Fixture f;
    QVERIFY(f.open());
    auto *combo = f.page->findChild<FilterByCohortCombo *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 1); // "All users" only: the site has no cohorts yet
    QVERIFY(!combo->isEnabled());

    Cohort picked;
    picked.siteId = f.siteId;
    picked.name = QStringLiteral("Picked");
    QFuture<CohortReply> saved = f.client->saveCohort(picked);
    QTRY_VERIFY_WITH_TIMEOUT(saved.isFinished(), kWaitMs);
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().error));
    QFuture<CohortReply> added = f.client->addCohortMembers(
        f.siteId, saved.result().cohort.id, { QStringLiteral("u:u1"), QStringLiteral("u:u5") });
    QTRY_VERIFY_WITH_TIMEOUT(added.isFinished(), kWaitMs);
    QVERIFY(added.result().ok());
    // The list follows cohortsChanged.
    QTRY_COMPARE_WITH_TIMEOUT(combo->itemText(1), QStringLiteral("Picked (2)"), kWaitMs);

    QVERIFY(f.change([&] {
        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);
    }));
    QCOMPARE(f.page->shownQuery()->cohortId, saved.result().cohort.id);
    QCOMPARE(f.users(0), QStringLiteral("2"));
    QCOMPARE(f.users(1), QStringLiteral("1")); // u1 of the first week's four
    QCOMPARE(f.users(2), QStringLiteral("1")); // u5
    QCOMPARE(f.users(3), QStringLiteral("0"));

    // The saved cohorts side by side, over all users.
    QVERIFY(f.change([&] {
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0);
    }));
    QComboBox *breakdown = f.controls()->breakdownCombo();
    const int cohortsItem = breakdown->findData(QStringLiteral("cohort"));
    QVERIFY(cohortsItem > 0);
    QVERIFY(f.change([&] { breakdown->setCurrentIndex(cohortsItem); }));
    QCOMPARE(f.page->shownQuery()->breakdownCohorts, QList<qint64> { saved.result().cohort.id });
    QCOMPARE(f.page->result()->breakdown.size(), 1);
    QCOMPARE(f.page->result()->breakdown[0].breakdownValue, QStringLiteral("Picked"));
    QCOMPARE(f.page->result()->breakdown[0].users(), 2);
    QVERIFY(f.change([&] { breakdown->setCurrentIndex(0); }));

    // Deleting the cohort falls back to all users.
    QFuture<CohortReply> deleted = f.client->deleteCohort(f.siteId, saved.result().cohort.id);
    QTRY_VERIFY_WITH_TIMEOUT(deleted.isFinished(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        f.page->shownQuery() && f.page->shownQuery()->cohortId == 0 && !f.page->isLoading(), kWaitMs);
    QCOMPARE(f.users(0), QStringLiteral("9"));
}

namespace {
// Saves a static cohort of the given users through the client and waits for it.
Cohort saveCohort(Fixture &f, const QString &name, const QStringList &members)
{
    Cohort c;
    c.siteId = f.siteId;
    c.name = name;
    QFuture<CohortReply> saved = f.client->saveCohort(c);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(saved.isFinished(), kWaitMs); }();
    QFuture<CohortReply> added = f.client->addCohortMembers(f.siteId, saved.result().cohort.id, members);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(added.isFinished(), kWaitMs); }();
    return added.result().cohort;
}
} // namespace

void TestUiRetentionPage::savedReportsSaveOpenRenameAndDelete()
{
    Fixture f;
    QVERIFY(f.open());
    SavedDefinitionBar *bar = f.page->reportsBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->combo()->isEnabled(), kWaitMs);
    QCOMPARE(bar->combo()->currentText(), QStringLiteral("New report (none saved yet)"));
    QVERIFY(!bar->renameButton()->isEnabled());
    QVERIFY(!bar->deleteButton()->isEnabled());

    // Daily signups, saved under a name.
    QVERIFY(f.change([&] {
        Fixture::choose(f.controls()->startEditor()->eventCombo(), QStringLiteral("signup"));
        Fixture::choose(f.controls()->periodCombo(), int(RetentionQuery::Period::Day));
    }));
    QSignalSpy stored(f.page.get(), &RetentionPage::reportStoreFinished);
    f.page->saveReportAs(QStringLiteral("  Signups, daily "));
    QVERIFY(stored.wait(kWaitMs));
    QCOMPARE(stored.last().at(0).toString(), QString());
    QCOMPARE(bar->combo()->currentText(), QStringLiteral("Signups, daily"));
    const qint64 daily = f.page->currentReportId();
    QVERIFY(daily > 0);
    QVERIFY(bar->renameButton()->isEnabled());
    const std::optional<SavedRetentionReport> inStore = f.tw.workspace().retentionReports().get(f.siteId, daily);
    QVERIFY(inStore);
    QCOMPARE(inStore->definition.period, RetentionQuery::Period::Day);
    QVERIFY(inStore->definition.startEvent);
    QCOMPARE(inStore->definition.startEvent->event, QStringLiteral("signup"));
    QCOMPARE(inStore->definition.fromMs, 0); // the range stays with the toolbar

    // The same name in another case is refused, and said so on the page.
    f.page->saveReportAs(QStringLiteral("SIGNUPS, DAILY"));
    QVERIFY(stored.wait(kWaitMs));
    QVERIFY(stored.last().at(0).toString().contains(QLatin1String("exists already")));
    QVERIFY(f.page->problemLabel()->text().contains(QLatin1String("exists already")));
    QCOMPARE(f.tw.workspace().retentionReports().list(f.siteId).size(), 1);

    // A new report is a fresh form; opening the saved one fills the form and runs it.
    QVERIFY(f.change([&] {
        bar->combo()->setCurrentIndex(0);
        Q_EMIT bar->combo()->activated(0);
    }));
    QCOMPARE(f.page->currentReportId(), 0);
    QCOMPARE(f.page->shownQuery()->period, RetentionQuery::Period::Week);
    QVERIFY(!f.page->shownQuery()->startEvent);
    QVERIFY(f.change([&] {
        const int index = bar->combo()->findData(daily);
        bar->combo()->setCurrentIndex(index);
        Q_EMIT bar->combo()->activated(index);
    }));
    QCOMPARE(f.page->currentReportId(), daily);
    QCOMPARE(f.page->shownQuery()->period, RetentionQuery::Period::Day);
    QVERIFY(f.page->shownQuery()->startEvent);
    QCOMPARE(f.page->shownQuery()->startEvent->event, QStringLiteral("signup"));
    QCOMPARE(f.users(0), QStringLiteral("3")); // users 1, 2 and 5 signed up

    // Save changes over it, rename it, delete it.
    QVERIFY(f.change([&] { f.controls()->periodsSpin()->setValue(5); }));
    f.page->saveCurrentReport();
    QVERIFY(stored.wait(kWaitMs));
    QCOMPARE(f.tw.workspace().retentionReports().get(f.siteId, daily)->definition.periods, 5);
    f.page->renameCurrentReport(QStringLiteral("Signups"));
    QVERIFY(stored.wait(kWaitMs));
    QCOMPARE(bar->combo()->currentText(), QStringLiteral("Signups"));
    f.page->deleteCurrentReport();
    QVERIFY(stored.wait(kWaitMs));
    QCOMPARE(stored.last().at(0).toString(), QString());
    QCOMPARE(f.page->currentReportId(), 0);
    QCOMPARE(bar->combo()->count(), 1);
    QVERIFY(f.tw.workspace().retentionReports().list(f.siteId).isEmpty());
}

void TestUiRetentionPage::cohortsSideBySideAreTheTickedOnes()
{
    Fixture f;
    QVERIFY(f.open());
    const Cohort early = saveCohort(f, QStringLiteral("Early"), { QStringLiteral("u:u1"), QStringLiteral("u:u2") });
    const Cohort late = saveCohort(f, QStringLiteral("Late"), { QStringLiteral("u:u7") });
    const Cohort mid = saveCohort(f, QStringLiteral("Mid"), { QStringLiteral("u:u5"), QStringLiteral("u:u6") });
    CohortChecklist *list = f.controls()->cohortChecklist();
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 3, kWaitMs);
    QVERIFY(!list->isVisible()); // only with the cohort breakdown
    QCOMPARE(list->checkedIds(), (QList<qint64> { early.id, late.id, mid.id })); // by name, all ticked

    QComboBox *breakdown = f.controls()->breakdownCombo();
    QVERIFY(f.change([&] { Fixture::choose(breakdown, QStringLiteral("cohort")); }));
    QVERIFY(list->isVisible());
    QCOMPARE(f.page->result()->breakdown.size(), 3);

    // Clearing "Late" leaves two grids, in list order.
    QVERIFY(f.change([&] { list->item(1)->setCheckState(Qt::Unchecked); }));
    QCOMPARE(f.page->shownQuery()->breakdownCohorts, (QList<qint64> { early.id, mid.id }));
    QCOMPARE(f.page->result()->breakdown.size(), 2);
    QCOMPARE(f.page->result()->breakdown[1].breakdownValue, QStringLiteral("Mid"));
    QCOMPARE(f.page->result()->breakdown[1].users(), 2);

    // Nothing ticked: the page says what to do instead of running.
    list->item(0)->setCheckState(Qt::Unchecked);
    list->item(2)->setCheckState(Qt::Unchecked);
    QTRY_VERIFY_WITH_TIMEOUT(
        f.page->problemLabel()->text().contains(QLatin1String("Tick at least one cohort")), kWaitMs);

    // A saved report keeps its ticks.
    QVERIFY(f.change([&] { list->item(1)->setCheckState(Qt::Checked); }));
    QSignalSpy stored(f.page.get(), &RetentionPage::reportStoreFinished);
    f.page->saveReportAs(QStringLiteral("Late only"));
    QVERIFY(stored.wait(kWaitMs));
    QCOMPARE(f.tw.workspace().retentionReports().list(f.siteId).at(0).definition.breakdownCohorts,
        QList<qint64> { late.id });
    QVERIFY(f.change([&] { list->item(0)->setCheckState(Qt::Checked); }));
    QVERIFY(f.change([&] { f.page->openReport(f.page->currentReportId()); }));
    QCOMPARE(list->checkedIds(), QList<qint64> { late.id });
    QCOMPARE(f.page->shownQuery()->breakdownCohorts, QList<qint64> { late.id });
}

void TestUiRetentionPage::checklistRefusesMoreThanItsMaximum()
{
    CohortChecklist list(2);
    QList<Cohort> cohorts;
    for (int i = 1; i <= 3; ++i) {
        Cohort c;
        c.id = i;
        c.name = QStringLiteral("C%1").arg(i);
        c.size = i * 10;
        cohorts << c;
    }
    list.setCohorts(cohorts);
    QCOMPARE(list.item(0)->text(), QStringLiteral("C1 (10)"));
    QCOMPARE(list.checkedIds(), (QList<qint64> { 1, 2 })); // the first ones, up to the maximum
    list.setCohorts(cohorts.mid(1));
    QCOMPARE(list.checkedIds(), (QList<qint64> { 2, 3 })); // still the first ones: nobody chose yet
    list.setCohorts(cohorts);
    QSignalSpy changed(&list, &CohortChecklist::checkedChanged);
    list.item(2)->setCheckState(Qt::Checked);
    QCOMPARE(list.item(2)->checkState(), Qt::Unchecked); // refused
    QCOMPARE(changed.count(), 0);
    list.item(0)->setCheckState(Qt::Unchecked);
    list.item(2)->setCheckState(Qt::Checked);
    QCOMPARE(list.checkedIds(), (QList<qint64> { 2, 3 }));
    QCOMPARE(changed.count(), 2);
    // Relisting keeps the ticks on cohorts still there and drops the others.
    list.setCohorts(cohorts.mid(0, 2));
    QCOMPARE(list.checkedIds(), QList<qint64> { 2 });
    list.setCheckedIds({ 1, 2, 99 });
    QCOMPARE(list.checkedIds(), (QList<qint64> { 1, 2 }));
}

void TestUiRetentionPage::screenshotOverTheDemoSite()
{
    // The demo site's thirteen weeks of traffic, in the main window as a user sees the page.
    test::TestWorkspace tw(kNow);
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient client(tw.workspace(), live);
    bool demoLoaded = false;
    whenFinished(&client, client.loadDemoData(), [&](const DemoReply &reply) {
        QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
        demoLoaded = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(demoLoaded, 120000);
    MainWindow window(client);
    window.resize(1280, 860);
    window.show();
    window.rangePicker()->setPreset(DateRange::Preset::Last90Days);
    window.showPage(MainWindow::Page::Retention);
    RetentionPage *page = window.retention();
    QTRY_VERIFY_WITH_TIMEOUT(page->result().has_value() && !page->isLoading(), kWaitMs);
    QCOMPARE(page->shownQuery()->fromMs,
        DateRange::preset(DateRange::Preset::Last90Days, QDate(2024, 3, 27)).fromMs(QTimeZone::utc()));
    QVERIFY(page->resultsPanel()->isVisible());
    QVERIFY(page->gridModel()->rowCount() > 10);

    // Written into the source tree only on request, so running the suite leaves the checkout clean.
    const bool update = qEnvironmentVariableIsSet("PULSE_UPDATE_SCREENSHOTS");
    QTemporaryDir scratch;
    const QDir out(
        update ? qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/docs/screenshots") : scratch.path());
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(out.filePath(QStringLiteral("retention.png"))));
    if (qEnvironmentVariableIsSet("PULSE_SCREENSHOT_DARK")) {
        QPalette dark;
        const QColor background(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6);
        for (auto [role, colour] : { std::pair { QPalette::Window, background }, { QPalette::WindowText, text },
                 { QPalette::Base, base }, { QPalette::AlternateBase, background }, { QPalette::Text, text },
                 { QPalette::Button, background }, { QPalette::ButtonText, text },
                 { QPalette::Highlight, QColor(0x4c, 0x8d, 0xf6) }, { QPalette::HighlightedText, QColor(Qt::white) } })
            dark.setColor(role, colour);
        for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
            dark.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(
            QDir(qEnvironmentVariable("PULSE_SCREENSHOT_DARK")).filePath(QStringLiteral("retention-dark.png"))));
        QApplication::setPalette(QApplication::style()->standardPalette());
        // And with a breakdown, for the series choice and the legend.
        QSignalSpy loaded(page, &RetentionPage::loaded);
        page->controls()->breakdownCombo()->setCurrentIndex(
            page->controls()->breakdownCombo()->findData(QStringLiteral("device")));
        QVERIFY(loaded.wait(kWaitMs));
        QVERIFY(page->seriesCombo()->count() > 1);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(
            QDir(qEnvironmentVariable("PULSE_SCREENSHOT_DARK")).filePath(QStringLiteral("retention-breakdown.png"))));
    }
}

QTEST_MAIN(TestUiRetentionPage)
#include "TestUiRetentionPage.moc"
