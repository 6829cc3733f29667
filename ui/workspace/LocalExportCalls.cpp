// LocalWorkspaceClient's export calls (WorkspaceClient.h): jobs and schedules of the service's export
// queue, on the client's pool. Files are written by the queue's worker, never on the GUI thread.
#include "workspace/LocalWorkspaceClient.h"

#include "export/ExportJobs.h"
#include "export/ExportSchedules.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pulse::ui {

namespace {

QString exportsNotRunning()
{
    return LocalWorkspaceClient::tr("Exports are not running: the workspace's job queue did not start.");
}

ExportJobReply jobReply(const ExportJobs &exports, const ExportJob &job)
{
    return ExportJobReply { job, exports.filePath(job), QString() };
}

} // namespace

QFuture<ExportJobsReply> LocalWorkspaceClient::exportJobs(qint64 siteId)
{
    ExportJobs *exports = m_exports;
    return QtConcurrent::run(&m_pool, [exports, siteId] {
        ExportJobsReply reply;
        reply.siteId = siteId;
        if (!exports) {
            reply.error = exportsNotRunning();
            return reply;
        }
        try {
            reply.jobs = exports->jobs(siteId);
            reply.folder = exports->folder();
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<ExportJobReply> LocalWorkspaceClient::exportFile(qint64 siteId, qint64 id)
{
    ExportJobs *exports = m_exports;
    return QtConcurrent::run(&m_pool, [exports, siteId, id] {
        ExportJobReply reply;
        if (!exports) {
            reply.error = exportsNotRunning();
            return reply;
        }
        try {
            const std::optional<ExportJob> job = exports->job(siteId, id);
            if (!job || job->fileName.isEmpty())
                reply.error = tr("The export has no file; it may have been deleted meanwhile.");
            else
                reply = jobReply(*exports, *job);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<ExportJobReply> LocalWorkspaceClient::startExport(const ExportRequest &request)
{
    ExportJobs *exports = m_exports;
    QFuture<ExportJobReply> future = QtConcurrent::run(&m_pool, [exports, request] {
        ExportJobReply reply;
        if (!exports) {
            reply.error = exportsNotRunning();
            return reply;
        }
        try {
            if (std::optional<ExportJob> job = exports->submit(request, &reply.error))
                reply = jobReply(*exports, *job);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this, siteId = request.siteId](const ExportJobReply &reply) {
        if (reply.ok())
            Q_EMIT jobsChanged(siteId);
        return reply;
    });
}

QFuture<ExportJobReply> LocalWorkspaceClient::cancelExport(qint64 siteId, qint64 id)
{
    ExportJobs *exports = m_exports;
    QFuture<ExportJobReply> future = QtConcurrent::run(&m_pool, [exports, siteId, id] {
        ExportJobReply reply;
        if (!exports) {
            reply.error = exportsNotRunning();
            return reply;
        }
        try {
            switch (exports->cancel(siteId, id)) {
            case ExportJobs::CancelResult::Cancelled:
            case ExportJobs::CancelResult::Cancelling:
                reply = jobReply(*exports, exports->job(siteId, id).value_or(ExportJob {}));
                break;
            case ExportJobs::CancelResult::NotFound:
                reply.error = tr("The export no longer exists.");
                break;
            case ExportJobs::CancelResult::AlreadyFinished:
                reply.error = tr("The export has already ended.");
                break;
            }
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this, siteId](const ExportJobReply &reply) {
        if (reply.ok())
            Q_EMIT jobsChanged(siteId);
        return reply;
    });
}

QFuture<ExportJobReply> LocalWorkspaceClient::deleteExport(qint64 siteId, qint64 id)
{
    ExportJobs *exports = m_exports;
    QFuture<ExportJobReply> future = QtConcurrent::run(&m_pool, [exports, siteId, id] {
        ExportJobReply reply;
        if (!exports) {
            reply.error = exportsNotRunning();
            return reply;
        }
        try {
            const std::optional<ExportJob> job = exports->job(siteId, id);
            if (!job)
                reply.error = tr("The export no longer exists.");
            else if (!exports->remove(siteId, id))
                reply.error = tr("The export is still running; cancel it first.");
            else
                reply.job = *job;
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this, siteId](const ExportJobReply &reply) {
        if (reply.ok())
            Q_EMIT jobsChanged(siteId);
        return reply;
    });
}

QFuture<ExportSchedulesReply> LocalWorkspaceClient::exportSchedules(qint64 siteId)
{
    ExportSchedules *schedules = m_schedules;
    return QtConcurrent::run(&m_pool, [schedules, siteId] {
        ExportSchedulesReply reply;
        reply.siteId = siteId;
        if (!schedules) {
            reply.error = exportsNotRunning();
            return reply;
        }
        try {
            reply.schedules = schedules->store().list(siteId);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<ExportScheduleReply> LocalWorkspaceClient::saveExportSchedule(
    qint64 siteId, qint64 id, const QJsonObject &json, const QString &folder)
{
    ExportSchedules *schedules = m_schedules;
    QFuture<ExportScheduleReply> future = QtConcurrent::run(&m_pool, [schedules, siteId, id, json, folder] {
        ExportScheduleReply reply;
        if (!schedules) {
            reply.error = exportsNotRunning();
            return reply;
        }
        try {
            std::optional<ExportSchedule> saved;
            if (id == 0) {
                saved = schedules->create(siteId, json, folder, &reply.error);
            } else {
                bool found = false;
                saved = schedules->update(siteId, id, json, &reply.error, &found, folder);
                if (!found)
                    reply.error = tr("The schedule no longer exists; it may have been deleted meanwhile.");
            }
            if (saved)
                reply.schedule = *saved;
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this, siteId](const ExportScheduleReply &reply) {
        if (reply.ok())
            Q_EMIT exportSchedulesChanged(siteId);
        return reply;
    });
}

QFuture<ExportScheduleReply> LocalWorkspaceClient::deleteExportSchedule(qint64 siteId, qint64 id)
{
    ExportSchedules *schedules = m_schedules;
    QFuture<ExportScheduleReply> future = QtConcurrent::run(&m_pool, [schedules, siteId, id] {
        ExportScheduleReply reply;
        if (!schedules) {
            reply.error = exportsNotRunning();
            return reply;
        }
        try {
            if (!schedules->remove(siteId, id))
                reply.error = tr("The schedule no longer exists; it may have been deleted meanwhile.");
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this, siteId](const ExportScheduleReply &reply) {
        if (reply.ok())
            Q_EMIT exportSchedulesChanged(siteId);
        return reply;
    });
}

QFuture<ExportJobReply> LocalWorkspaceClient::runExportSchedule(qint64 siteId, qint64 id)
{
    ExportSchedules *schedules = m_schedules;
    ExportJobs *exports = m_exports;
    QFuture<ExportJobReply> future = QtConcurrent::run(&m_pool, [schedules, exports, siteId, id] {
        ExportJobReply reply;
        if (!schedules || !exports) {
            reply.error = exportsNotRunning();
            return reply;
        }
        try {
            if (std::optional<ExportJob> job = schedules->runNow(siteId, id, &reply.error))
                reply = jobReply(*exports, *job);
            else if (reply.error.isEmpty())
                reply.error = tr("The schedule no longer exists; it may have been deleted meanwhile.");
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this, siteId](const ExportJobReply &reply) {
        if (reply.ok()) {
            Q_EMIT jobsChanged(siteId);
            Q_EMIT exportSchedulesChanged(siteId); // its last run changed
        }
        return reply;
    });
}

} // namespace pulse::ui
