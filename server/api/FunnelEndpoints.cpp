#include "api/FunnelEndpoints.h"

#include "analytics/AnalysisEngine.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/funnel/FunnelStore.h"
#include "api/EndpointSupport.h"
#include "core/Clock.h"
#include "http/HttpRequest.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace pulse {

using endpoint::csvDownload;
using endpoint::jsonBody;
using endpoint::listForSite;
using endpoint::pathId;
using endpoint::readRange;
using endpoint::requireSite;
using endpoint::resolveSite;
using endpoint::runOnPool;
using endpoint::siteAndBody;
using endpoint::SiteAndBody;
using endpoint::wantsCsv;

namespace {

constexpr int kDefaultDays = 30;

// The funnel a query body describes: a saved one by funnel_id, or the steps in the body itself.
bool readFunnel(ApiContext &context, const QJsonObject &body, const Site &site, FunnelQuery *q, HttpResponse *error)
{
    QString message;
    q->siteId = site.id;
    if (body.contains(QStringLiteral("funnel_id"))) {
        const qint64 id = body.value(QStringLiteral("funnel_id")).toInteger();
        const std::optional<SavedFunnel> saved = context.workspace.funnels().get(site.id, id);
        if (!saved) {
            *error = Problems::notFound(
                QStringLiteral("This site has no saved funnel %1 (see GET /api/v1/funnels).").arg(id));
            return false;
        }
        *q = saved->definition;
    } else if (!FunnelQuery::fromJson(body, q, &message)) {
        *error = Problems::badRequest(message);
        return false;
    }
    q->siteId = site.id;
    const QTimeZone zone(site.timeZone.toUtf8());
    const QDate today = QDateTime::fromMSecsSinceEpoch(context.clock.nowMs(), zone).date();
    q->toMs = today.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    q->fromMs = today.addDays(1 - kDefaultDays).startOfDay(zone).toMSecsSinceEpoch();
    if (!readRange(body, site, &q->fromMs, &q->toMs, &message)) {
        *error = Problems::badRequest(message);
        return false;
    }
    message = q->validationError();
    if (!message.isEmpty()) {
        *error = Problems::badRequest(message);
        return false;
    }
    return true;
}

HttpResponse noSuchFunnel(qint64 id)
{
    return Problems::notFound(QStringLiteral("This site has no saved funnel %1 (see GET /api/v1/funnels).").arg(id));
}

} // namespace

void FunnelEndpoints::query(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in)
        return;
    FunnelQuery q;
    HttpResponse error;
    if (!readFunnel(context, in->body, in->site, &q, &error)) {
        responder.send(error);
        return;
    }
    Workspace *workspace = &context.workspace;
    const bool csv = wantsCsv(request);
    runOnPool(context, responder, [workspace, q, csv]() {
        const FunnelResult result = workspace->cohorts().funnel(q);
        if (csv)
            return csvDownload(result.toCsv(), "funnel.csv");
        QJsonObject body = result.toJson();
        body.insert(QStringLiteral("query"), q.toJson());
        return HttpResponse::json(200, body);
    });
}

void FunnelEndpoints::users(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in)
        return;
    FunnelUsersQuery q;
    HttpResponse error;
    QString message;
    q.funnel.siteId = in->site.id;
    if (!FunnelUsersQuery::fromJson(in->body, &q, &message)) {
        responder.send(Problems::badRequest(message));
        return;
    }
    if (!readFunnel(context, in->body, in->site, &q.funnel, &error)) {
        responder.send(error);
        return;
    }
    message = q.validationError();
    if (!message.isEmpty()) {
        responder.send(Problems::badRequest(message));
        return;
    }
    Workspace *workspace = &context.workspace;
    const bool csv = wantsCsv(request);
    runOnPool(context, responder, [workspace, q, csv]() {
        const FunnelUsersPage page = workspace->cohorts().funnelUsers(q);
        if (csv)
            return csvDownload(page.toCsv(), "funnel-users.csv");
        return HttpResponse::json(200, page.toJson());
    });
}

void FunnelEndpoints::list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    Workspace *workspace = &context.workspace;
    listForSite(context, request, key, std::move(responder),
        [workspace](qint64 siteId) { return workspace->funnels().list(siteId); });
}

void FunnelEndpoints::create(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in)
        return;
    SavedFunnel funnel;
    funnel.siteId = in->site.id;
    QString message;
    if (!SavedFunnel::fromJson(in->body, &funnel, &message)) {
        responder.send(Problems::badRequest(message));
        return;
    }
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, funnel]() {
        QString why;
        const std::optional<SavedFunnel> saved = workspace->funnels().save(funnel, &why);
        if (!saved)
            return why.contains(QStringLiteral("exists already"))
                ? HttpResponse::problem(409, QStringLiteral("Conflict"), why)
                : Problems::badRequest(why);
        HttpResponse response = HttpResponse::json(201, saved->toJson());
        response.setHeader("Location", QByteArray(QByteArray("/api/v1/funnels/") + QByteArray::number(saved->id)));
        return response;
    });
}

void FunnelEndpoints::get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id]() {
        const std::optional<SavedFunnel> f = workspace->funnels().get(siteId, id);
        return f ? HttpResponse::json(200, f->toJson()) : noSuchFunnel(id);
    });
}

void FunnelEndpoints::replace(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in)
        return;
    SavedFunnel funnel;
    funnel.siteId = in->site.id;
    funnel.id = pathId(request.path);
    QString message;
    if (!SavedFunnel::fromJson(in->body, &funnel, &message)) {
        responder.send(Problems::badRequest(message));
        return;
    }
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, funnel]() {
        if (!workspace->funnels().get(funnel.siteId, funnel.id))
            return noSuchFunnel(funnel.id);
        QString why;
        const std::optional<SavedFunnel> saved = workspace->funnels().save(funnel, &why);
        if (!saved)
            return why.contains(QStringLiteral("exists already"))
                ? HttpResponse::problem(409, QStringLiteral("Conflict"), why)
                : Problems::badRequest(why);
        return HttpResponse::json(200, saved->toJson());
    });
}

void FunnelEndpoints::remove(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id]() {
        return workspace->funnels().remove(siteId, id) ? HttpResponse::noContent() : noSuchFunnel(id);
    });
}

void FunnelEndpoints::catalog(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id;
    runOnPool(context, responder,
        [workspace, siteId]() { return HttpResponse::json(200, workspace->analysis().catalog(siteId).toJson()); });
}

} // namespace pulse
