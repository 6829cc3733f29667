#include "api/QueryEndpoints.h"

#include "access/KeyStore.h"
#include "access/SiteStore.h"
#include "analytics/AnalysisEngine.h"
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

namespace {

constexpr int kMaxComparedCohorts = 10;

// compare_cohorts=ID,ID,…: the saved cohorts to set side by side, each with its own totals and series.
bool readComparedCohorts(const QUrlQuery &url, const StatsQuery &query, QList<qint64> *out, QString *error)
{
    const QString text = url.queryItemValue(QStringLiteral("compare_cohorts"), QUrl::FullyDecoded).trimmed();
    if (text.isEmpty())
        return true;
    if (query.cohortId > 0) {
        *error = QStringLiteral("Use either 'cohort' (only its users) or 'compare_cohorts' (several side by side), "
                                "not both.");
        return false;
    }
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            *error = QStringLiteral("Parameter 'compare_cohorts' must be cohort ids separated by commas, like 3,7; "
                                    "got '%1'.")
                         .arg(text);
            return false;
        }
        if (!out->contains(id))
            out->append(id);
    }
    if (out->size() > kMaxComparedCohorts) {
        *error = QStringLiteral("Parameter 'compare_cohorts' names %1 cohorts; compare at most %2 at once.")
                     .arg(out->size())
                     .arg(kMaxComparedCohorts);
        return false;
    }
    return true;
}

} // namespace

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
    QList<qint64> compared;
    if (!StatsQuery::fromUrlQuery(request.query, context.clock.nowMs(), &query, &message)
        || !readComparedCohorts(request.query, query, &compared, &message)) {
        responder.send(Problems::badRequest(message));
        return;
    }
    query.siteId = site->id;
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, query, compared]() {
        CohortStore &cohorts = workspace->cohorts().store();
        if (query.cohortId > 0 && !cohorts.get(query.siteId, query.cohortId))
            return Problems::notFound(
                QStringLiteral("This site has no cohort %1 (see GET /api/v1/cohorts).").arg(query.cohortId));
        QList<Cohort> series;
        for (qint64 id : compared) {
            const std::optional<Cohort> c = cohorts.get(query.siteId, id);
            if (!c)
                return Problems::notFound(
                    QStringLiteral("This site has no cohort %1 (see GET /api/v1/cohorts).").arg(id));
            series.append(*c);
        }
        ReadPool::Lease lease = workspace->reads().acquire();
        const StatsResult result = workspace->analysis().stats(lease.db(), query);
        QJsonObject body = result.toJson();
        body.insert(QStringLiteral("query"), query.toJson());
        if (!compared.isEmpty()) {
            // Each cohort's figures over the same range and filters: the totals and the series, not the
            // top tables (ask with cohort=ID for those).
            QJsonArray sideBySide;
            for (const Cohort &c : std::as_const(series)) {
                StatsQuery narrowed = query;
                narrowed.cohortId = c.id;
                QJsonObject figures = workspace->analysis().stats(lease.db(), narrowed).toJson();
                for (const StatsResult::Table &table : StatsResult::tables())
                    figures.remove(QLatin1String(table.name));
                figures.remove(QStringLiteral("interval"));
                figures.insert(QStringLiteral("cohort_id"), c.id);
                figures.insert(QStringLiteral("name"), c.name);
                sideBySide.append(figures);
            }
            body.insert(QStringLiteral("cohorts"), sideBySide);
        }
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
