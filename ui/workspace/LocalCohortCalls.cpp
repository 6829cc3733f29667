// LocalWorkspaceClient's cohort calls (WorkspaceClient.h): each runs on the client's pool against the
// workspace's CohortService and turns engine errors into reply.error.
#include "workspace/LocalWorkspaceClient.h"

#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "storage/Workspace.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pulse::ui {

QFuture<CohortsReply> LocalWorkspaceClient::cohorts(qint64 siteId)
{
    Workspace *workspace = &m_workspace;
    return QtConcurrent::run(&m_pool, [workspace, siteId] {
        CohortsReply reply;
        reply.siteId = siteId;
        try {
            reply.cohorts = workspace->cohorts().store().list(siteId);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<CohortReply> LocalWorkspaceClient::changeCohort(
    qint64 siteId, std::function<std::optional<Cohort>(Workspace &, QString *)> change)
{
    Workspace *workspace = &m_workspace;
    QFuture<CohortReply> future = QtConcurrent::run(&m_pool, [workspace, change] {
        CohortReply reply;
        try {
            const std::optional<Cohort> c = change(*workspace, &reply.error);
            if (c)
                reply.cohort = *c;
            else if (reply.error.isEmpty())
                reply.error = tr("The cohort no longer exists; it may have been deleted meanwhile.");
        } catch (const std::exception &e) { // std::invalid_argument names what to change
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this, siteId](const CohortReply &reply) {
        if (reply.ok())
            Q_EMIT cohortsChanged(siteId);
        return reply;
    });
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
    Workspace *workspace = &m_workspace;
    return QtConcurrent::run(&m_pool, [workspace, siteId, definition] {
        CohortPreviewReply reply;
        try {
            reply.size = workspace->cohorts().preview(siteId, definition);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<CohortMembersReply> LocalWorkspaceClient::cohortMembers(
    qint64 siteId, qint64 id, const QString &search, int offset, int limit)
{
    Workspace *workspace = &m_workspace;
    return QtConcurrent::run(&m_pool, [workspace, siteId, id, search, offset, limit] {
        CohortMembersReply reply;
        reply.cohortId = id;
        try {
            CohortStore &store = workspace->cohorts().store();
            if (!store.get(siteId, id)) {
                reply.error = tr("The cohort no longer exists; it may have been deleted meanwhile.");
                return reply;
            }
            reply.page = store.members(id, search, offset, limit);
            reply.sizeHistory = store.sizeHistory(id);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

} // namespace pulse::ui
