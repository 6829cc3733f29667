#include "import/ImportJobs.h"

#include "access/SiteStore.h"
#include "core/Clock.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"
#include "webhooks/WebhookOutbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <stdexcept>

namespace pulse {

namespace {

const QString kFolder = QStringLiteral("imports");

// A run's counts on top of what earlier runs of the job settled.
ImportJob addCounts(
    ImportJob job, qint64 rowsRead, qint64 imported, qint64 duplicates, qint64 rejected, qint64 notListed)
{
    job.rowsRead += rowsRead;
    job.rowsImported += imported;
    job.duplicates += duplicates;
    job.rowsRejected += rejected;
    job.rejectionsNotListed += notListed;
    return job;
}

} // namespace

struct ImportJobs::Live {
    qint64 jobId = 0;
    ImportJob base; // as stored when this run began: what earlier runs settled
    ImportProgress progress; // this run's
    qint64 runStartMs = 0;
    EventImporter *importer = nullptr; // set once the run has one
    bool cancelRequested = false;
};

ImportJobs::ImportJobs(Workspace &workspace, int batchRows)
    : m_workspace(workspace), m_store(workspace), m_batchRows(batchRows)
{
}

ImportJobs::~ImportJobs()
{
    stop();
}

QString ImportJobs::uploadFolder() const
{
    return QDir(m_workspace.dataDir()).filePath(kFolder);
}

QString ImportJobs::absolutePath(const QString &relative) const
{
    return QDir(m_workspace.dataDir()).filePath(relative);
}

void ImportJobs::start()
{
    if (m_thread.joinable())
        return;
    QDir().mkpath(uploadFolder());
    const QList<qint64> unfinished = m_store.unfinished();
    QSet<QString> kept;
    for (qint64 id : unfinished) {
        if (const std::optional<ImportJob> job = m_store.get(id))
            kept.insert(QFileInfo(absolutePath(job->uploadPath)).fileName());
    }
    // Partial uploads of a server that stopped mid-request, and files of jobs whose end was stored
    // just before the file could be deleted.
    const QStringList files = QDir(uploadFolder()).entryList(QDir::Files);
    for (const QString &file : files) {
        if (!kept.contains(file))
            QFile::remove(QDir(uploadFolder()).filePath(file));
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
        for (qint64 id : unfinished)
            m_queue.append(id);
    }
    m_thread = std::thread([this] { run(); });
}

void ImportJobs::requestStop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (m_live && m_live->importer)
            m_live->importer->cancel();
    }
    m_wake.notify_all();
}

void ImportJobs::stop()
{
    requestStop();
    if (m_thread.joinable())
        m_thread.join();
}

void ImportJobs::setCheckpointHook(std::function<void(qint64)> hook)
{
    std::lock_guard lock(m_mutex);
    m_checkpointHook = std::move(hook);
}

std::optional<ImportJob> ImportJobs::submit(const NewImportJob &request, const QString &uploadedFile, QString *error)
{
    ImportJob job;
    job.siteId = request.siteId;
    job.fileName = request.fileName;
    job.format = request.format;
    job.preset = request.preset;
    job.mapping = request.mapping;
    job.bytesTotal = QFileInfo(uploadedFile).size();
    job.createdAtMs = m_workspace.clock().nowMs();
    try {
        job = m_store.insert(job, [&](qint64 id) {
            const QString relative = kFolder + QStringLiteral("/%1.%2").arg(id).arg(ImportJob::formatName(job.format));
            if (!QFile::rename(uploadedFile, absolutePath(relative)))
                throw std::runtime_error(tr("the upload could not be moved to %1").arg(relative).toStdString());
            return relative;
        });
    } catch (const std::exception &e) {
        *error = tr("The import job could not be stored: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    {
        std::lock_guard lock(m_mutex);
        m_queue.append(job.id);
    }
    m_wake.notify_all();
    return job;
}

std::optional<ImportJob> ImportJobs::job(qint64 siteId, qint64 id) const
{
    std::optional<ImportJob> job = m_store.get(id);
    if (!job || job->siteId != siteId)
        return std::nullopt;
    return withLiveProgress(*job);
}

QList<ImportJob> ImportJobs::jobs(qint64 siteId, int limit) const
{
    QList<ImportJob> jobs = m_store.list(siteId, limit);
    for (ImportJob &job : jobs)
        job = withLiveProgress(job);
    return jobs;
}

ImportJob ImportJobs::withLiveProgress(ImportJob job) const
{
    std::lock_guard lock(m_mutex);
    // Between runs (no importer) the stored checkpoint is the truth.
    if (!m_live || m_live->jobId != job.id || !m_live->importer || job.isFinished())
        return job;
    const ImportProgress &p = m_live->progress;
    const ImportJob &base = m_live->base;
    job.rowsRead = base.rowsRead + p.rowsRead;
    job.rowsImported = base.rowsImported + p.rowsImported;
    job.duplicates = base.duplicates + p.duplicates;
    job.rowsRejected = base.rowsRejected + p.rowsRejected;
    job.state = ImportJob::State::Running;
    job.bytesDone = qMax(base.bytesDone, p.bytesRead);
    job.cancelRequested = m_live->cancelRequested;
    const qint64 elapsedMs = m_workspace.clock().nowMs() - m_live->runStartMs;
    if (elapsedMs > 0 && p.rowsRead > 0) {
        job.rowsPerSecond = double(p.rowsRead) * 1000.0 / double(elapsedMs);
        const double bytesPerMs = double(p.bytesRead) / double(elapsedMs);
        if (bytesPerMs > 0) {
            const double seconds = double(qMax<qint64>(0, job.bytesTotal - job.bytesDone)) / bytesPerMs / 1000.0;
            job.secondsLeft = qint64(qMin(seconds, 1e12)); // a crawl must not overflow the conversion
        }
    }
    return job;
}

ImportJobs::CancelResult ImportJobs::cancel(qint64 siteId, qint64 id)
{
    const std::optional<ImportJob> stored = m_store.get(id);
    if (!stored || stored->siteId != siteId)
        return CancelResult::NotFound;
    // Finished first: the worker stores a job's end before it lets go of the job (it still queues the
    // import.completed webhook), so a finished job can still be the live one.
    if (stored->isFinished())
        return CancelResult::AlreadyFinished;
    std::unique_lock lock(m_mutex);
    if (m_live && m_live->jobId == id) {
        m_live->cancelRequested = true;
        if (m_live->importer)
            m_live->importer->cancel();
        return CancelResult::Cancelling;
    }
    if (!m_queue.contains(id))
        return CancelResult::AlreadyFinished;
    m_queue.removeAll(id);
    lock.unlock();
    ImportJob job = *stored;
    job.state = ImportJob::State::Cancelled;
    m_store.finish(job, {}, m_workspace.clock().nowMs());
    QFile::remove(absolutePath(stored->uploadPath));
    return CancelResult::Cancelled;
}

void ImportJobs::run()
{
    for (;;) {
        qint64 id = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.isEmpty(); });
            if (m_stopping)
                return;
            id = m_queue.takeFirst();
            // Live from the moment it leaves the queue, so a cancel in between finds it.
            m_live = std::make_unique<Live>();
            m_live->jobId = id;
        }
        try {
            runJob(id);
        } catch (const std::exception &e) {
            qWarning("import job %lld stopped: %s", static_cast<long long>(id), e.what());
        }
        std::lock_guard lock(m_mutex);
        m_live.reset();
    }
}

void ImportJobs::runJob(qint64 id)
{
    const Clock &clock = m_workspace.clock();
    std::optional<ImportJob> stored = m_store.get(id);
    if (!stored || stored->isFinished())
        return;
    ImportJob job = *stored;
    const QString path = absolutePath(job.uploadPath);
    auto end = [&](ImportJob final, const QList<ImportRejection> &rejections) {
        m_store.finish(final, rejections, clock.nowMs());
        QFile::remove(path);
    };
    auto fail = [&](const QString &error) {
        ImportJob failed = job;
        failed.state = ImportJob::State::Failed;
        failed.error = error;
        end(failed, {});
    };
    {
        std::lock_guard lock(m_mutex);
        if (m_live->cancelRequested) {
            ImportJob cancelled = job;
            cancelled.state = ImportJob::State::Cancelled;
            end(cancelled, {});
            return;
        }
    }
    const std::optional<Site> site = m_workspace.sites().byId(job.siteId);
    if (!site)
        return fail(tr("The site of this import no longer exists."));
    if (job.uploadPath.isEmpty() || !QFileInfo::exists(path))
        return fail(tr("The uploaded file is gone from the data folder; upload it again."));
    ImportOptions options;
    options.format = job.format;
    options.batchRows = m_batchRows;
    options.resumeAfterRow = job.resumeRow;
    // A job's own mapping first: a saved preset's mapping is copied into the job when it is queued.
    if (!job.mapping.isEmpty()) {
        QString error;
        options.mapping = ImportMapping::fromJson(job.mapping, &error);
        if (!options.mapping)
            return fail(error);
    } else if (!job.preset.isEmpty()) {
        options.mapping = ImportMapping::preset(job.preset);
        if (!options.mapping)
            return fail(tr("There is no mapping preset named '%1'.").arg(job.preset));
    }

    EventImporter importer(m_workspace, *site, options);
    m_store.markRunning(id, clock.nowMs());
    ImportJob settled = job; // counts through the last checkpoint
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return; // stays running: the next start() resumes it
        m_live->base = job;
        m_live->runStartMs = clock.nowMs();
        m_live->importer = &importer;
        if (m_live->cancelRequested)
            importer.cancel();
    }
    importer.setProgressCallback([this](const ImportProgress &progress) {
        std::lock_guard lock(m_mutex);
        m_live->progress = progress;
    });
    importer.setCheckpointCallback([&](const ImportCheckpoint &checkpoint) {
        settled = addCounts(job, checkpoint.rowsRead, checkpoint.rowsImported, checkpoint.duplicates,
            checkpoint.rowsRejected, checkpoint.rejectionsNotListed);
        settled.resumeRow = checkpoint.row;
        std::function<void(qint64)> hook;
        {
            std::lock_guard lock(m_mutex);
            settled.bytesDone = qMax(job.bytesDone, m_live->progress.bytesRead);
            hook = m_checkpointHook;
        }
        m_store.recordCheckpoint(id, settled, checkpoint.rejections, clock.nowMs());
        if (hook)
            hook(id);
    });
    const ImportReport report = importer.importFile(path);

    bool cancelRequested = false;
    {
        std::lock_guard lock(m_mutex);
        m_live->importer = nullptr;
        cancelRequested = m_live->cancelRequested;
    }
    if (report.cancelled && !cancelRequested)
        return; // stopped with the server: stays running with its checkpoint, resumed by the next start()
    if (report.cancelled) {
        // What was committed stays; the rows after the last checkpoint were not stored.
        settled.state = ImportJob::State::Cancelled;
        end(settled, {});
        return;
    }
    ImportJob final = addCounts(
        job, report.rowsRead, report.rowsImported, report.duplicates, report.rowsRejected, report.rejectionsNotListed);
    final.bytesDone = report.bytesRead;
    final.resumeRow = settled.resumeRow;
    final.state = report.error.isEmpty() ? ImportJob::State::Completed : ImportJob::State::Failed;
    final.error = report.error;
    QList<ImportRejection> rest; // rejected after the last checkpoint: not stored yet
    for (const ImportRejection &r : report.rejections) {
        if (r.row > settled.resumeRow)
            rest.append(r);
    }
    end(final, rest);
    if (final.state == ImportJob::State::Completed) {
        // Stored after the job's end is: a receiver that asks for the job sees it completed.
        try {
            m_workspace.webhooks().enqueue(final.siteId, QStringLiteral("import.completed"), final.toJson());
        } catch (const std::exception &e) {
            qWarning("import job %lld: the import.completed webhook was not queued: %s", static_cast<long long>(id),
                e.what());
        }
    }
}

} // namespace pulse
