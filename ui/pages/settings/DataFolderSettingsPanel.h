// Settings > Data folder: where the workspace lives and how big its database is, Open, Back up…
// (off the GUI thread, with progress), Restore… (checked, confirmed, swapped in at a restart) and the
// durability choice (Fast or Durable, applied at the next start), and where the API-key pepper is
// kept (with Copy, for pulse-server on the same folder). docs/backup.md explains each.
#pragma once

#include "workspace/DesktopPepper.h"

#include <QFuture>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace pulse::ui {

class DataFolderSettingsPanel final : public QWidget {
    Q_OBJECT
public:
    // durableNow: whether the open workspace commits with synchronous=FULL.
    DataFolderSettingsPanel(const QString &dataDir, bool durableNow, QWidget *parent = nullptr);
    // Cancels a backup or restore check in flight and waits for it.
    ~DataFolderSettingsPanel() override;

    // "pulse-backup-2026-11-27.pulsebackup": a backup is one SQLite file; the extension says what it
    // is for and keeps file managers from opening it in a database tool by a double click.
    static QString defaultBackupName(const QDate &date);

    void openFolder();
    // Asks for a file, then backUpTo() it.
    void backUp();
    void backUpTo(const QString &file);
    // Asks for a file, then restoreFrom() it.
    void restore();
    // Copies and checks file off the GUI thread, asks for confirmation, then stages it and asks for a
    // restart (restartRequested). A refusal is shown under the buttons.
    void restoreFrom(const QString &file);
    // The question asked before a restore is staged; a QMessageBox unless replaced (tests).
    void setConfirmation(std::function<bool(const QString &text)> confirm) { m_confirm = std::move(confirm); }
    void refreshSize();
    // Where the workspace's pepper is; a pepper in the keychain goes into backups from here.
    void setPepper(const PepperChoice &pepper);
    // Puts the pepper (base64, as PULSE_PEPPER takes it) on the clipboard; only when it is in the
    // keychain, since a file or the environment already hand it to pulse-server.
    void copyPepper();
    bool isBusy() const { return m_backupJob.isRunning() || m_restoreJob.isRunning(); }

    QLabel *pathLabel() const { return m_path; }
    QLabel *sizeLabel() const { return m_size; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *backUpButton() const { return m_backUp; }
    QPushButton *restoreButton() const { return m_restore; }
    QRadioButton *fastButton() const { return m_fast; }
    QRadioButton *durableButton() const { return m_durable; }
    QLabel *durabilityNote() const { return m_durabilityNote; }
    QLabel *pepperLabel() const { return m_pepperPlace; }
    QPushButton *copyPepperButton() const { return m_copyPepper; }

Q_SIGNALS:
    void backupFinished(const QString &error);
    // The chosen file was checked: error says why it was refused, or is empty (confirmation follows).
    void restoreChecked(const QString &error);
    // A restore is staged, or the durability choice is to be applied now: the workbench restarts.
    void restartRequested();

private:
    void setBusy(bool busy, const QString &what);
    void showProgress(qint64 done, qint64 total);
    void confirmRestore(const QString &file, const QString &summary);
    void chooseDurability();

    QString m_dataDir;
    bool m_durableNow;
    QLabel *m_path;
    QLabel *m_size;
    QPushButton *m_open;
    QPushButton *m_backUp;
    QPushButton *m_restore;
    QProgressBar *m_progress;
    QLabel *m_message;
    QRadioButton *m_fast;
    QRadioButton *m_durable;
    QLabel *m_durabilityNote;
    QPushButton *m_restart;
    QLabel *m_pepperPlace;
    QPushButton *m_copyPepper;
    PepperChoice m_pepper;
    std::function<bool(const QString &)> m_confirm;
    QFuture<QString> m_backupJob;
    QFuture<QStringList> m_restoreJob; // the refusal, or empty and the confirmation's summary
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace pulse::ui
