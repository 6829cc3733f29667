#include "api/ExportScheduleEndpoints.h"

#include "api/ApiContext.h"
#include "api/EndpointSupport.h"
#include "api/Problems.h"
#include "export/ExportSchedules.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QJsonArray>

namespace pulse {

using endpoint::pathId;
using endpoint::requireSite;
using endpoint::runOnPool;
using endpoint::siteAndBody;

namespace {

HttpResponse noSuchSchedule(qint64 id)
{
    return Problems::notFound(
        QStringLiteral("This site has no export schedule %1 (see GET /api/v1/exports/schedules).").arg(id));
}

// The folder is the server's choice, never a client's: a key must not be able to write anywhere on
// the server's disk.
bool refuseFolder(const QJsonObject &body, HttpResponder &responder)
{
    if (!body.contains(QLatin1String("folder")))
        return false;
    responder.send(Problems::badRequest(QStringLiteral(
        "Field 'folder' cannot be set over REST: a server writes scheduled exports into its exports folder, and "
        "each run's file is offered through a download link (GET /api/v1/exports?site=…).")));
    return true;
}

} // namespace

void ExportScheduleEndpoints::list(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.exportSchedules)
        return;
    ExportSchedules *schedules = context.exportSchedules;
    runOnPool(context, responder, [schedules, siteId = site->id]() {
        QJsonArray list;
        for (const ExportSchedule &s : schedules->store().list(siteId))
            list.append(s.toJson());
        return HttpResponse::json(200, QJsonObject { { QStringLiteral("schedules"), list } });
    });
}

void ExportScheduleEndpoints::create(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    std::optional<endpoint::SiteAndBody> input = siteAndBody(context, request, key, responder);
    if (!input || !context.exportSchedules || refuseFolder(input->body, responder))
        return;
    ExportSchedules *schedules = context.exportSchedules;
    runOnPool(context, responder, [schedules, siteId = input->site.id, body = input->body]() {
        QString error;
        const std::optional<ExportSchedule> created = schedules->create(siteId, body, QString(), &error);
        if (!created)
            return Problems::badRequest(error);
        HttpResponse response = HttpResponse::json(201, created->toJson());
        response.setHeader("Location", QStringLiteral("/api/v1/exports/schedules/%1").arg(created->id).toUtf8());
        return response;
    });
}

void ExportScheduleEndpoints::get(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.exportSchedules)
        return;
    ExportSchedules *schedules = context.exportSchedules;
    runOnPool(context, responder, [schedules, siteId = site->id, id = pathId(request.path)]() {
        const std::optional<ExportSchedule> s = schedules->store().get(siteId, id);
        return s ? HttpResponse::json(200, s->toJson()) : noSuchSchedule(id);
    });
}

void ExportScheduleEndpoints::replace(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    std::optional<endpoint::SiteAndBody> input = siteAndBody(context, request, key, responder);
    if (!input || !context.exportSchedules || refuseFolder(input->body, responder))
        return;
    ExportSchedules *schedules = context.exportSchedules;
    runOnPool(
        context, responder, [schedules, siteId = input->site.id, body = input->body, id = pathId(request.path)]() {
            QString error;
            bool found = false;
            const std::optional<ExportSchedule> updated = schedules->update(siteId, id, body, &error, &found);
            if (!found)
                return noSuchSchedule(id);
            return updated ? HttpResponse::json(200, updated->toJson()) : Problems::badRequest(error);
        });
}

void ExportScheduleEndpoints::remove(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.exportSchedules)
        return;
    ExportSchedules *schedules = context.exportSchedules;
    runOnPool(context, responder, [schedules, siteId = site->id, id = pathId(request.path)]() {
        return schedules->remove(siteId, id) ? HttpResponse::noContent() : noSuchSchedule(id);
    });
}

void ExportScheduleEndpoints::run(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.exportSchedules)
        return;
    ExportSchedules *schedules = context.exportSchedules;
    runOnPool(context, responder, [schedules, siteId = site->id, id = pathId(request.path)]() {
        QString error;
        const std::optional<ExportJob> job = schedules->runNow(siteId, id, &error);
        if (!job)
            return error.isEmpty() ? noSuchSchedule(id) : Problems::badRequest(error);
        HttpResponse response = HttpResponse::json(202, job->toJson());
        response.setHeader("Location", QStringLiteral("/api/v1/exports/%1").arg(job->id).toUtf8());
        return response;
    });
}

} // namespace pulse
