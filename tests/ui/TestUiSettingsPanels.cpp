// Settings > Collector and Settings > Data folder over real components: the collector panel drives the
// app's CollectorController over a real ServiceHost on loopback (stop, start on any free port, a taken
// port named in the message, the warning for all interfaces), and the pages' collector address
// follows; the data-folder panel backs a real workspace up to a file that verifies, refuses a bad
// restore with its reason, stages a good one behind a confirmation that says what happens, and keeps
// the durability choice; the language panel keeps the same choice as the Language menu and offers a
// restart only when the language changes. The last test renders docs/screenshots/settings-collector.png
// and settings-data.png.
#include "CollectorController.h"
#include "i18n/LanguageMenu.h"
#include "i18n/LanguageSelector.h"
#include "live/LiveAggregator.h"
#include "pages/settings/CollectorSettingsPanel.h"
#include "pages/settings/DataFolderSettingsPanel.h"
#include "pages/settings/LanguageSettingsPanel.h"
#include "storage/WorkspaceBackup.h"
#include "support/TestServer.h"
#include "workspace/CollectorControl.h"
#include "workspace/DesktopSettings.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pulse;
using namespace pulse::ui;

namespace {

constexpr int kWaitMs = 30000;

// Whether something accepts TCP connections on 127.0.0.1:port.
bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(5000);
}

struct CollectorFixture {
    test::TestServer server;
    CollectorController collector { server.host() };
    LiveAggregator live { server.tw().clock() };
    LocalWorkspaceClient client { server.tw().workspace(), live };
    CollectorSettingsPanel panel { collector };

    CollectorFixture()
    {
        // As main.cpp wires it: the pages' collector address follows the panel.
        QObject::connect(&collector, &CollectorControl::statusChanged, &client,
            [this] { client.setCollectorUrl(collector.status().url()); });
        client.setCollectorUrl(collector.status().url());
        panel.resize(640, 480);
        panel.show();
    }
};

} // namespace

class TestUiSettingsPanels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_files;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("pulse-test-settings-panels"));
        QSettings().clear();
    }

    void init() { QSettings().clear(); }

    void collectorStopsAndStartsOnAnyFreePort()
    {
        CollectorFixture f;
        const quint16 first = f.server.host().port();
        QVERIFY(first != 0);
        QCOMPARE(f.panel.statusLabel()->text(),
            QStringLiteral("Running: collecting events at http://127.0.0.1:%1").arg(first));
        QCOMPARE(f.client.collectorUrl(), QStringLiteral("http://127.0.0.1:%1").arg(first));
        QVERIFY(!f.panel.startButton()->isEnabled());

        QSignalSpy urlChanged(&f.client, &WorkspaceClient::collectorUrlChanged);
        QTest::mouseClick(f.panel.stopButton(), Qt::LeftButton);
        QCOMPARE(f.panel.statusLabel()->text(), QStringLiteral("Not running: stopped in Settings"));
        QVERIFY(f.panel.startButton()->isEnabled());
        QVERIFY(!f.panel.stopButton()->isEnabled());
        QVERIFY(!accepts(first));
        QCOMPARE(f.client.collectorUrl(), QString()); // snippets and the Live page say it is not running
        QCOMPARE(urlChanged.size(), 1);

        f.panel.portEdit()->setValue(0);
        QCOMPARE(f.panel.portEdit()->text(), QStringLiteral("Any free port"));
        QTest::mouseClick(f.panel.startButton(), Qt::LeftButton);
        const quint16 port = f.server.host().port();
        QVERIFY(port != 0);
        QCOMPARE(f.panel.statusLabel()->text(),
            QStringLiteral("Running: collecting events at http://127.0.0.1:%1").arg(port));
        QCOMPARE(f.panel.messageLabel()->text(), QString());
        QCOMPARE(f.client.collectorUrl(), QStringLiteral("http://127.0.0.1:%1").arg(port));
        // It really collects: the tracker script is served on the new port.
        const test::Reply reply = f.server.get(QStringLiteral("/pulse.js"));
        QCOMPARE(reply.status, 200);
        // Kept for the next start.
        QCOMPARE(settings::collectorAddress(), QStringLiteral("127.0.0.1"));
        QCOMPARE(settings::collectorPort(), quint16(0));
    }

    void aTakenPortIsNamedInTheMessage()
    {
        CollectorFixture f;
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        const quint16 taken = blocker.serverPort();

        QSignalSpy finished(&f.panel, &CollectorSettingsPanel::actionFinished);
        f.panel.portEdit()->setValue(taken);
        QTest::mouseClick(f.panel.applyButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        const QString message = f.panel.messageLabel()->text();
        QVERIFY2(message.startsWith(QStringLiteral("The collector cannot listen on port %1 of 127.0.0.1: ").arg(taken)),
            qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("Choose another port, or 0 for any free port.")), qPrintable(message));
        QVERIFY2(f.panel.statusLabel()->text().startsWith(
                     QStringLiteral("Not running: port %1 on 127.0.0.1 is not available (").arg(taken)),
            qPrintable(f.panel.statusLabel()->text()));
        QCOMPARE(f.client.collectorUrl(), QString());
        // A failed start does not replace the kept choice.
        QCOMPARE(settings::collectorPort(), settings::kDefaultCollectorPort);
    }

    void anAddressThatIsNotOneIsRefused()
    {
        CollectorFixture f;
        f.panel.addressEdit()->setEditText(QStringLiteral("my laptop"));
        f.panel.apply();
        QCOMPARE(f.panel.messageLabel()->text(),
            QStringLiteral("\"my laptop\" is not an IP address; use 127.0.0.1 for this computer only, or "
                           "0.0.0.0 for every network interface."));
        QVERIFY(f.server.host().isListening()); // nothing was changed
    }

    void bindingToAllInterfacesWarns()
    {
        CollectorFixture f;
        QVERIFY(!f.panel.exposureWarning()->isVisible());
        f.panel.addressEdit()->setCurrentIndex(1);
        QCOMPARE(f.panel.addressEdit()->currentText(), QStringLiteral("All network interfaces (0.0.0.0)"));
        QVERIFY(f.panel.exposureWarning()->isVisible());
        QVERIFY(f.panel.exposureWarning()->text().startsWith(
            QStringLiteral("Other machines on your network can then send events to this collector")));
        f.panel.addressEdit()->setCurrentIndex(0);
        QVERIFY(!f.panel.exposureWarning()->isVisible());
    }

    void dataFolderPanelBacksUpToAFileThatVerifies()
    {
        test::TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        QList<EventRecord> events;
        for (int i = 0; i < 120; ++i)
            events << test::makeEvent(site, i, tw.clock().nowMs() + i);
        tw.write(events);

        DataFolderSettingsPanel panel(tw.dataDir(), false);
        QCOMPARE(panel.pathLabel()->text(), QDir::toNativeSeparators(tw.dataDir()));
        QVERIFY2(
            panel.sizeLabel()->text().startsWith(QStringLiteral("Database: ")), qPrintable(panel.sizeLabel()->text()));
        QCOMPARE(DataFolderSettingsPanel::defaultBackupName(QDate(2026, 11, 27)),
            QStringLiteral("pulse-backup-2026-11-27.pulsebackup"));

        const QString file = m_files.filePath(QStringLiteral("panel.pulsebackup"));
        QSignalSpy finished(&panel, &DataFolderSettingsPanel::backupFinished);
        panel.backUpTo(file);
        QVERIFY(!panel.backUpButton()->isEnabled()); // one job at a time, off the GUI thread
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY(panel.backUpButton()->isEnabled());
        QVERIFY(!panel.progressBar()->isVisibleTo(&panel));
        QVERIFY2(panel.messageLabel()->text().startsWith(
                     QStringLiteral("Backed up to %1 (").arg(QDir::toNativeSeparators(file))),
            qPrintable(panel.messageLabel()->text()));

        BackupSummary summary;
        const QString verdict = WorkspaceBackup::verify(file, &summary);
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        QCOMPARE(summary.events, 120);
        QVERIFY(summary.hasPepper);
    }

    void dataFolderPanelRefusesABadRestoreWithItsReason()
    {
        test::TestWorkspace tw;
        DataFolderSettingsPanel panel(tw.dataDir(), false);
        const QString file = m_files.filePath(QStringLiteral("holiday.jpg"));
        QFile bad(file);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("\xff\xd8\xff\xe0 not a database");
        bad.close();
        bool asked = false;
        panel.setConfirmation([&asked](const QString &) { return asked = true; });
        QSignalSpy checked(&panel, &DataFolderSettingsPanel::restoreChecked);
        QSignalSpy restart(&panel, &DataFolderSettingsPanel::restartRequested);
        panel.restoreFrom(file);
        QVERIFY(checked.wait(kWaitMs));
        const QString expected = QStringLiteral("%1 is not a Pulse backup: it is not a SQLite database.")
                                     .arg(QDir::toNativeSeparators(file));
        QCOMPARE(checked.first().first().toString(), expected);
        QCOMPARE(panel.messageLabel()->text(), expected);
        QVERIFY(!asked);
        QCOMPARE(restart.size(), 0);
        QVERIFY(!QFile::exists(WorkspaceBackup::pendingRestorePath(tw.dataDir())));
    }

    void dataFolderPanelStagesAGoodRestoreAfterConfirmation()
    {
        test::TestWorkspace source;
        source.addSite(QStringLiteral("restored.example"));
        const QString backup = m_files.filePath(QStringLiteral("good.pulsebackup"));
        QVERIFY(WorkspaceBackup::backUp(source.dataDir(), backup).isEmpty());

        test::TestWorkspace tw;
        DataFolderSettingsPanel panel(tw.dataDir(), false);
        QString question;
        panel.setConfirmation([&question](const QString &text) {
            question = text;
            return true;
        });
        QSignalSpy restart(&panel, &DataFolderSettingsPanel::restartRequested);
        panel.restoreFrom(backup);
        QVERIFY(restart.wait(kWaitMs));
        QVERIFY2(question.startsWith(QStringLiteral("Restore the workspace from %1?\n\nSites: 1, events: 0.")
                                         .arg(QDir::toNativeSeparators(backup))),
            qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("The workbench will restart to swap it in. The current database is "
                                                  "kept in %1 as pulse-before-restore-")
                                       .arg(QDir::toNativeSeparators(tw.dataDir()))),
            qPrintable(question));
        QVERIFY(QFile::exists(WorkspaceBackup::pendingRestorePath(tw.dataDir())));

        // What the restart then does.
        tw.reopen();
        QVERIFY(tw.workspace().restoreOutcome().applied);
        QCOMPARE(tw.count(QStringLiteral("SELECT count(*) FROM sites WHERE domain = 'restored.example'")), 1);
    }

    void declinedRestoreChangesNothing()
    {
        test::TestWorkspace source;
        const QString backup = m_files.filePath(QStringLiteral("declined.pulsebackup"));
        QVERIFY(WorkspaceBackup::backUp(source.dataDir(), backup).isEmpty());
        test::TestWorkspace tw;
        DataFolderSettingsPanel panel(tw.dataDir(), false);
        panel.setConfirmation([](const QString &) { return false; });
        QSignalSpy checked(&panel, &DataFolderSettingsPanel::restoreChecked);
        panel.restoreFrom(backup);
        QVERIFY(checked.wait(kWaitMs));
        QCOMPARE(panel.messageLabel()->text(), QStringLiteral("Restore cancelled; nothing was changed."));
        QCOMPARE(QDir(tw.dataDir()).entryList({ QStringLiteral("restore-*") }, QDir::Files), QStringList());
    }

    void durabilityChoiceIsKeptForTheNextStart()
    {
        test::TestWorkspace tw;
        DataFolderSettingsPanel panel(tw.dataDir(), false);
        panel.show();
        QVERIFY(panel.fastButton()->isChecked());
        QCOMPARE(panel.durabilityNote()->text(), QStringLiteral("Commits are fast now."));
        QSignalSpy restart(&panel, &DataFolderSettingsPanel::restartRequested);
        panel.durableButton()->click();
        QVERIFY(settings::durable());
        QCOMPARE(panel.durabilityNote()->text(),
            QStringLiteral("Durable applies at the next start; until then commits are fast."));
        const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>();
        QPushButton *button = nullptr;
        for (QPushButton *candidate : buttons) {
            if (candidate->text() == QStringLiteral("Restart now"))
                button = candidate;
        }
        QVERIFY(button && button->isVisible());
        button->click();
        QCOMPARE(restart.size(), 1);
        panel.fastButton()->click();
        QVERIFY(!settings::durable());
        QVERIFY(!button->isVisible());

        // A panel opened by the durable workbench shows what runs.
        settings::setDurable(true);
        DataFolderSettingsPanel durablePanel(tw.dataDir(), true);
        QVERIFY(durablePanel.durableButton()->isChecked());
        QCOMPARE(durablePanel.durabilityNote()->text(), QStringLiteral("Commits are durable now."));
    }

    void languagePanelKeepsTheMenusChoiceAndOffersARestart()
    {
        LanguageSettingsPanel panel(QStringLiteral("en"));
        QSignalSpy restart(&panel, &LanguageSettingsPanel::restartRequested);
        QComboBox *box = panel.languageBox();
        QCOMPARE(box->count(), 1 + int(LanguageSelector::languages().size()));
        QVERIFY(box->itemText(0).startsWith(QStringLiteral("System default (")));
        QCOMPARE(box->currentIndex(), 0); // nothing chosen yet
        const int german = box->findData(QStringLiteral("de"));
        QCOMPARE(box->itemText(german), QStringLiteral("Deutsch"));
        QCOMPARE(box->itemText(box->findData(QStringLiteral("fr"))), QStringLiteral("Français"));
        QVERIFY(!panel.restartButton()->isVisibleTo(&panel));

        panel.choose(german);
        QCOMPARE(LanguageSelector::storedChoice(), QStringLiteral("de"));
        QCOMPARE(panel.noteLabel()->text(), QStringLiteral("Pulse speaks Deutsch from the next start."));
        QVERIFY(panel.restartButton()->isVisibleTo(&panel));
        panel.restartButton()->click();
        QCOMPARE(restart.count(), 1);

        // Back to the language in effect: nothing to restart for.
        panel.choose(box->findData(QStringLiteral("en")));
        QCOMPARE(LanguageSelector::storedChoice(), QStringLiteral("en"));
        QCOMPARE(panel.noteLabel()->text(), QStringLiteral("Pulse speaks English."));
        QVERIFY(!panel.restartButton()->isVisibleTo(&panel));

        // The menu bar's Language menu and the panel show one choice.
        LanguageMenu menu(QStringLiteral("en"));
        QVERIFY(menu.action(QStringLiteral("en"))->isChecked());
        menu.setRestartPrompt([](const QString &) { return false; });
        menu.action(QStringLiteral("fr"))->trigger();
        panel.reload();
        QCOMPARE(box->currentData().toString(), QStringLiteral("fr"));
        QCOMPARE(panel.noteLabel()->text(), QStringLiteral("Pulse speaks Français from the next start."));

        // A stored code this version has no catalogue for shows as the default.
        LanguageSelector::storeChoice(QStringLiteral("xx"));
        panel.reload();
        QCOMPARE(box->currentIndex(), 0);
    }

    void screenshot()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        const bool update = qEnvironmentVariableIsSet("PULSE_UPDATE_SCREENSHOTS");
        QTemporaryDir scratch;
        const QDir out(
            update ? qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/docs/screenshots") : scratch.path());

        CollectorFixture f;
        f.panel.resize(640, 420);
        QCoreApplication::processEvents();
        QVERIFY(f.panel.grab().save(out.filePath(QStringLiteral("settings-collector.png"))));

        test::TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        QList<EventRecord> events;
        for (int i = 0; i < 500; ++i)
            events << test::makeEvent(site, i, tw.clock().nowMs() + i);
        tw.write(events);
        DataFolderSettingsPanel panel(tw.dataDir(), false);
        PepperChoice pepper; // as the workbench shows it with a keychain (test_ui_desktop_pepper uses a real one)
        pepper.place = PepperChoice::Place::Keychain;
        pepper.entry = QStringLiteral("pepper-3f1c2a9e-7d4b-4e0a-9b6f-2c8d5e1a7b90");
        pepper.pepper = QByteArray(32, 'p');
        panel.setPepper(pepper);
        panel.resize(640, 560);
        panel.show();
        QSignalSpy finished(&panel, &DataFolderSettingsPanel::backupFinished);
        panel.backUpTo(m_files.filePath(DataFolderSettingsPanel::defaultBackupName(QDate(2026, 11, 27))));
        QVERIFY(finished.wait(kWaitMs));
        QCoreApplication::processEvents();
        QVERIFY(panel.grab().save(out.filePath(QStringLiteral("settings-data.png"))));
    }
};

QTEST_MAIN(TestUiSettingsPanels)
#include "TestUiSettingsPanels.moc"
