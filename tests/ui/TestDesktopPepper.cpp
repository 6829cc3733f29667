// The desktop workspace's pepper in the system keychain (a real Secret Service: gnome-keyring in a
// private D-Bus session, as ./pulse.sh test runs it): a new folder's pepper is made there and never
// written to the folder; a pepper file (pulse-server's, an earlier Pulse's, a restore's) moves into the
// keychain and keys made with it keep verifying; a folder whose entry is missing or whose marker is
// damaged is reported, never silently given a new pepper; the Data folder panel says where the pepper
// is and hands it over for pulse-server. A second CTest entry runs the file fallback without a keychain.
#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "pages/settings/DataFolderSettingsPanel.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceBackup.h"
#include "support/TestWorkspace.h"
#include "widgets/PepperProblemBox.h"
#include "workspace/DesktopPepper.h"
#include "workspace/Keychain.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pulse;
using namespace pulse::ui;

namespace {
constexpr int kWaitMs = 30000;

KeychainReply wait(const QFuture<KeychainReply> &future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, kWaitMs))
        qFatal("the keychain did not answer");
    return future.result();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Whether any file under dir holds needle.
bool folderHolds(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (readAll(it.next()).contains(needle))
            return true;
    }
    return false;
}

QString markerOf(const QString &dir)
{
    return QDir(dir).filePath(KeyStore::keychainMarkerName());
}

QString pepperFileOf(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("pepper"));
}
} // namespace

class TestDesktopPepper final : public QObject {
    Q_OBJECT

    // A service name of the test's own, so nothing of the user's keychain is touched.
    Keychain m_keychain { QStringLiteral("pulse-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces) };
    QStringList m_entries; // removed at the end
    bool m_noKeychainRun = false;

    void remember(const PepperChoice &choice)
    {
        if (!choice.entry.isEmpty())
            m_entries << choice.entry;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The second CTest entry points D-Bus at nothing: the keychain is then unavailable.
        m_noKeychainRun = qEnvironmentVariableIsSet("PULSE_TEST_NO_KEYCHAIN");
        if (!m_noKeychainRun && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run through ./pulse.sh test, which starts one with an unlocked gnome-keyring.");
    }

    void init()
    {
        const QByteArray function(QTest::currentTestFunction());
        if (m_noKeychainRun != (function == "withoutAKeychainThePepperStaysInItsPrivateFile"))
            QSKIP("runs in the other CTest entry (with or without a keychain)");
    }

    void cleanupTestCase()
    {
        for (const QString &entry : std::as_const(m_entries))
            wait(m_keychain.remove(entry));
    }

    void aNewFolderGetsItsPepperInTheKeychainOnly()
    {
        QTemporaryDir dir;
        const DesktopPepper place(dir.path(), m_keychain);
        const PepperChoice choice = place.resolve();
        remember(choice);
        QCOMPARE(choice.problem, PepperChoice::Problem::None);
        QCOMPARE(choice.place, PepperChoice::Place::Keychain);
        QCOMPARE(choice.pepper.size(), 32);
        QVERIFY(choice.entry.startsWith(QLatin1String("pepper-")));
        QCOMPARE(wait(m_keychain.read(choice.entry)).secret, QString::fromLatin1(choice.pepper.toBase64()));
        // The folder names the entry and holds nothing else of it.
        QCOMPARE(readAll(markerOf(dir.path())).trimmed(), choice.entry.toLatin1());
        QVERIFY(!QFile::exists(pepperFileOf(dir.path())));

        // The workspace opens with it, and keys made now verify after a restart with the same pepper.
        WorkspaceOptions options;
        options.dataDir = dir.path();
        PepperChoice again;
        options.pepperSource = [&](QString *) {
            again = place.resolve();
            return again.pepper;
        };
        ManualClock clock(1704067200000);
        QString secret;
        {
            Workspace workspace(clock);
            QString error;
            QVERIFY2(workspace.open(options, &error), qPrintable(error));
            QCOMPARE(again.entry, choice.entry);
            QCOMPARE(again.pepper, choice.pepper);
            secret = workspace.keys().create(QStringLiteral("ci"), int(Scope::Read), 0, 0).secret;
        }
        Workspace reopened(clock);
        QString error;
        QVERIFY2(reopened.open(options, &error), qPrintable(error));
        QCOMPARE(reopened.keys().verify(secret, nullptr), KeyStore::Verdict::Ok);
        reopened.close();
        // No trace of the pepper in the data folder, in either form.
        QVERIFY(!folderHolds(dir.path(), choice.pepper));
        QVERIFY(!folderHolds(dir.path(), choice.pepper.toBase64()));
        QVERIFY(!QFile::exists(pepperFileOf(dir.path())));

        // pulse-server on the same folder is refused with what to do rather than given a new pepper.
        QString refusal;
        QVERIFY(KeyStore::loadOrCreatePepper(dir.path(), &refusal).isEmpty());
        QVERIFY2(refusal.contains(QLatin1String("PULSE_PEPPER")), qPrintable(refusal));
    }

    // A folder made by pulse-server or an earlier Pulse: keys made with its file's pepper keep working,
    // and the file is gone once the keychain holds the pepper.
    void aPepperFileMovesIntoTheKeychainAndKeysKeepWorking()
    {
        test::TestWorkspace tw; // the engine's way: an owner-only pepper file
        const QString secret = tw.workspace().keys().create(QStringLiteral("ci"), int(Scope::Read), 0, 0).secret;
        const QByteArray fileText = readAll(pepperFileOf(tw.dataDir())).trimmed();
        QVERIFY(!fileText.isEmpty());
        tw.workspace().close();

        const PepperChoice choice = DesktopPepper(tw.dataDir(), m_keychain).resolve();
        remember(choice);
        QCOMPARE(choice.problem, PepperChoice::Problem::None);
        QCOMPARE(choice.place, PepperChoice::Place::Keychain);
        QCOMPARE(choice.pepper.toBase64(), fileText);
        QVERIFY(choice.note.isEmpty());
        QVERIFY(!QFile::exists(pepperFileOf(tw.dataDir())));
        QVERIFY(!folderHolds(tw.dataDir(), fileText));

        WorkspaceOptions options;
        options.dataDir = tw.dataDir();
        options.pepperSource = [&](QString *) { return DesktopPepper(tw.dataDir(), m_keychain).resolve().pepper; };
        Workspace workspace(tw.clock());
        QString error;
        QVERIFY2(workspace.open(options, &error), qPrintable(error));
        QCOMPARE(workspace.keys().verify(secret, nullptr), KeyStore::Verdict::Ok);
    }

    // A restore brings its pepper back as a file into a folder whose pepper is in the keychain: the
    // restored one moves in under a new entry, and the replaced one stays in the keychain.
    void aRestoredPepperTakesOverAndTheReplacedOneIsKept()
    {
        QTemporaryDir dir;
        const DesktopPepper place(dir.path(), m_keychain);
        const PepperChoice before = place.resolve();
        remember(before);
        QCOMPARE(before.place, PepperChoice::Place::Keychain);

        const QByteArray restored = KeyStore::generatePepper();
        writeFile(pepperFileOf(dir.path()), restored.toBase64() + '\n');
        const PepperChoice after = place.resolve();
        remember(after);
        QCOMPARE(after.place, PepperChoice::Place::Keychain);
        QCOMPARE(after.pepper, restored);
        QVERIFY(after.entry != before.entry);
        QCOMPARE(readAll(markerOf(dir.path())).trimmed(), after.entry.toLatin1());
        QVERIFY(!QFile::exists(pepperFileOf(dir.path())));
        QCOMPARE(wait(m_keychain.read(before.entry)).secret, QString::fromLatin1(before.pepper.toBase64()));
        QCOMPARE(place.resolve().pepper, restored);
    }

    // A folder copied from another computer or account: its entry is not in this keychain. The user is
    // asked (Problem::Missing); nothing is replaced until they agree.
    void aMissingEntryIsReportedAndReplacedOnlyOnRequest()
    {
        QTemporaryDir dir;
        const QString foreign = QStringLiteral("pepper-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        writeFile(markerOf(dir.path()), foreign.toLatin1() + '\n');
        const DesktopPepper place(dir.path(), m_keychain);
        const PepperChoice missing = place.resolve();
        QCOMPARE(missing.problem, PepperChoice::Problem::Missing);
        QVERIFY(missing.pepper.isEmpty());
        QVERIFY2(missing.error.contains(foreign) && missing.error.contains(QLatin1String("has no such entry")),
            qPrintable(missing.error));
        QCOMPARE(readAll(markerOf(dir.path())).trimmed(), foreign.toLatin1()); // untouched
        QVERIFY(!QFile::exists(pepperFileOf(dir.path())));

        const PepperChoice replaced = place.replaceMissing();
        remember(replaced);
        QCOMPARE(replaced.problem, PepperChoice::Problem::None);
        QCOMPARE(replaced.pepper.size(), 32);
        QCOMPARE(place.resolve().pepper, replaced.pepper);
    }

    // What the workbench does at start-up (DesktopPepper::obtain with the user's answers): Quit leaves
    // everything as it was and fails the open with the reason; Create a new pepper replaces it.
    void obtainAsksAboutAMissingEntryUntilTheUserDecides()
    {
        QTemporaryDir dir;
        const QString foreign = QStringLiteral("pepper-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        writeFile(markerOf(dir.path()), foreign.toLatin1() + '\n');
        const DesktopPepper place(dir.path(), m_keychain);
        QList<PepperChoice::Problem> asked;
        PepperChoice choice;
        QString error;
        const QByteArray refused = place.obtain(&choice, &error, [&](const PepperChoice &problem) {
            asked << problem.problem;
            return DesktopPepper::Answer::Quit;
        });
        QVERIFY(refused.isEmpty());
        QCOMPARE(asked, QList<PepperChoice::Problem> { PepperChoice::Problem::Missing });
        QCOMPARE(error, choice.error);
        QVERIFY(error.contains(foreign));
        QCOMPARE(readAll(markerOf(dir.path())).trimmed(), foreign.toLatin1());

        asked.clear();
        const QByteArray replaced = place.obtain(&choice, &error, [&](const PepperChoice &problem) {
            asked << problem.problem;
            return DesktopPepper::Answer::Proceed;
        });
        remember(choice);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(replaced.size(), 32);
        QCOMPARE(choice.place, PepperChoice::Place::Keychain);
        QCOMPARE(choice.problem, PepperChoice::Problem::None);
        QCOMPARE(place.resolve().pepper, replaced);
    }

    // The box behind those answers: what it says for each problem, and Quit as the default.
    void theProblemBoxSaysWhatEachAnswerDoes()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        PepperChoice missing;
        missing.problem = PepperChoice::Problem::Missing;
        missing.error
            = QStringLiteral("This data folder's pepper (the secret its API keys are checked with) is kept "
                             "in a system keychain under the name pepper-3f1c2a9e-7d4b-4e0a-9b6f-2c8d5e1a7b90, "
                             "and this computer's keychain has no such entry. The folder was probably copied "
                             "from another computer or user account.");
        PepperProblemBox box(missing);
        QCOMPARE(box.windowTitle(), QStringLiteral("API-key pepper"));
        QCOMPARE(box.text(), missing.error);
        QVERIFY(box.informativeText().contains(QLatin1String("Secret API keys made with the old one stop working")));
        QCOMPARE(box.proceedButton()->text(), QStringLiteral("Create a new pepper"));
        QCOMPARE(box.quitButton()->text(), QStringLiteral("Quit"));
        QCOMPARE(box.defaultButton(), box.quitButton());
        box.show();
        QCoreApplication::processEvents();
        const bool update = qEnvironmentVariableIsSet("PULSE_UPDATE_SCREENSHOTS");
        QTemporaryDir scratch;
        const QDir out(
            update ? qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/docs/screenshots") : scratch.path());
        QVERIFY(box.grab().save(out.filePath(QStringLiteral("pepper-missing.png"))));

        PepperChoice locked;
        locked.problem = PepperChoice::Problem::Unavailable;
        locked.error = QStringLiteral("The system keychain refused: the collection is locked");
        PepperProblemBox retry(locked);
        QCOMPARE(retry.proceedButton()->text(), QStringLiteral("Retry"));
        QVERIFY(retry.informativeText().contains(QLatin1String("Unlock the system keychain")));
        QCOMPARE(retry.defaultButton(), retry.quitButton());
    }

    void aDamagedMarkerIsReportedNotTrusted()
    {
        for (const QByteArray &content :
            { QByteArray(), QByteArray("not an entry\n"), QByteArray("pepper-../../etc\n"), QByteArray(4096, 'x') }) {
            QTemporaryDir dir;
            writeFile(markerOf(dir.path()), content);
            const PepperChoice choice = DesktopPepper(dir.path(), m_keychain).resolve();
            QCOMPARE(choice.problem, PepperChoice::Problem::Missing);
            QVERIFY2(choice.error.contains(QLatin1String("is damaged")), qPrintable(choice.error));
        }
    }

    void theDataFolderPanelSaysWhereThePepperIsAndHandsItOver()
    {
        QTemporaryDir dir;
        const PepperChoice choice = DesktopPepper(dir.path(), m_keychain).resolve();
        remember(choice);
        WorkspaceOptions options;
        options.dataDir = dir.path();
        options.pepperSource = [&](QString *) { return choice.pepper; };
        ManualClock clock(1704067200000);
        Workspace workspace(clock);
        QString error;
        QVERIFY2(workspace.open(options, &error), qPrintable(error));
        const QString secret = workspace.keys().create(QStringLiteral("ci"), int(Scope::Read), 0, 0).secret;

        DataFolderSettingsPanel panel(dir.path(), false);
        panel.setPepper(choice);
        QVERIFY2(panel.pepperLabel()->text().contains(QLatin1String("system keychain (entry %1)").arg(choice.entry)),
            qPrintable(panel.pepperLabel()->text()));
        QVERIFY(panel.copyPepperButton()->isVisibleTo(&panel));
        panel.copyPepperButton()->click();
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied, QStringLiteral("base64:") + QString::fromLatin1(choice.pepper.toBase64()));
        QVERIFY(panel.messageLabel()->text().contains(QLatin1String("PULSE_PEPPER")));
        // What was copied is what pulse-server needs to open the folder.
        qputenv("PULSE_PEPPER", copied.toLatin1());
        QCOMPARE(KeyStore::loadOrCreatePepper(dir.path(), &error), choice.pepper);
        qunsetenv("PULSE_PEPPER");

        // The backup carries the keychain's pepper: restored elsewhere, the key verifies.
        const QString backup = QDir(dir.path()).filePath(QStringLiteral("b.pulsebackup"));
        QSignalSpy finished(&panel, &DataFolderSettingsPanel::backupFinished);
        panel.backUpTo(backup);
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().first().toString(), QString());
        workspace.close();
        test::TestWorkspace elsewhere;
        QVERIFY(WorkspaceBackup::prepareRestore(backup, elsewhere.dataDir()).isEmpty());
        QVERIFY(WorkspaceBackup::commitRestore(elsewhere.dataDir()).isEmpty());
        elsewhere.reopen();
        QCOMPARE(elsewhere.workspace().keys().verify(secret, nullptr), KeyStore::Verdict::Ok);

        // A pepper in its file: said so, with the keychain's reason; nothing to copy.
        PepperChoice inFile;
        inFile.note = QStringLiteral("The system keychain refused: locked");
        panel.setPepper(inFile);
        QVERIFY(panel.pepperLabel()->text().contains(QDir::toNativeSeparators(pepperFileOf(dir.path()))));
        QVERIFY(panel.pepperLabel()->text().endsWith(inFile.note));
        QVERIFY(!panel.copyPepperButton()->isVisibleTo(&panel));
    }

    // Run with D-Bus pointed at nothing: the keychain cannot answer, so a new folder's pepper is left to
    // the engine's owner-only file, and Settings > Data folder says why.
    void withoutAKeychainThePepperStaysInItsPrivateFile()
    {
        QTemporaryDir dir;
        const PepperChoice choice = DesktopPepper(dir.path(), m_keychain).resolve();
        QCOMPARE(choice.problem, PepperChoice::Problem::None);
        QCOMPARE(choice.place, PepperChoice::Place::File);
        QVERIFY(choice.pepper.isEmpty());
        QVERIFY2(choice.note.startsWith(QLatin1String("The system keychain refused: ")) && choice.note.size() > 30,
            qPrintable(choice.note));
        qInfo("Settings > Data folder says: %s", qPrintable(choice.note));
        QVERIFY(!QFile::exists(markerOf(dir.path())));

        // The engine makes the file, as for pulse-server; a later resolve leaves it there.
        QString error;
        const QByteArray pepper = KeyStore::loadOrCreatePepper(dir.path(), &error);
        QCOMPARE(pepper.size(), 32);
        // obtain() hands a pepper left in its file to the engine, which reads it; nothing is asked.
        PepperChoice obtained;
        bool asked = false;
        QCOMPARE(DesktopPepper(dir.path(), m_keychain)
                     .obtain(&obtained, &error,
                         [&](const PepperChoice &) {
                             asked = true;
                             return DesktopPepper::Answer::Quit;
                         }),
            pepper);
        QVERIFY(!asked);
        QCOMPARE(obtained.place, PepperChoice::Place::File);
        const PepperChoice later = DesktopPepper(dir.path(), m_keychain).resolve();
        QCOMPARE(later.place, PepperChoice::Place::File);
        QCOMPARE(readAll(pepperFileOf(dir.path())).trimmed(), pepper.toBase64());
        QVERIFY(!QFile::exists(markerOf(dir.path())));
    }
};

QTEST_MAIN(TestDesktopPepper)
#include "TestDesktopPepper.moc"
