#include "api/QueryEndpoints.h"

#include "access/KeyStore.h"
#include "access/SiteStore.h"
#include "analytics/StatsEngine.h"
#include "analytics/StatsQuery.h"
#include "analytics/StatsResult.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "api/ApiContext.h"
#include "api/EndpointSupport.h"
#include "api/Problems.h"
#include "core/Clock.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "ingest/QuarantineStore.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QThreadPool>
#include <QUrlQuery>

#include <optional>

namespace pulse {

using endpoint::resolveSite;
using endpoint::runOnPool;

void QueryEndpoints::stats(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    HttpResponse error;
    const std::optional<Site> site = resolveSite(context, request, key, true, &error);
    if (!site) {
        responder.send(error);
        return;
    }
    StatsQuery query;
    query.timeZone = site->timeZone;
    QString message;
    if (!StatsQuery::fromUrlQuery(request.query, context.clock.nowMs(), &query, &message)) {
        responder.send(Problems::badRequest(message));
        return;
    }
    query.siteId = site->id;
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, query]() {
        if (query.cohortId > 0 && !workspace->cohorts().store().get(query.siteId, query.cohortId))
            return Problems::notFound(
                QStringLiteral("This site has no cohort %1 (see GET /api/v1/cohorts).").arg(query.cohortId));
        ReadPool::Lease lease = workspace->reads().acquire();
        const StatsResult result = StatsEngine::run(lease.db(), query);
        QJsonObject body = result.toJson();
        body.insert(QStringLiteral("query"), query.toJson());
        return HttpResponse::json(200, body);
    });
}

void QueryEndpoints::quarantine(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    HttpResponse error;
    const bool named = request.query.hasQueryItem(QStringLiteral("site"));
    const std::optional<Site> site = resolveSite(context, request, key, false, &error);
    if (!site && (named || key.siteId > 0)) {
        responder.send(error);
        return;
    }
    bool ok = true;
    int limit = 100;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000) {
            responder.send(Problems::badRequest(QStringLiteral("Parameter 'limit' must be a number from 1 to 1000.")));
            return;
        }
    }
    qint64 before = 0;
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        before = request.query.queryItemValue(QStringLiteral("cursor")).toLongLong(&ok);
        if (!ok || before < 1) {
            responder.send(Problems::badRequest(
                QStringLiteral("Parameter 'cursor' must be the next_cursor value of a previous page.")));
            return;
        }
    }
    std::optional<qint64> siteId;
    if (site)
        siteId = site->id;
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, siteId, before, limit]() {
        ReadPool::Lease lease = workspace->reads().acquire();
        const QList<QuarantineEntry> entries = QuarantineStore::list(lease.db(), siteId, before, limit);
        QJsonArray items;
        for (const QuarantineEntry &e : entries)
            items.append(e.toJson());
        QJsonObject body;
        body.insert(QStringLiteral("items"), items);
        body.insert(QStringLiteral("next_cursor"),
            entries.size() == limit ? QJsonValue(QString::number(entries.last().id)) : QJsonValue());
        return HttpResponse::json(200, body);
    });
}

void QueryEndpoints::sites(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    Q_UNUSED(request)
    QJsonArray items;
    for (const Site &site : context.workspace.sites().list()) {
        if (key.siteId == 0 || key.siteId == site.id)
            items.append(site.toJson());
    }
    QJsonObject body;
    body.insert(QStringLiteral("items"), items);
    responder.send(HttpResponse::json(200, body));
}

} // namespace pulse
