// The durable outbox of webhook messages (docs/webhooks.md): enqueue() stores the message and one
// delivery per enabled endpoint that wants its type in one transaction, before anything is sent, so
// nothing pending is lost when the process stops. The server's dispatcher asks for due deliveries,
// sends them and reports each attempt back; the outbox logs it and decides what follows: done on a
// 2xx, the endpoint disabled on 410 Gone, otherwise the next attempt by the RetrySchedule (or the
// receiver's Retry-After) until the attempts run out. Any thread may enqueue; the enqueued() signal
// tells the dispatcher to look now instead of at its next poll.
#pragma once

#include "webhooks/RetrySchedule.h"
#include "webhooks/WebhookDelivery.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <mutex>
#include <optional>

namespace pulse {

class Clock;
class EventWriter;
class ReadPool;

class WebhookOutbox final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;

    WebhookOutbox(EventWriter &writer, ReadPool &reads, const Clock &clock, QObject *parent = nullptr);

    void setSchedule(RetrySchedule schedule);
    RetrySchedule schedule() const;

    // Stores a message of this type with data as its "data" and one delivery per enabled endpoint of
    // the site that wants the type; returns the deliveries' ids (empty when no endpoint wants it).
    // Throws SqlError when the workspace cannot be written.
    QList<qint64> enqueue(qint64 siteId, const QString &type, const QJsonObject &data);
    // A webhook.test message to one endpoint; nullopt when the site has no such endpoint.
    std::optional<WebhookDelivery> enqueueTest(qint64 siteId, qint64 endpointId);
    // The message of a delivery once more to the same endpoint, as a new delivery with the same
    // webhook-id (receivers dedupe on it); nullopt when the site has no such delivery.
    std::optional<WebhookDelivery> redeliver(qint64 siteId, qint64 deliveryId);

    // Pending deliveries whose time has come at nowMs and whose endpoint is enabled, oldest due first.
    QList<WebhookDelivery> due(qint64 nowMs, int limit) const;
    // When the next pending delivery of an enabled endpoint is due; nullopt: none is pending.
    std::optional<qint64> nextDueAtMs() const;
    // Logs one attempt of a delivery and decides what follows; returns the delivery as it now stands.
    WebhookDelivery recordAttempt(qint64 deliveryId, qint64 attemptedAtMs, const WebhookAttemptResult &result);

    std::optional<WebhookDelivery> delivery(qint64 siteId, qint64 id) const; // with its attempts
    // An endpoint's deliveries, newest first, ids below beforeId (0: from the newest), with attempts.
    QList<WebhookDelivery> deliveries(qint64 siteId, qint64 endpointId, qint64 beforeId, int limit) const;

Q_SIGNALS:
    void enqueued();

private:
    QByteArray messageBody(const QString &type, const QJsonObject &data, qint64 nowMs) const;
    QList<WebhookAttempt> attemptsOf(qint64 deliveryId) const;

    EventWriter &m_writer;
    ReadPool &m_reads;
    const Clock &m_clock;
    mutable std::mutex m_scheduleMutex;
    RetrySchedule m_schedule;
};

} // namespace pulse
