#include "pages/settings/DataFolderSettingsPanel.h"

#include "storage/WorkspaceBackup.h"
#include "widgets/PageFrame.h"
#include "widgets/Theme.h"
#include "workspace/DesktopSettings.h"
#include "workspace/FutureWatch.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QDate>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pulse::ui {

namespace {

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, theme::muted(palette));
    label->setPalette(palette);
    return label;
}

// An explanation under its radio button, lined up with the button's text.
QLabel *indented(const QString &text, QWidget *parent)
{
    QLabel *label = mutedLabel(text, parent);
    label->setContentsMargins(label->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
            + label->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing),
        0, 0, 0);
    return label;
}

} // namespace

DataFolderSettingsPanel::DataFolderSettingsPanel(const QString &dataDir, bool durableNow, QWidget *parent)
    : QWidget(parent),
      m_dataDir(dataDir),
      m_durableNow(durableNow),
      m_path(new QLabel(QDir::toNativeSeparators(dataDir), this)),
      m_size(new QLabel(this)),
      m_open(new QPushButton(tr("Open"), this)),
      m_backUp(new QPushButton(tr("Back up…"), this)),
      m_restore(new QPushButton(tr("Restore…"), this)),
      m_progress(new QProgressBar(this)),
      m_message(new QLabel(this)),
      m_fast(new QRadioButton(tr("Fast (recommended)"), this)),
      m_durable(new QRadioButton(tr("Durable"), this)),
      m_durabilityNote(new QLabel(this)),
      m_restart(new QPushButton(tr("Restart now"), this)),
      m_pepperPlace(new QLabel(this)),
      m_copyPepper(new QPushButton(tr("Copy the pepper"), this)),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(frame::sectionTitle(tr("Data folder"), this));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_open);
    layout->addLayout(pathRow);
    layout->addWidget(m_size);

    layout->addSpacing(8);
    layout->addWidget(frame::sectionTitle(tr("Backup"), this));
    layout->addWidget(mutedLabel(tr("A backup is one file holding every site, event, key and setting of the workspace, "
                                    "taken while events keep arriving. It also holds the pepper that API keys are "
                                    "checked with, so keep it as private as the data folder."),
        this));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_progress->setVisible(false);
    m_progress->setRange(0, 1000);
    layout->addWidget(m_progress);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    layout->addSpacing(8);
    layout->addWidget(frame::sectionTitle(tr("API-key pepper"), this));
    m_pepperPlace->setWordWrap(true);
    m_pepperPlace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *pepperRow = new QHBoxLayout;
    pepperRow->addWidget(m_pepperPlace, 1);
    pepperRow->addWidget(m_copyPepper, 0, Qt::AlignTop);
    layout->addLayout(pepperRow);

    layout->addSpacing(8);
    layout->addWidget(frame::sectionTitle(tr("Durability"), this));
    auto *group = new QButtonGroup(this);
    group->addButton(m_fast);
    group->addButton(m_durable);
    layout->addWidget(m_fast);
    layout->addWidget(indented(tr("Never corrupts the workspace. A crash of Pulse or of the system loses nothing; a "
                                  "power cut can lose the last commits before it."),
        this));
    layout->addWidget(m_durable);
    layout->addWidget(indented(tr("Waits for the disk at every commit, so even a power cut loses nothing that was "
                                  "stored, at some cost in speed when many events arrive."),
        this));
    m_durabilityNote->setWordWrap(true);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_durabilityNote, 1);
    noteRow->addWidget(m_restart);
    layout->addLayout(noteRow);
    layout->addStretch(1);

    (settings::durable() ? m_durable : m_fast)->setChecked(true);
    connect(m_open, &QPushButton::clicked, this, &DataFolderSettingsPanel::openFolder);
    connect(m_backUp, &QPushButton::clicked, this, &DataFolderSettingsPanel::backUp);
    connect(m_restore, &QPushButton::clicked, this, &DataFolderSettingsPanel::restore);
    connect(m_fast, &QRadioButton::toggled, this, &DataFolderSettingsPanel::chooseDurability);
    connect(m_restart, &QPushButton::clicked, this, &DataFolderSettingsPanel::restartRequested);
    connect(m_copyPepper, &QPushButton::clicked, this, &DataFolderSettingsPanel::copyPepper);
    chooseDurability();
    refreshSize();
    setPepper(PepperChoice {});
}

DataFolderSettingsPanel::~DataFolderSettingsPanel()
{
    m_cancel->store(true);
    m_backupJob.waitForFinished();
    m_restoreJob.waitForFinished();
}

QString DataFolderSettingsPanel::defaultBackupName(const QDate &date)
{
    return QStringLiteral("pulse-backup-%1.pulsebackup").arg(date.toString(Qt::ISODate));
}

void DataFolderSettingsPanel::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDir));
}

void DataFolderSettingsPanel::refreshSize()
{
    const QString database = QDir(m_dataDir).filePath(QStringLiteral("pulse.db"));
    const qint64 bytes = QFileInfo(database).size() + QFileInfo(database + QStringLiteral("-wal")).size();
    m_size->setText(tr("Database: %1").arg(QLocale().formattedDataSize(bytes)));
}

void DataFolderSettingsPanel::setPepper(const PepperChoice &pepper)
{
    m_pepper = pepper;
    const QString file = QDir::toNativeSeparators(QDir(m_dataDir).filePath(QStringLiteral("pepper")));
    QString text;
    switch (pepper.place) {
    case PepperChoice::Place::Keychain:
        text = tr("The secret that API keys are checked with is kept in the system keychain (entry %1), not in "
                  "the data folder. To run pulse-server on this folder, copy it and set PULSE_PEPPER to it.")
                   .arg(pepper.entry);
        break;
    case PepperChoice::Place::File:
        text = tr("The secret that API keys are checked with is kept in %1, readable by you alone.").arg(file);
        if (!pepper.note.isEmpty())
            text += QLatin1Char(' ')
                + tr("It moves into the system keychain at a start where the keychain answers; this time: %1")
                      .arg(pepper.note);
        break;
    case PepperChoice::Place::Environment:
        text = tr("The secret that API keys are checked with comes from the PULSE_PEPPER environment variable.");
        break;
    }
    m_pepperPlace->setText(text);
    m_copyPepper->setVisible(pepper.place == PepperChoice::Place::Keychain && !pepper.pepper.isEmpty());
}

void DataFolderSettingsPanel::copyPepper()
{
    if (m_pepper.place != PepperChoice::Place::Keychain || m_pepper.pepper.isEmpty())
        return;
    // "base64:…": the pepper's bytes are not text, and PULSE_PEPPER takes either form.
    const QString value = QStringLiteral("base64:") + QString::fromLatin1(m_pepper.pepper.toBase64());
    QGuiApplication::clipboard()->setText(value);
    m_message->setText(tr("The pepper is on the clipboard. Start pulse-server on this folder with the environment "
                          "variable PULSE_PEPPER set to it, and keep it as private as a key."));
}

void DataFolderSettingsPanel::setBusy(bool busy, const QString &what)
{
    m_backUp->setEnabled(!busy);
    m_restore->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_progress->setFormat(what + QStringLiteral(" %p%"));
    if (busy)
        m_message->clear();
}

void DataFolderSettingsPanel::showProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void DataFolderSettingsPanel::backUp()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up the workspace"),
        QDir(folder).filePath(defaultBackupName(QDate::currentDate())),
        tr("Pulse backups (*.pulsebackup);;All files (*)"));
    if (!file.isEmpty())
        backUpTo(file);
}

void DataFolderSettingsPanel::backUpTo(const QString &file)
{
    if (isBusy())
        return;
    setBusy(true, tr("Backing up"));
    const QString dataDir = m_dataDir;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray pepper = m_pepper.place == PepperChoice::Place::Keychain ? m_pepper.pepper : QByteArray();
    m_backupJob = QtConcurrent::run([this, dataDir, file, cancel, nowMs, pepper] {
        return WorkspaceBackup::backUp(
            dataDir, file,
            [this, cancel](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
                return !cancel->load();
            },
            nowMs, pepper);
    });
    whenFinished(this, m_backupJob, [this, file](const QString &error) {
        setBusy(false, QString());
        if (error.isEmpty()) {
            m_message->setText(
                tr("Backed up to %1 (%2).")
                    .arg(QDir::toNativeSeparators(file), QLocale().formattedDataSize(QFileInfo(file).size())));
        } else {
            m_message->setText(error);
        }
        refreshSize();
        Q_EMIT backupFinished(error);
    });
}

void DataFolderSettingsPanel::restore()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore the workspace from a backup"), folder,
        tr("Pulse backups (*.pulsebackup *.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        restoreFrom(file);
}

void DataFolderSettingsPanel::restoreFrom(const QString &file)
{
    if (isBusy())
        return;
    setBusy(true, tr("Checking the backup"));
    const QString dataDir = m_dataDir;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_restoreJob = QtConcurrent::run([this, dataDir, file, cancel] {
        BackupSummary summary;
        const QString error
            = WorkspaceBackup::prepareRestore(file, dataDir, &summary, [this, cancel](qint64 done, qint64 total) {
                  QMetaObject::invokeMethod(
                      this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
                  return !cancel->load();
              });
        if (!error.isEmpty())
            return QStringList { error };
        QString created;
        if (summary.createdAtMs > 0)
            created = QLocale().toString(QDateTime::fromMSecsSinceEpoch(summary.createdAtMs), QLocale::ShortFormat);
        return QStringList { QString(), QString::number(summary.sites), QString::number(summary.events), created,
            summary.hasPepper ? QStringLiteral("1") : QString() };
    });
    whenFinished(this, m_restoreJob, [this, file](const QStringList &result) {
        setBusy(false, QString());
        if (!result.value(0).isEmpty()) {
            m_message->setText(result.value(0));
            Q_EMIT restoreChecked(result.value(0));
            return;
        }
        Q_EMIT restoreChecked(QString());
        const QLocale locale;
        QString summary
            = tr("Sites: %1, events: %2.")
                  .arg(locale.toString(result.value(1).toLongLong()), locale.toString(result.value(2).toLongLong()));
        if (!result.value(3).isEmpty())
            summary += QLatin1Char(' ') + tr("Backed up on %1.").arg(result.value(3));
        if (result.value(4).isEmpty())
            summary += QLatin1Char(' ')
                + tr("It carries no pepper: API keys made before it keep working only if this data folder "
                     "already has the same pepper.");
        confirmRestore(file, summary);
    });
}

void DataFolderSettingsPanel::confirmRestore(const QString &file, const QString &summary)
{
    const QString text
        = tr("Restore the workspace from %1?\n\n%2\n\nThe workbench will restart to swap it in. The current database "
             "is kept in %3 as pulse-before-restore-<date and time>.db, so nothing is lost.")
              .arg(QDir::toNativeSeparators(file), summary, QDir::toNativeSeparators(m_dataDir));
    const bool confirmed = m_confirm ? m_confirm(text)
                                     : QMessageBox::question(this, tr("Restore the workspace"), text,
                                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    if (!confirmed) {
        WorkspaceBackup::discardRestore(m_dataDir);
        m_message->setText(tr("Restore cancelled; nothing was changed."));
        return;
    }
    const QString error = WorkspaceBackup::commitRestore(m_dataDir);
    if (!error.isEmpty()) {
        m_message->setText(error);
        return;
    }
    m_message->setText(tr("The restore is ready; the workbench restarts to swap it in."));
    Q_EMIT restartRequested();
}

void DataFolderSettingsPanel::chooseDurability()
{
    const bool durable = m_durable->isChecked();
    settings::setDurable(durable);
    const bool pending = durable != m_durableNow;
    if (pending)
        m_durabilityNote->setText(durable ? tr("Durable applies at the next start; until then commits are fast.")
                                          : tr("Fast applies at the next start; until then commits are durable."));
    else
        m_durabilityNote->setText(durable ? tr("Commits are durable now.") : tr("Commits are fast now."));
    m_restart->setVisible(pending);
}

} // namespace pulse::ui
