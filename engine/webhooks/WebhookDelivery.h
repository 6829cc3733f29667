// One webhook message on its way to one endpoint, and the log of its attempts (docs/webhooks.md,
// "What is logged"). Value types with JSON codecs for the delivery log.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pulse {

struct WebhookAttempt {
    static constexpr int kMaxExcerptBytes = 1024;

    int attempt = 0; // 1 for the first
    qint64 attemptedAtMs = 0;
    int status = 0; // HTTP status; 0: no answer (network failure, timeout, refused address)
    qint64 latencyMs = 0;
    QString responseExcerpt; // at most kMaxExcerptBytes of the response body
    QString error; // why there was no usable answer

    bool succeeded() const { return status >= 200 && status < 300; }
    QJsonObject toJson() const;
    bool operator==(const WebhookAttempt &) const = default;
};

// What one attempt learned, as the dispatcher reports it to the outbox.
struct WebhookAttemptResult {
    int status = 0; // 0: no answer
    qint64 latencyMs = 0;
    QByteArray responseExcerpt;
    QString error;
    std::optional<qint64> retryAfterMs; // the receiver's Retry-After, when it sent one
};

struct WebhookDelivery {
    enum class State { Pending, Succeeded, Failed };

    qint64 id = 0;
    qint64 siteId = 0;
    qint64 endpointId = 0;
    qint64 messageId = 0;
    QString webhookId; // msg_…
    QString eventType;
    QByteArray body;
    State state = State::Pending;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0; // while pending
    int lastStatus = 0;
    QString lastError;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QList<WebhookAttempt> attemptLog; // oldest first, when loaded

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
    QJsonObject toJson() const;
};

} // namespace pulse
