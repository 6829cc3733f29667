// The Funnels page over a real workspace with hand-made events: a funnel built in the form runs and
// its table shows the engine's users and conversions, a breakdown splits them, the drop-off opens the
// users who left, funnels are saved, loaded, renamed and deleted, an unfinished funnel says what to
// change instead of running, and the step table exports as CSV.
#include "analytics/AnalysisEngine.h"
#include "charts/FunnelChart.h"
#include "live/LiveAggregator.h"
#include "models/FunnelTableModel.h"
#include "models/FunnelUsersModel.h"
#include "pages/FunnelUsersDialog.h"
#include "pages/FunnelsPage.h"
#include "support/TestWorkspace.h"
#include "widgets/CohortChecklist.h"
#include "widgets/EventFilterEditor.h"
#include "widgets/FilterByCohortCombo.h"
#include "widgets/FunnelBuilder.h"
#include "widgets/FunnelStepEditor.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pulse;
using namespace pulse::ui;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
const DateRange kLastWeek = DateRange::preset(DateRange::Preset::Last7Days, QDate(2024, 3, 31));

// Ten users land on "/"; users 1–6 sign up an hour later (1–3 on the pro plan), users 1–4 buy two
// hours after that. Users 1–5 use Firefox, 6–10 Chrome. So: 10 → 6 → 4 users; Firefox 5 → 5 → 4,
// Chrome 5 → 1 → 0; users 7–10 drop off before signing up.
QList<EventRecord> seedEvents(qint64 site)
{
    QList<EventRecord> events;
    for (int u = 1; u <= 10; ++u) {
        const qint64 start = kNow - 2 * kDay + u * kMinute;
        const auto event = [&](qint64 at, const QString &name, const QString &path) {
            EventRecord e = test::makeEvent(site, 100 + u, at, name, path);
            e.userId = QStringLiteral("u%1").arg(u);
            e.browser = u <= 5 ? QStringLiteral("Firefox") : QStringLiteral("Chrome");
            return e;
        };
        events.append(event(start, QStringLiteral("pageview"), QStringLiteral("/")));
        if (u <= 6) {
            EventRecord signup = event(start + kHour, QStringLiteral("signup"), QStringLiteral("/signup"));
            QJsonObject props;
            props.insert(QStringLiteral("plan"), u <= 3 ? QStringLiteral("pro") : QStringLiteral("free"));
            signup.propsJson = QJsonDocument(props).toJson(QJsonDocument::Compact);
            events.append(signup);
        }
        if (u <= 4)
            events.append(event(start + 3 * kHour, QStringLiteral("purchase"), QStringLiteral("/checkout")));
    }
    return events;
}

struct Fixture {
    test::TestWorkspace tw { kNow };
    qint64 siteId = 0;
    LiveAggregator live { tw.clock() };
    std::unique_ptr<LocalWorkspaceClient> client;
    std::unique_ptr<FunnelsPage> page;

    explicit Fixture(bool seed = true)
    {
        siteId = tw.addSite(QStringLiteral("example.com"));
        if (seed)
            tw.write(seedEvents(siteId));
        client = std::make_unique<LocalWorkspaceClient>(tw.workspace(), live);
        page = std::make_unique<FunnelsPage>(*client);
        page->resize(1200, 900);
        page->show();
    }
    ~Fixture()
    {
        page.reset();
        client.reset();
    }

    // Selects the site and waits for its saved funnels and its catalog to arrive.
    bool open()
    {
        QSignalSpy listed(page.get(), &FunnelsPage::savedFunnelsLoaded);
        QSignalSpy cataloged(page.get(), &FunnelsPage::catalogLoaded);
        page->setContext(tw.workspace().sites().byId(siteId), kLastWeek);
        return (!listed.isEmpty() || listed.wait(20000)) && (!cataloged.isEmpty() || cataloged.wait(20000));
    }

    // Types the three steps into the form as a user would.
    void buildThreeSteps()
    {
        FunnelBuilder *builder = page->builder();
        QTest::keyClicks(builder->stepEditors().at(0)->eventEdit()->lineEdit(), QStringLiteral("pageview"));
        builder->stepEditors().at(0)->pathEdit()->setEditText(QStringLiteral("/"));
        QTest::keyClicks(builder->stepEditors().at(1)->eventEdit()->lineEdit(), QStringLiteral("signup"));
        builder->addStepButton()->click();
        QTest::keyClicks(builder->stepEditors().at(2)->eventEdit()->lineEdit(), QStringLiteral("purchase"));
    }

    bool runAndWait()
    {
        QSignalSpy loaded(page.get(), &FunnelsPage::loaded);
        page->runButton()->click();
        return page->isLoading() && loaded.wait(20000) && !page->isLoading();
    }

    QString cell(int row, int column) const { return page->tableModel()->index(row, column).data().toString(); }
};
} // namespace

class TestFunnelsPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtFunnelShowsTheEnginesUsersAndConversions();
    void breakdownSplitsEveryStep();
    void dropOffOpensTheUsersWhoLeftAndExportsThem();
    void savesLoadsRenamesAndDeletesFunnels();
    void invalidFunnelSaysWhatToChangeInsteadOfRunning();
    void exportsTheStepTableAsCsv();
    void emptyStatesReadWell();
    void newEventsRunTheFunnelAgain();
    void aCohortNarrowsTheFunnel();
    void tickedCohortsSitSideBySide();
};

void TestFunnelsPage::builtFunnelShowsTheEnginesUsersAndConversions()
{
    Fixture f;
    QVERIFY(f.open());
    // The catalog fills the completions.
    QVERIFY(f.page->builder()->stepEditors().at(0)->eventEdit()->findText(QStringLiteral("signup")) >= 0);
    f.buildThreeSteps();
    QVERIFY(f.runAndWait());

    const FunnelQuery query = *f.page->shownQuery();
    QCOMPARE(query.siteId, f.siteId);
    QCOMPARE(query.fromMs, QDateTime(QDate(2024, 3, 25), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(query.steps.size(), 3);
    QCOMPARE(query.steps.at(0).path, QStringLiteral("/"));
    QCOMPARE(f.page->tableModel()->result(), f.tw.workspace().analysis().funnel(query));

    FunnelTableModel *model = f.page->tableModel();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(f.cell(0, FunnelTableModel::UsersColumn), QStringLiteral("10"));
    QCOMPARE(f.cell(1, FunnelTableModel::UsersColumn), QStringLiteral("6"));
    QCOMPARE(f.cell(2, FunnelTableModel::UsersColumn), QStringLiteral("4"));
    QCOMPARE(f.cell(1, FunnelTableModel::FromPreviousColumn), QStringLiteral("60%"));
    QCOMPARE(f.cell(2, FunnelTableModel::FromPreviousColumn), QStringLiteral("66.7%"));
    QCOMPARE(f.cell(2, FunnelTableModel::FromFirstColumn), QStringLiteral("40%"));
    QCOMPARE(f.cell(1, FunnelTableModel::DropOffColumn), QStringLiteral("4"));
    QCOMPARE(f.cell(2, FunnelTableModel::DropOffColumn), QStringLiteral("2"));
    QCOMPARE(f.cell(1, FunnelTableModel::MedianTimeColumn), QStringLiteral("1h 00m"));
    QCOMPARE(f.cell(2, FunnelTableModel::MedianTimeColumn), QStringLiteral("2h 00m"));
    QVERIFY(f.page->tableView()->isColumnHidden(FunnelTableModel::SegmentColumn));
    QVERIFY2(
        f.page->summaryLabel()->text().contains(QStringLiteral("40%")), qPrintable(f.page->summaryLabel()->text()));
    QVERIFY(f.page->summaryLabel()->text().contains(QStringLiteral("14 days")));
    QCOMPARE(f.page->chart()->values(0), QList<double>({ 100, 60, 40 }));
    QVERIFY(f.page->chart()->barLabelsVisible());
    QVERIFY(f.page->resultsPanel()->isVisible());
    QVERIFY(!f.page->messageLabel()->isVisible());

    // A property filter on signup (pro plan only) narrows step 2.
    f.page->builder()->stepEditors().at(1)->addFilterButton()->click();
    EventFilterEditor *filter = f.page->builder()->stepEditors().at(1)->filterEditors().at(0);
    filter->propertyEdit()->setEditText(QStringLiteral("prop.plan"));
    filter->valueEdit()->setText(QStringLiteral("pro"));
    QVERIFY(f.runAndWait());
    QCOMPARE(f.cell(1, FunnelTableModel::UsersColumn), QStringLiteral("3"));
    QCOMPARE(f.cell(2, FunnelTableModel::UsersColumn), QStringLiteral("3"));
}

void TestFunnelsPage::breakdownSplitsEveryStep()
{
    Fixture f;
    QVERIFY(f.open());
    f.buildThreeSteps();
    QComboBox *breakdown = f.page->builder()->breakdownEdit();
    breakdown->setCurrentIndex(breakdown->findData(QStringLiteral("browser")));
    QVERIFY(f.runAndWait());
    FunnelTableModel *model = f.page->tableModel();
    QVERIFY(model->hasBreakdown());
    QVERIFY(!f.page->tableView()->isColumnHidden(FunnelTableModel::SegmentColumn));
    QCOMPARE(model->rowCount(), 9); // all users, Firefox, Chrome; three steps each
    const auto users = [&](int step, const QString &segment) {
        return f.cell(model->rowFor(step, segment, false), FunnelTableModel::UsersColumn);
    };
    QCOMPARE(users(1, QStringLiteral("Firefox")), QStringLiteral("5"));
    QCOMPARE(users(2, QStringLiteral("Firefox")), QStringLiteral("5"));
    QCOMPARE(users(3, QStringLiteral("Firefox")), QStringLiteral("4"));
    QCOMPARE(users(1, QStringLiteral("Chrome")), QStringLiteral("5"));
    QCOMPARE(users(2, QStringLiteral("Chrome")), QStringLiteral("1"));
    QCOMPARE(users(3, QStringLiteral("Chrome")), QStringLiteral("0"));
    QCOMPARE(f.cell(model->rowFor(3, QStringLiteral("Chrome"), false), FunnelTableModel::FromFirstColumn),
        QStringLiteral("0%"));
    QCOMPARE(f.cell(model->rowFor(3), FunnelTableModel::UsersColumn), QStringLiteral("4"));
    // Equal at step 1, so in name order; one bar set per value.
    QCOMPARE(f.page->chart()->setNames(), QStringList({ QStringLiteral("Chrome"), QStringLiteral("Firefox") }));
    QCOMPARE(f.page->chart()->values(0), QList<double>({ 100, 20, 0 }));
    QCOMPARE(f.page->chart()->values(1), QList<double>({ 100, 100, 80 }));
}

void TestFunnelsPage::dropOffOpensTheUsersWhoLeftAndExportsThem()
{
    Fixture f;
    QVERIFY(f.open());
    f.buildThreeSteps();
    QVERIFY(f.runAndWait());
    QTableView *view = f.page->tableView();
    const QModelIndex dropOff = f.page->tableModel()->index(1, FunnelTableModel::DropOffColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(dropOff).center());
    FunnelUsersDialog *dialog = f.page->usersDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->query().step, 2);
    QCOMPARE(dialog->query().outcome, FunnelUsersQuery::Outcome::Dropped);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("reached step 1 but not step 2")));
    QSignalSpy shown(dialog, &FunnelUsersDialog::pageShown);
    QVERIFY(shown.wait(20000));
    QStringList ids;
    for (int r = 0; r < dialog->model()->rowCount(); ++r)
        ids.append(dialog->model()->index(r, FunnelUsersModel::UserColumn).data().toString());
    ids.sort();
    QCOMPARE(
        ids, QStringList({ QStringLiteral("u10"), QStringLiteral("u7"), QStringLiteral("u8"), QStringLiteral("u9") }));
    QCOMPARE(dialog->statusLabel()->text(), QStringLiteral("1–4 of 4"));
    QVERIFY(!dialog->nextButton()->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.csv"));
    QSignalSpy exported(dialog, &FunnelUsersDialog::exported);
    dialog->exportTo(path);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    FunnelUsersQuery all = dialog->query();
    all.offset = 0;
    all.limit = FunnelUsersQuery::kMaxLimit;
    QCOMPARE(csv, f.tw.workspace().analysis().funnelUsers(all).toCsv());
    QVERIFY(csv.contains("u7"));
    QVERIFY(!csv.contains("u1,"));

    // The users who reached the last step, from the users cell.
    const QModelIndex bought = f.page->tableModel()->index(2, FunnelTableModel::UsersColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(bought).center());
    dialog = f.page->usersDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->query().outcome, FunnelUsersQuery::Outcome::Converted);
    QCOMPARE(dialog->query().step, 3);
    QSignalSpy shownAgain(dialog, &FunnelUsersDialog::pageShown);
    QVERIFY(shownAgain.wait(20000));
    QCOMPARE(dialog->model()->rowCount(), 4);
}

void TestFunnelsPage::savesLoadsRenamesAndDeletesFunnels()
{
    Fixture f;
    QVERIFY(f.open());
    QCOMPARE(f.page->savedCombo()->count(), 1); // only "New funnel"
    f.buildThreeSteps();
    const FunnelQuery definition = f.page->builder()->query();
    QSignalSpy stored(f.page.get(), &FunnelsPage::storeFinished);

    f.page->saveAs(QStringLiteral("Checkout"));
    QVERIFY(stored.wait(20000));
    QCOMPARE(stored.takeFirst().at(0).toString(), QString());
    QCOMPARE(f.page->savedFunnels().size(), 1);
    const qint64 id = f.page->currentSavedId();
    QVERIFY(id != 0);
    QCOMPARE(f.page->savedCombo()->currentText(), QStringLiteral("Checkout"));
    QCOMPARE(f.tw.workspace().funnels().get(f.siteId, id)->definition.steps, definition.steps);

    // A second funnel under the same name is refused with the store's reason, shown on the page.
    f.page->saveAs(QStringLiteral("Checkout"));
    QVERIFY(stored.wait(20000));
    QVERIFY(!stored.takeFirst().at(0).toString().isEmpty());
    QVERIFY(f.page->problemLabel()->isVisible());
    QCOMPARE(f.page->savedFunnels().size(), 1);

    // A new funnel empties the form; loading the saved one restores it and runs it.
    f.page->newFunnel();
    QCOMPARE(f.page->builder()->query().steps.at(0).event, QString());
    QSignalSpy loaded(f.page.get(), &FunnelsPage::loaded);
    f.page->savedCombo()->setCurrentIndex(1);
    Q_EMIT f.page->savedCombo()->activated(1);
    QCOMPARE(f.page->builder()->query().steps, definition.steps);
    QCOMPARE(f.page->currentSavedId(), id);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(f.cell(2, FunnelTableModel::UsersColumn), QStringLiteral("4"));

    f.page->renameCurrent(QStringLiteral("Purchases"));
    QVERIFY(stored.wait(20000));
    QCOMPARE(stored.takeFirst().at(0).toString(), QString());
    QCOMPARE(f.page->savedFunnels().first().name, QStringLiteral("Purchases"));
    QCOMPARE(f.page->savedCombo()->currentText(), QStringLiteral("Purchases"));

    // Saving an edited, loaded funnel replaces it rather than adding one.
    f.page->builder()->orderEdit()->setCurrentIndex(2);
    f.page->saveCurrent();
    QVERIFY(stored.wait(20000));
    QCOMPARE(f.page->savedFunnels().size(), 1);
    QCOMPARE(f.tw.workspace().funnels().get(f.siteId, id)->definition.order, FunnelQuery::Order::Any);

    f.page->deleteCurrent();
    QVERIFY(stored.wait(20000));
    QCOMPARE(stored.takeFirst().at(0).toString(), QString());
    QVERIFY(f.page->savedFunnels().isEmpty());
    QCOMPARE(f.page->currentSavedId(), 0);
    QCOMPARE(f.page->savedCombo()->count(), 1);
    QVERIFY(!f.tw.workspace().funnels().get(f.siteId, id));
}

void TestFunnelsPage::invalidFunnelSaysWhatToChangeInsteadOfRunning()
{
    Fixture f;
    QVERIFY(f.open());
    QTest::keyClicks(f.page->builder()->stepEditors().at(0)->eventEdit()->lineEdit(), QStringLiteral("pageview"));
    f.page->runButton()->click();
    QVERIFY(!f.page->isLoading());
    QVERIFY(!f.page->shownQuery());
    QVERIFY(f.page->problemLabel()->isVisible());
    QCOMPARE(f.page->problemLabel()->text(),
        QStringLiteral("Step 2: choose the event this step counts (for page visits: pageview)."));
    // Editing clears the message; a funnel of one step says to add one.
    QTest::keyClicks(f.page->builder()->stepEditors().at(1)->eventEdit()->lineEdit(), QStringLiteral("s"));
    QVERIFY(!f.page->problemLabel()->isVisible());
    f.page->builder()->removeStep(1);
    QVERIFY(!f.page->run());
    QVERIFY(f.page->problemLabel()->text().startsWith(QStringLiteral("Add at least 2 steps")));
    QVERIFY(!f.page->shownQuery());
}

void TestFunnelsPage::exportsTheStepTableAsCsv()
{
    Fixture f;
    QVERIFY(f.open());
    QTemporaryDir dir;
    QCOMPARE(f.page->exportCsv(dir.filePath(QStringLiteral("none.csv"))), QStringLiteral("Run the funnel first."));
    f.buildThreeSteps();
    QVERIFY(f.runAndWait());
    const QString path = dir.filePath(QStringLiteral("funnel.csv"));
    QCOMPARE(f.page->exportCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv, f.tw.workspace().analysis().funnel(*f.page->shownQuery()).toCsv());
    QVERIFY(csv.contains("purchase"));
    QVERIFY(!f.page->exportCsv(dir.filePath(QStringLiteral("missing/dir/x.csv"))).isEmpty());
}

void TestFunnelsPage::emptyStatesReadWell()
{
    Fixture f(false);
    f.page->setContext(std::nullopt, kLastWeek);
    QVERIFY(f.page->messageLabel()->isVisible());
    QVERIFY(f.page->messageLabel()->text().contains(QStringLiteral("Add a site")));
    QVERIFY(!f.page->runButton()->isEnabled());
    QVERIFY(!f.page->resultsPanel()->isVisible());

    // A site without events says so, and a funnel over it says no one did the first step.
    QVERIFY(f.open());
    QTRY_VERIFY(f.page->messageLabel()->text().contains(QStringLiteral("has no events yet")));
    f.buildThreeSteps();
    QVERIFY(f.runAndWait());
    QVERIFY(!f.page->resultsPanel()->isVisible());
    QVERIFY2(f.page->messageLabel()->text().contains(QStringLiteral("example.com has no events yet")),
        qPrintable(f.page->messageLabel()->text()));

    // With events, but none of the first step in the range.
    f.tw.write(seedEvents(f.siteId));
    f.page->setContext(std::nullopt, kLastWeek);
    QVERIFY(f.open());
    f.page->builder()->stepEditors().at(0)->eventEdit()->setEditText(QStringLiteral("download"));
    f.page->builder()->stepEditors().at(1)->eventEdit()->setEditText(QStringLiteral("signup"));
    QVERIFY(f.runAndWait());
    QVERIFY2(f.page->messageLabel()->text().startsWith(QStringLiteral("No one did the first step (download)")),
        qPrintable(f.page->messageLabel()->text()));

    // Nobody converted to the last step: the table still shows, the summary says so.
    f.page->builder()->stepEditors().at(0)->eventEdit()->setEditText(QStringLiteral("purchase"));
    f.page->builder()->stepEditors().at(1)->eventEdit()->setEditText(QStringLiteral("signup"));
    QVERIFY(f.runAndWait());
    QVERIFY(f.page->resultsPanel()->isVisible());
    QVERIFY2(f.page->summaryLabel()->text().startsWith(QStringLiteral("None of the 4 users")),
        qPrintable(f.page->summaryLabel()->text()));
}

void TestFunnelsPage::newEventsRunTheFunnelAgain()
{
    Fixture f;
    f.live.attach(f.tw.workspace().writer());
    QVERIFY(f.open());
    f.buildThreeSteps();
    QVERIFY(f.runAndWait());
    QCOMPARE(f.cell(0, FunnelTableModel::UsersColumn), QStringLiteral("10"));
    QSignalSpy loaded(f.page.get(), &FunnelsPage::loaded);
    f.tw.write({ test::makeEvent(f.siteId, 999, kNow - kMinute, QStringLiteral("pageview"), QStringLiteral("/")) });
    QVERIFY(loaded.wait(20000)); // throttled, so a few seconds
    QCOMPARE(f.cell(0, FunnelTableModel::UsersColumn), QStringLiteral("11"));
    f.live.detach(f.tw.workspace().writer());
}

void TestFunnelsPage::aCohortNarrowsTheFunnel()
{
    Fixture f;
    Cohort chrome;
    chrome.siteId = f.siteId;
    chrome.name = QStringLiteral("On Chrome");
    chrome.kind = Cohort::Kind::Dynamic;
    QString error;
    QVERIFY(CohortGroup::fromJson(
        QJsonDocument::fromJson(R"({"conditions":[{"type":"property","property":"browser","value":"Chrome"}]})")
            .object(),
        &chrome.definition, &error));
    QFuture<CohortReply> saved = f.client->saveCohort(chrome);
    QTRY_VERIFY_WITH_TIMEOUT(saved.isFinished(), 20000);
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().error));
    QVERIFY(f.open());
    f.buildThreeSteps();
    QVERIFY(f.runAndWait());
    QCOMPARE(f.cell(0, FunnelTableModel::UsersColumn), QStringLiteral("10"));

    auto *combo = f.page->findChild<FilterByCohortCombo *>();
    QVERIFY(combo);
    QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 2, 20000);
    QSignalSpy loaded(f.page.get(), &FunnelsPage::loaded);
    combo->setCurrentIndex(1);
    Q_EMIT combo->activated(1); // a shown funnel follows the filter at once
    QVERIFY(loaded.wait(20000));
    QCOMPARE(f.page->shownQuery()->cohortId, saved.result().cohort.id);
    QCOMPARE(f.cell(0, FunnelTableModel::UsersColumn), QStringLiteral("5")); // users 6-10
    QCOMPARE(f.cell(1, FunnelTableModel::UsersColumn), QStringLiteral("1"));
    QCOMPARE(f.cell(2, FunnelTableModel::UsersColumn), QStringLiteral("0"));
}

void TestFunnelsPage::tickedCohortsSitSideBySide()
{
    Fixture f;
    // Two static cohorts: the first three users, and users 6 and 7.
    const auto saveStatic = [&](const QString &name, const QStringList &members) {
        Cohort c;
        c.siteId = f.siteId;
        c.name = name;
        QFuture<CohortReply> saved = f.client->saveCohort(c);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(saved.isFinished(), 20000); }();
        QFuture<CohortReply> added = f.client->addCohortMembers(f.siteId, saved.result().cohort.id, members);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(added.isFinished(), 20000); }();
        return added.result().cohort;
    };
    const Cohort first = saveStatic(
        QStringLiteral("First three"), { QStringLiteral("u:u1"), QStringLiteral("u:u2"), QStringLiteral("u:u3") });
    const Cohort later
        = saveStatic(QStringLiteral("Six and seven"), { QStringLiteral("u:u6"), QStringLiteral("u:u7") });
    QVERIFY(f.open());
    FunnelBuilder *builder = f.page->builder();
    QTRY_COMPARE_WITH_TIMEOUT(builder->cohortChecklist()->count(), 2, 20000);
    QVERIFY(!builder->cohortChecklist()->isVisible());
    f.buildThreeSteps();
    QComboBox *breakdown = builder->breakdownEdit();
    breakdown->setCurrentIndex(breakdown->findData(QStringLiteral("cohort")));
    QVERIFY(builder->cohortChecklist()->isVisible());
    QVERIFY(f.runAndWait());
    QCOMPARE(f.page->shownQuery()->breakdownCohorts, (QList<qint64> { first.id, later.id }));
    FunnelTableModel *model = f.page->tableModel();
    const auto users = [&](int step, const QString &segment) {
        return f.cell(model->rowFor(step, segment, false), FunnelTableModel::UsersColumn);
    };
    QCOMPARE(users(1, QStringLiteral("First three")), QStringLiteral("3"));
    QCOMPARE(users(3, QStringLiteral("First three")), QStringLiteral("3"));
    QCOMPARE(users(1, QStringLiteral("Six and seven")), QStringLiteral("2"));
    QCOMPARE(users(2, QStringLiteral("Six and seven")), QStringLiteral("1")); // user 6 signed up
    QCOMPARE(users(3, QStringLiteral("Six and seven")), QStringLiteral("0"));

    // One cohort ticked: one series. None: the page says what to do instead of running.
    builder->cohortChecklist()->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(f.runAndWait());
    QCOMPARE(f.page->shownQuery()->breakdownCohorts, QList<qint64> { later.id });
    QCOMPARE(f.page->tableModel()->result().breakdown.size(), 1);
    builder->cohortChecklist()->item(1)->setCheckState(Qt::Unchecked);
    f.page->runButton()->click();
    QVERIFY(!f.page->isLoading());
    QVERIFY(f.page->problemLabel()->text().contains(QLatin1String("Tick at least one cohort")));

    // A saved funnel keeps the breakdown and its ticks.
    builder->cohortChecklist()->item(0)->setCheckState(Qt::Checked);
    QSignalSpy stored(f.page.get(), &FunnelsPage::storeFinished);
    f.page->saveAs(QStringLiteral("By cohort"));
    QVERIFY(stored.wait(20000));
    QCOMPARE(stored.last().at(0).toString(), QString());
    const SavedFunnel saved = f.tw.workspace().funnels().list(f.siteId).at(0);
    QCOMPARE(saved.definition.breakdown, QStringLiteral("cohort"));
    QCOMPARE(saved.definition.breakdownCohorts, QList<qint64> { first.id });
    f.page->newFunnel();
    QVERIFY(!builder->cohortChecklist()->isVisible());
    QSignalSpy loaded(f.page.get(), &FunnelsPage::loaded);
    f.page->loadSaved(saved.id);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(builder->cohortChecklist()->checkedIds(), QList<qint64> { first.id });
    QCOMPARE(f.page->tableModel()->result().breakdown.size(), 1);
}

QTEST_MAIN(TestFunnelsPage)
#include "TestFunnelsPage.moc"
