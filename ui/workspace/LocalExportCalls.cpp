// LocalWorkspaceClient's export calls (WorkspaceClient.h): jobs and schedules of the service's export
// queue, on the client's pool. Files are written by the queue's worker, never on the GUI thread.
#include "workspace/LocalWorkspaceClient.h"

#include "export/ExportJobs.h"
#include "export/ExportSchedules.h"
#include "workspace/LocalPoolCall.h"

namespace pulse::ui {

namespace {

QString exportsNotRunning()
{
    return LocalWorkspaceClient::tr("Exports are not running: the workspace's job queue did not start.");
}

QString scheduleGone()
{
    return LocalWorkspaceClient::tr("The schedule no longer exists; it may have been deleted meanwhile.");
}

ExportJobReply jobReply(const ExportJobs &exports, const ExportJob &job)
{
    return ExportJobReply { job, exports.filePath(job), QString() };
}

} // namespace

QFuture<ExportJobsReply> LocalWorkspaceClient::exportJobs(qint64 siteId)
{
    ExportJobsReply reply;
    reply.siteId = siteId;
    return onPool(reply, [exports = m_exports, siteId](ExportJobsReply &r) {
        if (!exports) {
            r.error = exportsNotRunning();
            return;
        }
        r.jobs = exports->jobs(siteId);
        r.folder = exports->folder();
    });
}

QFuture<ExportJobReply> LocalWorkspaceClient::exportFile(qint64 siteId, qint64 id)
{
    return onPool(ExportJobReply {}, [exports = m_exports, siteId, id](ExportJobReply &reply) {
        if (!exports) {
            reply.error = exportsNotRunning();
            return;
        }
        const std::optional<ExportJob> job = exports->job(siteId, id);
        if (!job || job->fileName.isEmpty())
            reply.error = tr("The export has no file; it may have been deleted meanwhile.");
        else
            reply = jobReply(*exports, *job);
    });
}

QFuture<ExportJobReply> LocalWorkspaceClient::startExport(const ExportRequest &request)
{
    QFuture<ExportJobReply> future = onPool(ExportJobReply {}, [exports = m_exports, request](ExportJobReply &reply) {
        if (!exports) {
            reply.error = exportsNotRunning();
            return;
        }
        if (std::optional<ExportJob> job = exports->submit(request, &reply.error))
            reply = jobReply(*exports, *job);
    });
    return announceIfOk(std::move(future), [this, siteId = request.siteId] { Q_EMIT jobsChanged(siteId); });
}

QFuture<ExportJobReply> LocalWorkspaceClient::cancelExport(qint64 siteId, qint64 id)
{
    QFuture<ExportJobReply> future
        = onPool(ExportJobReply {}, [exports = m_exports, siteId, id](ExportJobReply &reply) {
              if (!exports) {
                  reply.error = exportsNotRunning();
                  return;
              }
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
          });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT jobsChanged(siteId); });
}

QFuture<ExportJobReply> LocalWorkspaceClient::deleteExport(qint64 siteId, qint64 id)
{
    QFuture<ExportJobReply> future
        = onPool(ExportJobReply {}, [exports = m_exports, siteId, id](ExportJobReply &reply) {
              if (!exports) {
                  reply.error = exportsNotRunning();
                  return;
              }
              const std::optional<ExportJob> job = exports->job(siteId, id);
              if (!job)
                  reply.error = tr("The export no longer exists.");
              else if (!exports->remove(siteId, id))
                  reply.error = tr("The export is still running; cancel it first.");
              else
                  reply.job = *job;
          });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT jobsChanged(siteId); });
}

QFuture<ExportSchedulesReply> LocalWorkspaceClient::exportSchedules(qint64 siteId)
{
    ExportSchedulesReply reply;
    reply.siteId = siteId;
    return onPool(reply, [schedules = m_schedules, siteId](ExportSchedulesReply &r) {
        if (!schedules)
            r.error = exportsNotRunning();
        else
            r.schedules = schedules->store().list(siteId);
    });
}

QFuture<ExportScheduleReply> LocalWorkspaceClient::saveExportSchedule(
    qint64 siteId, qint64 id, const QJsonObject &json, const QString &folder)
{
    QFuture<ExportScheduleReply> future = onPool(
        ExportScheduleReply {}, [schedules = m_schedules, siteId, id, json, folder](ExportScheduleReply &reply) {
            if (!schedules) {
                reply.error = exportsNotRunning();
                return;
            }
            std::optional<ExportSchedule> saved;
            if (id == 0) {
                saved = schedules->create(siteId, json, folder, &reply.error);
            } else {
                bool found = false;
                saved = schedules->update(siteId, id, json, &reply.error, &found, folder);
                if (!found)
                    reply.error = scheduleGone();
            }
            if (saved)
                reply.schedule = *saved;
        });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT exportSchedulesChanged(siteId); });
}

QFuture<ExportScheduleReply> LocalWorkspaceClient::deleteExportSchedule(qint64 siteId, qint64 id)
{
    QFuture<ExportScheduleReply> future
        = onPool(ExportScheduleReply {}, [schedules = m_schedules, siteId, id](ExportScheduleReply &reply) {
              if (!schedules)
                  reply.error = exportsNotRunning();
              else if (!schedules->remove(siteId, id))
                  reply.error = scheduleGone();
          });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT exportSchedulesChanged(siteId); });
}

QFuture<ExportJobReply> LocalWorkspaceClient::runExportSchedule(qint64 siteId, qint64 id)
{
    QFuture<ExportJobReply> future
        = onPool(ExportJobReply {}, [schedules = m_schedules, exports = m_exports, siteId, id](ExportJobReply &reply) {
              if (!schedules || !exports) {
                  reply.error = exportsNotRunning();
                  return;
              }
              if (std::optional<ExportJob> job = schedules->runNow(siteId, id, &reply.error))
                  reply = jobReply(*exports, *job);
              else if (reply.error.isEmpty())
                  reply.error = scheduleGone();
          });
    return announceIfOk(std::move(future), [this, siteId] {
        Q_EMIT jobsChanged(siteId);
        Q_EMIT exportSchedulesChanged(siteId); // its last run changed
    });
}

} // namespace pulse::ui
