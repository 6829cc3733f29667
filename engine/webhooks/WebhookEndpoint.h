// A webhook endpoint of one site (docs/webhooks.md): where to send, which event types, whether it is
// enabled, and the secrets that sign its requests. A value type with a JSON codec; the secrets are
// only written to JSON when asked (on create and on rotate), never in lists.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pulse {

struct WebhookEndpoint {
    static constexpr int kMaxUrlLength = 2048;
    static constexpr int kMaxDescriptionLength = 500;

    qint64 id = 0; // 0: not stored yet
    qint64 siteId = 0;
    QString url;
    QString description;
    QStringList eventTypes;
    bool enabled = true;
    QString disabledReason; // set when Pulse disabled it (the receiver answered 410 Gone)
    QString secret; // whsec_…
    QString previousSecret; // signs beside secret until previousSecretExpiresAtMs
    qint64 previousSecretExpiresAtMs = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    // alert.triggered, alert.resolved, import.completed, export.completed, webhook.test
    static const QStringList &knownEventTypes();
    static QString testEventType() { return QStringLiteral("webhook.test"); }

    // The secrets that sign a request sent at nowMs: the current one first, then the previous one
    // while its grace period lasts.
    QStringList signingSecrets(qint64 nowMs) const;
    bool wants(const QString &eventType) const { return eventTypes.contains(eventType); }

    QJsonObject toJson(bool withSecret = false) const;
    // Reads url, description, event_types and enabled into *out (the rest is kept). False with the
    // offending field in *field and what to fix in *error.
    static bool fromJson(const QJsonObject &json, WebhookEndpoint *out, QString *field, QString *error);
    // Empty when url can be used: http or https, a host, no user name or password, no fragment.
    static QString urlError(const QString &url);

    bool operator==(const WebhookEndpoint &) const = default;
};

} // namespace pulse
