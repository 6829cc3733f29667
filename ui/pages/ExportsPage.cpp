#include "pages/ExportsPage.h"

#include "pages/ExportScheduleDialog.h"
#include "widgets/ExportTargetPicker.h"
#include "widgets/ListTable.h"
#include "widgets/PageFrame.h"
#include "workspace/FutureWatch.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {

constexpr int kExportPollMs = 500;

QString jobState(const ExportJob &job)
{
    switch (job.state) {
    case ExportJob::State::Queued:
        return ExportsPage::tr("Queued");
    case ExportJob::State::Running:
        return ExportsPage::tr("Writing…");
    case ExportJob::State::Completed:
        return ExportsPage::tr("Done");
    case ExportJob::State::Failed:
        return ExportsPage::tr("Failed: %1").arg(job.error);
    case ExportJob::State::Cancelled:
        return ExportsPage::tr("Cancelled");
    }
    return QString();
}

QString when(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString cadenceText(const ExportSchedule &s)
{
    const QString time = QTime(s.minuteOfDay / 60, s.minuteOfDay % 60).toString(QStringLiteral("HH:mm"));
    switch (s.cadence) {
    case ExportSchedule::Cadence::Daily:
        return ExportsPage::tr("Daily at %1").arg(time);
    case ExportSchedule::Cadence::Weekly:
        return ExportsPage::tr("%1s at %2").arg(QLocale().dayName(s.weekday), time);
    case ExportSchedule::Cadence::Monthly:
        return ExportsPage::tr("Monthly on day %1 at %2").arg(s.monthDay).arg(time);
    }
    return QString();
}

QString formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("CSV");
    case ExportFormat::Ndjson:
        return QStringLiteral("NDJSON");
    case ExportFormat::Json:
        return QStringLiteral("JSON");
    }
    return QString();
}

} // namespace

ExportsPage::ExportsPage(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_target(new ExportTargetPicker(client, this)),
      m_rangeLabel(new QLabel(this)),
      m_export(new QPushButton(tr("E&xport"), this)),
      m_message(new QLabel(this)),
      m_jobTable(listTable(
          { tr("Started"), tr("What"), tr("Format"), tr("State"), tr("Rows"), tr("Size"), tr("File") }, this)),
      m_folderLabel(new QLabel(this)),
      m_openFile(new QPushButton(tr("&Open file"), this)),
      m_openFolder(new QPushButton(tr("Show &folder"), this)),
      m_cancel(new QPushButton(tr("&Cancel export"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)),
      m_scheduleTable(listTable(
          { tr("Name"), tr("What"), tr("When"), tr("Keeps"), tr("Folder"), tr("Next run"), tr("Last run") }, this)),
      m_newSchedule(new QPushButton(tr("&New schedule…"), this)),
      m_editSchedule(new QPushButton(tr("&Edit…"), this)),
      m_runSchedule(new QPushButton(tr("&Run now"), this)),
      m_deleteSchedule(new QPushButton(tr("De&lete schedule"), this))
{
    m_message->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setDefault(true);

    auto *now = new QGroupBox(tr("Export now"), this);
    auto *nowLayout = new QHBoxLayout(now);
    nowLayout->addWidget(m_target);
    auto *nowSide = new QVBoxLayout;
    nowSide->addWidget(m_rangeLabel);
    nowSide->addWidget(m_export, 0, Qt::AlignLeft);
    nowSide->addStretch(1);
    nowLayout->addLayout(nowSide, 1);

    auto *history = new QGroupBox(tr("Exports"), this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_jobTable, 1);
    auto *jobButtons = new QHBoxLayout;
    jobButtons->addWidget(m_openFile);
    jobButtons->addWidget(m_openFolder);
    jobButtons->addWidget(m_cancel);
    jobButtons->addWidget(m_delete);
    jobButtons->addStretch(1);
    historyLayout->addLayout(jobButtons);
    historyLayout->addWidget(m_folderLabel);

    auto *schedules = new QGroupBox(tr("Scheduled exports"), this);
    auto *scheduleLayout = new QVBoxLayout(schedules);
    scheduleLayout->addWidget(m_scheduleTable, 1);
    auto *scheduleButtons = new QHBoxLayout;
    scheduleButtons->addWidget(m_newSchedule);
    scheduleButtons->addWidget(m_editSchedule);
    scheduleButtons->addWidget(m_runSchedule);
    scheduleButtons->addWidget(m_deleteSchedule);
    scheduleButtons->addStretch(1);
    scheduleLayout->addLayout(scheduleButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(now);
    layout->addWidget(m_message);
    layout->addWidget(history, 3);
    layout->addWidget(schedules, 2);

    m_poll.setInterval(kExportPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ExportsPage::loadJobs);
    connect(m_export, &QPushButton::clicked, this, &ExportsPage::exportNow);
    connect(m_openFile, &QPushButton::clicked, this, &ExportsPage::openSelectedFile);
    connect(m_openFolder, &QPushButton::clicked, this, &ExportsPage::openFolder);
    connect(m_cancel, &QPushButton::clicked, this, &ExportsPage::cancelSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const std::optional<ExportJob> job = selectedJob();
        if (!job)
            return;
        const auto answer = QMessageBox::question(this, tr("Delete export"),
            job->fileName.isEmpty() ? tr("Delete this export from the list?")
                                    : tr("Delete this export and its file %1?").arg(job->fileName));
        if (answer == QMessageBox::Yes)
            deleteSelected();
    });
    connect(m_newSchedule, &QPushButton::clicked, this, [this] {
        if (ExportScheduleDialog *dialog = newSchedule())
            dialog->open();
    });
    connect(m_editSchedule, &QPushButton::clicked, this, [this] {
        if (ExportScheduleDialog *dialog = editSelectedSchedule())
            dialog->open();
    });
    connect(m_runSchedule, &QPushButton::clicked, this, &ExportsPage::runSelectedSchedule);
    connect(m_deleteSchedule, &QPushButton::clicked, this, [this] {
        const std::optional<ExportSchedule> schedule = selectedSchedule();
        if (schedule
            && QMessageBox::question(
                   this, tr("Delete schedule"), tr("Delete the schedule %1? Files it wrote stay.").arg(schedule->name))
                == QMessageBox::Yes)
            deleteSelectedSchedule();
    });
    connect(m_jobTable, &QTableWidget::itemSelectionChanged, this, &ExportsPage::updateButtons);
    connect(m_scheduleTable, &QTableWidget::itemSelectionChanged, this, &ExportsPage::updateButtons);
    connect(m_jobTable, &QTableWidget::itemDoubleClicked, this, &ExportsPage::openSelectedFile);
    connect(&m_client, &WorkspaceClient::jobsChanged, this, [this](qint64 siteId) {
        if (m_site && m_site->id == siteId)
            loadJobs();
    });
    connect(&m_client, &WorkspaceClient::exportSchedulesChanged, this, [this](qint64 siteId) {
        if (m_site && m_site->id == siteId)
            loadSchedules();
    });
    updateButtons();
}

void ExportsPage::setContext(const std::optional<Site> &site, const DateRange &range)
{
    const bool siteChanged = site.has_value() != m_site.has_value() || (site && m_site && site->id != m_site->id);
    m_site = site;
    m_range = range;
    m_rangeLabel->setText(tr("Date range: %1 (change it at the top of the window)").arg(range.label()));
    m_export->setEnabled(site.has_value());
    m_newSchedule->setEnabled(site.has_value());
    if (siteChanged) {
        m_target->setSite(site);
        refresh();
    }
}

void ExportsPage::refresh()
{
    loadJobs();
    loadSchedules();
}

void ExportsPage::loadJobs()
{
    if (!m_site) {
        m_jobs.clear();
        showJobs();
        return;
    }
    const qint64 siteId = m_site->id;
    whenFinished(this, m_client.exportJobs(siteId), [this, siteId](const ExportJobsReply &reply) {
        if (!m_site || m_site->id != siteId)
            return;
        if (!reply.ok()) {
            m_message->setText(reply.error);
            m_poll.stop();
            return;
        }
        m_jobs = reply.jobs;
        m_folder = reply.folder;
        showJobs();
        const bool active
            = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const ExportJob &j) { return !j.isFinished(); });
        if (active && !m_poll.isActive())
            m_poll.start();
        else if (!active)
            m_poll.stop();
        Q_EMIT jobsLoaded();
    });
}

void ExportsPage::loadSchedules()
{
    if (!m_site) {
        m_schedules.clear();
        showSchedules();
        return;
    }
    const qint64 siteId = m_site->id;
    whenFinished(this, m_client.exportSchedules(siteId), [this, siteId](const ExportSchedulesReply &reply) {
        if (!m_site || m_site->id != siteId)
            return;
        if (!reply.ok()) {
            m_message->setText(reply.error);
            return;
        }
        m_schedules = reply.schedules;
        showSchedules();
        Q_EMIT schedulesLoaded();
    });
}

void ExportsPage::showJobs()
{
    const std::optional<ExportJob> selected = selectedJob();
    const QSignalBlocker blocker(m_jobTable);
    m_jobTable->setRowCount(int(m_jobs.size()));
    const QLocale locale;
    for (int row = 0; row < m_jobs.size(); ++row) {
        const ExportJob &job = m_jobs.at(row);
        m_jobTable->setItem(row, 0, listCell(when(job.startedAtMs > 0 ? job.startedAtMs : job.createdAtMs)));
        m_jobTable->setItem(row, 1, listCell(ExportTargetPicker::describe(job.request)));
        m_jobTable->setItem(row, 2, listCell(formatName(job.request.format)));
        m_jobTable->setItem(row, 3, listCell(jobState(job)));
        m_jobTable->setItem(row, 4, listCell(locale.toString(job.rows), true));
        m_jobTable->setItem(row, 5, listCell(job.bytes > 0 ? locale.formattedDataSize(job.bytes) : QString(), true));
        m_jobTable->setItem(row, 6, listCell(job.fileName));
        if (selected && selected->id == job.id)
            m_jobTable->selectRow(row);
    }
    m_jobTable->resizeColumnsToContents();
    m_folderLabel->setText(
        m_folder.isEmpty() ? QString() : tr("Exports are written to %1").arg(QDir::toNativeSeparators(m_folder)));
    updateButtons();
}

void ExportsPage::showSchedules()
{
    const std::optional<ExportSchedule> selected = selectedSchedule();
    const QSignalBlocker blocker(m_scheduleTable);
    m_scheduleTable->setRowCount(int(m_schedules.size()));
    for (int row = 0; row < m_schedules.size(); ++row) {
        const ExportSchedule &s = m_schedules.at(row);
        m_scheduleTable->setItem(row, 0, listCell(s.enabled ? s.name : tr("%1 (paused)").arg(s.name)));
        m_scheduleTable->setItem(
            row, 1, listCell(tr("%1, %2").arg(ExportTargetPicker::describe(s.request), formatName(s.request.format))));
        m_scheduleTable->setItem(row, 2, listCell(cadenceText(s)));
        m_scheduleTable->setItem(row, 3, listCell(s.keepLast == 1 ? tr("1 file") : tr("%1 files").arg(s.keepLast)));
        m_scheduleTable->setItem(
            row, 4, listCell(s.folder.isEmpty() ? tr("Exports folder") : QDir::toNativeSeparators(s.folder)));
        m_scheduleTable->setItem(row, 5, listCell(s.enabled ? when(s.nextRunAtMs) : QString()));
        m_scheduleTable->setItem(row, 6, listCell(s.lastRunAtMs > 0 ? when(s.lastRunAtMs) : tr("Never")));
        if (selected && selected->id == s.id)
            m_scheduleTable->selectRow(row);
    }
    m_scheduleTable->resizeColumnsToContents();
    updateButtons();
}

std::optional<ExportJob> ExportsPage::selectedJob() const
{
    const int row = m_jobTable->currentRow();
    if (row < 0 || row >= m_jobs.size() || m_jobTable->selectedItems().isEmpty())
        return std::nullopt;
    return m_jobs.at(row);
}

std::optional<ExportSchedule> ExportsPage::selectedSchedule() const
{
    const int row = m_scheduleTable->currentRow();
    if (row < 0 || row >= m_schedules.size() || m_scheduleTable->selectedItems().isEmpty())
        return std::nullopt;
    return m_schedules.at(row);
}

void ExportsPage::updateButtons()
{
    const std::optional<ExportJob> job = selectedJob();
    m_openFile->setEnabled(job && job->state == ExportJob::State::Completed && !job->fileName.isEmpty());
    m_openFolder->setEnabled(!m_folder.isEmpty());
    m_cancel->setEnabled(job && !job->isFinished());
    m_delete->setEnabled(job && job->isFinished());
    const bool schedule = selectedSchedule().has_value();
    m_editSchedule->setEnabled(schedule);
    m_runSchedule->setEnabled(schedule);
    m_deleteSchedule->setEnabled(schedule);
}

void ExportsPage::finish(const QString &error)
{
    m_message->setText(error);
    Q_EMIT actionFinished(error);
}

void ExportsPage::exportNow()
{
    QString error;
    const std::optional<ExportRequest> request = m_target->request(m_range, &error);
    if (!request) {
        finish(error);
        return;
    }
    m_export->setEnabled(false);
    whenFinished(this, m_client.startExport(*request), [this](const ExportJobReply &reply) {
        m_export->setEnabled(m_site.has_value());
        finish(reply.ok() ? tr("Export queued; it appears below when written.") : reply.error);
        if (reply.ok())
            loadJobs();
    });
}

void ExportsPage::openSelectedFile()
{
    const std::optional<ExportJob> job = selectedJob();
    if (!job || job->fileName.isEmpty() || !m_site)
        return;
    // Where the file is on this computer: a server's export is downloaded first.
    whenFinished(this, m_client.exportFile(m_site->id, job->id), [this](const ExportJobReply &reply) {
        if (!reply.ok()) {
            finish(reply.error);
            return;
        }
        if (!QFileInfo::exists(reply.filePath)) {
            finish(tr("%1 is no longer there; it may have been moved or deleted.")
                       .arg(QDir::toNativeSeparators(reply.filePath)));
            return;
        }
        if (!m_openUrl(QUrl::fromLocalFile(reply.filePath)))
            finish(tr("No application opens %1; open it from the folder.").arg(reply.job.fileName));
    });
}

void ExportsPage::openFolder()
{
    const std::optional<ExportJob> job = selectedJob();
    const QString folder = job && !job->folder.isEmpty() ? job->folder : m_folder;
    if (!folder.isEmpty() && !m_openUrl(QUrl::fromLocalFile(folder)))
        finish(tr("The folder %1 could not be opened.").arg(QDir::toNativeSeparators(folder)));
}

void ExportsPage::cancelSelected()
{
    const std::optional<ExportJob> job = selectedJob();
    if (!job || !m_site)
        return;
    whenFinished(this, m_client.cancelExport(m_site->id, job->id),
        [this](const ExportJobReply &reply) { finish(reply.ok() ? QString() : reply.error); });
}

void ExportsPage::deleteSelected()
{
    const std::optional<ExportJob> job = selectedJob();
    if (!job || !m_site)
        return;
    whenFinished(this, m_client.deleteExport(m_site->id, job->id),
        [this](const ExportJobReply &reply) { finish(reply.ok() ? QString() : reply.error); });
}

ExportScheduleDialog *ExportsPage::newSchedule()
{
    if (!m_site)
        return nullptr;
    auto *dialog = new ExportScheduleDialog(m_client, *m_site, std::nullopt, m_folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

ExportScheduleDialog *ExportsPage::editSelectedSchedule()
{
    const std::optional<ExportSchedule> schedule = selectedSchedule();
    if (!m_site || !schedule)
        return nullptr;
    auto *dialog = new ExportScheduleDialog(m_client, *m_site, schedule, m_folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void ExportsPage::runSelectedSchedule()
{
    const std::optional<ExportSchedule> schedule = selectedSchedule();
    if (!schedule || !m_site)
        return;
    whenFinished(this, m_client.runExportSchedule(m_site->id, schedule->id), [this](const ExportJobReply &reply) {
        finish(reply.ok() ? tr("Export queued; it appears above when written.") : reply.error);
    });
}

void ExportsPage::deleteSelectedSchedule()
{
    const std::optional<ExportSchedule> schedule = selectedSchedule();
    if (!schedule || !m_site)
        return;
    whenFinished(this, m_client.deleteExportSchedule(m_site->id, schedule->id),
        [this](const ExportScheduleReply &reply) { finish(reply.ok() ? QString() : reply.error); });
}

} // namespace pulse::ui
