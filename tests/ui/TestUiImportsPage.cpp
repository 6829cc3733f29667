// The Imports page over a real workspace and the real import queue: a dropped CSV file is previewed
// with the type of each column, mapped in the form (the start button waits for a mapping that fits)
// and imported; rejected rows are listed with their reason and saved as CSV; mappings are saved as
// presets, applied and deleted; the built-in preset maps the benchmark CSV; JSON needs no mapping;
// files that cannot be read say why; a running import is cancelled at its next row. The last test
// renders the page for docs/screenshots/imports.png.
#include "export/ExportJobs.h"
#include "export/ExportSchedules.h"
#include "import/ImportJobs.h"
#include "live/LiveAggregator.h"
#include "pages/ImportsPage.h"
#include "support/TestWorkspace.h"
#include "support/WorkerGate.h"
#include "widgets/ImportMappingForm.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace pulse;
using namespace pulse::ui;

namespace {

constexpr int kWaitMs = 30000;
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
using Role = ImportMappingForm::Role;

// A CSV the automatic mapping cannot read: semicolons, and a time column named "when".
QByteArray crmCsv(int rows, int badEvery = 0)
{
    QByteArray csv = "when;action;account;plan\n";
    for (int i = 1; i <= rows; ++i) {
        const QByteArray when = (badEvery > 0 && i % badEvery == 0)
            ? QByteArray("yesterday")
            : QDateTime(QDate(2024, 3, 1), QTime(10, 0), QTimeZone::utc())
                  .addSecs(i * 60)
                  .toString(Qt::ISODate)
                  .toUtf8();
        csv += when + ";signup;acc-" + QByteArray::number(i) + ";pro\n";
    }
    return csv;
}

struct Fixture {
    test::TestWorkspace tw { kNow };
    qint64 siteId = 0;
    LiveAggregator live { tw.clock() };
    std::unique_ptr<ImportJobs> imports;
    std::unique_ptr<ExportJobs> exports;
    std::unique_ptr<ExportSchedules> schedules;
    std::unique_ptr<LocalWorkspaceClient> client;
    std::unique_ptr<ImportsPage> page;
    QTemporaryDir files;

    explicit Fixture(int batchRows = 1000)
    {
        siteId = tw.addSite(QStringLiteral("example.com"));
        imports = std::make_unique<ImportJobs>(tw.workspace(), batchRows);
        imports->start();
        exports = std::make_unique<ExportJobs>(tw.workspace());
        exports->start();
        schedules = std::make_unique<ExportSchedules>(tw.workspace(), *exports);
        client = std::make_unique<LocalWorkspaceClient>(tw.workspace(), live);
        client->setJobs(imports.get(), exports.get(), schedules.get());
        page = std::make_unique<ImportsPage>(*client);
        page->resize(1280, 860);
        page->show();
    }
    ~Fixture()
    {
        page.reset();
        client.reset();
        imports->stop();
        exports->stop();
    }
    bool open()
    {
        QSignalSpy presets(page.get(), &ImportsPage::presetsLoaded);
        QSignalSpy jobs(page.get(), &ImportsPage::jobsLoaded);
        page->setSite(tw.workspace().sites().byId(siteId));
        return (!presets.isEmpty() || presets.wait(kWaitMs)) && (!jobs.isEmpty() || jobs.wait(kWaitMs));
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }
    bool previewOf(const QString &path)
    {
        QSignalSpy loaded(page.get(), &ImportsPage::previewLoaded);
        page->setFile(path);
        return loaded.wait(kWaitMs);
    }
    void pick(Role role, const QString &column)
    {
        QComboBox *combo = page->mappingForm()->roleCombo(role);
        combo->setCurrentIndex(combo->findText(column));
    }
    // Waits until the page lists a finished job for fileName and returns it.
    std::optional<ImportJob> finished(const QString &fileName)
    {
        std::optional<ImportJob> found;
        (void)QTest::qWaitFor(
            [&] {
                for (const ImportJob &job : page->jobs()) {
                    if (job.fileName == fileName && job.isFinished())
                        found = job;
                }
                return found.has_value();
            },
            kWaitMs);
        return found;
    }
    qint64 events() { return tw.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = %1").arg(siteId)); }
};

} // namespace

class TestUiImportsPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void aDroppedCsvIsPreviewedMappedAndImported()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(!f.page->startButton()->isEnabled()); // no file yet
        const QString path = f.write(QStringLiteral("crm.csv"), crmCsv(25));

        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QSignalSpy loaded(f.page.get(), &ImportsPage::previewLoaded);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.page.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.page.get(), &drop);
        QVERIFY(loaded.wait(kWaitMs));

        QTableWidget *preview = f.page->previewTable();
        QCOMPARE(preview->columnCount(), 4);
        QCOMPARE(preview->rowCount(), 20); // the first rows only
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("when\ntime (ISO 8601)"));
        QCOMPARE(preview->horizontalHeaderItem(2)->text(), QStringLiteral("account\ntext"));
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("signup"));
        // "when" is no name the automatic mapping knows: the form says what is missing.
        QVERIFY2(f.page->mappingMessage()->text().contains(QLatin1String("time")),
            qPrintable(f.page->mappingMessage()->text()));
        QVERIFY(!f.page->startButton()->isEnabled());

        f.pick(Role::Timestamp, QStringLiteral("when"));
        f.pick(Role::Name, QStringLiteral("action"));
        QVERIFY(!f.page->startButton()->isEnabled()); // still no user id
        f.pick(Role::UserId, QStringLiteral("account"));
        QVERIFY(f.page->startButton()->isEnabled());
        QVERIFY(f.page->mappingMessage()->text().isEmpty());

        f.page->startButton()->click();
        const std::optional<ImportJob> job = f.finished(QStringLiteral("crm.csv"));
        QVERIFY(job);
        QCOMPARE(job->state, ImportJob::State::Completed);
        QCOMPARE(job->rowsImported, 25);
        QCOMPARE(f.events(), 25);
        QCOMPARE(f.tw.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE props LIKE '%\"plan\":\"pro\"%'")), 25);
        QCOMPARE(f.page->jobTable()->item(0, 2)->text(), QStringLiteral("Done"));
        QCOMPARE(f.page->jobTable()->item(0, 3)->text(), QStringLiteral("25"));

        // The same file again adds nothing: every row is already stored.
        f.page->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(f.page->jobs().size(), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(f.page->jobs().at(0).isFinished(), kWaitMs);
        QCOMPARE(f.page->jobs().at(0).duplicates, 25);
        QCOMPARE(f.events(), 25);
    }

    void rejectedRowsAreListedWithTheirReasonAndSavedAsCsv()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.previewOf(f.write(QStringLiteral("mixed.csv"), crmCsv(30, 10))));
        f.pick(Role::Timestamp, QStringLiteral("when"));
        f.pick(Role::Name, QStringLiteral("action"));
        f.pick(Role::UserId, QStringLiteral("account"));
        f.page->startImport();
        const std::optional<ImportJob> job = f.finished(QStringLiteral("mixed.csv"));
        QVERIFY(job);
        QCOMPARE(job->rowsImported, 27);
        QCOMPARE(job->rowsRejected, 3);

        QSignalSpy rejections(f.page.get(), &ImportsPage::rejectionsLoaded);
        f.page->jobTable()->selectRow(0);
        QVERIFY(rejections.wait(kWaitMs));
        QTableWidget *table = f.page->rejectionTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("11")); // the header is row 1
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("when"));
        QVERIFY(!table->item(0, 4)->text().isEmpty());
        QVERIFY2(f.page->reportLabel()->text().contains(QLatin1String("27 imported")),
            qPrintable(f.page->reportLabel()->text()));
        QVERIFY(f.page->saveRejectionsButton()->isEnabled());

        const QString out = f.files.filePath(QStringLiteral("rejected.csv"));
        QSignalSpy done(f.page.get(), &ImportsPage::actionFinished);
        f.page->saveRejections(out);
        QCOMPARE(done.size(), 1);
        QVERIFY2(done.at(0).at(0).toString().startsWith(QLatin1String("Saved 3 rejected rows")),
            qPrintable(done.at(0).at(0).toString()));
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = saved.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith("row,line,column,reason,message"));
        QVERIFY(lines.at(1).startsWith("11,11,when,"));
    }

    void presetsAreSavedAppliedAndDeleted()
    {
        Fixture f;
        QVERIFY(f.open());
        QCOMPARE(f.page->presetCombo()->count(), 2); // automatic and the built-in one
        QVERIFY(f.previewOf(f.write(QStringLiteral("crm.csv"), crmCsv(5))));
        f.pick(Role::Timestamp, QStringLiteral("when"));
        f.pick(Role::Name, QStringLiteral("action"));
        f.pick(Role::UserId, QStringLiteral("account"));

        QSignalSpy presets(f.page.get(), &ImportsPage::presetsLoaded);
        f.page->savePreset(QStringLiteral("CRM export"));
        QVERIFY(presets.wait(kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->presetCombo()->currentText(), QStringLiteral("CRM export"), kWaitMs);
        QCOMPARE(f.page->presetCombo()->count(), 3);

        // Back to automatic, then the saved preset again: the form shows its columns.
        QSignalSpy loaded(f.page.get(), &ImportsPage::previewLoaded);
        f.page->choosePreset(QString());
        QVERIFY(loaded.wait(kWaitMs));
        QCOMPARE(f.page->mappingForm()->roleCombo(Role::Timestamp)->currentText(), QStringLiteral("(not in the file)"));
        f.page->choosePreset(QStringLiteral("CRM export"));
        QVERIFY(loaded.wait(kWaitMs));
        QCOMPARE(f.page->mappingForm()->roleCombo(Role::Timestamp)->currentText(), QStringLiteral("when"));
        QCOMPARE(f.page->mappingForm()->roleCombo(Role::UserId)->currentText(), QStringLiteral("account"));
        QCOMPARE(f.page->mappingForm()->delimiterCombo()->currentData().toInt(), 0);
        QVERIFY(f.page->startButton()->isEnabled());

        // A new file of the same shape maps in one click; the job names the preset.
        QVERIFY(f.previewOf(f.write(QStringLiteral("crm-april.csv"), crmCsv(7))));
        QVERIFY(f.page->startButton()->isEnabled());
        f.page->startImport();
        const std::optional<ImportJob> job = f.finished(QStringLiteral("crm-april.csv"));
        QVERIFY(job);
        QCOMPARE(job->rowsImported, 7);
        QCOMPARE(job->preset, QStringLiteral("CRM export"));

        // A built-in name is refused with what to change; deleting removes the saved one.
        QSignalSpy done(f.page.get(), &ImportsPage::actionFinished);
        f.page->savePreset(QStringLiteral("pulse-bench"));
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(
            done.last().at(0).toString(), QStringLiteral("'pulse-bench' is a built-in preset; choose another name."));
        f.page->deleteCurrentPreset();
        QTRY_COMPARE_WITH_TIMEOUT(f.page->presetCombo()->count(), 2, kWaitMs);
    }

    void theBuiltInPresetMapsTheBenchmarkCsv()
    {
        Fixture f;
        QVERIFY(f.open());
        QByteArray csv;
        for (int i = 0; i < 12; ++i)
            csv += QByteArray::number(1709200000 + i * 60) + ",u" + QByteArray::number(i % 4) + ",pageview,/p"
                + QByteArray::number(i) + ",https://news.example/,DE,desktop\n";
        QVERIFY(f.previewOf(f.write(QStringLiteral("bench.csv"), csv)));
        QSignalSpy loaded(f.page.get(), &ImportsPage::previewLoaded);
        f.page->choosePreset(QStringLiteral("pulse-bench"));
        QVERIFY(loaded.wait(kWaitMs));
        QCOMPARE(f.page->previewTable()->rowCount(), 12); // no header row
        QCOMPARE(
            f.page->previewTable()->horizontalHeaderItem(0)->text(), QStringLiteral("column 1\ntime (epoch seconds)"));
        QVERIFY(!f.page->mappingForm()->headerCheck()->isChecked());
        QCOMPARE(f.page->mappingForm()->roleCombo(Role::Name)->currentText(), QStringLiteral("column 3"));
        QVERIFY(f.page->startButton()->isEnabled());
        f.page->startImport();
        const std::optional<ImportJob> job = f.finished(QStringLiteral("bench.csv"));
        QVERIFY(job);
        QCOMPARE(job->rowsImported, 12);
        QCOMPARE(f.tw.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE props LIKE '%\"country\":\"DE\"%'")), 12);
    }

    void jsonFilesNeedNoMapping()
    {
        Fixture f;
        QVERIFY(f.open());
        QByteArray lines;
        for (int i = 0; i < 4; ++i)
            lines += "{\"name\":\"signup\",\"timestamp\":" + QByteArray::number(1709200000000LL + i)
                + ",\"user_id\":\"u" + QByteArray::number(i) + "\",\"path\":\"/join\"}\n";
        QVERIFY(f.previewOf(f.write(QStringLiteral("events.ndjson"), lines)));
        QVERIFY(!f.page->mappingForm()->isEnabled());
        QVERIFY(f.page->mappingMessage()->text().contains(QLatin1String("nothing to map")));
        QCOMPARE(f.page->previewTable()->horizontalHeaderItem(0)->text(),
            QStringLiteral("timestamp\ntime (epoch milliseconds)"));
        QVERIFY(f.page->startButton()->isEnabled());
        f.page->startImport();
        const std::optional<ImportJob> job = f.finished(QStringLiteral("events.ndjson"));
        QVERIFY(job);
        QCOMPARE(job->rowsImported, 4);
    }

    void filesThatCannotBeReadSayWhy()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.previewOf(f.files.filePath(QStringLiteral("gone.csv"))));
        QVERIFY2(f.page->messageLabel()->text().contains(QLatin1String("gone.csv")),
            qPrintable(f.page->messageLabel()->text()));
        QVERIFY(!f.page->startButton()->isEnabled());
        QVERIFY(f.previewOf(f.write(QStringLiteral("empty.csv"), QByteArray())));
        QCOMPARE(f.page->messageLabel()->text(), QStringLiteral("The file is empty."));
        QVERIFY(!f.page->startButton()->isEnabled());
        QVERIFY(f.previewOf(f.write(QStringLiteral("words.ndjson"), "hello\n")));
        QCOMPARE(f.page->messageLabel()->text(), QStringLiteral("The file holds no JSON objects."));
        QVERIFY(!f.page->startButton()->isEnabled());
    }

    void aRunningImportIsCancelledAtItsNextRow()
    {
        Fixture f(100);
        auto gate = std::make_shared<pulse::test::WorkerGate>(kWaitMs);
        f.imports->setCheckpointHook([gate](qint64) { gate->hold(); });
        QVERIFY(f.open());
        QVERIFY(f.previewOf(f.write(QStringLiteral("big.csv"), crmCsv(1000))));
        f.pick(Role::Timestamp, QStringLiteral("when"));
        f.pick(Role::Name, QStringLiteral("action"));
        f.pick(Role::UserId, QStringLiteral("account"));
        f.page->startImport();
        QVERIFY(gate->reached.tryAcquire(1, kWaitMs)); // the first batch is committed
        QTRY_VERIFY_WITH_TIMEOUT(f.page->progressBar()->isVisible(), kWaitMs);
        QVERIFY(f.page->progressLabel()->text().startsWith(QLatin1String("Importing big.csv")));
        QVERIFY(f.page->cancelButton()->isEnabled());
        QSignalSpy done(f.page.get(), &ImportsPage::actionFinished);
        f.page->cancelButton()->click();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(done.at(0).at(0).toString(), QString());
        gate->proceed.release();
        const std::optional<ImportJob> job = f.finished(QStringLiteral("big.csv"));
        QVERIFY(job);
        QCOMPARE(job->state, ImportJob::State::Cancelled);
        QVERIFY(job->rowsImported >= 100 && job->rowsImported < 1000);
        QCOMPARE(f.events(), job->rowsImported); // what was committed stays
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->progressBar()->isVisible(), kWaitMs);
        QCOMPARE(f.page->jobTable()->item(0, 2)->text(), QStringLiteral("Cancelled"));
    }

    void screenshot()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.previewOf(f.write(QStringLiteral("crm-march.csv"), crmCsv(120, 40))));
        f.pick(Role::Timestamp, QStringLiteral("when"));
        f.pick(Role::Name, QStringLiteral("action"));
        f.pick(Role::UserId, QStringLiteral("account"));
        f.page->startImport();
        QVERIFY(f.finished(QStringLiteral("crm-march.csv")));
        QSignalSpy rejections(f.page.get(), &ImportsPage::rejectionsLoaded);
        f.page->jobTable()->selectRow(0);
        QVERIFY(rejections.wait(kWaitMs));
        const bool update = qEnvironmentVariableIsSet("PULSE_UPDATE_SCREENSHOTS");
        QTemporaryDir scratch;
        const QDir out(
            update ? qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/docs/screenshots") : scratch.path());
        QCoreApplication::processEvents();
        QVERIFY(f.page->grab().save(out.filePath(QStringLiteral("imports.png"))));
    }
};

QTEST_MAIN(TestUiImportsPage)
#include "TestUiImportsPage.moc"
