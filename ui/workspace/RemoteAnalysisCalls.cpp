// RemoteWorkspaceClient's retention and cohort calls (WorkspaceClient.h) over the server's REST API
// (docs/retention.md, docs/cohorts.md).
#include "workspace/RemoteCalls.h"
#include "workspace/RemoteDecode.h"

#include <QJsonArray>

namespace pulse::ui {

QFuture<RetentionReply> RemoteWorkspaceClient::retention(const RetentionQuery &query)
{
    return call<RetentionReply>("POST", QStringLiteral("/api/v1/retention/query"), siteQuery(query.siteId),
        query.toJson(),
        [](const QJsonObject &json, RetentionReply *reply) { reply->result = RetentionResult::fromJson(json); })
        .then([query](RetentionReply reply) {
            reply.query = query;
            return reply;
        });
}

QFuture<RetentionReportsReply> RemoteWorkspaceClient::retentionReports(qint64 siteId)
{
    return call<RetentionReportsReply>("GET", QStringLiteral("/api/v1/retention/reports"), siteQuery(siteId), {},
        [](const QJsonObject &json, RetentionReportsReply *reply) {
            reply->reports = remote::items<SavedRetentionReport>(json, &remote::retentionReport);
        })
        .then([siteId](RetentionReportsReply reply) {
            reply.siteId = siteId;
            return reply;
        });
}

QFuture<RetentionReportReply> RemoteWorkspaceClient::saveRetentionReport(const SavedRetentionReport &report)
{
    const bool create = report.id <= 0;
    const qint64 siteId = report.siteId;
    return change<RetentionReportReply>(
        create ? "POST" : "PUT",
        create ? QStringLiteral("/api/v1/retention/reports") : remote::idPath("retention/reports", report.id),
        siteQuery(siteId), report.toJson(),
        [](const QJsonObject &json, RetentionReportReply *reply) {
            reply->report = remote::retentionReport(json).value_or(SavedRetentionReport {});
        },
        [this, siteId] { Q_EMIT retentionReportsChanged(siteId); });
}

QFuture<RetentionReportReply> RemoteWorkspaceClient::renameRetentionReport(
    qint64 siteId, qint64 id, const QString &name)
{
    // The API replaces a report whole: read it, then put it back under the new name.
    return call<RetentionReportReply>("GET", remote::idPath("retention/reports", id), siteQuery(siteId), {},
        [](const QJsonObject &json, RetentionReportReply *reply) {
            reply->report = remote::retentionReport(json).value_or(SavedRetentionReport {});
        })
        .then(this,
            [this, name](RetentionReportReply current) {
                if (!current.ok())
                    return QtFuture::makeReadyFuture(current);
                current.report.name = name;
                return saveRetentionReport(current.report);
            })
        .unwrap();
}

QFuture<RetentionReportReply> RemoteWorkspaceClient::deleteRetentionReport(qint64 siteId, qint64 id)
{
    return change<RetentionReportReply>(
        "DELETE", remote::idPath("retention/reports", id), siteQuery(siteId), {},
        [](const QJsonObject &, RetentionReportReply *) {}, [this, siteId] { Q_EMIT retentionReportsChanged(siteId); });
}

QFuture<CohortsReply> RemoteWorkspaceClient::cohorts(qint64 siteId)
{
    return call<CohortsReply>("GET", QStringLiteral("/api/v1/cohorts"), siteQuery(siteId), {},
        [](const QJsonObject &json, CohortsReply *reply) {
            reply->cohorts = remote::items<Cohort>(json, &remote::cohort);
        })
        .then([siteId](CohortsReply reply) {
            reply.siteId = siteId;
            return reply;
        });
}

namespace {
void readCohort(const QJsonObject &json, CohortReply *reply)
{
    reply->cohort = remote::cohort(json).value_or(Cohort {});
}

// CohortMember::key() forms ("u:…", "v:…") as the API's lists of user and visitor ids.
QJsonObject memberLists(const QStringList &keys)
{
    QJsonArray users, visitors;
    for (const QString &key : keys) {
        const CohortMember member = CohortMember::fromKey(key);
        if (member.userId.isEmpty())
            visitors.append(member.visitorId);
        else
            users.append(member.userId);
    }
    return { { QStringLiteral("user_ids"), users }, { QStringLiteral("visitor_ids"), visitors } };
}
} // namespace

QFuture<CohortReply> RemoteWorkspaceClient::saveCohort(const Cohort &cohort)
{
    const bool create = cohort.id <= 0;
    const qint64 siteId = cohort.siteId;
    return change<CohortReply>(create ? "POST" : "PUT",
        create ? QStringLiteral("/api/v1/cohorts") : remote::idPath("cohorts", cohort.id), siteQuery(siteId),
        cohort.toJson(), &readCohort, [this, siteId] { Q_EMIT cohortsChanged(siteId); });
}

QFuture<CohortReply> RemoteWorkspaceClient::deleteCohort(qint64 siteId, qint64 id)
{
    return change<CohortReply>(
        "DELETE", remote::idPath("cohorts", id), siteQuery(siteId), {}, [](const QJsonObject &, CohortReply *) {},
        [this, siteId] { Q_EMIT cohortsChanged(siteId); });
}

QFuture<CohortReply> RemoteWorkspaceClient::computeCohort(qint64 siteId, qint64 id)
{
    return change<CohortReply>("POST", remote::idPath("cohorts", id, "/compute"), siteQuery(siteId), QJsonObject {},
        &readCohort, [this, siteId] { Q_EMIT cohortsChanged(siteId); });
}

QFuture<CohortReply> RemoteWorkspaceClient::addCohortMembers(qint64 siteId, qint64 id, const QStringList &keys)
{
    return change<CohortReply>("POST", remote::idPath("cohorts", id, "/members"), siteQuery(siteId), memberLists(keys),
        &readCohort, [this, siteId] { Q_EMIT cohortsChanged(siteId); });
}

QFuture<CohortReply> RemoteWorkspaceClient::removeCohortMembers(qint64 siteId, qint64 id, const QStringList &keys)
{
    return change<CohortReply>("DELETE", remote::idPath("cohorts", id, "/members"), siteQuery(siteId),
        memberLists(keys), &readCohort, [this, siteId] { Q_EMIT cohortsChanged(siteId); });
}

QFuture<CohortReply> RemoteWorkspaceClient::cohortFromFunnel(
    qint64 siteId, const QString &name, const FunnelUsersQuery &query)
{
    const QJsonObject body { { QStringLiteral("name"), name }, { QStringLiteral("funnel"), query.toJson() } };
    return change<CohortReply>("POST", QStringLiteral("/api/v1/cohorts/from-funnel"), siteQuery(siteId), body,
        &readCohort, [this, siteId] { Q_EMIT cohortsChanged(siteId); });
}

QFuture<CohortPreviewReply> RemoteWorkspaceClient::previewCohort(qint64 siteId, const CohortGroup &definition)
{
    return call<CohortPreviewReply>("POST", QStringLiteral("/api/v1/cohorts/preview"), siteQuery(siteId),
        QJsonObject { { QStringLiteral("definition"), definition.toJson() } },
        [](const QJsonObject &json, CohortPreviewReply *reply) {
            reply->size = json.value(QStringLiteral("size")).toInteger();
        });
}

QFuture<CohortMembersReply> RemoteWorkspaceClient::cohortMembers(
    qint64 siteId, qint64 id, const QString &search, int offset, int limit)
{
    QUrlQuery query = siteQuery(siteId);
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("search"), urlQueryValue(search));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    // A page of members, then the cohort itself for its size history.
    return call<CohortMembersReply>("GET", remote::idPath("cohorts", id, "/members"), query, {},
        [id](const QJsonObject &json, CohortMembersReply *reply) {
            reply->cohortId = id;
            reply->page = CohortMembersPage::fromJson(json);
        })
        .then(this,
            [this, siteId, id](CohortMembersReply members) {
                if (!members.ok())
                    return QtFuture::makeReadyFuture(members);
                return call<CohortMembersReply>("GET", remote::idPath("cohorts", id), siteQuery(siteId), {},
                    [members](const QJsonObject &json, CohortMembersReply *reply) {
                        *reply = members;
                        reply->sizeHistory = remote::sizeHistory(json);
                    });
            })
        .unwrap()
        .then([id](CohortMembersReply reply) {
            reply.cohortId = id;
            return reply;
        });
}

} // namespace pulse::ui
