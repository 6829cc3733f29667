// Secret API keys: created with scopes (optionally for one site and with an expiry), shown once, and
// stored only as HMAC-SHA256 with a server pepper. Verification looks the hash up, so the secret is
// never compared directly; positive answers are cached briefly because every query is authenticated.
// Rotation gives the same key record a new secret and keeps the previous one working for a grace
// period; usage (last used, count) is gathered in memory and written in one batch at most once a minute.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <optional>

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
    qint64 useCount = 0;
    qint64 rotatedAtMs = 0; // 0: never rotated
    qint64 previousExpiresAtMs = 0; // while in the future, the secret before the last rotation still works

    QJsonObject toJson() const;
    bool operator==(const ApiKey &) const = default;
};

class KeyStore final {
public:
    enum class Verdict { Ok, Malformed, Unknown, Revoked, Expired };
    // Rotation's grace period when none is given, and the longest allowed (seconds).
    static constexpr qint64 kDefaultGraceSeconds = 24 * 60 * 60;
    static constexpr qint64 kMaxGraceSeconds = 30 * 24 * 60 * 60;
    struct Created {
        ApiKey key;
        QString secret; // shown to the user once, never stored
    };

    KeyStore(EventWriter &writer, ReadPool &reads, QByteArray pepper, const Clock &clock);

    // The pepper: $PULSE_PEPPER when set (its text as it is, or "base64:" and the bytes in base64), else
    // dataDir/pepper, created with 0600.
    // Refused when the desktop keeps this folder's pepper in its system keychain (keychainMarkerName()
    // is in the folder and no pepper file): a new pepper would silently disable every key made so far.
    static QByteArray loadOrCreatePepper(const QString &dataDir, QString *error);
    // 32 random bytes from the system's generator.
    static QByteArray generatePepper();
    // "pepper.keychain": a file in the data folder naming the keychain entry that holds its pepper.
    static QString keychainMarkerName();

    Created create(const QString &name, int scopes, qint64 siteId, qint64 expiresAtMs);
    QList<ApiKey> list() const;
    std::optional<ApiKey> byId(qint64 id) const;
    Verdict verify(QStringView secret, ApiKey *key);
    bool revoke(qint64 id);
    // Counts one use of the key (last used: now) and brings *key's usage figures up to date. verify()
    // calls it; requests made with a session token call it for the session's key, so a key shows its
    // use through the desktop's sessions too.
    void recordUse(ApiKey *key);
    // A key for another purpose (signing download links, ...) derived from the pepper with
    // HMAC-SHA256(pepper, purpose): as secret as the pepper, and never the pepper itself.
    QByteArray derivedKey(QByteArrayView purpose) const;
    // A new secret for the same key record (same id, name, scopes, site, expiry and usage). The
    // secret it replaces keeps working until now + graceMs (0: refused at once), then is refused as
    // expired; a second rotation ends the earlier secret's grace at once. nullopt when the key does
    // not exist or is revoked.
    std::optional<Created> rotate(qint64 id, qint64 graceMs);
    // Writes the usage gathered since the last flush (one posted writer job). verify() calls it at
    // most once a minute; the workspace calls it when it closes.
    void flushUsage();
    // Drops every cached verification, so the next use of each key reads the database again (after
    // changes made outside this store, such as a site deleted with its keys).
    void forgetCached();
    // Moves on whenever a key may have changed state (revoked, rotated, forgotten): whoever caches
    // answers derived from keys (the session store) compares it to know they are stale.
    quint64 generation() const { return m_generation.load(); }

private:
    struct CacheEntry {
        ApiKey key;
        qint64 cachedAtMs = 0;
        bool previousSecret = false; // matched the secret before the last rotation
    };
    struct Usage {
        qint64 lastUsedAtMs = 0;
        qint64 count = 0;
    };
    void applyPendingUsage(ApiKey *key) const;
    static constexpr qint64 kCacheLifetimeMs = 60 * 1000;
    static constexpr qint64 kUsageFlushIntervalMs = 60 * 1000;

    EventWriter &m_writer;
    ReadPool &m_reads;
    QByteArray m_pepper;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    QHash<QByteArray, CacheEntry> m_cache;
    QHash<qint64, Usage> m_pendingUsage; // by key id, not yet written
    qint64 m_lastFlushMs = 0;
    std::atomic<quint64> m_generation { 0 };
};

} // namespace pulse
