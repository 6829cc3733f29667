// The webhook_endpoints table (migration 0008): every write goes through the one writer, reads
// through the read pool. Creates each endpoint's secret and rotates it with a grace period.
#pragma once

#include "webhooks/WebhookEndpoint.h"

#include <QList>

#include <optional>

namespace pulse {

class Clock;
class EventWriter;
class ReadPool;

class WebhookEndpointStore final {
public:
    static constexpr qint64 kDefaultGraceMs = 24LL * 3600 * 1000;

    WebhookEndpointStore(EventWriter &writer, ReadPool &reads, const Clock &clock);

    // Stores a new endpoint (url, description, event types, enabled from endpoint) with a new secret.
    WebhookEndpoint create(WebhookEndpoint endpoint);
    // Replaces url, description, event types and enabled; enabling clears disabledReason. nullopt
    // when the site has no such endpoint.
    std::optional<WebhookEndpoint> update(const WebhookEndpoint &endpoint);
    bool remove(qint64 siteId, qint64 id);
    QList<WebhookEndpoint> list(qint64 siteId) const; // by id
    std::optional<WebhookEndpoint> get(qint64 siteId, qint64 id) const;
    std::optional<WebhookEndpoint> byId(qint64 id) const;
    // A new secret; the current one keeps signing for graceMs (0: stops at once).
    std::optional<WebhookEndpoint> rotate(qint64 siteId, qint64 id, qint64 graceMs = kDefaultGraceMs);
    // Pulse turns an endpoint off (the receiver answered 410 Gone), saying why.
    void disable(qint64 id, const QString &reason);

private:
    EventWriter &m_writer;
    ReadPool &m_reads;
    const Clock &m_clock;
};

} // namespace pulse
