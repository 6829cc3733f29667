// Sessions (docs/sites-and-keys.md, "Sessions"): a client holding a secret key (the desktop app
// connected to a remote server) exchanges it for a short-lived signed session token, refreshes the
// token before it expires, and revokes it when done. Each session is a row, so it can be listed and
// revoked at once; the token carries the session id, the key id, the scopes and its expiry, signed
// (SessionToken) so that checking it needs no database read. The session's state (revoked, its
// absolute end) and its key's (revoked, expired) are cached briefly per session; revoking a session
// drops its entry, and any change to the keys (KeyStore::generation()) makes every entry stale, so a
// revoked key ends its sessions at once.
#pragma once

#include "access/KeyStore.h"
#include "access/SessionToken.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace pulse {

class Clock;
class EventWriter;
class ReadPool;

struct Session {
    qint64 id = 0;
    qint64 keyId = 0;
    qint64 siteId = 0; // the key's site; 0: every site
    int scopes = 0;
    QString client; // what opened it (the User-Agent), for listings
    qint64 createdAtMs = 0;
    qint64 refreshedAtMs = 0; // 0: never refreshed
    qint64 expiresAtMs = 0; // the newest token's expiry
    qint64 endsAtMs = 0; // the absolute end: no refresh after it
    qint64 revokedAtMs = 0; // 0: not revoked

    // "active" says whether its newest token still works at nowMs (its key is not looked at).
    QJsonObject toJson(qint64 nowMs) const;
    bool operator==(const Session &) const = default;
};

class SessionStore final {
public:
    enum class Verdict { Ok, Malformed, BadSignature, Unknown, Revoked, Expired, Ended, KeyRevoked, KeyExpired };
    // An open stream outlives the token it connected with: it ends with the session, not the token.
    enum class TokenExpiry { Enforce, Ignore };
    static constexpr qint64 kDefaultTokenLifetimeMs = 15 * 60 * 1000;
    static constexpr qint64 kDefaultSessionLifetimeMs = 12 * 60 * 60 * 1000;
    struct Issued {
        Session session;
        QString token; // given to the client, never stored
    };

    SessionStore(EventWriter &writer, ReadPool &reads, KeyStore &keys, const Clock &clock);

    // How long a token lasts (--session-ttl) and how long a session may be refreshed for.
    void setLifetimes(qint64 tokenMs, qint64 sessionMs);
    qint64 tokenLifetimeMs() const;
    qint64 sessionLifetimeMs() const;

    // A new session for a verified key with scopes (a subset of the key's, checked by the caller).
    // Its token expires after the token lifetime, or sooner with the session or the key.
    Issued open(const ApiKey &key, int scopes, const QString &client);
    // A new token for a live session; nullopt with the reason in *why (Revoked, Ended, Unknown, Key…).
    std::optional<Issued> refresh(qint64 sessionId, Verdict *why);
    // Ok with the key as the session may use it (its scopes replaced by the session's) in *caller.
    Verdict verify(
        QStringView token, ApiKey *caller, Session *session = nullptr, TokenExpiry expiry = TokenExpiry::Enforce);
    QList<Session> list() const; // newest first
    std::optional<Session> byId(qint64 id) const;
    // False when no such session exists; revoking a revoked session changes nothing.
    bool revoke(qint64 id);

private:
    struct CacheEntry {
        Session session;
        ApiKey key;
        qint64 cachedAtMs = 0;
        quint64 keyGeneration = 0;
    };
    std::optional<CacheEntry> load(qint64 sessionId) const;
    std::optional<CacheEntry> entryFor(qint64 sessionId, qint64 now);
    Verdict check(const CacheEntry &entry, qint64 now) const;
    static constexpr qint64 kCacheLifetimeMs = 60 * 1000;
    static constexpr int kMaxCacheEntries = 10000;
    // Rows of sessions that ended this long ago are deleted when a new one opens.
    static constexpr qint64 kKeepEndedMs = 7LL * 24 * 60 * 60 * 1000;

    EventWriter &m_writer;
    ReadPool &m_reads;
    KeyStore &m_keys;
    const Clock &m_clock;
    const SessionToken m_tokens;
    mutable QMutex m_mutex;
    qint64 m_tokenLifetimeMs = kDefaultTokenLifetimeMs;
    qint64 m_sessionLifetimeMs = kDefaultSessionLifetimeMs;
    QHash<qint64, CacheEntry> m_cache; // by session id
};

} // namespace pulse
