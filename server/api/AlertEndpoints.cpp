#include "api/AlertEndpoints.h"

#include "alerts/Alerts.h"
#include "api/EndpointSupport.h"
#include "http/HttpRequest.h"

#include <QJsonArray>

namespace pulse {

using endpoint::itemsResponse;
using endpoint::pathId;
using endpoint::requireSite;
using endpoint::runOnPool;
using endpoint::siteAndBody;
using endpoint::SiteAndBody;

namespace {

constexpr int kDefaultHistoryPage = 50;

HttpResponse noSuchAlert(qint64 id)
{
    return Problems::notFound(QStringLiteral("This site has no alert rule %1 (see GET /api/v1/alerts).").arg(id));
}

HttpResponse badAlertField(const QString &field, const QString &message)
{
    return Problems::badRequest(message, QJsonObject { { QStringLiteral("field"), field } });
}

// The page a history request asks for (?limit=, ?cursor=), or false after answering 400.
bool readHistoryPage(const HttpRequest &request, int *limit, qint64 *before, HttpResponder &responder)
{
    bool ok = true;
    *limit = kDefaultHistoryPage;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        *limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || *limit < 1 || *limit > AlertHistoryStore::kMaxPage) {
            responder.send(badAlertField(QStringLiteral("limit"),
                QStringLiteral("Parameter 'limit' must be a number from 1 to %1.").arg(AlertHistoryStore::kMaxPage)));
            return false;
        }
    }
    *before = 0;
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        *before = request.query.queryItemValue(QStringLiteral("cursor")).toLongLong(&ok);
        if (!ok || *before < 1) {
            responder.send(badAlertField(QStringLiteral("cursor"),
                QStringLiteral("Parameter 'cursor' must be the next_cursor value of a previous page.")));
            return false;
        }
    }
    return true;
}

HttpResponse historyPage(const QList<AlertEvent> &page, int limit)
{
    QJsonArray items;
    for (const AlertEvent &e : page)
        items << e.toJson();
    return HttpResponse::json(200,
        QJsonObject { { QStringLiteral("items"), items },
            { QStringLiteral("next_cursor"),
                page.size() == limit ? QJsonValue(QString::number(page.last().id)) : QJsonValue() } });
}

} // namespace

void AlertEndpoints::list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.alerts)
        return;
    Alerts *alerts = context.alerts;
    runOnPool(
        context, responder, [alerts, siteId = site->id]() { return itemsResponse(alerts->rules().list(siteId)); });
}

void AlertEndpoints::create(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in || !context.alerts)
        return;
    Alerts *alerts = context.alerts;
    runOnPool(context, responder, [alerts, siteId = in->site.id, body = in->body]() {
        QString field, error;
        const std::optional<AlertRule> created = alerts->create(siteId, body, &field, &error);
        if (!created)
            return badAlertField(field, error);
        HttpResponse response = HttpResponse::json(201, created->toJson());
        response.setHeader("Location", QStringLiteral("/api/v1/alerts/%1").arg(created->id).toUtf8());
        return response;
    });
}

void AlertEndpoints::get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.alerts)
        return;
    Alerts *alerts = context.alerts;
    runOnPool(context, responder, [alerts, siteId = site->id, id = pathId(request.path)]() {
        const std::optional<AlertRule> r = alerts->rules().get(siteId, id);
        return r ? HttpResponse::json(200, r->toJson()) : noSuchAlert(id);
    });
}

void AlertEndpoints::replace(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in || !context.alerts)
        return;
    Alerts *alerts = context.alerts;
    runOnPool(context, responder, [alerts, siteId = in->site.id, body = in->body, id = pathId(request.path)]() {
        QString field, error;
        bool found = false;
        const std::optional<AlertRule> updated = alerts->update(siteId, id, body, &field, &error, &found);
        if (!found)
            return noSuchAlert(id);
        return updated ? HttpResponse::json(200, updated->toJson()) : badAlertField(field, error);
    });
}

void AlertEndpoints::remove(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.alerts)
        return;
    Alerts *alerts = context.alerts;
    runOnPool(context, responder, [alerts, siteId = site->id, id = pathId(request.path)]() {
        return alerts->remove(siteId, id) ? HttpResponse::noContent() : noSuchAlert(id);
    });
}

void AlertEndpoints::backtest(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.alerts)
        return;
    Alerts *alerts = context.alerts;
    runOnPool(context, responder, [alerts, siteId = site->id, id = pathId(request.path)]() {
        const std::optional<AlertRule> r = alerts->rules().get(siteId, id);
        if (!r)
            return noSuchAlert(id);
        QJsonObject body = alerts->backtest(*r).toJson();
        body.insert(QStringLiteral("rule"), r->toJson());
        return HttpResponse::json(200, body);
    });
}

void AlertEndpoints::backtestDraft(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in || !context.alerts)
        return;
    Alerts *alerts = context.alerts;
    runOnPool(context, responder, [alerts, siteId = in->site.id, body = in->body]() {
        QString field, error;
        const std::optional<AlertRule> rule = alerts->draft(siteId, body, &field, &error);
        if (!rule)
            return badAlertField(field, error);
        QJsonObject answer = alerts->backtest(*rule).toJson();
        answer.insert(QStringLiteral("rule"), rule->toJson());
        return HttpResponse::json(200, answer);
    });
}

void AlertEndpoints::history(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    int limit = 0;
    qint64 before = 0;
    if (!site || !context.alerts || !readHistoryPage(request, &limit, &before, responder))
        return;
    Alerts *alerts = context.alerts;
    runOnPool(context, responder, [alerts, siteId = site->id, id = pathId(request.path), before, limit]() {
        if (!alerts->rules().get(siteId, id))
            return noSuchAlert(id);
        return historyPage(alerts->history().list(siteId, id, before, limit), limit);
    });
}

void AlertEndpoints::siteHistory(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    int limit = 0;
    qint64 before = 0;
    if (!site || !context.alerts || !readHistoryPage(request, &limit, &before, responder))
        return;
    Alerts *alerts = context.alerts;
    runOnPool(context, responder, [alerts, siteId = site->id, before, limit]() {
        return historyPage(alerts->history().list(siteId, 0, before, limit), limit);
    });
}

} // namespace pulse
