// Key formats and hashing. Secret keys look like psk_<32 base62 characters><6 base62 checksum>: the
// prefix says what it is (and lets secret scanners find leaked keys), 32 random base62 characters
// carry ~190 bits, and the CRC-32 checksum lets a mistyped key be refused before any lookup.
// Only HMAC-SHA256(pepper, secret) is stored. Site keys (pk_…) are public identifiers for ingestion.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pulse {

enum class Scope : int {
    Ingest = 1 << 0,
    Read = 1 << 1,
    Write = 1 << 2,
    Export = 1 << 3,
    Stream = 1 << 4,
    Admin = 1 << 5, // implies every other scope
};

class SecretKey final {
public:
    static constexpr int kBodyLength = 32;
    static constexpr int kChecksumLength = 6;

    static QString generateSecret();
    static QString generateSiteKey();
    // True when the string has the secret-key shape and its checksum matches.
    static bool isWellFormed(QStringView secret);
    static QByteArray hash(QByteArrayView pepper, QStringView secret);
    // First characters shown in listings so a person can tell keys apart.
    static QString displayPrefix(QStringView secret) { return secret.left(10).toString(); }

    // "read,write" → bits; on an unknown name returns -1 and says which names exist.
    static int parseScopes(const QString &csv, QString *error);
    static QStringList scopeNames(int scopes);
    static bool allows(int granted, Scope needed);
};

} // namespace pulse
