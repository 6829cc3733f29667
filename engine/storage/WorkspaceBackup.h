// Backup and restore of a workspace (docs/backup.md). A backup is one SQLite file: a consistent
// snapshot of pulse.db taken with SQLite's online backup API while the writer keeps committing, plus a
// pulse_backup table holding the pepper (so API keys keep verifying) and when it was made. A restore
// is checked and staged in the data folder, and swapped in by Workspace::open at the next start,
// before anything opens the database; the replaced database is kept beside it under a dated name.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace pulse {

class Clock;

struct BackupSummary {
    int schemaVersion = 0;
    qint64 sites = 0;
    qint64 events = 0;
    qint64 createdAtMs = 0; // when the backup was made; 0 for a plain copy of pulse.db
    bool hasPepper = false;
};

// What the start did with a staged restore: nothing, a swap (keptAs names the replaced database),
// or a failure (error says why; the workspace opens unchanged and the staged file is set aside).
struct RestoreOutcome {
    bool applied = false;
    QString keptAs;
    QString error;
};

class WorkspaceBackup final {
    Q_DECLARE_TR_FUNCTIONS(pulse::WorkspaceBackup)
public:
    // Called with the bytes done and the total; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The name the staged restore has in the data folder until the next start swaps it in.
    static QString pendingRestorePath(const QString &dataDir);

    // Copies the workspace in dataDir to target (created owner-only: it holds the pepper) while the
    // writer keeps committing: the backup holds every commit made before it started. Writes to
    // target.part and renames at the end, so a failed or cancelled backup leaves no half file.
    // pepper: the workspace's pepper when it is not in dataDir's pepper file (the desktop keeps it in
    // the system keychain); empty: the file's. Returns an empty string on success, else what went wrong.
    static QString backUp(const QString &dataDir, const QString &target, const Progress &progress = {},
        qint64 nowMs = 0, const QByteArray &pepper = {});

    // Checks that file is a Pulse workspace this build can open: a SQLite database with the
    // workspace's tables, a schema no newer than this build's, and a clean integrity_check.
    // Returns an empty string and fills summary when it is, else a sentence saying what is wrong.
    static QString verify(const QString &file, BackupSummary *summary = nullptr);

    // Copies file into dataDir (owner-only), checks the copy and prepares it for the swap; it is
    // applied at the next start once commitRestore() is called. On refusal nothing is left behind.
    static QString prepareRestore(
        const QString &file, const QString &dataDir, BackupSummary *summary = nullptr, const Progress &progress = {});
    // Marks the prepared restore for the next start; discardRestore() removes it instead.
    static QString commitRestore(const QString &dataDir);
    static void discardRestore(const QString &dataDir);

    // Run by Workspace::open under the workspace lock, before the database is opened.
    static RestoreOutcome applyPendingRestore(const QString &dataDir, const Clock &clock);
};

} // namespace pulse
