// LocalWorkspaceClient's cohort calls (WorkspaceClient.h): each runs on the client's pool against the
// workspace's CohortService and turns engine errors into reply.error.
#include "workspace/LocalWorkspaceClient.h"

#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "storage/Workspace.h"
#include "workspace/LocalPoolCall.h"

namespace pulse::ui {

QFuture<CohortsReply> LocalWorkspaceClient::cohorts(qint64 siteId)
{
    CohortsReply reply;
    reply.siteId = siteId;
    return onPool(reply,
        [workspace = &m_workspace, siteId](CohortsReply &r) { r.cohorts = workspace->cohorts().store().list(siteId); });
}

QFuture<CohortReply> LocalWorkspaceClient::changeCohort(
    qint64 siteId, std::function<std::optional<Cohort>(Workspace &, QString *)> change)
{
    QFuture<CohortReply> future = onPool(CohortReply {}, [workspace = &m_workspace, change](CohortReply &reply) {
        if (const std::optional<Cohort> c = change(*workspace, &reply.error))
            reply.cohort = *c;
        else if (reply.error.isEmpty())
            reply.error = tr("The cohort no longer exists; it may have been deleted meanwhile.");
    });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT cohortsChanged(siteId); });
}

QFuture<CohortReply> LocalWorkspaceClient::saveCohort(const Cohort &cohort)
{
    return changeCohort(
        cohort.siteId, [cohort](Workspace &w, QString *error) { return w.cohorts().save(cohort, error); });
}

QFuture<CohortReply> LocalWorkspaceClient::deleteCohort(qint64 siteId, qint64 id)
{
    return changeCohort(siteId, [siteId, id](Workspace &w, QString *error) -> std::optional<Cohort> {
        std::optional<Cohort> gone = w.cohorts().store().get(siteId, id);
        if (gone && !w.cohorts().store().remove(siteId, id))
            gone.reset();
        if (!gone)
            *error = tr("The cohort no longer exists; it may have been deleted meanwhile.");
        return gone;
    });
}

QFuture<CohortReply> LocalWorkspaceClient::computeCohort(qint64 siteId, qint64 id)
{
    return changeCohort(
        siteId, [siteId, id](Workspace &w, QString *error) { return w.cohorts().compute(siteId, id, error); });
}

QFuture<CohortReply> LocalWorkspaceClient::addCohortMembers(qint64 siteId, qint64 id, const QStringList &keys)
{
    return changeCohort(siteId, [siteId, id, keys](Workspace &w, QString *error) {
        return w.cohorts().store().addMembers(siteId, id, keys, error);
    });
}

QFuture<CohortReply> LocalWorkspaceClient::removeCohortMembers(qint64 siteId, qint64 id, const QStringList &keys)
{
    return changeCohort(siteId, [siteId, id, keys](Workspace &w, QString *error) {
        return w.cohorts().store().removeMembers(siteId, id, keys, error);
    });
}

QFuture<CohortReply> LocalWorkspaceClient::cohortFromFunnel(
    qint64 siteId, const QString &name, const FunnelUsersQuery &query)
{
    return changeCohort(siteId, [siteId, name, query](Workspace &w, QString *error) {
        return w.cohorts().createFromFunnel(siteId, name, query, error);
    });
}

QFuture<CohortPreviewReply> LocalWorkspaceClient::previewCohort(qint64 siteId, const CohortGroup &definition)
{
    return onPool(CohortPreviewReply {}, [workspace = &m_workspace, siteId, definition](CohortPreviewReply &reply) {
        reply.size = workspace->cohorts().preview(siteId, definition);
    });
}

QFuture<CohortMembersReply> LocalWorkspaceClient::cohortMembers(
    qint64 siteId, qint64 id, const QString &search, int offset, int limit)
{
    CohortMembersReply reply;
    reply.cohortId = id;
    return onPool(reply, [workspace = &m_workspace, siteId, id, search, offset, limit](CohortMembersReply &r) {
        CohortStore &store = workspace->cohorts().store();
        if (!store.get(siteId, id)) {
            r.error = tr("The cohort no longer exists; it may have been deleted meanwhile.");
            return;
        }
        r.page = store.members(id, search, offset, limit);
        r.sizeHistory = store.sizeHistory(id);
    });
}

} // namespace pulse::ui
