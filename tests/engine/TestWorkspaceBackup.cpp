// Backup and restore of a workspace on real SQLite files: a consistent backup while the writer keeps
// committing, a restore swapped in at the next start with the replaced data kept, and every kind of
// file that must be refused, with the sentence the user sees.
#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "access/SiteStore.h"
#include "storage/Migrations.h"
#include "storage/Sqlite.h"
#include "storage/WorkspaceBackup.h"
#include "support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

QList<EventRecord> someEvents(qint64 siteId, int count, qint64 startMs)
{
    QList<EventRecord> events;
    for (int i = 0; i < count; ++i)
        events << makeEvent(
            siteId, 1000 + i, startMs + i * 1000, QStringLiteral("pageview"), QStringLiteral("/p/%1").arg(i));
    return events;
}

qint64 countIn(const QString &file, const QString &sql)
{
    SqliteDatabase db;
    db.open(file, SqliteDatabase::Mode::ReadOnly);
    return db.queryInt(sql);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWorkspaceBackup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_files;

    // A backup of a workspace with one site (domain) and events.
    QString makeBackup(const QString &domain, int events, QByteArray *pepper = nullptr, QString *secret = nullptr)
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(domain);
        tw.write(someEvents(site, events, tw.clock().nowMs()));
        if (secret)
            *secret = tw.workspace().keys().create(QStringLiteral("ci"), int(Scope::Read), 0, 0).secret;
        if (pepper)
            *pepper = readAll(QDir(tw.dataDir()).filePath(QStringLiteral("pepper")));
        const QString target = m_files.filePath(domain + QStringLiteral(".pulsebackup"));
        const QString error = WorkspaceBackup::backUp(tw.dataDir(), target, {}, tw.clock().nowMs());
        if (!error.isEmpty())
            qWarning("backup failed: %s", qPrintable(error));
        return target;
    }

    void expectRefusal(const QString &file, const QString &expected)
    {
        TestWorkspace tw;
        tw.addSite(QStringLiteral("kept.example"));
        const QString error = WorkspaceBackup::prepareRestore(file, tw.dataDir());
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error)); // names the chosen file
        // Nothing staged: the next start opens the same workspace.
        QVERIFY(!QFile::exists(WorkspaceBackup::pendingRestorePath(tw.dataDir())));
        QCOMPARE(QDir(tw.dataDir()).entryList({ QStringLiteral("restore-*") }, QDir::Files), QStringList());
        tw.reopen();
        QVERIFY(!tw.workspace().restoreOutcome().applied);
        QCOMPARE(tw.count(QStringLiteral("SELECT count(*) FROM sites WHERE domain = 'kept.example'")), 1);
    }

private Q_SLOTS:
    void backupWhileTheWriterCommitsHoldsEveryEarlierCommit()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("live.example"));
        // Large enough for several copy steps of 4 MiB, so commits land between steps.
        tw.write(someEvents(site, 30000, tw.clock().nowMs()));
        const QString target = m_files.filePath(QStringLiteral("live.pulsebackup"));

        // The writer commits while the backup runs (from its progress callback, i.e. between copy
        // steps): the backup is the snapshot at its start, neither missing nor half-taking commits.
        int calls = 0;
        qint64 lastTotal = 0;
        const QString error = WorkspaceBackup::backUp(
            tw.dataDir(), target,
            [&](qint64 done, qint64 total) {
                if (calls++ == 0)
                    tw.write(someEvents(site, 300, tw.clock().nowMs() + 10'000'000));
                lastTotal = total;
                return done <= total;
            },
            tw.clock().nowMs());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(calls > 1, qPrintable(QString::number(calls)));
        QVERIFY(lastTotal > 0);
        QCOMPARE(tw.count(QStringLiteral("SELECT count(*) FROM events")), 30300);

        BackupSummary summary;
        const QString verdict = WorkspaceBackup::verify(target, &summary);
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        QCOMPARE(summary.events, 30000);
        QCOMPARE(summary.sites, 1);
        QCOMPARE(summary.schemaVersion, Migrations::latestVersion());
        QCOMPARE(summary.createdAtMs, tw.clock().nowMs());
        QVERIFY(summary.hasPepper);
        QCOMPARE(countIn(target, QStringLiteral("SELECT count(*) FROM events WHERE path = '/p/29999'")), 1);
        // One self-contained file, no half file beside it.
        {
            SqliteDatabase db;
            db.open(target, SqliteDatabase::Mode::ReadOnly);
            QCOMPARE(db.queryText(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
        }
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    }

    void backupIsReadableByItsOwnerOnly()
    {
        const QString target = makeBackup(QStringLiteral("private.example"), 10);
        const QFileDevice::Permissions permissions = QFile::permissions(target);
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void cancelledBackupLeavesNoFile()
    {
        TestWorkspace tw;
        tw.write(someEvents(tw.addSite(QStringLiteral("c.example")), 10, tw.clock().nowMs()));
        const QString target = m_files.filePath(QStringLiteral("cancelled.pulsebackup"));
        const QString error = WorkspaceBackup::backUp(tw.dataDir(), target, [](qint64, qint64) { return false; });
        QCOMPARE(error, QStringLiteral("The backup was cancelled."));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    }

    void restoreIsSwappedInAtTheNextStartAndKeepsTheReplacedDatabase()
    {
        QByteArray backedUpPepper;
        QString secret;
        const QString backup = makeBackup(QStringLiteral("a.example"), 50, &backedUpPepper, &secret);

        TestWorkspace tw;
        tw.addSite(QStringLiteral("b.example"));
        const QByteArray replacedPepper = readAll(QDir(tw.dataDir()).filePath(QStringLiteral("pepper")));
        QVERIFY(replacedPepper != backedUpPepper);

        BackupSummary summary;
        const QString error = WorkspaceBackup::prepareRestore(backup, tw.dataDir(), &summary);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(summary.events, 50);
        QVERIFY(summary.hasPepper);
        QVERIFY(WorkspaceBackup::commitRestore(tw.dataDir()).isEmpty());
        // The open workspace is untouched until the next start.
        QCOMPARE(tw.count(QStringLiteral("SELECT count(*) FROM sites WHERE domain = 'b.example'")), 1);

        tw.clock().setMs(1704110400000); // 2024-01-01 12:00:00 UTC
        tw.reopen();
        const RestoreOutcome &outcome = tw.workspace().restoreOutcome();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(outcome.applied);
        const QString kept = QDir(tw.dataDir()).filePath(QStringLiteral("pulse-before-restore-20240101-120000.db"));
        QCOMPARE(outcome.keptAs, QDir::toNativeSeparators(kept));

        QCOMPARE(tw.count(QStringLiteral("SELECT count(*) FROM sites WHERE domain = 'a.example'")), 1);
        QCOMPARE(tw.count(QStringLiteral("SELECT count(*) FROM sites WHERE domain = 'b.example'")), 0);
        QCOMPARE(tw.count(QStringLiteral("SELECT count(*) FROM events")), 50);
        QCOMPARE(tw.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'pulse_backup'")), 0);
        // The backup's pepper came with it: the key made before the backup still verifies.
        QCOMPARE(readAll(QDir(tw.dataDir()).filePath(QStringLiteral("pepper"))), backedUpPepper);
        ApiKey key;
        QCOMPARE(tw.workspace().keys().verify(secret, &key), KeyStore::Verdict::Ok);
        const QFileDevice::Permissions pepperPermissions
            = QFile::permissions(QDir(tw.dataDir()).filePath(QStringLiteral("pepper")));
        QVERIFY(!(pepperPermissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

        // Nothing is lost: the replaced database and its pepper are kept under dated names.
        QCOMPARE(countIn(kept, QStringLiteral("SELECT count(*) FROM sites WHERE domain = 'b.example'")), 1);
        QCOMPARE(readAll(QDir(tw.dataDir()).filePath(QStringLiteral("pepper-before-restore-20240101-120000"))),
            replacedPepper);
        QVERIFY(!QFile::exists(WorkspaceBackup::pendingRestorePath(tw.dataDir())));

        // Once applied, later starts open it as usual.
        tw.reopen();
        QVERIFY(!tw.workspace().restoreOutcome().applied);
        QCOMPARE(tw.count(QStringLiteral("SELECT count(*) FROM events")), 50);
    }

    // The desktop keeps its pepper in the system keychain, not in the folder: the backup takes the
    // pepper it is given, and the restore brings it back as a file (the desktop then moves it into its
    // keychain at that start).
    void backupCarriesASuppliedPepper()
    {
        const QByteArray supplied = KeyStore::generatePepper();
        WorkspaceOptions options;
        options.pepperSource = [supplied](QString *) { return supplied; };
        TestWorkspace source(1704067200000, options);
        source.addSite(QStringLiteral("a.example"));
        const QString secret = source.workspace().keys().create(QStringLiteral("ci"), int(Scope::Read), 0, 0).secret;
        QVERIFY(!QFile::exists(QDir(source.dataDir()).filePath(QStringLiteral("pepper"))));
        const QString backup = m_files.filePath(QStringLiteral("supplied.pulsebackup"));
        QVERIFY(WorkspaceBackup::backUp(source.dataDir(), backup, {}, source.clock().nowMs(), supplied).isEmpty());
        BackupSummary summary;
        QVERIFY(WorkspaceBackup::verify(backup, &summary).isEmpty());
        QVERIFY(summary.hasPepper);

        TestWorkspace target;
        QVERIFY(WorkspaceBackup::prepareRestore(backup, target.dataDir()).isEmpty());
        QVERIFY(WorkspaceBackup::commitRestore(target.dataDir()).isEmpty());
        target.reopen();
        QVERIFY(target.workspace().restoreOutcome().applied);
        QCOMPARE(readAll(QDir(target.dataDir()).filePath(QStringLiteral("pepper"))).trimmed(), supplied.toBase64());
        QCOMPARE(target.workspace().keys().verify(secret, nullptr), KeyStore::Verdict::Ok);
    }

    void discardedRestoreChangesNothing()
    {
        const QString backup = makeBackup(QStringLiteral("d.example"), 5);
        TestWorkspace tw;
        tw.addSite(QStringLiteral("stays.example"));
        QVERIFY(WorkspaceBackup::prepareRestore(backup, tw.dataDir()).isEmpty());
        WorkspaceBackup::discardRestore(tw.dataDir());
        tw.reopen();
        QVERIFY(!tw.workspace().restoreOutcome().applied);
        QCOMPARE(tw.count(QStringLiteral("SELECT count(*) FROM sites WHERE domain = 'stays.example'")), 1);
    }

    void refusesAFileThatIsNotSqlite()
    {
        const QString path = m_files.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are not the events you are looking for.\n");
        file.close();
        expectRefusal(path, QStringLiteral("is not a Pulse backup: it is not a SQLite database."));
    }

    void refusesASqliteFileThatIsNotAWorkspace()
    {
        const QString path = m_files.filePath(QStringLiteral("other.sqlite"));
        {
            SqliteDatabase db;
            db.open(path, SqliteDatabase::Mode::ReadWrite);
            db.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"));
        }
        expectRefusal(path, QStringLiteral("is a SQLite database but not a Pulse workspace: it has no sites table."));
    }

    void refusesAWorkspaceFromANewerPulse()
    {
        const QString backup = makeBackup(QStringLiteral("newer.example"), 5);
        {
            SqliteDatabase db;
            db.open(backup, SqliteDatabase::Mode::ReadWrite);
            db.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
        }
        expectRefusal(backup,
            QStringLiteral("was made by a newer Pulse (schema %1; this version reads up to %2): "
                           "update Pulse, then restore it.")
                .arg(Migrations::latestVersion() + 1)
                .arg(Migrations::latestVersion()));
    }

    void refusesATruncatedFile()
    {
        const QString backup = makeBackup(QStringLiteral("truncated.example"), 500);
        QFile file(backup);
        QVERIFY(file.size() > 8192);
        QVERIFY(file.resize(file.size() / 2));
        expectRefusal(backup,
            QStringLiteral("is damaged: it is cut short (probably an incomplete copy); it cannot "
                           "be restored."));
    }

    void refusesACorruptFile()
    {
        const QString backup = makeBackup(QStringLiteral("corrupt.example"), 500);
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        // Pages 2 to the end overwritten with noise of the same length: the header still looks fine.
        QVERIFY(file.seek(4096));
        QByteArray noise(size - 4096, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 131 + 7) % 251);
        file.write(noise);
        file.close();
        expectRefusal(backup, QStringLiteral("is damaged"));
    }

    void refusesAnEmptyOrMissingFile()
    {
        const QString empty = m_files.filePath(QStringLiteral("empty.pulsebackup"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        expectRefusal(empty, QStringLiteral("is not a Pulse backup: it is not a SQLite database."));
        expectRefusal(m_files.filePath(QStringLiteral("missing.pulsebackup")), QStringLiteral("Cannot read"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceBackup)
#include "TestWorkspaceBackup.moc"
