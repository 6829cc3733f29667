// RemoteWorkspaceClient's export calls. Until they are carried over the
// server's REST API, each answers plainly that the page works on the local workspace only.
#include "workspace/RemoteCalls.h"

namespace pulse::ui {

namespace {
template<typename Reply> QFuture<Reply> localOnly()
{
    Reply reply;
    reply.error = RemoteWorkspaceClient::tr("This page works on the workspace on this computer only, not yet over a "
                                            "connection to a server; use the server's REST API (docs/exports.md).");
    return QtFuture::makeReadyFuture(reply);
}
} // namespace

QFuture<ExportJobsReply> RemoteWorkspaceClient::exportJobs(qint64 siteId)
{
    Q_UNUSED(siteId)
    return localOnly<ExportJobsReply>();
}

QFuture<ExportJobReply> RemoteWorkspaceClient::startExport(const ExportRequest &request)
{
    Q_UNUSED(request)
    return localOnly<ExportJobReply>();
}

QFuture<ExportJobReply> RemoteWorkspaceClient::cancelExport(qint64 siteId, qint64 id)
{
    Q_UNUSED(siteId)
    Q_UNUSED(id)
    return localOnly<ExportJobReply>();
}

QFuture<ExportJobReply> RemoteWorkspaceClient::deleteExport(qint64 siteId, qint64 id)
{
    Q_UNUSED(siteId)
    Q_UNUSED(id)
    return localOnly<ExportJobReply>();
}

QFuture<ExportSchedulesReply> RemoteWorkspaceClient::exportSchedules(qint64 siteId)
{
    Q_UNUSED(siteId)
    return localOnly<ExportSchedulesReply>();
}

QFuture<ExportScheduleReply> RemoteWorkspaceClient::saveExportSchedule(
    qint64 siteId, qint64 id, const QJsonObject &json, const QString &folder)
{
    Q_UNUSED(siteId)
    Q_UNUSED(id)
    Q_UNUSED(json)
    Q_UNUSED(folder)
    return localOnly<ExportScheduleReply>();
}

QFuture<ExportScheduleReply> RemoteWorkspaceClient::deleteExportSchedule(qint64 siteId, qint64 id)
{
    Q_UNUSED(siteId)
    Q_UNUSED(id)
    return localOnly<ExportScheduleReply>();
}

QFuture<ExportJobReply> RemoteWorkspaceClient::runExportSchedule(qint64 siteId, qint64 id)
{
    Q_UNUSED(siteId)
    Q_UNUSED(id)
    return localOnly<ExportJobReply>();
}

} // namespace pulse::ui
