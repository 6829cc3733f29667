#include "access/SessionToken.h"

#include "core/ConstantTime.h"

#include <QList>
#include <QMessageAuthenticationCode>

namespace pulse {

namespace {
constexpr auto kBase64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isBase64UrlText(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    }
    return true;
}

bool readTokenNumber(const QByteArray &text, qint64 *out)
{
    bool ok = false;
    *out = text.toLongLong(&ok);
    return ok && *out >= 0;
}
} // namespace

SessionToken::SessionToken(QByteArray signingKey) : m_key(std::move(signingKey)) { }

bool SessionToken::hasPrefix(QStringView credential)
{
    return credential.startsWith(QLatin1String(kPrefix));
}

QByteArray SessionToken::signatureOf(QByteArrayView payload) const
{
    const QByteArray message = QByteArray("st1.") + payload.toByteArray();
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256).toBase64(kBase64Options);
}

QString SessionToken::sign(const SessionClaims &claims) const
{
    const QByteArray text = QByteArray("1:") + QByteArray::number(claims.sessionId) + ':'
        + QByteArray::number(claims.keyId) + ':' + QByteArray::number(claims.scopes) + ':'
        + QByteArray::number(claims.expiresAtMs);
    const QByteArray payload = text.toBase64(kBase64Options);
    return QLatin1String(kPrefix) + QString::fromLatin1(payload) + QLatin1Char('.')
        + QString::fromLatin1(signatureOf(payload));
}

SessionToken::Verdict SessionToken::read(QStringView token, SessionClaims *claims) const
{
    if (!hasPrefix(token) || token.size() > kMaxLength)
        return Verdict::Malformed;
    const QByteArray text = token.mid(qsizetype(qstrlen(kPrefix))).toLatin1();
    const qsizetype dot = text.indexOf('.');
    if (dot < 0)
        return Verdict::Malformed;
    const QByteArrayView payload = QByteArrayView(text).first(dot);
    const QByteArrayView signature = QByteArrayView(text).sliced(dot + 1);
    if (!isBase64UrlText(payload) || !isBase64UrlText(signature))
        return Verdict::Malformed;
    if (!equalInConstantTime(signatureOf(payload), signature))
        return Verdict::BadSignature;
    // Genuine from here on: anything odd below is a format this server does not write, not an attack.
    const QList<QByteArray> fields = QByteArray::fromBase64(payload.toByteArray(), kBase64Options).split(':');
    SessionClaims parsed;
    qint64 scopes = 0;
    if (fields.size() != 5 || fields[0] != "1" || !readTokenNumber(fields[1], &parsed.sessionId)
        || !readTokenNumber(fields[2], &parsed.keyId) || !readTokenNumber(fields[3], &scopes)
        || !readTokenNumber(fields[4], &parsed.expiresAtMs) || scopes > 0xffff)
        return Verdict::Malformed;
    parsed.scopes = int(scopes);
    *claims = parsed;
    return Verdict::Ok;
}

} // namespace pulse
