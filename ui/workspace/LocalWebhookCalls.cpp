// LocalWorkspaceClient's webhook calls (WorkspaceClient.h): endpoints and the delivery log of the
// workspace's outbox, on the client's pool. Sending is the service's dispatcher's job; these calls
// only queue (a test event, a redelivery) and read.
#include "workspace/LocalWorkspaceClient.h"

#include "storage/Workspace.h"
#include "webhooks/WebhookEndpointStore.h"
#include "webhooks/WebhookOutbox.h"
#include "workspace/LocalPoolCall.h"

#include <algorithm>

namespace pulse::ui {

namespace {

constexpr int kMaxDeliveryPage = 200;

QString noSuchEndpoint()
{
    return LocalWorkspaceClient::tr("The webhook no longer exists; it may have been deleted meanwhile.");
}

} // namespace

QFuture<WebhookEndpointsReply> LocalWorkspaceClient::webhookEndpoints(qint64 siteId)
{
    WebhookEndpointsReply reply;
    reply.siteId = siteId;
    return onPool(reply, [workspace = &m_workspace, siteId](WebhookEndpointsReply &r) {
        r.endpoints = workspace->webhookEndpoints().list(siteId);
        for (WebhookEndpoint &e : r.endpoints) {
            e.secret.clear(); // shown once, when created or rotated
            e.previousSecret.clear();
        }
    });
}

QFuture<WebhookEndpointReply> LocalWorkspaceClient::changeWebhook(
    qint64 siteId, std::function<WebhookEndpointReply(Workspace &)> change)
{
    QFuture<WebhookEndpointReply> future = onPool(WebhookEndpointReply {},
        [workspace = &m_workspace, change](WebhookEndpointReply &reply) { reply = change(*workspace); });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT webhooksChanged(siteId); });
}

QFuture<WebhookEndpointReply> LocalWorkspaceClient::saveWebhookEndpoint(
    qint64 siteId, qint64 id, const QJsonObject &json)
{
    return changeWebhook(siteId, [siteId, id, json](Workspace &w) {
        WebhookEndpointReply reply;
        WebhookEndpoint endpoint;
        if (id != 0) {
            const std::optional<WebhookEndpoint> stored = w.webhookEndpoints().get(siteId, id);
            if (!stored) {
                reply.error = noSuchEndpoint();
                return reply;
            }
            endpoint = *stored;
        }
        endpoint.siteId = siteId;
        if (!WebhookEndpoint::fromJson(json, &endpoint, &reply.field, &reply.error))
            return reply;
        if (id == 0) {
            reply.endpoint = w.webhookEndpoints().create(endpoint); // with its new secret
        } else if (const std::optional<WebhookEndpoint> updated = w.webhookEndpoints().update(endpoint)) {
            reply.endpoint = *updated;
            reply.endpoint.secret.clear();
            reply.endpoint.previousSecret.clear();
        } else {
            reply.error = noSuchEndpoint();
        }
        return reply;
    });
}

QFuture<WebhookEndpointReply> LocalWorkspaceClient::deleteWebhookEndpoint(qint64 siteId, qint64 id)
{
    return changeWebhook(siteId, [siteId, id](Workspace &w) {
        WebhookEndpointReply reply;
        if (!w.webhookEndpoints().remove(siteId, id))
            reply.error = noSuchEndpoint();
        return reply;
    });
}

QFuture<WebhookEndpointReply> LocalWorkspaceClient::rotateWebhookSecret(qint64 siteId, qint64 id)
{
    return changeWebhook(siteId, [siteId, id](Workspace &w) {
        WebhookEndpointReply reply;
        if (const std::optional<WebhookEndpoint> rotated = w.webhookEndpoints().rotate(siteId, id)) {
            reply.endpoint = *rotated;
            reply.endpoint.previousSecret.clear();
        } else {
            reply.error = noSuchEndpoint();
        }
        return reply;
    });
}

QFuture<WebhookDeliveryReply> LocalWorkspaceClient::sendWebhookTest(qint64 siteId, qint64 endpointId)
{
    QFuture<WebhookDeliveryReply> future
        = onPool(WebhookDeliveryReply {}, [workspace = &m_workspace, siteId, endpointId](WebhookDeliveryReply &reply) {
              const std::optional<WebhookEndpoint> e = workspace->webhookEndpoints().get(siteId, endpointId);
              if (!e)
                  reply.error = noSuchEndpoint();
              else if (!e->enabled)
                  reply.error = tr("The webhook is disabled; enable it before sending a test event.");
              else if (const std::optional<WebhookDelivery> d = workspace->webhooks().enqueueTest(siteId, endpointId))
                  reply.delivery = *d;
              else
                  reply.error = noSuchEndpoint();
          });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT webhooksChanged(siteId); });
}

QFuture<WebhookDeliveriesReply> LocalWorkspaceClient::webhookDeliveries(qint64 siteId, qint64 endpointId, int limit)
{
    WebhookDeliveriesReply reply;
    reply.siteId = siteId;
    reply.endpointId = endpointId;
    return onPool(reply, [workspace = &m_workspace, siteId, endpointId, limit](WebhookDeliveriesReply &r) {
        const QList<WebhookDelivery> page
            = workspace->webhooks().deliveries(siteId, endpointId, 0, std::clamp(limit, 1, kMaxDeliveryPage));
        for (const WebhookDelivery &d : page) // with each one's attempts, for the log
            r.deliveries << workspace->webhooks().delivery(siteId, d.id).value_or(d);
    });
}

QFuture<WebhookDeliveryReply> LocalWorkspaceClient::redeliverWebhook(qint64 siteId, qint64 deliveryId)
{
    QFuture<WebhookDeliveryReply> future
        = onPool(WebhookDeliveryReply {}, [workspace = &m_workspace, siteId, deliveryId](WebhookDeliveryReply &reply) {
              if (const std::optional<WebhookDelivery> d = workspace->webhooks().redeliver(siteId, deliveryId))
                  reply.delivery = *d;
              else
                  reply.error = tr("The delivery no longer exists.");
          });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT webhooksChanged(siteId); });
}

} // namespace pulse::ui
