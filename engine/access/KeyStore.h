// Secret API keys: created with scopes (optionally for one site and with an expiry), shown once, and
// stored only as HMAC-SHA256 with a server pepper. Verification looks the hash up, so the secret is
// never compared directly; positive answers are cached briefly because every query is authenticated.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

namespace pulse {

class Clock;
class EventWriter;
class ReadPool;

struct ApiKey {
    qint64 id = 0;
    QString name;
    QString prefix;
    int scopes = 0;
    qint64 siteId = 0; // 0: every site
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0; // 0: never
    qint64 revokedAtMs = 0; // 0: active
    qint64 lastUsedAtMs = 0;

    QJsonObject toJson() const;
    bool operator==(const ApiKey &) const = default;
};

class KeyStore final {
public:
    enum class Verdict { Ok, Malformed, Unknown, Revoked, Expired };
    struct Created {
        ApiKey key;
        QString secret; // shown to the user once, never stored
    };

    KeyStore(EventWriter &writer, ReadPool &reads, QByteArray pepper, const Clock &clock);

    // The pepper: $PULSE_PEPPER (base64 or text) when set, else dataDir/pepper, created with 0600.
    static QByteArray loadOrCreatePepper(const QString &dataDir, QString *error);

    Created create(const QString &name, int scopes, qint64 siteId, qint64 expiresAtMs);
    QList<ApiKey> list() const;
    Verdict verify(QStringView secret, ApiKey *key);
    bool revoke(qint64 id);
    // A key for another purpose (signing download links, ...) derived from the pepper with
    // HMAC-SHA256(pepper, purpose): as secret as the pepper, and never the pepper itself.
    QByteArray derivedKey(QByteArrayView purpose) const;

private:
    struct CacheEntry {
        ApiKey key;
        qint64 cachedAtMs = 0;
    };
    static constexpr qint64 kCacheLifetimeMs = 60 * 1000;
    static constexpr qint64 kLastUsedResolutionMs = 60 * 1000;

    EventWriter &m_writer;
    ReadPool &m_reads;
    QByteArray m_pepper;
    const Clock &m_clock;
    QMutex m_mutex;
    QHash<QByteArray, CacheEntry> m_cache;
};

} // namespace pulse
