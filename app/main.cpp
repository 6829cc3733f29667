// pulse: the desktop workbench. Opens the workspace (one instance per data folder), starts the
// collector in-process, and shows the main window. Behaviour lives in pulse_ui and pulse_server.
#include "CollectorController.h"
#include "MainWindow.h"
#include "PulseBuildInfo.h"
#include "ServiceHost.h"
#include "SingleInstance.h"
#include "TerminationSignals.h"
#include "core/Clock.h"
#include "demo/DemoDataGenerator.h"
#include "i18n/LanguageSelector.h"
#include "live/LiveAggregator.h"
#include "pages/SettingsPage.h"
#include "pages/settings/CollectorSettingsPanel.h"
#include "pages/settings/DataFolderSettingsPanel.h"
#include "pages/settings/LanguageSettingsPanel.h"
#include "storage/EventWriter.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"
#include "widgets/PepperProblemBox.h"
#include "workspace/DesktopPepper.h"
#include "workspace/DesktopSettings.h"
#include "workspace/Keychain.h"
#include "workspace/LocalWorkspaceClient.h"
#include "workspace/RemoteWorkspaceClient.h"
#include "workspace/ServerProfiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

#include <memory>
#include <optional>

namespace {

// Starts the collector on the wanted address and port; when the port is taken, offers any free port
// instead. The rest of the service (jobs, alerts, webhooks) runs either way.
bool startCollector(pulse::ServiceHost &host, const QHostAddress &address, quint16 port, QString *status)
{
    pulse::ServiceOptions options;
    options.address = address;
    options.port = port;
    QString error;
    if (!host.start(options, &error)) {
        const auto answer = QMessageBox::question(nullptr, QApplication::translate("main", "Collector port in use"),
            QApplication::translate("main",
                "Pulse could not start its collector on %1:%2 (%3).\n\n"
                "Use another free port? Tracker snippets must then use the new address.")
                .arg(address.toString())
                .arg(port)
                .arg(error),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes || !host.listen(address, 0, &error)) {
            *status = QApplication::translate("main", "port %1 is not available (%2)").arg(port).arg(error);
            return false;
        }
    }
    return true;
}

// The collector's address as kept by Settings > Collector (127.0.0.1 unless chosen otherwise).
QHostAddress collectorAddress()
{
    const QHostAddress address(pulse::ui::settings::collectorAddress());
    return address.isNull() ? QHostAddress(QHostAddress::LocalHost) : address;
}

// Tells the user what the start did with a restore staged from Settings > Data folder.
void reportRestore(const pulse::RestoreOutcome &outcome)
{
    if (!outcome.error.isEmpty()) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Restore"), outcome.error);
    } else if (outcome.applied) {
        QString text = QApplication::translate("main", "The workspace was restored from the backup.");
        if (!outcome.keptAs.isEmpty())
            text += QLatin1Char(' ')
                + QApplication::translate("main", "The database it replaced is kept as %1.").arg(outcome.keptAs);
        QMessageBox::information(nullptr, QApplication::translate("main", "Restore"), text);
    }
}

// The command line of the workbench.
struct CommandLine {
    QCommandLineOption version { { QStringLiteral("v"), QStringLiteral("version") },
        QCoreApplication::translate("main", "Displays version information.") };
    QCommandLineOption dataDir { QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Workspace folder (default: %1).").arg(pulse::Workspace::defaultDataDir()),
        QStringLiteral("dir"), pulse::Workspace::defaultDataDir() };
    QCommandLineOption port { QStringLiteral("port"),
        QCoreApplication::translate("main", "Collector port (default: as chosen in Settings > Collector, else 8420)."),
        QStringLiteral("port") };
    QCommandLineOption demo { QStringLiteral("demo"),
        QCoreApplication::translate("main", "Load the demo site if it is not there yet.") };
    // Read before the parser runs (LanguageSelector::commandLineChoice); listed here for --help.
    QCommandLineOption language { QStringLiteral("language"),
        QCoreApplication::translate("main",
            "Language of the workbench: en, de or fr (default: as chosen in "
            "Settings > Language, else the system's)."),
        QStringLiteral("code") };
    QCommandLineParser parser;

    // --help and bad options print and exit here. --version is left to the caller: it prints the build
    // and the Qt version too, which addVersionOption() would not.
    void process()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "Pulse desktop workbench"));
        parser.addHelpOption();
        parser.addOptions({ version, dataDir, port, demo, language });
        parser.process(QCoreApplication::arguments());
    }
};

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Pulse")); // same data folder as pulse-server
    QCoreApplication::setApplicationVersion(QLatin1String(pulse::buildinfo::kVersion));
}

// --language wins over the choice stored from the Language menu, which wins over the system's.
void chooseLanguage(pulse::ui::LanguageSelector &language)
{
    const QString option = pulse::ui::LanguageSelector::commandLineChoice(QCoreApplication::arguments());
    language.apply(option.isEmpty() ? pulse::ui::LanguageSelector::storedChoice() : option);
}

// Starts the workbench again once this one has let go of its workspace and its single-instance socket
// (started any earlier, the newcomer would find this instance still running and only bring it forward).
// --language is dropped so that the choice just stored applies.
void restart()
{
    QStringList arguments = pulse::ui::LanguageSelector::withoutLanguageOption(QCoreApplication::arguments());
    arguments.removeFirst();
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        qWarning("Pulse could not start itself again; start it by hand");
}

// True when the command line asks for --help or --version. Those must work where QApplication cannot
// start (no display: scripts, package checks), so they run on a QCoreApplication instead.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-v" || arg == "--version" || arg == "-h" || arg == "--help" || arg == "-?")
            return true;
    }
    return false;
}

int printOnly(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    pulse::ui::LanguageSelector language;
    chooseLanguage(language); // --help in the user's language
    CommandLine cli;
    cli.process(); // exits after --help
    QTextStream(stdout) << pulse::buildinfo::versionLine(QStringLiteral("pulse")) << '\n';
    return 0;
}

// The workbench from opening the workspace to tearing it down. *restartWanted is set when the user
// asked for a restart; the caller starts the new process once this one has let go of everything.
int runWorkbench(const CommandLine &cli, bool *restartWanted)
{
    const QCommandLineParser &parser = cli.parser;
    pulse::ui::SingleInstance instance(parser.value(cli.dataDir));
    if (instance.notifyRunning())
        return 0; // the running workbench comes to the front

    pulse::Workspace workspace(pulse::SystemClock::instance());
    pulse::WorkspaceOptions options;
    options.dataDir = parser.value(cli.dataDir);
    options.durable = pulse::ui::settings::durable(); // Settings > Data folder > Durability
    // Server keys and the workspace's pepper live in the system keychain.
    const pulse::ui::Keychain keychain(QStringLiteral("Pulse"));
    pulse::ui::PepperChoice pepper;
    pepper.place = pulse::ui::PepperChoice::Place::Environment; // unless pepperSource is asked
    options.pepperSource = [&](QString *why) {
        return pulse::ui::DesktopPepper(options.dataDir, keychain)
            .obtain(&pepper, why, &pulse::ui::PepperProblemBox::ask);
    };
    QString error;
    if (!workspace.open(options, &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the workspace"), error);
        return 1;
    }
    instance.listen();
    reportRestore(workspace.restoreOutcome());
    if (parser.isSet(cli.demo)) {
        // Before the window opens, so the first thing a newcomer sees is the demo site's charts.
        try {
            pulse::DemoDataGenerator::ensureDemoSite(workspace);
        } catch (const pulse::SqlError &e) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Demo data"),
                QApplication::translate("main", "The demo data could not be loaded: %1")
                    .arg(QString::fromUtf8(e.what())));
        }
    }

    pulse::LiveAggregator live(pulse::SystemClock::instance());
    live.attach(workspace.writer());
    auto host = std::make_unique<pulse::ServiceHost>(workspace, pulse::SystemClock::instance());
    host->useLiveAggregator(live); // one set of live figures for the Live page and the stream
    QString status;
    const quint16 port
        = parser.isSet(cli.port) ? quint16(parser.value(cli.port).toUShort()) : pulse::ui::settings::collectorPort();
    const bool collecting = startCollector(*host, collectorAddress(), port, &status);
    pulse::CollectorController collector(*host);
    if (!collecting)
        collector.setNotRunningReason(status);

    auto client = std::make_unique<pulse::ui::LocalWorkspaceClient>(workspace, live);
    if (host->hasJobs()) {
        client->setJobs(&host->imports(), &host->exports(), &host->exportSchedules());
        client->setAlerts(&host->alerts());
    }
    client->setCollectorUrl(collector.status().url());
    // The workspace shown: this computer's, or a remote server's (File > Workspace). Switching closes
    // the window and opens one on the other workspace; the local collector keeps running meanwhile.
    QUrl shown = pulse::ui::ServerProfiles::current();
    int code = 0;
    for (;;) {
        std::unique_ptr<pulse::ui::RemoteWorkspaceClient> remote;
        if (!shown.isEmpty()) {
            QString why;
            remote = pulse::ui::RemoteWorkspaceClient::open(shown, keychain, &why);
            if (!remote) {
                QMessageBox::warning(nullptr, QApplication::translate("main", "Cannot open the server's workspace"),
                    QApplication::translate("main", "%1\n\nThe workspace on this computer opens instead.").arg(why));
                shown.clear();
                pulse::ui::ServerProfiles::setCurrent(shown);
            }
        }
        pulse::ui::WorkspaceClient &active = remote ? static_cast<pulse::ui::WorkspaceClient &>(*remote) : *client;
        auto window = std::make_unique<pulse::ui::MainWindow>(active);
        // This computer's collector, data folder and language, whichever workspace the window shows.
        window->settingsPage()->addTab(
            new pulse::ui::CollectorSettingsPanel(collector), QApplication::translate("main", "Collector"));
        auto *dataFolder = new pulse::ui::DataFolderSettingsPanel(workspace.dataDir(), options.durable);
        dataFolder->setPepper(pepper);
        window->settingsPage()->addTab(dataFolder, QApplication::translate("main", "Data folder"));
        // LanguageSelector made the language in effect the default locale.
        auto *languagePanel = new pulse::ui::LanguageSettingsPanel(QLocale::languageToCode(QLocale().language()));
        window->settingsPage()->addTab(languagePanel, QApplication::translate("main", "Language"));
        // The status bar and the tracker snippets follow Start, Stop and Apply in Settings > Collector.
        const auto showCollector = [&] {
            const pulse::ui::CollectorStatus now = collector.status();
            client->setCollectorUrl(now.url());
            window->setCollectorStatus(now.running
                    ? QApplication::translate("main", "Collecting events at %1").arg(now.url())
                    : QApplication::translate("main", "Collector not running: %1").arg(now.reason));
        };
        showCollector();
        QObject::connect(&collector, &pulse::CollectorController::statusChanged, window.get(), showCollector);
        window->setDataFolder(workspace.dataDir());
        std::optional<QUrl> switchTo;
        const auto restartNow = [&] {
            *restartWanted = true;
            window->close();
        };
        QObject::connect(window.get(), &pulse::ui::MainWindow::restartRequested, window.get(), restartNow);
        QObject::connect(dataFolder, &pulse::ui::DataFolderSettingsPanel::restartRequested, window.get(), restartNow);
        QObject::connect(languagePanel, &pulse::ui::LanguageSettingsPanel::restartRequested, window.get(), restartNow);
        QObject::connect(
            window.get(), &pulse::ui::MainWindow::workspaceSwitchRequested, window.get(), [&](const QUrl &url) {
                switchTo = url;
                window->close();
            });
        QObject::connect(
            &instance, &pulse::ui::SingleInstance::activationRequested, window.get(), &pulse::ui::MainWindow::activate);
        // SIGTERM (logout, systemd, kill) closes the window like the user would: settings are saved and
        // the teardown below runs.
        pulse::TerminationSignals termination;
        QObject::connect(&termination, &pulse::TerminationSignals::terminationRequested, window.get(), [&] {
            switchTo.reset();
            window->close();
        });
        window->show();
        code = QApplication::exec();
        window.reset();
        if (remote) {
            // End the server-side session rather than leave it to expire; a server that does not
            // answer within a few seconds is not waited for.
            QFuture<void> ended = remote->endSession();
            QFutureWatcher<void> watcher;
            QEventLoop loop;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(3000, &loop, &QEventLoop::quit);
            watcher.setFuture(ended);
            if (!ended.isFinished())
                loop.exec();
        }
        remote.reset();
        if (!switchTo || *restartWanted)
            break;
        shown = *switchTo;
        pulse::ui::ServerProfiles::setCurrent(shown);
    }
    // Tear down from the top: no new requests, no queries in flight, then the writer stops, so no
    // commit can reach the aggregator after it is gone.
    client.reset();
    host.reset();
    workspace.close();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv))
        return printOnly(argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    // The installed .desktop file's name, so Wayland compositors and docks match the window to its icon.
    QApplication::setDesktopFileName(QStringLiteral("org.pulseanalytics.Pulse"));
    pulse::ui::LanguageSelector language;
    chooseLanguage(language); // before any text is made: tr() translates when a text is set
    CommandLine cli;
    cli.process();

    bool restartWanted = false;
    const int code = runWorkbench(cli, &restartWanted);
    if (restartWanted)
        restart();
    return code;
}
