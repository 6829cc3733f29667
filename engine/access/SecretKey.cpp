#include "access/SecretKey.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <zlib.h>

#include <array>

namespace pulse {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const QString kSecretPrefix = QStringLiteral("psk_");

QString randomBase62(int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(62)]));
    return out;
}

QString checksum(QStringView body)
{
    const QByteArray bytes = body.toLatin1();
    quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
    QString out(SecretKey::kChecksumLength, QLatin1Char('0'));
    for (int i = SecretKey::kChecksumLength - 1; i >= 0; --i) {
        out[i] = QLatin1Char(kAlphabet[crc % 62]);
        crc /= 62;
    }
    return out;
}

struct ScopeName {
    Scope scope;
    const char *name;
};
constexpr std::array<ScopeName, 6> kScopes { { { Scope::Ingest, "ingest" }, { Scope::Read, "read" },
    { Scope::Write, "write" }, { Scope::Export, "export" }, { Scope::Stream, "stream" }, { Scope::Admin, "admin" } } };
} // namespace

QString SecretKey::generateSecret()
{
    const QString body = randomBase62(kBodyLength);
    return kSecretPrefix + body + checksum(body);
}

QString SecretKey::generateSiteKey()
{
    return QStringLiteral("pk_") + randomBase62(20);
}

bool SecretKey::isWellFormed(QStringView secret)
{
    if (secret.size() != kSecretPrefix.size() + kBodyLength + kChecksumLength || !secret.startsWith(kSecretPrefix))
        return false;
    for (QChar c : secret.mid(kSecretPrefix.size())) {
        if (!(c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            return false;
    }
    const QStringView body = secret.mid(kSecretPrefix.size(), kBodyLength);
    return checksum(body) == secret.right(kChecksumLength);
}

QByteArray SecretKey::hash(QByteArrayView pepper, QStringView secret)
{
    return QMessageAuthenticationCode::hash(secret.toUtf8(), pepper.toByteArray(), QCryptographicHash::Sha256);
}

int SecretKey::parseScopes(const QString &csv, QString *error)
{
    int bits = 0;
    const QStringList parts = csv.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed().toLower();
        bool found = false;
        for (const ScopeName &s : kScopes) {
            if (part == QLatin1String(s.name)) {
                bits |= int(s.scope);
                found = true;
            }
        }
        if (!found) {
            if (error) {
                QStringList names;
                for (const ScopeName &s : kScopes)
                    names << QLatin1String(s.name);
                *error = QStringLiteral("unknown scope '%1'; use a comma-separated list of: %2")
                             .arg(part, names.join(QStringLiteral(", ")));
            }
            return -1;
        }
    }
    if (bits == 0 && error)
        *error = QStringLiteral("give at least one scope (for example --scope read)");
    return bits == 0 ? -1 : bits;
}

QStringList SecretKey::scopeNames(int scopes)
{
    QStringList names;
    for (const ScopeName &s : kScopes) {
        if (scopes & int(s.scope))
            names << QLatin1String(s.name);
    }
    return names;
}

bool SecretKey::allows(int granted, Scope needed)
{
    return (granted & int(Scope::Admin)) || (granted & int(needed));
}

} // namespace pulse
