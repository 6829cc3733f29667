// The Exports page over a real workspace and the real export queue: raw events exported now land in
// the exports folder and are listed with their rows, opened and deleted with their file; a saved
// funnel is offered and exported as JSON; a schedule is created in the dialog with its own folder,
// edited, run at once (its file lands in that folder) and deleted; a schedule without a name or with a
// folder that does not exist says what to change. The last test renders docs/screenshots/exports.png.
#include "export/ExportJobs.h"
#include "export/ExportSchedules.h"
#include "import/ImportJobs.h"
#include "live/LiveAggregator.h"
#include "pages/ExportScheduleDialog.h"
#include "pages/ExportsPage.h"
#include "support/TestWorkspace.h"
#include "widgets/ExportTargetPicker.h"
#include "workspace/LocalWorkspaceClient.h"

#include "analytics/funnel/FunnelStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QUrl>

#include <memory>

using namespace pulse;
using namespace pulse::ui;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr int kWaitMs = 30000;
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

struct Fixture {
    test::TestWorkspace tw { kNow };
    qint64 siteId = 0;
    LiveAggregator live { tw.clock() };
    std::unique_ptr<ImportJobs> imports;
    std::unique_ptr<ExportJobs> exports;
    std::unique_ptr<ExportSchedules> schedules;
    std::unique_ptr<LocalWorkspaceClient> client;
    std::unique_ptr<ExportsPage> page;
    QList<QUrl> opened;
    QTemporaryDir elsewhere;

    explicit Fixture(int visitors = 8)
    {
        siteId = tw.addSite(QStringLiteral("example.com"));
        QList<EventRecord> events;
        for (int v = 0; v < visitors; ++v) {
            const qint64 at = kNow - 3 * kDay + v * kMinute;
            events << test::makeEvent(siteId, 100 + v, at, QStringLiteral("pageview"), QStringLiteral("/pricing"));
            if (v % 2 == 0)
                events << test::makeEvent(
                    siteId, 100 + v, at + kMinute, QStringLiteral("signup"), QStringLiteral("/join"));
        }
        std::sort(events.begin(), events.end(),
            [](const EventRecord &a, const EventRecord &b) { return a.receivedAtMs < b.receivedAtMs; });
        tw.write(events);
        imports = std::make_unique<ImportJobs>(tw.workspace());
        exports = std::make_unique<ExportJobs>(tw.workspace());
        exports->start();
        schedules = std::make_unique<ExportSchedules>(tw.workspace(), *exports);
        client = std::make_unique<LocalWorkspaceClient>(tw.workspace(), live);
        client->setJobs(imports.get(), exports.get(), schedules.get());
        page = std::make_unique<ExportsPage>(*client);
        page->setUrlOpener([this](const QUrl &url) {
            opened << url;
            return true;
        });
        page->resize(1280, 860);
        page->show();
    }
    ~Fixture()
    {
        page.reset();
        client.reset();
        exports->stop();
    }
    bool open()
    {
        QSignalSpy jobs(page.get(), &ExportsPage::jobsLoaded);
        QSignalSpy scheduled(page.get(), &ExportsPage::schedulesLoaded);
        QSignalSpy targets(page->target(), &ExportTargetPicker::loaded);
        page->setContext(
            tw.workspace().sites().byId(siteId), DateRange::preset(DateRange::Preset::Last7Days, QDate(2024, 3, 31)));
        return (!jobs.isEmpty() || jobs.wait(kWaitMs)) && (!scheduled.isEmpty() || scheduled.wait(kWaitMs))
            && (!targets.isEmpty() || targets.wait(kWaitMs));
    }
    void choose(const QString &what, ExportFormat format)
    {
        QComboBox *combo = page->target()->whatCombo();
        combo->setCurrentIndex(combo->findText(what));
        page->target()->formatCombo()->setCurrentIndex(page->target()->formatCombo()->findData(int(format)));
    }
    // Waits until the newest job has ended and returns it.
    std::optional<ExportJob> newestFinished(int count)
    {
        if (!QTest::qWaitFor([&] { return page->jobs().size() >= count && page->jobs().at(0).isFinished(); }, kWaitMs))
            return std::nullopt;
        return page->jobs().at(0);
    }
    QString exportsFolder() const { return exports->folder(); }
};

} // namespace

class TestUiExportsPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void rawEventsExportedNowAreListedOpenedAndDeleted()
    {
        Fixture f;
        QVERIFY(f.open());
        QCOMPARE(f.page->jobTable()->rowCount(), 0);
        f.choose(QStringLiteral("Raw events (every stored event)"), ExportFormat::Csv);
        f.page->exportButton()->click();
        const std::optional<ExportJob> job = f.newestFinished(1);
        QVERIFY(job);
        QCOMPARE(job->state, ExportJob::State::Completed);
        QCOMPARE(job->rows, 12); // 8 pageviews and 4 signups in the last 7 days
        QCOMPARE(f.page->jobTable()->item(0, 1)->text(), QStringLiteral("Raw events"));
        QCOMPARE(f.page->jobTable()->item(0, 3)->text(), QStringLiteral("Done"));
        QCOMPARE(f.page->jobTable()->item(0, 4)->text(), QStringLiteral("12"));
        QVERIFY(f.page->folderLabel()->text().contains(QDir::toNativeSeparators(f.exportsFolder())));

        const QString path = QDir(f.exportsFolder()).filePath(job->fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 13);
        QVERIFY(lines.at(0).startsWith("timestamp,name,"));
        file.close();

        f.page->jobTable()->selectRow(0);
        QVERIFY(f.page->openFileButton()->isEnabled());
        QVERIFY(!f.page->cancelButton()->isEnabled());
        f.page->openFileButton()->click(); // asks the client where the file is, then opens it
        QTRY_COMPARE_WITH_TIMEOUT(f.opened, QList<QUrl>({ QUrl::fromLocalFile(path) }), kWaitMs);
        f.page->openFolder();
        QCOMPARE(f.opened.last(), QUrl::fromLocalFile(f.exportsFolder()));

        QSignalSpy done(f.page.get(), &ExportsPage::actionFinished);
        f.page->deleteSelected();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(done.at(0).at(0).toString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f.page->jobTable()->rowCount(), 0, kWaitMs);
        QVERIFY(!QFile::exists(path));
    }

    void aSavedFunnelIsOfferedAndExportedAsJson()
    {
        Fixture f;
        SavedFunnel funnel;
        funnel.siteId = f.siteId;
        funnel.name = QStringLiteral("Pricing to signup");
        FunnelStep pricing;
        pricing.event = QStringLiteral("pageview");
        pricing.path = QStringLiteral("/pricing");
        FunnelStep signup;
        signup.event = QStringLiteral("signup");
        funnel.definition.steps = { pricing, signup };
        QString error;
        QVERIFY2(f.tw.workspace().funnels().save(funnel, &error), qPrintable(error));
        QVERIFY(f.open());
        QVERIFY(f.page->target()->whatCombo()->findText(QStringLiteral("Funnel: Pricing to signup")) >= 0);
        QVERIFY(f.page->target()->whatCombo()->findText(QStringLiteral("Top pages")) >= 0);
        f.choose(QStringLiteral("Funnel: Pricing to signup"), ExportFormat::Json);
        f.page->exportNow();
        const std::optional<ExportJob> job = f.newestFinished(1);
        QVERIFY(job);
        QCOMPARE(job->state, ExportJob::State::Completed);
        QCOMPARE(f.page->jobTable()->item(0, 1)->text(), QStringLiteral("Funnel"));
        QCOMPARE(f.page->jobTable()->item(0, 2)->text(), QStringLiteral("JSON"));
        QFile file(QDir(f.exportsFolder()).filePath(job->fileName));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 2); // one row per step
        QCOMPARE(doc.array().at(0).toObject().value(QLatin1String("users")).toInt(), 8);
        QCOMPARE(doc.array().at(1).toObject().value(QLatin1String("users")).toInt(), 4);
    }

    void aScheduleIsCreatedEditedRunAndDeleted()
    {
        Fixture f;
        QVERIFY(f.open());
        ExportScheduleDialog *dialog = f.page->newSchedule();
        QVERIFY(dialog);
        QSignalSpy targets(dialog->target(), &ExportTargetPicker::loaded);
        QVERIFY(targets.wait(kWaitMs));
        dialog->nameEdit()->setText(QStringLiteral("Weekly pages"));
        dialog->target()->whatCombo()->setCurrentIndex(
            dialog->target()->whatCombo()->findText(QStringLiteral("Top pages")));
        dialog->cadenceCombo()->setCurrentIndex(dialog->cadenceCombo()->findData(int(ExportSchedule::Cadence::Weekly)));
        QVERIFY(dialog->weekdayCombo()->isEnabled());
        QVERIFY(!dialog->monthDaySpin()->isEnabled());
        dialog->weekdayCombo()->setCurrentIndex(dialog->weekdayCombo()->findData(1));
        dialog->timeEdit()->setTime(QTime(6, 30));
        dialog->keepSpin()->setValue(4);
        QVERIFY(dialog->folderEdit()->isVisibleTo(dialog)); // this computer's folders
        QVERIFY(!dialog->serverFolderLabel()->isVisibleTo(dialog));
        dialog->folderEdit()->setText(f.elsewhere.path());
        QSignalSpy listed(f.page.get(), &ExportsPage::schedulesLoaded);
        QSignalSpy saved(dialog, &ExportScheduleDialog::saved);
        dialog->save();
        QVERIFY(saved.wait(kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->schedules().size(), 1, kWaitMs);
        const ExportSchedule schedule = f.page->schedules().at(0);
        QCOMPARE(schedule.name, QStringLiteral("Weekly pages"));
        QCOMPARE(schedule.request.kind, ExportRequest::Kind::Stats);
        QCOMPARE(schedule.request.table, QStringLiteral("pages"));
        QCOMPARE(schedule.cadence, ExportSchedule::Cadence::Weekly);
        QCOMPARE(schedule.minuteOfDay, 6 * 60 + 30);
        QCOMPARE(schedule.keepLast, 4);
        QCOMPARE(schedule.folder, f.elsewhere.path());
        // Monday 1 April 2024, 06:30 UTC: the first run after Sunday noon.
        QCOMPARE(
            schedule.nextRunAtMs, QDateTime(QDate(2024, 4, 1), QTime(6, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(f.page->scheduleTable()->item(0, 2)->text(), QStringLiteral("Mondays at 06:30"));
        QCOMPARE(f.page->scheduleTable()->item(0, 3)->text(), QStringLiteral("4 files"));

        // Edit: the dialog opens on the stored choices; keep fewer files.
        f.page->scheduleTable()->selectRow(0);
        ExportScheduleDialog *edit = f.page->editSelectedSchedule();
        QVERIFY(edit);
        QSignalSpy editTargets(edit->target(), &ExportTargetPicker::loaded);
        QVERIFY(editTargets.wait(kWaitMs));
        QCOMPARE(edit->target()->whatCombo()->currentText(), QStringLiteral("Top pages"));
        QCOMPARE(edit->nameEdit()->text(), QStringLiteral("Weekly pages"));
        edit->keepSpin()->setValue(2);
        QSignalSpy editSaved(edit, &ExportScheduleDialog::saved);
        edit->save();
        QVERIFY(editSaved.wait(kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->schedules().at(0).keepLast, 2, kWaitMs);
        QCOMPARE(f.page->schedules().at(0).folder, f.elsewhere.path());

        // Run now: the file lands in the schedule's folder.
        f.page->scheduleTable()->selectRow(0);
        f.page->runSelectedSchedule();
        const std::optional<ExportJob> job = f.newestFinished(1);
        QVERIFY(job);
        QCOMPARE(job->state, ExportJob::State::Completed);
        QVERIFY(QFile::exists(QDir(f.elsewhere.path()).filePath(job->fileName)));
        QTRY_VERIFY_WITH_TIMEOUT(f.page->schedules().at(0).lastRunAtMs == kNow, kWaitMs);

        f.page->scheduleTable()->selectRow(0);
        f.page->deleteSelectedSchedule();
        QTRY_COMPARE_WITH_TIMEOUT(f.page->schedules().size(), 0, kWaitMs);
    }

    void aBadScheduleSaysWhatToChange()
    {
        Fixture f;
        QVERIFY(f.open());
        ExportScheduleDialog *dialog = f.page->newSchedule();
        QSignalSpy targets(dialog->target(), &ExportTargetPicker::loaded);
        QVERIFY(targets.wait(kWaitMs));
        dialog->save();
        QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("Give the schedule a name."));
        dialog->nameEdit()->setText(QStringLiteral("Nightly"));
        dialog->folderEdit()->setText(f.elsewhere.filePath(QStringLiteral("missing")));
        dialog->save();
        QVERIFY2(dialog->messageLabel()->text().contains(QLatin1String("does not exist")),
            qPrintable(dialog->messageLabel()->text()));
        QCOMPARE(f.schedules->store().list(f.siteId).size(), 0);
        dialog->close();
    }

    void withoutASiteNothingCanBeExported()
    {
        Fixture f;
        f.page->setContext(std::nullopt, DateRange::preset(DateRange::Preset::Last7Days, QDate(2024, 3, 31)));
        QVERIFY(!f.page->exportButton()->isEnabled());
        QVERIFY(!f.page->newSchedule());
        QSignalSpy done(f.page.get(), &ExportsPage::actionFinished);
        f.page->exportNow();
        QCOMPARE(done.at(0).at(0).toString(), QStringLiteral("Choose a site first."));
    }

    void screenshot()
    {
        Fixture f(40);
        QVERIFY(f.open());
        f.choose(QStringLiteral("Raw events (every stored event)"), ExportFormat::Csv);
        f.page->exportNow();
        QVERIFY(f.newestFinished(1));
        f.choose(QStringLiteral("Top pages"), ExportFormat::Ndjson);
        f.page->exportNow();
        QVERIFY(f.newestFinished(2));
        QString error;
        QVERIFY(f.schedules->create(f.siteId,
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Weekly pages for the newsletter") },
                { QStringLiteral("kind"), QStringLiteral("stats") },
                { QStringLiteral("table"), QStringLiteral("pages") },
                { QStringLiteral("format"), QStringLiteral("csv") },
                { QStringLiteral("cadence"), QStringLiteral("weekly") },
                { QStringLiteral("time"), QStringLiteral("06:30") }, { QStringLiteral("keep"), 8 } },
            QString(), &error));
        f.page->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(f.page->schedules().size(), 1, kWaitMs);
        f.page->jobTable()->selectRow(0);
        const bool update = qEnvironmentVariableIsSet("PULSE_UPDATE_SCREENSHOTS");
        QTemporaryDir scratch;
        const QDir out(
            update ? qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/docs/screenshots") : scratch.path());
        QCoreApplication::processEvents();
        QVERIFY(f.page->grab().save(out.filePath(QStringLiteral("exports.png"))));
    }
};

QTEST_MAIN(TestUiExportsPage)
#include "TestUiExportsPage.moc"
