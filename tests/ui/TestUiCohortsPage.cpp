// The Cohorts page over a real workspace with hand-made events: a dynamic cohort built in the editor
// previews and then lists the engine's size, and recomputes on demand; a static cohort is made from a
// CSV file and a pasted list; members are searched, paged, exported as CSV and removed; a refused save
// is shown inline; deleting empties the list. The last test renders the page with realistic data for
// docs/screenshots/cohorts.png.
#include "charts/CohortSizeChart.h"
#include "live/LiveAggregator.h"
#include "models/CohortListModel.h"
#include "models/CohortMembersModel.h"
#include "pages/CohortDynamicDialog.h"
#include "pages/CohortMembersPanel.h"
#include "pages/CohortStaticDialog.h"
#include "pages/CohortsPage.h"
#include "support/TestWorkspace.h"
#include "widgets/CohortConditionRow.h"
#include "widgets/CohortDefinitionEditor.h"
#include "widgets/CohortGroupEditor.h"
#include "workspace/FutureWatch.h"
#include "workspace/LocalWorkspaceClient.h"

#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kWaitMs = 20000;
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// Six users visit in the last week; u1 and u2 buy twice, u3 once; u1–u3 use Firefox, u4–u6 Chrome.
QList<EventRecord> seedEvents(qint64 site)
{
    QList<EventRecord> events;
    const auto add = [&](int user, qint64 at, const QString &name) {
        EventRecord e = test::makeEvent(site, 100 + user, at, name, QStringLiteral("/"));
        e.userId = QStringLiteral("u%1").arg(user);
        e.browser = user <= 3 ? QStringLiteral("Firefox") : QStringLiteral("Chrome");
        events.append(e);
    };
    for (int u = 1; u <= 6; ++u)
        add(u, kNow - 5 * kDay + u * kMinute, QStringLiteral("pageview"));
    for (int u : { 1, 2, 3 })
        add(u, kNow - 4 * kDay + u * kMinute, QStringLiteral("purchase"));
    for (int u : { 1, 2 })
        add(u, kNow - 2 * kDay + u * kMinute, QStringLiteral("purchase"));
    std::sort(events.begin(), events.end(),
        [](const EventRecord &a, const EventRecord &b) { return a.receivedAtMs < b.receivedAtMs; });
    return events;
}

struct Fixture {
    test::TestWorkspace tw { kNow };
    qint64 siteId = 0;
    LiveAggregator live { tw.clock() };
    std::unique_ptr<LocalWorkspaceClient> client;
    std::unique_ptr<CohortsPage> page;
    std::unique_ptr<QAbstractItemModelTester> listTester;
    std::unique_ptr<QAbstractItemModelTester> membersTester;

    explicit Fixture(bool seed = true)
    {
        siteId = tw.addSite(QStringLiteral("example.com"));
        if (seed)
            tw.write(seedEvents(siteId));
        client = std::make_unique<LocalWorkspaceClient>(tw.workspace(), live);
        page = std::make_unique<CohortsPage>(*client);
        listTester = std::make_unique<QAbstractItemModelTester>(page->listModel());
        membersTester = std::make_unique<QAbstractItemModelTester>(page->membersPanel()->model());
        page->resize(1200, 860);
        page->show();
    }
    ~Fixture()
    {
        listTester.reset();
        membersTester.reset();
        page.reset();
        client.reset();
    }

    // Selects the site and waits for its cohorts and its catalog.
    bool open()
    {
        QSignalSpy listed(page.get(), &CohortsPage::cohortsLoaded);
        QSignalSpy cataloged(page.get(), &CohortsPage::catalogLoaded);
        page->setSite(tw.workspace().sites().byId(siteId));
        return (!listed.isEmpty() || listed.wait(kWaitMs)) && (!cataloged.isEmpty() || cataloged.wait(kWaitMs));
    }
    // Waits until the list shows a cohort named name and the members panel its first page.
    std::optional<Cohort> listed(const QString &name)
    {
        std::optional<Cohort> found;
        const auto find = [&] {
            for (const Cohort &c : page->cohorts()) {
                if (c.name == name)
                    found = c;
            }
            return found.has_value() && !page->isLoading() && !page->membersPanel()->isLoading();
        };
        if (!QTest::qWaitFor(find, kWaitMs))
            return std::nullopt;
        return found;
    }
    QString listCell(qint64 id, int column) const
    {
        return page->listModel()->index(page->listModel()->rowOf(id), column).data().toString();
    }
    QStringList memberIds() const
    {
        QStringList ids;
        CohortMembersModel *model = page->membersPanel()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            ids << model->index(r, CohortMembersModel::UserColumn).data().toString();
        return ids;
    }
    bool settled()
    {
        return QTest::qWaitFor([&] { return !page->isLoading() && !page->membersPanel()->isLoading(); }, kWaitMs);
    }
    Cohort stored(qint64 id) { return *tw.workspace().cohorts().store().get(siteId, id); }
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestUiCohortsPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dynamicCohortBuiltInTheEditorListsItsSize();
    void staticCohortFromACsvFileAndAPastedList();
    void membersAreSearchedExportedAndRemoved();
    void refusedSavesAndFilesSayWhatToChangeInline();
    void deletingEmptiesTheList();
    void emptyStatesSayWhatToDo();
    void theListReadsWhenInWordsWithTheExactTimeOnHover();
    void screenshotWithRealisticData();
};

void TestUiCohortsPage::initTestCase()
{
    // The look of the committed screenshot, whatever the desktop's defaults.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestUiCohortsPage::dynamicCohortBuiltInTheEditorListsItsSize()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.page->cohorts().isEmpty());
    f.page->newDynamicButton()->click();
    auto *dialog = qobject_cast<CohortDynamicDialog *>(f.page->openDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Repeat buyers"));
    CohortConditionRow *row = dialog->editor()->root()->conditionRows().at(0);
    // The event names come from the site's catalog.
    QVERIFY(row->eventEdit()->findText(QStringLiteral("purchase")) >= 0);
    QTest::keyClicks(row->eventEdit()->lineEdit(), QStringLiteral("purchase"));
    row->countEdit()->setValue(2);
    // The preview follows the form after a pause.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->previewSize(), std::optional<qint64>(2), kWaitMs);
    QCOMPARE(dialog->previewLabel()->text(), QStringLiteral("≈ 2 users match now"));
    row->countEdit()->setValue(1);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->previewSize(), std::optional<qint64>(3), kWaitMs);
    row->countEdit()->setValue(2);
    dialog->refreshEdit()->setValue(0);

    QSignalSpy saved(dialog, &CohortDynamicDialog::saveFinished);
    dialog->saveButton()->click();
    QVERIFY(saved.wait(kWaitMs));
    QCOMPARE(saved.first().at(1).toString(), QString());
    const std::optional<Cohort> cohort = f.listed(QStringLiteral("Repeat buyers"));
    QVERIFY(cohort);
    QCOMPARE(cohort->kind, Cohort::Kind::Dynamic);
    QCOMPARE(cohort->refreshHours, 0);
    QCOMPARE(f.listCell(cohort->id, CohortListModel::SizeColumn), QStringLiteral("2"));
    QCOMPARE(f.listCell(cohort->id, CohortListModel::KindColumn), QStringLiteral("Dynamic"));
    QCOMPARE(f.listCell(cohort->id, CohortListModel::ComputedColumn), QStringLiteral("just now"));
    QVERIFY(f.page->listModel()
                ->index(0, CohortListModel::ComputedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Computed ")));
    // The new cohort is selected, its members and size history below.
    QCOMPARE(f.page->currentCohort()->id, cohort->id);
    QVERIFY(f.settled());
    QCOMPARE(f.memberIds(), QStringList({ QStringLiteral("u1"), QStringLiteral("u2") }));
    QCOMPARE(f.page->membersPanel()->statusLabel()->text(), QStringLiteral("1–2 of 2"));
    QCOMPARE(f.page->membersPanel()->chart()->points().size(), 1);
    QCOMPARE(f.page->membersPanel()->definitionLabel()->text(),
        QStringLiteral("Users who did purchase at least 2 times in the last 30 days"));
    QVERIFY(f.page->membersPanel()->computedLabel()->text().startsWith(QStringLiteral("Last computed just now")));
    QVERIFY(f.page->recomputeButton()->isVisible());
    QVERIFY(!f.page->membersPanel()->removeButton()->isVisible());

    // u3 buys again; a recompute two hours later takes them in and adds a point to the history.
    f.tw.write({ [&] {
        EventRecord e = test::makeEvent(f.siteId, 103, kNow - kHour, QStringLiteral("purchase"));
        e.userId = QStringLiteral("u3");
        return e;
    }() });
    f.tw.clock().advanceMs(2 * kHour);
    QSignalSpy acted(f.page.get(), &CohortsPage::actionFinished);
    f.page->recomputeButton()->click();
    QVERIFY(acted.wait(kWaitMs));
    QCOMPARE(acted.first().at(0).toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(f.listCell(cohort->id, CohortListModel::SizeColumn), QStringLiteral("3"), kWaitMs);
    QVERIFY(f.settled());
    QCOMPARE(f.memberIds().size(), 3);
    QCOMPARE(f.page->membersPanel()->chart()->points().size(), 2);
    QCOMPARE(f.page->membersPanel()->chart()->points().at(1).y(), 3.0);

    // Editing opens the definition as saved.
    auto *edit = qobject_cast<CohortDynamicDialog *>(f.page->editCurrent());
    QVERIFY(edit);
    QCOMPARE(edit->editor()->definition(), f.stored(cohort->id).definition);
    QCOMPARE(edit->nameEdit()->text(), QStringLiteral("Repeat buyers"));
    edit->close();
}

void TestUiCohortsPage::staticCohortFromACsvFileAndAPastedList()
{
    Fixture f;
    QVERIFY(f.open());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("beta.csv"));
    QVERIFY(writeFile(csv, "user_id,email\nu1,a@example.com\nu5,b@example.com\nnewcomer,c@example.com\n"));

    CohortStaticDialog *dialog = f.page->newStaticCohort();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Beta testers"));
    dialog->descriptionEdit()->setPlainText(QStringLiteral("Signed up for the beta in March"));
    QCOMPARE(dialog->importFile(csv), QString());
    QCOMPARE(dialog->importLabel()->text(), QStringLiteral("3 members from beta.csv, added when you save"));
    dialog->pasteEdit()->setPlainText(QStringLiteral("u6\nu2, u1\n"));
    QSignalSpy saved(dialog, &CohortStaticDialog::saveFinished);
    dialog->saveButton()->click();
    QVERIFY(saved.wait(kWaitMs));
    QCOMPARE(saved.first().at(1).toString(), QString());

    const std::optional<Cohort> cohort = f.listed(QStringLiteral("Beta testers"));
    QVERIFY(cohort);
    QCOMPARE(cohort->kind, Cohort::Kind::Static);
    QCOMPARE(cohort->size, 5); // u1 came twice
    QCOMPARE(f.listCell(cohort->id, CohortListModel::SizeColumn), QStringLiteral("5"));
    QCOMPARE(f.listCell(cohort->id, CohortListModel::KindColumn), QStringLiteral("Static"));
    QCOMPARE(
        f.listCell(cohort->id, CohortListModel::DescriptionColumn), QStringLiteral("Signed up for the beta in March"));
    QVERIFY(f.settled());
    QStringList ids = f.memberIds();
    ids.sort();
    QCOMPARE(ids,
        QStringList({ QStringLiteral("newcomer"), QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u5"),
            QStringLiteral("u6") }));
    QVERIFY(!f.page->recomputeButton()->isVisible());
    QVERIFY(f.page->membersPanel()->removeButton()->isVisible());

    // Editing adds to the list.
    auto *edit = qobject_cast<CohortStaticDialog *>(f.page->editCurrent());
    QVERIFY(edit);
    QCOMPARE(edit->nameEdit()->text(), QStringLiteral("Beta testers"));
    edit->pasteEdit()->setPlainText(QStringLiteral("u3"));
    QSignalSpy editSaved(edit, &CohortStaticDialog::saveFinished);
    edit->save();
    QVERIFY(editSaved.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(f.listCell(cohort->id, CohortListModel::SizeColumn), QStringLiteral("6"), kWaitMs);
}

void TestUiCohortsPage::membersAreSearchedExportedAndRemoved()
{
    Fixture f;
    QVERIFY(f.open());
    // 250 members: three pages in the table, all of them in the export.
    Cohort c;
    c.siteId = f.siteId;
    c.name = QStringLiteral("Imported");
    QString error;
    const std::optional<Cohort> created = f.tw.workspace().cohorts().save(c, &error);
    QVERIFY2(created, qPrintable(error));
    QStringList keys;
    for (int i = 1; i <= 250; ++i)
        keys << CohortMember { QStringLiteral("user-%1").arg(i, 3, 10, QLatin1Char('0')), QString() }.key();
    QVERIFY(f.tw.workspace().cohorts().store().addMembers(f.siteId, created->id, keys, &error));
    f.page->refresh();
    QVERIFY(f.listed(QStringLiteral("Imported")));
    QVERIFY(f.settled());
    CohortMembersPanel *panel = f.page->membersPanel();
    QCOMPARE(panel->model()->rowCount(), CohortMembersPanel::kPageSize);
    QCOMPARE(panel->statusLabel()->text(), QStringLiteral("1–100 of 250"));
    QVERIFY(!panel->previousButton()->isEnabled());
    QSignalSpy shown(panel, &CohortMembersPanel::pageShown);
    panel->nextButton()->click();
    QVERIFY(shown.wait(kWaitMs));
    QCOMPARE(panel->statusLabel()->text(), QStringLiteral("101–200 of 250"));
    QCOMPARE(f.memberIds().first(), QStringLiteral("user-101"));

    // Typing in the search field lists matching ids from the first page, after a pause.
    QTest::keyClicks(panel->searchEdit(), QStringLiteral("user-24"));
    QVERIFY(shown.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(panel->statusLabel()->text(), QStringLiteral("1–10 of 10 matching “user-24”"), kWaitMs);
    QCOMPARE(f.memberIds().first(), QStringLiteral("user-240"));
    panel->setSearch(QStringLiteral("nobody"));
    QVERIFY(shown.wait(kWaitMs));
    QCOMPARE(panel->statusLabel()->text(), QStringLiteral("No member id contains “nobody”."));
    panel->setSearch(QString());
    QVERIFY(shown.wait(kWaitMs));
    QCOMPARE(panel->model()->rowCount(), CohortMembersPanel::kPageSize);

    // The export has every member, not only the page or the search.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.csv"));
    QSignalSpy exported(panel, &CohortMembersPanel::exported);
    QVERIFY(panel->exportButton()->isEnabled()); // it asks for a file, then calls exportTo
    panel->exportTo(path);
    QVERIFY(exported.wait(kWaitMs));
    QCOMPARE(exported.last().at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv, f.tw.workspace().cohorts().store().members(created->id, QString(), 0, 1000).toCsv());
    QCOMPARE(csv.count('\n'), 251); // a header and 250 members
    QVERIFY(csv.contains("user-250"));
    QVERIFY(panel->statusLabel()->text().startsWith(QStringLiteral("Exported 250 members to ")));
    QSignalSpy failed(panel, &CohortMembersPanel::exported);
    panel->exportTo(dir.filePath(QStringLiteral("missing/dir/x.csv")));
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(!failed.first().at(1).toString().isEmpty());

    // Removing the selected members of a static cohort.
    panel->view()->selectionModel()->select(
        panel->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    panel->view()->selectionModel()->select(
        panel->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(panel->removeButton()->isEnabled());
    QSignalSpy removed(panel, &CohortMembersPanel::membersRemoved);
    panel->removeSelected();
    QVERIFY(removed.wait(kWaitMs));
    QCOMPARE(removed.first().at(0).toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(f.listCell(created->id, CohortListModel::SizeColumn), QStringLiteral("248"), kWaitMs);
    QVERIFY(f.settled());
    QCOMPARE(panel->statusLabel()->text(), QStringLiteral("1–100 of 248"));
    QCOMPARE(f.memberIds().at(0), QStringLiteral("user-002"));
    QCOMPARE(f.memberIds().at(1), QStringLiteral("user-004"));
}

void TestUiCohortsPage::refusedSavesAndFilesSayWhatToChangeInline()
{
    Fixture f;
    QVERIFY(f.open());
    QTemporaryDir dir;

    // A file with an id over the engine's limit names its row and stays out of the save.
    CohortStaticDialog *dialog = f.page->newStaticCohort();
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(bad, "user_id\nu1\n" + QByteArray(300, 'x') + "\n"));
    const QString problem = dialog->importFile(bad);
    QVERIFY2(problem.startsWith(QStringLiteral("bad.csv cannot be imported: Row 3")), qPrintable(problem));
    QCOMPARE(dialog->importLabel()->text(), QString());
    QVERIFY(
        dialog->importFile(dir.filePath(QStringLiteral("absent.csv"))).startsWith(QStringLiteral("Could not read")));

    // No name: said before anything is sent.
    QVERIFY(!dialog->save());
    QVERIFY(dialog->errorLabel()->isVisible());
    QCOMPARE(dialog->errorLabel()->text(), QStringLiteral("Give the cohort a name."));
    dialog->nameEdit()->setText(QStringLiteral("Beta"));
    QVERIFY(!dialog->errorLabel()->isVisible());
    QSignalSpy saved(dialog, &CohortStaticDialog::saveFinished);
    QVERIFY(dialog->save());
    QVERIFY(saved.wait(kWaitMs));
    QVERIFY(f.listed(QStringLiteral("Beta")));

    // The same name again: the engine's message, inline, and the dialog stays open.
    CohortDynamicDialog *dynamic = f.page->newDynamicCohort();
    dynamic->nameEdit()->setText(QStringLiteral("Beta"));
    QVERIFY(!dynamic->save()); // the condition has no event yet
    QCOMPARE(
        dynamic->errorLabel()->text(), QStringLiteral("Condition 1: choose the event (for page visits: pageview)."));
    QCOMPARE(dynamic->previewLabel()->text(),
        QStringLiteral("To see how many users match: Condition 1: choose the event (for page visits: pageview)."));
    dynamic->editor()->root()->conditionRows().at(0)->eventEdit()->setEditText(QStringLiteral("pageview"));
    QSignalSpy refused(dynamic, &CohortDynamicDialog::saveFinished);
    QVERIFY(dynamic->save());
    QVERIFY(refused.wait(kWaitMs));
    const QString error = refused.first().at(1).toString();
    QCOMPARE(error, QStringLiteral("A cohort named 'Beta' exists already; choose another name."));
    QCOMPARE(dynamic->errorLabel()->text(), QStringLiteral("Not saved: %1").arg(error));
    QVERIFY(dynamic->isVisible());
    QCOMPARE(f.page->cohorts().size(), 1);
}

void TestUiCohortsPage::deletingEmptiesTheList()
{
    Fixture f;
    QVERIFY(f.open());
    Cohort c;
    c.siteId = f.siteId;
    c.name = QStringLiteral("Short-lived");
    QString error;
    const std::optional<Cohort> created = f.tw.workspace().cohorts().save(c, &error);
    QVERIFY(created);
    f.page->refresh();
    QVERIFY(f.listed(QStringLiteral("Short-lived")));
    QVERIFY(f.page->deleteButton()->isEnabled());
    QVERIFY(!f.page->messageLabel()->isVisible());
    QSignalSpy acted(f.page.get(), &CohortsPage::actionFinished);
    f.page->deleteCohort(created->id);
    QVERIFY(acted.wait(kWaitMs));
    QCOMPARE(acted.first().at(0).toString(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(f.page->cohorts().isEmpty() && !f.page->isLoading(), kWaitMs);
    QVERIFY(!f.tw.workspace().cohorts().store().get(f.siteId, created->id));
    QVERIFY(f.page->messageLabel()->isVisible());
    QVERIFY(f.page->messageLabel()->text().startsWith(QStringLiteral("No cohorts yet.")));
    QVERIFY(!f.page->deleteButton()->isEnabled());
    QVERIFY(!f.page->editButton()->isEnabled());

    // Deleting what is already gone says so.
    QSignalSpy again(f.page.get(), &CohortsPage::actionFinished);
    f.page->deleteCohort(created->id);
    QVERIFY(again.wait(kWaitMs));
    QVERIFY(again.first().at(0).toString().contains(QStringLiteral("no longer exists")));
}

void TestUiCohortsPage::emptyStatesSayWhatToDo()
{
    Fixture f(false);
    f.page->setSite(std::nullopt);
    QVERIFY(f.page->messageLabel()->text().startsWith(QStringLiteral("Add a site")));
    QVERIFY(!f.page->newStaticButton()->isEnabled());
    QVERIFY(!f.page->newDynamicButton()->isEnabled());
    QVERIFY(!f.page->newDynamicCohort());
    QVERIFY(f.open());
    QVERIFY(f.page->newStaticButton()->isEnabled());
    QVERIFY(f.page->messageLabel()->text().startsWith(QStringLiteral("No cohorts yet.")));
}

void TestUiCohortsPage::theListReadsWhenInWordsWithTheExactTimeOnHover()
{
    CohortListModel model;
    QAbstractItemModelTester tester(&model);
    Cohort dynamic;
    dynamic.id = 1;
    dynamic.name = QStringLiteral("Repeat buyers");
    dynamic.kind = Cohort::Kind::Dynamic;
    dynamic.refreshHours = 0;
    dynamic.size = 1234;
    dynamic.computedAtMs = kNow - 3 * kHour - 5 * kMinute;
    dynamic.description = QStringLiteral("Bought twice\nsecond line");
    Cohort never = dynamic;
    never.id = 2;
    never.computedAtMs = 0;
    Cohort old = dynamic;
    old.id = 3;
    old.kind = Cohort::Kind::Static;
    old.computedAtMs = kNow - 2 * kDay;
    model.setCohorts({ dynamic, never, old }, kNow, QTimeZone("Europe/Berlin"));
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    QCOMPARE(cell(0, CohortListModel::ComputedColumn), QStringLiteral("3 hours ago"));
    QCOMPARE(cell(0, CohortListModel::SizeColumn), QLocale().toString(1234));
    QCOMPARE(cell(0, CohortListModel::DescriptionColumn), QStringLiteral("Bought twice"));
    QCOMPARE(cell(0, CohortListModel::DescriptionColumn, Qt::ToolTipRole), dynamic.description);
    QCOMPARE(cell(0, CohortListModel::KindColumn, Qt::ToolTipRole),
        QStringLiteral("Users who match conditions, recomputed only on demand"));
    const QString exact = cell(0, CohortListModel::ComputedColumn, Qt::ToolTipRole);
    QVERIFY2(exact.startsWith(QStringLiteral("Computed ")) && exact.endsWith(QStringLiteral("(Europe/Berlin)")),
        qPrintable(exact));
    // 08:55 UTC, in Berlin: summer time began at 01:00 UTC that morning.
    QVERIFY2(exact.contains(QStringLiteral("10:55")), qPrintable(exact));
    QCOMPARE(cell(1, CohortListModel::ComputedColumn), QStringLiteral("never"));
    QCOMPARE(cell(1, CohortListModel::ComputedColumn, Qt::ToolTipRole), QStringLiteral("Not computed yet"));
    QCOMPARE(cell(2, CohortListModel::ComputedColumn), QStringLiteral("2 days ago"));
    QVERIFY(
        cell(2, CohortListModel::ComputedColumn, Qt::ToolTipRole).startsWith(QStringLiteral("Members last changed")));
    // "Now" moves on while the page is open.
    model.setNow(kNow + kDay);
    QCOMPARE(cell(0, CohortListModel::ComputedColumn), QStringLiteral("1 day ago"));
    QCOMPARE(model.rowOf(3), 2);
    QCOMPARE(model.rowOf(99), -1);
}

void TestUiCohortsPage::screenshotWithRealisticData()
{
    // Eight weeks of a small shop: 180 users arriving over time, some signing up (free or pro), some
    // buying; browsers and sources vary. Cohorts are computed once a week as the scheduler would.
    const qint64 end = kNow;
    test::TestWorkspace tw(end);
    LiveAggregator live(tw.clock());
    const qint64 siteId = tw.addSite(QStringLiteral("shop.example.com"));
    QList<EventRecord> events;
    const QStringList browsers = { QStringLiteral("Chrome"), QStringLiteral("Firefox"), QStringLiteral("Safari"),
        QStringLiteral("Chrome"), QStringLiteral("Edge") };
    const QStringList sources
        = { QStringLiteral("Google"), QString(), QStringLiteral("Newsletter"), QStringLiteral("Hacker News") };
    for (int u = 0; u < 180; ++u) {
        const qint64 first = end - 56 * kDay + qint64(u) * 56 * kDay / 180 + (u * 37 % 600) * kMinute;
        const auto add = [&](qint64 at, const QString &name, const QJsonObject &props = {}) {
            if (at >= end)
                return;
            EventRecord e = test::makeEvent(siteId, 1000 + u, at, name, QStringLiteral("/"));
            if (u % 3 != 0)
                e.userId = QStringLiteral("user-%1").arg(4100 + u * 7);
            e.browser = browsers.at(u % browsers.size());
            e.source = sources.at(u % sources.size());
            if (!props.isEmpty())
                e.propsJson = QJsonDocument(props).toJson(QJsonDocument::Compact);
            events.append(e);
        };
        const int visits = 1 + u % 6;
        for (int v = 0; v < visits; ++v)
            add(first + v * (3 + u % 4) * kDay, QStringLiteral("pageview"));
        if (u % 3 != 0) {
            QJsonObject plan { { QStringLiteral("plan"),
                u % 4 == 1 ? QStringLiteral("pro") : QStringLiteral("free") } };
            add(first + kHour, QStringLiteral("signup"), plan);
            for (int b = 0; b < u % 5 - 1; ++b)
                add(first + (b + 1) * 4 * kDay, QStringLiteral("purchase"));
        }
    }
    std::sort(events.begin(), events.end(),
        [](const EventRecord &a, const EventRecord &b) { return a.receivedAtMs < b.receivedAtMs; });
    tw.write(events);

    CohortService &cohorts = tw.workspace().cohorts();
    QString error;
    tw.clock().setMs(end - 42 * kDay); // the cohorts were defined six weeks ago
    const auto dynamic = [&](const QString &name, const QString &description, const CohortGroup &definition) {
        Cohort c;
        c.siteId = siteId;
        c.name = name;
        c.description = description;
        c.kind = Cohort::Kind::Dynamic;
        c.definition = definition;
        const std::optional<Cohort> saved = cohorts.save(c, &error);
        return saved ? saved->id : 0;
    };
    CohortCondition buys;
    buys.event.event = QStringLiteral("purchase");
    buys.count = 2;
    buys.withinDays = 30;
    CohortGroup repeat;
    repeat.conditions = { buys };
    CohortCondition pro;
    pro.kind = CohortCondition::Kind::Performed;
    pro.event.event = QStringLiteral("signup");
    EventFilter planPro;
    planPro.property = QStringLiteral("prop.plan");
    planPro.values = { QStringLiteral("pro") };
    pro.event.filters = { planPro };
    CohortCondition notBought = buys;
    notBought.kind = CohortCondition::Kind::NotPerformed;
    notBought.withinDays = 14;
    CohortGroup trial;
    trial.conditions = { pro, notBought };
    CohortCondition firefox;
    firefox.kind = CohortCondition::Kind::Property;
    firefox.property = QStringLiteral("browser");
    firefox.value = QStringLiteral("Firefox");
    CohortCondition seen;
    seen.kind = CohortCondition::Kind::LastSeen;
    seen.timeOp = CohortCondition::TimeOp::After;
    seen.atMs = end - 7 * kDay;
    CohortGroup firefoxActive;
    firefoxActive.conditions = { firefox, seen };
    const qint64 repeatId
        = dynamic(QStringLiteral("Repeat buyers"), QStringLiteral("Bought at least twice in the last 30 days"), repeat);
    QVERIFY2(repeatId, qPrintable(error));
    const qint64 trialId = dynamic(QStringLiteral("Pro trials without a purchase"),
        QStringLiteral("Signed up on the pro plan, no purchase in two weeks"), trial);
    const qint64 firefoxId
        = dynamic(QStringLiteral("Active Firefox users"), QStringLiteral("Seen this week, on Firefox"), firefoxActive);
    QVERIFY(trialId && firefoxId);
    // Weekly recomputations give the size history.
    for (int week = 5; week >= 0; --week) {
        tw.clock().setMs(end - week * 7 * kDay);
        for (qint64 id : { repeatId, trialId, firefoxId })
            QVERIFY(cohorts.compute(siteId, id, &error));
    }
    tw.clock().setMs(end + 3 * kHour);
    Cohort beta;
    beta.siteId = siteId;
    beta.name = QStringLiteral("Beta testers");
    beta.description = QStringLiteral("Imported from the beta sign-up sheet");
    const std::optional<Cohort> betaSaved = cohorts.save(beta, &error);
    QVERIFY(betaSaved);
    QStringList keys;
    for (int i = 0; i < 42; ++i)
        keys << CohortMember { QStringLiteral("user-%1").arg(4100 + i * 21), QString() }.key();
    QVERIFY(cohorts.store().addMembers(siteId, betaSaved->id, keys, &error));

    LocalWorkspaceClient client(tw.workspace(), live);
    CohortsPage page(client);
    page.resize(1280, 820);
    page.show();
    QSignalSpy listed(&page, &CohortsPage::cohortsLoaded);
    page.setSite(tw.workspace().sites().byId(siteId));
    QVERIFY(listed.wait(kWaitMs));
    QCOMPARE(page.cohorts().size(), 4);
    page.selectCohort(repeatId);
    QVERIFY(QTest::qWaitFor([&] { return !page.isLoading() && !page.membersPanel()->isLoading(); }, kWaitMs));
    QCOMPARE(page.membersPanel()->chart()->points().size(), 7);
    QVERIFY(page.membersPanel()->model()->rowCount() > 0);

    // Written into the source tree only on request, so running the suite leaves the checkout clean.
    const bool update = qEnvironmentVariableIsSet("PULSE_UPDATE_SCREENSHOTS");
    QTemporaryDir scratch;
    const QDir out(
        update ? qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/docs/screenshots") : scratch.path());
    QCoreApplication::processEvents();
    QVERIFY(page.grab().save(out.filePath(QStringLiteral("cohorts.png"))));
    if (qEnvironmentVariableIsSet("PULSE_COHORT_DIALOG_SHOT")) {
        // The editor, for looking at while working on it; not committed.
        CohortDynamicDialog *dialog = page.newDynamicCohort();
        CohortGroup anyOf = firefoxActive;
        anyOf.match = CohortGroup::Match::Any;
        CohortGroup withNested = trial;
        withNested.groups = { anyOf };
        dialog->editor()->setDefinition(withNested);
        dialog->resize(720, 760);
        QCoreApplication::processEvents();
        QVERIFY(dialog->grab().save(
            QDir(qEnvironmentVariable("PULSE_COHORT_DIALOG_SHOT")).filePath(QStringLiteral("cohort-editor.png"))));
        dialog->close();
        CohortStaticDialog *list = page.newStaticCohort();
        QCoreApplication::processEvents();
        QVERIFY(list->grab().save(
            QDir(qEnvironmentVariable("PULSE_COHORT_DIALOG_SHOT")).filePath(QStringLiteral("cohort-static.png"))));
        list->close();
    }
}

QTEST_MAIN(TestUiCohortsPage)
#include "TestUiCohortsPage.moc"
