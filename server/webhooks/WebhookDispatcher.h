// Sends the outbox's due webhook deliveries (docs/webhooks.md). Lives on the server's network
// thread: every few seconds, and at once when something is enqueued, it takes the due deliveries,
// resolves each endpoint's host, refuses addresses the OutboundAddressGuard denies (unless local
// targets are allowed), signs the stored body with the endpoint's current secrets, posts it with
// WebhookHttpClient to the checked address, and reports the attempt to the outbox, which decides
// what follows. Each attempt is bounded by a timeout (10 s). Deliveries are only marked when an
// attempt ends, so a delivery in flight when the process stops is simply sent again after the
// restart (at least once; receivers dedupe on webhook-id). All times come from the Clock.
#pragma once

#include "webhooks/WebhookDelivery.h"
#include "webhooks/WebhookEndpoint.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace pulse {

class Clock;
class WebhookEndpointStore;
class WebhookOutbox;
struct WebhookHttpResult;

struct WebhookDispatcherOptions {
    int timeoutMs = 10 * 1000; // per attempt: name lookup, connection, request and answer
    int pollIntervalMs = 1000; // how often due deliveries are looked for; 0: only runDue() and enqueues
    int maxInFlight = 16;
    bool allowLocal = false; // send to private, loopback and link-local addresses too (tests, on-premises)
};

class WebhookDispatcher final : public QObject {
    Q_OBJECT
public:
    WebhookDispatcher(WebhookOutbox &outbox, WebhookEndpointStore &endpoints, const Clock &clock,
        WebhookDispatcherOptions options = {}, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    // Starts polling and sends what is due now (deliveries a stopped process left pending).
    void start();
    // Stops polling and drops the attempts in flight (they stay pending and are sent after a restart).
    void stop();
    // Starts an attempt for every due delivery not already in flight (the clock's now).
    void runDue();
    int inFlight() const { return int(m_attempts.size()); }
    const WebhookDispatcherOptions &options() const { return m_options; }

    // Retry-After as a wait in milliseconds: delta seconds, or an HTTP date relative to nowMs.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMs);

Q_SIGNALS:
    // An attempt ended and the outbox recorded it; delivery is as it now stands.
    void attemptFinished(const pulse::WebhookDelivery &delivery);

private:
    struct Attempt;
    void begin(const WebhookDelivery &delivery);
    void send(qint64 deliveryId, const QList<QHostAddress> &addresses);
    void finish(qint64 deliveryId, const WebhookHttpResult &result);

    WebhookOutbox &m_outbox;
    WebhookEndpointStore &m_endpoints;
    const Clock &m_clock;
    WebhookDispatcherOptions m_options;
    QTimer m_poll;
    QHash<qint64, std::shared_ptr<Attempt>> m_attempts; // by delivery id
    bool m_running = false;
};

} // namespace pulse
