#include "storage/WorkspaceBackup.h"

#include "core/Clock.h"
#include "storage/Migrations.h"
#include "storage/Sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <QtEndian>

#include <sqlite3.h>

#include <utility>

namespace pulse {

namespace {

// 1024 pages (4 MiB at SQLite's default page size) per backup step: fine-grained progress without
// measurable overhead.
constexpr int kPagesPerStep = 1024;
constexpr qint64 kCopyChunk = 1 << 20;

const QString kDatabase = QStringLiteral("pulse.db");
const QString kPepper = QStringLiteral("pepper");
const QString kStagingDb = QStringLiteral("restore-staging.db");
const QString kStagingPepper = QStringLiteral("restore-staging.pepper");
const QString kPendingDb = QStringLiteral("restore-pending.db");
const QString kPendingPepper = QStringLiteral("restore-pending.pepper");

// Tables every Pulse workspace has had since schema 1.
const QStringList kWorkspaceTables = { QStringLiteral("sites"), QStringLiteral("api_keys"), QStringLiteral("events"),
    QStringLiteral("sessions"), QStringLiteral("quarantine"), QStringLiteral("settings") };

// Creates path empty and owner-only before anyone writes to it: no window in which others can read.
bool createPrivateFile(const QString &path, QString *error)
{
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool tableExists(SqliteDatabase &db, const QString &name)
{
    SqlStatement st = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1"));
    st.bind(1, name);
    return st.step();
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

} // namespace

QString WorkspaceBackup::pendingRestorePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(kPendingDb);
}

QString WorkspaceBackup::backUp(
    const QString &dataDir, const QString &target, const Progress &progress, qint64 nowMs, const QByteArray &pepper)
{
    const QString source = QDir(dataDir).filePath(kDatabase);
    if (!QFileInfo::exists(source))
        return tr("There is no workspace database in %1 to back up.").arg(QDir::toNativeSeparators(dataDir));
    const QString part = target + QStringLiteral(".part");
    QString fileError;
    if (!createPrivateFile(part, &fileError))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), fileError);

    bool cancelled = false;
    try {
        // A read connection of its own: the writer keeps committing, and the read transaction opened
        // here pins the snapshot every step copies from, so the copy is consistent even across steps
        // (without it, a commit between steps would make SQLite start the copy over).
        SqliteDatabase src;
        src.open(source, SqliteDatabase::Mode::ReadOnly);
        src.begin(false);
        src.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        const qint64 pageSize = src.queryInt(QStringLiteral("PRAGMA page_size"));

        SqliteDatabase dst;
        dst.open(part, SqliteDatabase::Mode::ReadWrite);
        sqlite3_backup *backup = sqlite3_backup_init(dst.handle(), "main", src.handle(), "main");
        if (!backup)
            throw SqlError(dst.lastError(), sqlite3_errcode(dst.handle()));
        int rc = SQLITE_OK;
        while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            rc = sqlite3_backup_step(backup, kPagesPerStep);
            const qint64 total = sqlite3_backup_pagecount(backup);
            const qint64 done = total - sqlite3_backup_remaining(backup);
            if (progress && !progress(done * pageSize, total * pageSize)) {
                cancelled = true;
                break;
            }
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(10);
        }
        sqlite3_backup_finish(backup);
        if (!cancelled && rc != SQLITE_DONE)
            throw SqlError(QString::fromUtf8(sqlite3_errstr(rc)), rc);
        src.rollback();
        src.close();

        if (!cancelled) {
            // The copy carries the source's WAL flag in its header; a backup is one self-contained
            // file, so it is opened again as it now is and switched to a rollback journal.
            dst.close();
            dst.open(part, SqliteDatabase::Mode::ReadWrite);
            dst.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            SqlTransaction tx(dst);
            dst.exec(QStringLiteral("CREATE TABLE pulse_backup (name TEXT PRIMARY KEY, value TEXT NOT NULL)"));
            SqlStatement put = dst.prepare(QStringLiteral("INSERT INTO pulse_backup(name, value) VALUES(?1, ?2)"));
            put.bind(1, QStringLiteral("format")).bind(2, QStringLiteral("1")).run();
            put.bind(1, QStringLiteral("created_at")).bind(2, QString::number(nowMs)).run();
            QByteArray pepperText = pepper.toBase64(); // the pepper file's format
            QFile pepperFile(QDir(dataDir).filePath(kPepper));
            if (pepper.isEmpty() && pepperFile.open(QIODevice::ReadOnly))
                pepperText = pepperFile.readAll().trimmed();
            if (!pepperText.isEmpty())
                put.bind(1, QStringLiteral("pepper")).bind(2, QString::fromLatin1(pepperText)).run();
            tx.commit();
        }
        dst.close();
    } catch (const SqlError &e) {
        removeDatabaseFiles(part);
        return tr("The backup failed: %1").arg(QString::fromUtf8(e.what()));
    }
    if (cancelled) {
        removeDatabaseFiles(part);
        return tr("The backup was cancelled.");
    }
    QFile::remove(target);
    if (!QFile::rename(part, target)) {
        removeDatabaseFiles(part);
        return tr("Cannot write %1.").arg(QDir::toNativeSeparators(target));
    }
    return {};
}

namespace {

// The checks of verify(), naming the file as the user chose it (shown) rather than its staged copy.
QString verifyFile(const QString &file, const QString &shown, SqliteDatabase::Mode mode, BackupSummary *summary)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return WorkspaceBackup::tr("Cannot read %1: %2").arg(shown, f.errorString());
    const QByteArray header = f.read(100);
    const qint64 size = f.size();
    f.close();
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return WorkspaceBackup::tr("%1 is not a Pulse backup: it is not a SQLite database.").arg(shown);
    if (header.size() < 100)
        return WorkspaceBackup::tr("%1 is damaged: it is cut short (probably an incomplete copy); it cannot be "
                                   "restored.")
            .arg(shown);
    // The header's page count is valid when its version-valid-for number matches the change counter.
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const qint64 pageSize = qFromBigEndian<quint16>(bytes + 16) == 1 ? 65536 : qFromBigEndian<quint16>(bytes + 16);
    const qint64 pages = qFromBigEndian<quint32>(bytes + 28);
    if (qFromBigEndian<quint32>(bytes + 92) == qFromBigEndian<quint32>(bytes + 24) && pages * pageSize > size)
        return WorkspaceBackup::tr("%1 is damaged: it is cut short (probably an incomplete copy); it cannot be "
                                   "restored.")
            .arg(shown);

    try {
        SqliteDatabase db;
        db.open(file, mode);
        QString missing;
        for (const QString &table : kWorkspaceTables) {
            if (!tableExists(db, table)) {
                missing = table;
                break;
            }
        }
        const int version = Migrations::currentVersion(db);
        if (!missing.isEmpty() || version < 1)
            return WorkspaceBackup::tr("%1 is a SQLite database but not a Pulse workspace: it has no %2 table.")
                .arg(shown, missing.isEmpty() ? kWorkspaceTables.first() : missing);
        if (version > Migrations::latestVersion())
            return WorkspaceBackup::tr("%1 was made by a newer Pulse (schema %2; this version reads up to %3): "
                                       "update Pulse, then restore it.")
                .arg(shown)
                .arg(version)
                .arg(Migrations::latestVersion());
        const QString integrity = db.queryText(QStringLiteral("PRAGMA integrity_check(1)"));
        if (integrity != QLatin1String("ok"))
            return WorkspaceBackup::tr("%1 is damaged (SQLite's integrity check reports: %2); it cannot be restored.")
                .arg(shown, integrity);
        if (summary) {
            *summary = {};
            summary->schemaVersion = version;
            summary->sites = db.queryInt(QStringLiteral("SELECT count(*) FROM sites"));
            summary->events = db.queryInt(QStringLiteral("SELECT count(*) FROM events"));
            if (tableExists(db, QStringLiteral("pulse_backup"))) {
                summary->createdAtMs = db.queryText(QStringLiteral("SELECT value FROM pulse_backup WHERE name = "
                                                                   "'created_at'"))
                                           .toLongLong();
                summary->hasPepper = db.queryInt(QStringLiteral("SELECT count(*) FROM pulse_backup WHERE name = "
                                                                "'pepper'"))
                    > 0;
            }
        }
    } catch (const SqlError &e) {
        return WorkspaceBackup::tr("%1 is damaged and cannot be read (%2); it cannot be restored.")
            .arg(shown, QString::fromUtf8(e.what()));
    }
    return {};
}

} // namespace

QString WorkspaceBackup::verify(const QString &file, BackupSummary *summary)
{
    return verifyFile(file, QDir::toNativeSeparators(file), SqliteDatabase::Mode::ReadOnly, summary);
}

QString WorkspaceBackup::prepareRestore(
    const QString &file, const QString &dataDir, BackupSummary *summary, const Progress &progress)
{
    discardRestore(dataDir);
    const QString shown = QDir::toNativeSeparators(file);
    const QString staged = QDir(dataDir).filePath(kStagingDb);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(shown, in.errorString());
    QString fileError;
    if (!createPrivateFile(staged, &fileError))
        return tr("Cannot write to the data folder %1: %2").arg(QDir::toNativeSeparators(dataDir), fileError);
    {
        // The copy is what gets checked and swapped in: the chosen file may change or vanish later.
        QFile out(staged);
        if (!out.open(QIODevice::WriteOnly)) {
            discardRestore(dataDir);
            return tr("Cannot write to the data folder %1: %2")
                .arg(QDir::toNativeSeparators(dataDir), out.errorString());
        }
        const qint64 total = in.size();
        qint64 done = 0;
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(kCopyChunk);
            if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
                break;
            if (out.write(chunk) != chunk.size()) {
                discardRestore(dataDir);
                return tr("Cannot write to the data folder %1: %2")
                    .arg(QDir::toNativeSeparators(dataDir), out.errorString());
            }
            done += chunk.size();
            if (progress && !progress(done, total)) {
                out.close();
                discardRestore(dataDir);
                return tr("The restore was cancelled.");
            }
        }
        if (in.error() != QFileDevice::NoError) {
            out.close();
            discardRestore(dataDir);
            return tr("Cannot read %1: %2").arg(shown, in.errorString());
        }
        if (!out.flush()) {
            discardRestore(dataDir);
            return tr("Cannot write to the data folder %1: %2")
                .arg(QDir::toNativeSeparators(dataDir), out.errorString());
        }
    }
    const QString refusal = verifyFile(staged, shown, SqliteDatabase::Mode::ReadWrite, summary);
    if (!refusal.isEmpty()) {
        discardRestore(dataDir);
        return refusal;
    }
    try {
        // The pepper leaves the database for its own owner-only file, as the workspace keeps it.
        SqliteDatabase db;
        db.open(staged, SqliteDatabase::Mode::ReadWrite);
        if (tableExists(db, QStringLiteral("pulse_backup"))) {
            const QString pepper = db.queryText(QStringLiteral("SELECT value FROM pulse_backup WHERE name = 'pepper'"));
            if (!pepper.isEmpty()) {
                const QString pepperPath = QDir(dataDir).filePath(kStagingPepper);
                if (!createPrivateFile(pepperPath, &fileError))
                    throw SqlError(fileError, 0);
                QFile out(pepperPath);
                if (!out.open(QIODevice::WriteOnly) || out.write(pepper.toLatin1() + '\n') < 0 || !out.flush())
                    throw SqlError(out.errorString(), 0);
            }
            db.exec(QStringLiteral("DROP TABLE pulse_backup"));
        }
        db.close();
    } catch (const SqlError &e) {
        discardRestore(dataDir);
        return tr("Cannot prepare the restore in %1: %2")
            .arg(QDir::toNativeSeparators(dataDir), QString::fromUtf8(e.what()));
    }
    return {};
}

QString WorkspaceBackup::commitRestore(const QString &dataDir)
{
    const QDir dir(dataDir);
    removeDatabaseFiles(dir.filePath(kPendingDb));
    QFile::remove(dir.filePath(kPendingPepper));
    if (!QFile::rename(dir.filePath(kStagingDb), dir.filePath(kPendingDb))
        || (QFile::exists(dir.filePath(kStagingPepper))
            && !QFile::rename(dir.filePath(kStagingPepper), dir.filePath(kPendingPepper)))) {
        discardRestore(dataDir);
        return tr("Cannot prepare the restore in %1.").arg(QDir::toNativeSeparators(dataDir));
    }
    return {};
}

void WorkspaceBackup::discardRestore(const QString &dataDir)
{
    const QDir dir(dataDir);
    removeDatabaseFiles(dir.filePath(kStagingDb));
    removeDatabaseFiles(dir.filePath(kPendingDb));
    QFile::remove(dir.filePath(kStagingPepper));
    QFile::remove(dir.filePath(kPendingPepper));
}

RestoreOutcome WorkspaceBackup::applyPendingRestore(const QString &dataDir, const Clock &clock)
{
    RestoreOutcome outcome;
    const QDir dir(dataDir);
    if (!QFile::exists(dir.filePath(kPendingDb)))
        return outcome;
    const QString stamp
        = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString kept = QStringLiteral("pulse-before-restore-%1.db").arg(stamp);
    const bool newPepper = QFile::exists(dir.filePath(kPendingPepper));

    // Renames only, in an order that can be undone: the replaced database moves with its WAL (which
    // may hold commits not yet checkpointed), so the kept copy opens complete.
    QList<std::pair<QString, QString>> moves;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(dir.filePath(kDatabase + suffix)))
            moves.append({ kDatabase + suffix, kept + suffix });
    }
    if (newPepper && QFile::exists(dir.filePath(kPepper)))
        moves.append({ kPepper, QStringLiteral("pepper-before-restore-%1").arg(stamp) });
    moves.append({ kPendingDb, kDatabase });
    if (newPepper)
        moves.append({ kPendingPepper, kPepper });

    for (qsizetype i = 0; i < moves.size(); ++i) {
        if (QFile::rename(dir.filePath(moves.at(i).first), dir.filePath(moves.at(i).second)))
            continue;
        for (qsizetype j = i - 1; j >= 0; --j)
            QFile::rename(dir.filePath(moves.at(j).second), dir.filePath(moves.at(j).first));
        const QString failed = QStringLiteral("restore-failed-%1.db").arg(stamp);
        QFile::rename(dir.filePath(kPendingDb), dir.filePath(failed));
        QFile::remove(dir.filePath(kPendingPepper));
        outcome.error = tr("The restore could not replace the workspace (%1 could not be moved); the workspace is "
                           "unchanged and the backup is kept as %2.")
                            .arg(moves.at(i).first, QDir::toNativeSeparators(dir.filePath(failed)));
        return outcome;
    }
    // Derived from the replaced database; rebuilt from the restored one at open.
    QFile::remove(dir.filePath(QStringLiteral("projection.snapshot")));
    outcome.applied = true;
    if (moves.first().first == kDatabase)
        outcome.keptAs = QDir::toNativeSeparators(dir.filePath(kept));
    return outcome;
}

} // namespace pulse
