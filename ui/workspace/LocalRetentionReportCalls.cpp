// LocalWorkspaceClient's saved retention report calls (WorkspaceClient.h): each runs on the client's
// pool against the workspace's RetentionReportStore and turns engine errors into reply.error.
#include "workspace/LocalWorkspaceClient.h"

#include "analytics/retention/RetentionReportStore.h"
#include "storage/Workspace.h"
#include "workspace/LocalPoolCall.h"

namespace pulse::ui {

QFuture<RetentionReportsReply> LocalWorkspaceClient::retentionReports(qint64 siteId)
{
    RetentionReportsReply reply;
    reply.siteId = siteId;
    return onPool(reply, [workspace = &m_workspace, siteId](RetentionReportsReply &r) {
        r.reports = workspace->retentionReports().list(siteId);
    });
}

QFuture<RetentionReportReply> LocalWorkspaceClient::changeRetentionReport(
    qint64 siteId, std::function<std::optional<SavedRetentionReport>(Workspace &, QString *)> change)
{
    QFuture<RetentionReportReply> future
        = onPool(RetentionReportReply {}, [workspace = &m_workspace, change](RetentionReportReply &reply) {
              if (const std::optional<SavedRetentionReport> r = change(*workspace, &reply.error))
                  reply.report = *r;
              else if (reply.error.isEmpty())
                  reply.error = tr("The report no longer exists; it may have been deleted meanwhile.");
          });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT retentionReportsChanged(siteId); });
}

QFuture<RetentionReportReply> LocalWorkspaceClient::saveRetentionReport(const SavedRetentionReport &report)
{
    return changeRetentionReport(
        report.siteId, [report](Workspace &w, QString *error) { return w.retentionReports().save(report, error); });
}

QFuture<RetentionReportReply> LocalWorkspaceClient::renameRetentionReport(qint64 siteId, qint64 id, const QString &name)
{
    return changeRetentionReport(siteId, [siteId, id, name](Workspace &w, QString *error) {
        return w.retentionReports().rename(siteId, id, name, error);
    });
}

QFuture<RetentionReportReply> LocalWorkspaceClient::deleteRetentionReport(qint64 siteId, qint64 id)
{
    return changeRetentionReport(siteId, [siteId, id](Workspace &w, QString *) -> std::optional<SavedRetentionReport> {
        if (!w.retentionReports().remove(siteId, id))
            return std::nullopt; // "no longer exists"
        return SavedRetentionReport {};
    });
}

} // namespace pulse::ui
