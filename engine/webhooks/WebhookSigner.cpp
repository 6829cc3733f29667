#include "webhooks/WebhookSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace pulse {

namespace {
const QLatin1String kWebhookSecretPrefix("whsec_");

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}
} // namespace

QString WebhookSigner::generateSecret()
{
    return kWebhookSecretPrefix + QString::fromLatin1(randomBytes(kSecretBytes).toBase64());
}

QString WebhookSigner::generateMessageId()
{
    return QStringLiteral("msg_")
        + QString::fromLatin1(randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray WebhookSigner::secretBytes(const QString &secret)
{
    if (!secret.startsWith(kWebhookSecretPrefix))
        return {};
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        secret.mid(kWebhookSecretPrefix.size()).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

QByteArray WebhookSigner::signature(
    const QString &secret, const QByteArray &id, qint64 timestampSeconds, const QByteArray &body)
{
    const QByteArray message = id + '.' + QByteArray::number(timestampSeconds) + '.' + body;
    const QByteArray mac = QMessageAuthenticationCode::hash(message, secretBytes(secret), QCryptographicHash::Sha256);
    return QByteArrayLiteral("v1,") + mac.toBase64();
}

QByteArray WebhookSigner::signatureHeader(
    const QStringList &secrets, const QByteArray &id, qint64 timestampSeconds, const QByteArray &body)
{
    QByteArrayList parts;
    for (const QString &secret : secrets)
        parts << signature(secret, id, timestampSeconds, body);
    return parts.join(' ');
}

} // namespace pulse
