// RemoteWorkspaceClient's webhook calls (WorkspaceClient.h) over the server's REST API
// (docs/webhooks.md): the server keeps the outbox and delivers; the workbench manages and watches it.
#include "workspace/RemoteCalls.h"
#include "workspace/RemoteDecode.h"

#include <algorithm>

namespace pulse::ui {

namespace {
constexpr int kMaxDeliveryPage = 100; // as the server's GET /api/v1/webhooks/{id}/deliveries

void readEndpoint(const QJsonObject &json, WebhookEndpointReply *reply)
{
    reply->endpoint = remote::webhookEndpoint(json).value_or(WebhookEndpoint {});
}

void readDelivery(const QJsonObject &json, WebhookDeliveryReply *reply)
{
    reply->delivery = remote::webhookDelivery(json).value_or(WebhookDelivery {});
}
} // namespace

QFuture<WebhookEndpointsReply> RemoteWorkspaceClient::webhookEndpoints(qint64 siteId)
{
    return call<WebhookEndpointsReply>("GET", QStringLiteral("/api/v1/webhooks"), siteQuery(siteId), {},
        [siteId](const QJsonObject &json, WebhookEndpointsReply *reply) {
            reply->siteId = siteId;
            reply->endpoints = remote::items<WebhookEndpoint>(json, &remote::webhookEndpoint);
        });
}

QFuture<WebhookEndpointReply> RemoteWorkspaceClient::saveWebhookEndpoint(
    qint64 siteId, qint64 id, const QJsonObject &json)
{
    return change<WebhookEndpointReply>(id > 0 ? "PUT" : "POST",
        id > 0 ? remote::idPath("webhooks", id) : QStringLiteral("/api/v1/webhooks"), siteQuery(siteId), json,
        &readEndpoint, [this, siteId] { Q_EMIT webhooksChanged(siteId); });
}

QFuture<WebhookEndpointReply> RemoteWorkspaceClient::deleteWebhookEndpoint(qint64 siteId, qint64 id)
{
    return change<WebhookEndpointReply>(
        "DELETE", remote::idPath("webhooks", id), siteQuery(siteId), {},
        [](const QJsonObject &, WebhookEndpointReply *) {}, [this, siteId] { Q_EMIT webhooksChanged(siteId); });
}

QFuture<WebhookEndpointReply> RemoteWorkspaceClient::rotateWebhookSecret(qint64 siteId, qint64 id)
{
    return change<WebhookEndpointReply>("POST", remote::idPath("webhooks", id, "/rotate"), siteQuery(siteId),
        QJsonObject {}, &readEndpoint, [this, siteId] { Q_EMIT webhooksChanged(siteId); });
}

QFuture<WebhookDeliveryReply> RemoteWorkspaceClient::sendWebhookTest(qint64 siteId, qint64 endpointId)
{
    return call<WebhookDeliveryReply>(
        "POST", remote::idPath("webhooks", endpointId, "/test"), siteQuery(siteId), QJsonObject {}, &readDelivery);
}

QFuture<WebhookDeliveriesReply> RemoteWorkspaceClient::webhookDeliveries(qint64 siteId, qint64 endpointId, int limit)
{
    QUrlQuery query = siteQuery(siteId);
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, kMaxDeliveryPage)));
    return call<WebhookDeliveriesReply>("GET", remote::idPath("webhooks", endpointId, "/deliveries"), query, {},
        [siteId, endpointId](const QJsonObject &json, WebhookDeliveriesReply *reply) {
            reply->siteId = siteId;
            reply->endpointId = endpointId;
            reply->deliveries = remote::items<WebhookDelivery>(json, &remote::webhookDelivery);
        });
}

QFuture<WebhookDeliveryReply> RemoteWorkspaceClient::redeliverWebhook(qint64 siteId, qint64 deliveryId)
{
    return call<WebhookDeliveryReply>("POST", remote::idPath("webhooks/deliveries", deliveryId, "/redeliver"),
        siteQuery(siteId), QJsonObject {}, &readDelivery);
}

} // namespace pulse::ui
