#include "api/RetentionReportEndpoints.h"

#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "analytics/retention/RetentionReportStore.h"
#include "api/EndpointSupport.h"
#include "http/HttpRequest.h"
#include "storage/Workspace.h"

#include <QJsonArray>

namespace pulse {

using endpoint::listForSite;
using endpoint::pathId;
using endpoint::requireSite;
using endpoint::runOnPool;
using endpoint::siteAndBody;
using endpoint::SiteAndBody;

namespace {

HttpResponse noSuchReport(qint64 id)
{
    return Problems::notFound(
        QStringLiteral("This site has no saved retention report %1 (see GET /api/v1/retention/reports).").arg(id));
}

// A report's cohort filter and cohort breakdown must name cohorts of its own site.
QString unknownCohort(Workspace &workspace, const SavedRetentionReport &report)
{
    QList<qint64> ids = report.definition.breakdownCohorts;
    if (report.definition.cohortId > 0)
        ids << report.definition.cohortId;
    for (qint64 id : ids) {
        if (!workspace.cohorts().store().get(report.siteId, id))
            return QStringLiteral("definition: this site has no cohort %1 (see GET /api/v1/cohorts).").arg(id);
    }
    return {};
}

// Saves and answers with the stored report, or with what the user must change.
HttpResponse save(Workspace &workspace, const SavedRetentionReport &report, int status)
{
    if (report.id != 0 && !workspace.retentionReports().get(report.siteId, report.id))
        return noSuchReport(report.id);
    QString why = unknownCohort(workspace, report);
    if (!why.isEmpty())
        return Problems::badRequest(why);
    const std::optional<SavedRetentionReport> saved = workspace.retentionReports().save(report, &why);
    if (!saved)
        return why.contains(QStringLiteral("exists already"))
            ? HttpResponse::problem(409, QStringLiteral("Conflict"), why)
            : Problems::badRequest(why);
    HttpResponse response = HttpResponse::json(status, saved->toJson());
    if (status == 201)
        response.setHeader(
            "Location", QByteArray(QByteArray("/api/v1/retention/reports/") + QByteArray::number(saved->id)));
    return response;
}

// Reads a report from a POST or PUT body; answers the problem and returns nullopt when it is invalid.
std::optional<SavedRetentionReport> readReport(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder &responder, qint64 id)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in)
        return std::nullopt;
    SavedRetentionReport report;
    report.siteId = in->site.id;
    report.id = id;
    QString message;
    if (!SavedRetentionReport::fromJson(in->body, &report, &message)) {
        responder.send(Problems::badRequest(message));
        return std::nullopt;
    }
    return report;
}

} // namespace

void RetentionReportEndpoints::list(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    Workspace *workspace = &context.workspace;
    listForSite(context, request, key, std::move(responder),
        [workspace](qint64 siteId) { return workspace->retentionReports().list(siteId); });
}

void RetentionReportEndpoints::create(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SavedRetentionReport> report = readReport(context, request, key, responder, 0);
    if (!report)
        return;
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, r = *report]() { return save(*workspace, r, 201); });
}

void RetentionReportEndpoints::get(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id]() {
        const std::optional<SavedRetentionReport> r = workspace->retentionReports().get(siteId, id);
        return r ? HttpResponse::json(200, r->toJson()) : noSuchReport(id);
    });
}

void RetentionReportEndpoints::replace(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const qint64 id = pathId(request.path);
    if (id <= 0) {
        responder.send(noSuchReport(id));
        return;
    }
    const std::optional<SavedRetentionReport> report = readReport(context, request, key, responder, id);
    if (!report)
        return;
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, r = *report]() { return save(*workspace, r, 200); });
}

void RetentionReportEndpoints::remove(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id]() {
        return workspace->retentionReports().remove(siteId, id) ? HttpResponse::noContent() : noSuchReport(id);
    });
}

} // namespace pulse
