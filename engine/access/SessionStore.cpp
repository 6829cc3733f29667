#include "access/SessionStore.h"

#include "access/SecretKey.h"
#include "core/Clock.h"
#include "core/IsoTime.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <QJsonArray>

namespace pulse {

namespace {
const QString kSessionColumns = QStringLiteral(
    "SELECT s.id, s.key_id, COALESCE(k.site_id, 0), s.scopes, s.client, s.created_at, COALESCE(s.refreshed_at, 0), "
    "s.expires_at, s.ends_at, COALESCE(s.revoked_at, 0) FROM api_sessions s JOIN api_keys k ON k.id = s.key_id");

Session readSession(const SqlStatement &st)
{
    Session s;
    s.id = st.columnInt(0);
    s.keyId = st.columnInt(1);
    s.siteId = st.columnInt(2);
    QString ignored;
    s.scopes = qMax(0, SecretKey::parseScopes(st.columnText(3), &ignored));
    s.client = st.columnText(4);
    s.createdAtMs = st.columnInt(5);
    s.refreshedAtMs = st.columnInt(6);
    s.expiresAtMs = st.columnInt(7);
    s.endsAtMs = st.columnInt(8);
    s.revokedAtMs = st.columnInt(9);
    return s;
}
} // namespace

QJsonObject Session::toJson(qint64 nowMs) const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("key_id"), keyId);
    o.insert(QStringLiteral("site_id"), siteId > 0 ? QJsonValue(siteId) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(SecretKey::scopeNames(scopes)));
    o.insert(QStringLiteral("client"), client);
    o.insert(QStringLiteral("created_at"), iso::utcOrNull(createdAtMs));
    o.insert(QStringLiteral("refreshed_at"), iso::utcOrNull(refreshedAtMs));
    o.insert(QStringLiteral("expires_at"), iso::utcOrNull(expiresAtMs));
    o.insert(QStringLiteral("ends_at"), iso::utcOrNull(endsAtMs));
    o.insert(QStringLiteral("revoked_at"), iso::utcOrNull(revokedAtMs));
    o.insert(QStringLiteral("active"), revokedAtMs == 0 && nowMs < expiresAtMs && nowMs < endsAtMs);
    return o;
}

SessionStore::SessionStore(EventWriter &writer, ReadPool &reads, KeyStore &keys, const Clock &clock)
    : m_writer(writer),
      m_reads(reads),
      m_keys(keys),
      m_clock(clock),
      m_tokens(keys.derivedKey("pulse session token v1"))
{
}

void SessionStore::setLifetimes(qint64 tokenMs, qint64 sessionMs)
{
    QMutexLocker lock(&m_mutex);
    m_tokenLifetimeMs = qMax<qint64>(1000, tokenMs);
    m_sessionLifetimeMs = qMax<qint64>(m_tokenLifetimeMs, sessionMs);
}

qint64 SessionStore::tokenLifetimeMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_tokenLifetimeMs;
}

qint64 SessionStore::sessionLifetimeMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_sessionLifetimeMs;
}

SessionStore::Issued SessionStore::open(const ApiKey &key, int scopes, const QString &client)
{
    const qint64 now = m_clock.nowMs();
    Issued issued;
    Session &s = issued.session;
    s.keyId = key.id;
    s.siteId = key.siteId;
    s.scopes = scopes;
    s.client = client.left(200);
    s.createdAtMs = now;
    s.endsAtMs = now + sessionLifetimeMs();
    if (key.expiresAtMs > 0)
        s.endsAtMs = qMin(s.endsAtMs, key.expiresAtMs); // a session never outlives its key
    s.expiresAtMs = qMin(now + tokenLifetimeMs(), s.endsAtMs);
    m_writer.execute([&s, now](SqliteDatabase &db) {
        SqlStatement purge = db.prepare(QStringLiteral("DELETE FROM api_sessions WHERE ends_at < ?1"));
        purge.bind(1, now - kKeepEndedMs);
        purge.run();
        SqlStatement st = db.prepare(
            QStringLiteral("INSERT INTO api_sessions(key_id, scopes, client, created_at, expires_at, ends_at) "
                           "VALUES(?1, ?2, COALESCE(?3, ''), ?4, ?5, ?6)"));
        st.bind(1, s.keyId)
            .bind(2, SecretKey::scopeNames(s.scopes).join(QLatin1Char(',')))
            .bind(3, s.client)
            .bind(4, s.createdAtMs);
        st.bind(5, s.expiresAtMs).bind(6, s.endsAtMs);
        st.run();
        s.id = db.lastInsertRowId();
    });
    issued.token = m_tokens.sign(SessionClaims { s.id, s.keyId, s.scopes, s.expiresAtMs });
    return issued;
}

std::optional<SessionStore::Issued> SessionStore::refresh(qint64 sessionId, Verdict *why)
{
    const qint64 now = m_clock.nowMs();
    const std::optional<CacheEntry> entry = entryFor(sessionId, now);
    if (!entry) {
        *why = Verdict::Unknown;
        return std::nullopt;
    }
    *why = check(*entry, now);
    if (*why != Verdict::Ok)
        return std::nullopt;
    Issued issued;
    issued.session = entry->session;
    Session &s = issued.session;
    s.refreshedAtMs = now;
    s.expiresAtMs = qMin(now + tokenLifetimeMs(), s.endsAtMs);
    bool changed = false;
    m_writer.execute([&s, &changed](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "UPDATE api_sessions SET refreshed_at = ?1, expires_at = ?2 WHERE id = ?3 AND revoked_at IS NULL"));
        st.bind(1, s.refreshedAtMs).bind(2, s.expiresAtMs).bind(3, s.id);
        st.run();
        changed = db.changes() > 0;
    });
    QMutexLocker lock(&m_mutex);
    if (!changed) { // revoked between the check and the update
        m_cache.remove(sessionId);
        *why = Verdict::Revoked;
        return std::nullopt;
    }
    const auto cached = m_cache.find(sessionId);
    if (cached != m_cache.end())
        cached->session = s;
    lock.unlock();
    issued.token = m_tokens.sign(SessionClaims { s.id, s.keyId, s.scopes, s.expiresAtMs });
    return issued;
}

SessionStore::Verdict SessionStore::verify(QStringView token, ApiKey *caller, Session *session, TokenExpiry expiry)
{
    SessionClaims claims;
    switch (m_tokens.read(token, &claims)) {
    case SessionToken::Verdict::Ok:
        break;
    case SessionToken::Verdict::Malformed:
        return Verdict::Malformed;
    case SessionToken::Verdict::BadSignature:
        return Verdict::BadSignature;
    }
    const qint64 now = m_clock.nowMs();
    const std::optional<CacheEntry> entry = entryFor(claims.sessionId, now);
    if (!entry)
        return Verdict::Unknown;
    // Genuine claims always match their row; a mismatch means the row was replaced (a restored backup).
    if (entry->session.keyId != claims.keyId || entry->session.scopes != claims.scopes)
        return Verdict::Unknown;
    const Verdict verdict = check(*entry, now);
    if (verdict != Verdict::Ok)
        return verdict;
    if (expiry == TokenExpiry::Enforce && claims.expiresAtMs <= now)
        return Verdict::Expired;
    if (caller) {
        *caller = entry->key;
        caller->scopes = entry->session.scopes;
    }
    if (session)
        *session = entry->session;
    return Verdict::Ok;
}

SessionStore::Verdict SessionStore::check(const CacheEntry &entry, qint64 now) const
{
    const Session &s = entry.session;
    const ApiKey &key = entry.key;
    if (s.revokedAtMs > 0)
        return Verdict::Revoked;
    if (key.revokedAtMs > 0 && key.revokedAtMs <= now)
        return Verdict::KeyRevoked;
    if (key.expiresAtMs > 0 && key.expiresAtMs <= now)
        return Verdict::KeyExpired;
    if (s.endsAtMs <= now)
        return Verdict::Ended;
    return Verdict::Ok;
}

std::optional<SessionStore::CacheEntry> SessionStore::entryFor(qint64 sessionId, qint64 now)
{
    const quint64 generation = m_keys.generation();
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(sessionId);
        if (it != m_cache.constEnd() && it->keyGeneration == generation && now - it->cachedAtMs < kCacheLifetimeMs)
            return *it;
    }
    std::optional<CacheEntry> entry = load(sessionId);
    if (!entry)
        return std::nullopt;
    entry->cachedAtMs = now;
    entry->keyGeneration = generation; // read before the load: a change during it makes the entry stale
    QMutexLocker lock(&m_mutex);
    if (m_cache.size() >= kMaxCacheEntries)
        m_cache.clear(); // a burst of sessions: start afresh rather than grow without bound
    m_cache.insert(sessionId, *entry);
    return entry;
}

std::optional<SessionStore::CacheEntry> SessionStore::load(qint64 sessionId) const
{
    CacheEntry entry;
    {
        ReadPool::Lease lease = m_reads.acquire();
        SqlStatement st = lease.db().prepare(kSessionColumns + QStringLiteral(" WHERE s.id = ?1"));
        st.bind(1, sessionId);
        if (!st.step())
            return std::nullopt;
        entry.session = readSession(st);
    } // the lease goes back before the key is read with another one
    const std::optional<ApiKey> key = m_keys.byId(entry.session.keyId);
    if (!key)
        return std::nullopt;
    entry.key = *key;
    return entry;
}

QList<Session> SessionStore::list() const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(kSessionColumns + QStringLiteral(" ORDER BY s.id DESC LIMIT 1000"));
    QList<Session> sessions;
    while (st.step())
        sessions.append(readSession(st));
    return sessions;
}

std::optional<Session> SessionStore::byId(qint64 id) const
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement st = lease.db().prepare(kSessionColumns + QStringLiteral(" WHERE s.id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readSession(st);
}

bool SessionStore::revoke(qint64 id)
{
    const qint64 now = m_clock.nowMs();
    bool exists = false;
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st
            = db.prepare(QStringLiteral("UPDATE api_sessions SET revoked_at = COALESCE(revoked_at, ?1) WHERE id = ?2"));
        st.bind(1, now).bind(2, id);
        st.run();
        exists = db.changes() > 0;
    });
    QMutexLocker lock(&m_mutex);
    m_cache.remove(id); // revocation takes effect at once
    return exists;
}

} // namespace pulse
