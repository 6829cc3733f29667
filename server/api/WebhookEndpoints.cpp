#include "api/WebhookEndpoints.h"

#include "api/EndpointSupport.h"
#include "http/HttpRequest.h"
#include "storage/Workspace.h"
#include "webhooks/WebhookEndpointStore.h"
#include "webhooks/WebhookOutbox.h"

#include <QJsonArray>

namespace pulse {

using endpoint::jsonBody;
using endpoint::listForSite;
using endpoint::pathId;
using endpoint::requireSite;
using endpoint::runOnPool;
using endpoint::siteAndBody;
using endpoint::SiteAndBody;

namespace {

constexpr qint64 kMaxGraceSeconds = 7 * 24 * 3600;
constexpr int kDefaultDeliveryPage = 20;
constexpr int kMaxDeliveryPage = 100;

HttpResponse noSuchWebhook(qint64 id)
{
    return Problems::notFound(
        QStringLiteral("This site has no webhook endpoint %1 (see GET /api/v1/webhooks).").arg(id));
}

HttpResponse badField(const QString &field, const QString &message)
{
    return Problems::badRequest(message, QJsonObject { { QStringLiteral("field"), field } });
}

// The endpoint a create or replace body describes, or false after answering 400 naming the field.
bool readEndpoint(const QJsonObject &body, WebhookEndpoint *endpoint, HttpResponder &responder)
{
    QString field, message;
    if (!WebhookEndpoint::fromJson(body, endpoint, &field, &message)) {
        responder.send(badField(field, message));
        return false;
    }
    return true;
}

} // namespace

void WebhookEndpoints::list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    Workspace *workspace = &context.workspace;
    listForSite(context, request, key, std::move(responder),
        [workspace](qint64 siteId) { return workspace->webhookEndpoints().list(siteId); });
}

void WebhookEndpoints::create(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in)
        return;
    WebhookEndpoint endpoint;
    endpoint.siteId = in->site.id;
    if (!readEndpoint(in->body, &endpoint, responder))
        return;
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, endpoint]() {
        const WebhookEndpoint created = workspace->webhookEndpoints().create(endpoint);
        HttpResponse response = HttpResponse::json(201, created.toJson(true));
        response.setHeader("Location", QByteArray(QByteArray("/api/v1/webhooks/") + QByteArray::number(created.id)));
        return response;
    });
}

void WebhookEndpoints::get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id]() {
        const std::optional<WebhookEndpoint> e = workspace->webhookEndpoints().get(siteId, id);
        return e ? HttpResponse::json(200, e->toJson()) : noSuchWebhook(id);
    });
}

void WebhookEndpoints::replace(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in)
        return;
    WebhookEndpoint endpoint;
    endpoint.siteId = in->site.id;
    endpoint.id = pathId(request.path);
    if (!readEndpoint(in->body, &endpoint, responder))
        return;
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, endpoint]() {
        const std::optional<WebhookEndpoint> saved = workspace->webhookEndpoints().update(endpoint);
        return saved ? HttpResponse::json(200, saved->toJson()) : noSuchWebhook(endpoint.id);
    });
}

void WebhookEndpoints::remove(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id]() {
        return workspace->webhookEndpoints().remove(siteId, id) ? HttpResponse::noContent() : noSuchWebhook(id);
    });
}

void WebhookEndpoints::rotate(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    qint64 graceSeconds = WebhookEndpointStore::kDefaultGraceMs / 1000;
    if (!request.body.trimmed().isEmpty()) {
        QJsonObject body;
        HttpResponse error;
        if (!jsonBody(request, &body, &error)) {
            responder.send(error);
            return;
        }
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() != QLatin1String("grace_seconds")) {
                responder.send(badField(QStringLiteral("body"),
                    QStringLiteral("Unknown field '%1'; a rotation takes only grace_seconds.")
                        .arg(it.key().left(100))));
                return;
            }
        }
        const QJsonValue grace = body.value(QStringLiteral("grace_seconds"));
        if (!grace.isUndefined()) {
            const double value = grace.toDouble(-1);
            if (!grace.isDouble() || value < 0 || value > double(kMaxGraceSeconds) || value != qint64(value)) {
                responder.send(badField(QStringLiteral("grace_seconds"),
                    QStringLiteral("Field 'grace_seconds' must be a whole number of seconds from 0 to %1 (7 days).")
                        .arg(kMaxGraceSeconds)));
                return;
            }
            graceSeconds = qint64(value);
        }
    }
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id, graceSeconds]() {
        const std::optional<WebhookEndpoint> e = workspace->webhookEndpoints().rotate(siteId, id, graceSeconds * 1000);
        return e ? HttpResponse::json(200, e->toJson(true)) : noSuchWebhook(id);
    });
}

void WebhookEndpoints::test(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id]() {
        const std::optional<WebhookEndpoint> e = workspace->webhookEndpoints().get(siteId, id);
        if (!e)
            return noSuchWebhook(id);
        if (!e->enabled)
            return HttpResponse::problem(409, QStringLiteral("Conflict"),
                QStringLiteral("Webhook endpoint %1 is disabled; enable it (PUT with \"enabled\": true) before sending "
                               "a test event.")
                    .arg(id));
        const std::optional<WebhookDelivery> d = workspace->webhooks().enqueueTest(siteId, id);
        return d ? HttpResponse::json(202, d->toJson()) : noSuchWebhook(id);
    });
}

void WebhookEndpoints::deliveries(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    bool ok = true;
    int limit = kDefaultDeliveryPage;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxDeliveryPage) {
            responder.send(badField(QStringLiteral("limit"),
                QStringLiteral("Parameter 'limit' must be a number from 1 to %1.").arg(kMaxDeliveryPage)));
            return;
        }
    }
    qint64 before = 0;
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        before = request.query.queryItemValue(QStringLiteral("cursor")).toLongLong(&ok);
        if (!ok || before < 1) {
            responder.send(badField(QStringLiteral("cursor"),
                QStringLiteral("Parameter 'cursor' must be the next_cursor value of a previous page.")));
            return;
        }
    }
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id, before, limit]() {
        if (!workspace->webhookEndpoints().get(siteId, id))
            return noSuchWebhook(id);
        const QList<WebhookDelivery> page = workspace->webhooks().deliveries(siteId, id, before, limit);
        QJsonArray items;
        for (const WebhookDelivery &d : page)
            items << d.toJson();
        QJsonObject body;
        body.insert(QStringLiteral("items"), items);
        body.insert(QStringLiteral("next_cursor"),
            page.size() == limit ? QJsonValue(QString::number(page.last().id)) : QJsonValue());
        return HttpResponse::json(200, body);
    });
}

void WebhookEndpoints::redeliver(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id]() {
        const std::optional<WebhookDelivery> d = workspace->webhooks().redeliver(siteId, id);
        if (!d)
            return Problems::notFound(QStringLiteral("This site has no webhook delivery %1 (see GET "
                                                     "/api/v1/webhooks/{id}/deliveries).")
                                          .arg(id));
        return HttpResponse::json(202, d->toJson());
    });
}

} // namespace pulse
