#include "export/ExportJobs.h"

#include "core/Clock.h"
#include "export/Exporter.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"
#include "webhooks/WebhookOutbox.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QTimeZone>

#include <stdexcept>

namespace pulse {

ExportJobs::ExportJobs(Workspace &workspace) : m_workspace(workspace), m_store(workspace) { }

ExportJobs::~ExportJobs()
{
    stop();
}

QString ExportJobs::folder() const
{
    return QDir(m_workspace.dataDir()).filePath(QStringLiteral("exports"));
}

void ExportJobs::start()
{
    QDir().mkpath(folder());
    const QList<qint64> unfinished = m_store.unfinished();
    std::lock_guard lock(m_mutex);
    m_stopping = false;
    m_queue = unfinished;
    m_thread = std::thread([this] { run(); });
}

void ExportJobs::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

std::optional<ExportJob> ExportJobs::submit(
    const ExportRequest &request, QString *error, const ExportPlacement &placement)
{
    const QString problem = request.validationError();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    ExportJob job;
    job.siteId = request.siteId;
    job.request = request;
    job.createdAtMs = m_workspace.clock().nowMs();
    job.scheduleId = placement.scheduleId;
    job.folder = placement.folder;
    job.keepLast = placement.keepLast;
    job = m_store.insert(job);
    {
        std::lock_guard lock(m_mutex);
        m_queue.append(job.id);
    }
    m_wake.notify_all();
    return job;
}

std::optional<ExportJob> ExportJobs::job(qint64 siteId, qint64 id) const
{
    std::optional<ExportJob> job = m_store.get(id);
    if (!job || job->siteId != siteId)
        return std::nullopt;
    std::lock_guard lock(m_mutex);
    if (job->state == ExportJob::State::Running && m_runningId == id)
        job->rows = m_runningRows;
    return job;
}

QList<ExportJob> ExportJobs::jobs(qint64 siteId, int limit) const
{
    QList<ExportJob> jobs = m_store.list(siteId, limit);
    std::lock_guard lock(m_mutex);
    for (ExportJob &job : jobs) {
        if (job.state == ExportJob::State::Running && m_runningId == job.id)
            job.rows = m_runningRows;
    }
    return jobs;
}

QString ExportJobs::filePath(const ExportJob &job) const
{
    if (job.state != ExportJob::State::Completed || job.fileName.isEmpty())
        return {};
    const QString path = QDir(folderOf(job)).filePath(job.fileName);
    return QFile::exists(path) ? path : QString();
}

ExportJobs::CancelResult ExportJobs::cancel(qint64 siteId, qint64 id)
{
    std::optional<ExportJob> job = m_store.get(id);
    if (!job || job->siteId != siteId)
        return CancelResult::NotFound;
    // Finished first: the worker stores a job's end before it lets go of the job (it still queues the
    // export.completed webhook), so a finished job can still be the running one.
    if (job->isFinished())
        return CancelResult::AlreadyFinished;
    {
        std::lock_guard lock(m_mutex);
        if (m_runningId == id) {
            m_cancelRunning = true;
            return CancelResult::Cancelling;
        }
        m_queue.removeAll(id);
    }
    job->state = ExportJob::State::Cancelled;
    job->finishedAtMs = m_workspace.clock().nowMs();
    m_store.finish(*job);
    return CancelResult::Cancelled;
}

bool ExportJobs::remove(qint64 siteId, qint64 id)
{
    std::optional<ExportJob> job = m_store.get(id);
    if (!job || job->siteId != siteId)
        return false;
    {
        std::lock_guard lock(m_mutex);
        if (m_runningId == id || m_queue.contains(id))
            return false;
    }
    if (!job->fileName.isEmpty())
        QFile::remove(QDir(folderOf(*job)).filePath(job->fileName));
    m_store.remove(id);
    return true;
}

void ExportJobs::setFinishedHook(std::function<void(const ExportJob &)> hook)
{
    std::lock_guard lock(m_mutex);
    m_finishedHook = std::move(hook);
}

QString ExportJobs::folderOf(const ExportJob &job) const
{
    return job.folder.isEmpty() ? folder() : job.folder;
}

void ExportJobs::prune(const ExportJob &job)
{
    for (const ExportJob &old : m_store.beyondKept(job.scheduleId, job.keepLast)) {
        if (!old.fileName.isEmpty())
            QFile::remove(QDir(folderOf(old)).filePath(old.fileName));
        m_store.remove(old.id);
    }
}

void ExportJobs::run()
{
    for (;;) {
        qint64 id = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.isEmpty(); });
            if (m_stopping)
                return;
            id = m_queue.takeFirst();
            m_runningId = id;
            m_runningRows = 0;
            m_cancelRunning = false;
        }
        runJob(id);
        std::lock_guard lock(m_mutex);
        m_runningId = 0;
    }
}

void ExportJobs::runJob(qint64 id)
{
    std::optional<ExportJob> stored = m_store.get(id);
    if (!stored)
        return;
    ExportJob job = *stored;
    const Clock &clock = m_workspace.clock();
    job.startedAtMs = clock.nowMs();
    m_store.markRunning(id, job.startedAtMs);

    // "events-site3-20240301-120000-17.csv": what, which site, when, and the job, so names never clash.
    const QString stamp
        = QDateTime::fromMSecsSinceEpoch(job.startedAtMs, QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString name = QStringLiteral("%1-site%2-%3-%4%5")
                             .arg(job.request.fileStem())
                             .arg(job.siteId)
                             .arg(stamp)
                             .arg(job.id)
                             .arg(ExportFormats::extension(job.request.format));
    QDir().mkpath(folderOf(job)); // a schedule's folder may have been removed since
    QSaveFile file(QDir(folderOf(job)).filePath(name));
    bool stoppedByShutdown = false;
    job.state = ExportJob::State::Failed;
    try {
        if (!file.open(QIODevice::WriteOnly))
            throw std::runtime_error(file.errorString().toStdString());
        const Exporter::Outcome outcome = Exporter::write(m_workspace, job.request, file, [&](qint64 rows) {
            std::lock_guard lock(m_mutex);
            m_runningRows = rows;
            stoppedByShutdown = m_stopping;
            return !m_cancelRunning && !m_stopping;
        });
        job.rows = outcome.rows;
        job.bytes = outcome.bytes;
        if (!outcome.error.isEmpty()) {
            job.error = QStringLiteral("Could not write the export: %1").arg(outcome.error);
            file.cancelWriting();
        } else if (outcome.cancelled) {
            job.state = ExportJob::State::Cancelled;
            file.cancelWriting();
        } else if (!file.commit()) {
            job.error = QStringLiteral("Could not write the export: %1").arg(file.errorString());
        } else {
            job.state = ExportJob::State::Completed;
            job.fileName = name;
        }
    } catch (const std::invalid_argument &e) {
        job.error = QString::fromUtf8(e.what());
    } catch (const std::exception &e) {
        job.error = QStringLiteral("The export failed: %1").arg(QString::fromUtf8(e.what()));
    }
    if (job.state != ExportJob::State::Completed)
        file.cancelWriting();
    if (stoppedByShutdown)
        return; // stays "running": the next start() writes it again
    job.finishedAtMs = clock.nowMs();
    m_store.finish(job);
    if (job.state == ExportJob::State::Completed && job.scheduleId > 0 && job.keepLast > 0)
        prune(job);
    if (job.state == ExportJob::State::Completed) {
        // After the job's end is stored: a receiver that asks for the job (and its download link,
        // GET /api/v1/exports/{id}) sees it completed.
        try {
            m_workspace.webhooks().enqueue(job.siteId, QStringLiteral("export.completed"), job.toJson());
        } catch (const std::exception &e) {
            qWarning("export %lld: the export.completed webhook was not queued: %s", static_cast<long long>(job.id),
                e.what());
        }
    }
    std::function<void(const ExportJob &)> hook;
    {
        std::lock_guard lock(m_mutex);
        hook = m_finishedHook;
    }
    if (hook)
        hook(job);
}

} // namespace pulse
