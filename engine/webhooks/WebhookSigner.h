// Standard Webhooks signatures (https://www.standardwebhooks.com, docs/webhooks.md): the secret is
// "whsec_" + base64 of random bytes, and a signature is "v1," + base64(HMAC-SHA256(secret bytes,
// id + "." + timestamp + "." + body)). During a rotation two secrets sign, and the
// webhook-signature header lists both, separated by a space.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pulse {

class WebhookSigner final {
public:
    static constexpr int kSecretBytes = 32; // the spec asks for 24 to 64

    // A new secret from the system's random source.
    static QString generateSecret();
    // A new message id, "msg_" + 22 characters: the webhook-id header.
    static QString generateMessageId();
    // The secret's key bytes (base64 after "whsec_"); empty when the secret is malformed.
    static QByteArray secretBytes(const QString &secret);
    // "v1,<base64>" for one secret.
    static QByteArray signature(
        const QString &secret, const QByteArray &id, qint64 timestampSeconds, const QByteArray &body);
    // The webhook-signature header value: one "v1," signature per secret, space-separated.
    static QByteArray signatureHeader(
        const QStringList &secrets, const QByteArray &id, qint64 timestampSeconds, const QByteArray &body);
};

} // namespace pulse
