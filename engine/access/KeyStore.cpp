#include "access/KeyStore.h"

#include "access/SecretKey.h"
#include "core/Clock.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimeZone>

namespace pulse {

namespace {
QJsonValue isoOrNull(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

ApiKey readKey(const SqlStatement &st)
{
    ApiKey k;
    k.id = st.columnInt(0);
    k.name = st.columnText(1);
    k.prefix = st.columnText(2);
    k.scopes = 0;
    const QStringList names = st.columnText(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QString ignored;
    if (!names.isEmpty())
        k.scopes = qMax(0, SecretKey::parseScopes(names.join(QLatin1Char(',')), &ignored));
    k.siteId = st.columnInt(4);
    k.createdAtMs = st.columnInt(5);
    k.expiresAtMs = st.columnInt(6);
    k.revokedAtMs = st.columnInt(7);
    k.lastUsedAtMs = st.columnInt(8);
    return k;
}

const QString kSelect
    = QStringLiteral("SELECT id, name, prefix, scopes, COALESCE(site_id, 0), created_at, COALESCE(expires_at, 0), "
                     "COALESCE(revoked_at, 0), COALESCE(last_used_at, 0) FROM api_keys");
} // namespace

QJsonObject ApiKey::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("prefix"), prefix);
    o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(SecretKey::scopeNames(scopes)));
    o.insert(QStringLiteral("site_id"), siteId > 0 ? QJsonValue(siteId) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("created_at"), isoOrNull(createdAtMs));
    o.insert(QStringLiteral("expires_at"), isoOrNull(expiresAtMs));
    o.insert(QStringLiteral("revoked_at"), isoOrNull(revokedAtMs));
    o.insert(QStringLiteral("last_used_at"), isoOrNull(lastUsedAtMs));
    return o;
}

KeyStore::KeyStore(EventWriter &writer, ReadPool &reads, QByteArray pepper, const Clock &clock)
    : m_writer(writer), m_reads(reads), m_pepper(std::move(pepper)), m_clock(clock)
{
}

QByteArray KeyStore::loadOrCreatePepper(const QString &dataDir, QString *error)
{
    const QByteArray fromEnv = qgetenv("PULSE_PEPPER");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QFile file(QDir(dataDir).filePath(QStringLiteral("pepper")));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
            return {};
        }
        const QByteArray pepper = QByteArray::fromBase64(file.readAll().trimmed());
        if (pepper.size() < 16 && error)
            *error = QStringLiteral("%1 is damaged; restore it from a backup (keys cannot be checked without it)")
                         .arg(file.fileName());
        return pepper.size() < 16 ? QByteArray() : pepper;
    }
    QByteArray pepper(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(pepper.data()), 8);
    // Create it private from the first byte: no window in which others could read it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(pepper.toBase64() + '\n') < 0 || !file.flush()) {
        if (error)
            *error = QStringLiteral("cannot create %1: %2").arg(file.fileName(), file.errorString());
        return {};
    }
    return pepper;
}

KeyStore::Created KeyStore::create(const QString &name, int scopes, qint64 siteId, qint64 expiresAtMs)
{
    Created created;
    created.secret = SecretKey::generateSecret();
    ApiKey &k = created.key;
    k.name = name;
    k.prefix = SecretKey::displayPrefix(created.secret);
    k.scopes = scopes;
    k.siteId = siteId;
    k.createdAtMs = m_clock.nowMs();
    k.expiresAtMs = expiresAtMs;
    const QByteArray hash = SecretKey::hash(m_pepper, created.secret);
    m_writer.execute([&k, &hash](SqliteDatabase &db) {
        SqlStatement st = db.prepare(
            QStringLiteral("INSERT INTO api_keys(name, prefix, secret_hash, scopes, site_id, created_at, expires_at) "
                           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        st.bind(1, k.name).bind(2, k.prefix).bind(3, hash);
        st.bind(4, SecretKey::scopeNames(k.scopes).join(QLatin1Char(',')));
        if (k.siteId > 0)
            st.bind(5, k.siteId);
        else
            st.bindNull(5);
        st.bind(6, k.createdAtMs);
        if (k.expiresAtMs > 0)
            st.bind(7, k.expiresAtMs);
        else
            st.bindNull(7);
        st.run();
        k.id = db.lastInsertRowId();
    });
    return created;
}

QList<ApiKey> KeyStore::list() const
{
    ReadPool::Lease lease = const_cast<ReadPool &>(m_reads).acquire();
    SqlStatement st = lease.db().prepare(kSelect + QStringLiteral(" ORDER BY id"));
    QList<ApiKey> keys;
    while (st.step())
        keys.append(readKey(st));
    return keys;
}

KeyStore::Verdict KeyStore::verify(QStringView secret, ApiKey *key)
{
    if (!SecretKey::isWellFormed(secret))
        return Verdict::Malformed;
    const QByteArray hash = SecretKey::hash(m_pepper, secret);
    const qint64 now = m_clock.nowMs();
    ApiKey found;
    bool cached = false;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_cache.constFind(hash);
        if (it != m_cache.constEnd() && now - it->cachedAtMs < kCacheLifetimeMs) {
            found = it->key;
            cached = true;
        }
    }
    if (!cached) {
        ReadPool::Lease lease = m_reads.acquire();
        SqlStatement st = lease.db().prepare(kSelect + QStringLiteral(" WHERE secret_hash = ?1"));
        st.bind(1, hash);
        if (!st.step())
            return Verdict::Unknown;
        found = readKey(st);
    }
    if (found.revokedAtMs > 0 && found.revokedAtMs <= now)
        return Verdict::Revoked;
    if (found.expiresAtMs > 0 && found.expiresAtMs <= now)
        return Verdict::Expired;

    // Last-used time is kept to the minute, so a busy key costs one small write a minute, not one a request.
    const bool touch = now - found.lastUsedAtMs >= kLastUsedResolutionMs;
    if (touch)
        found.lastUsedAtMs = now;
    {
        QMutexLocker lock(&m_mutex);
        m_cache.insert(hash, CacheEntry { found, cached ? m_cache.value(hash).cachedAtMs : now });
    }
    if (touch) {
        const qint64 id = found.id;
        // Posted, not awaited: usage tracking must never slow down or fail a request.
        m_writer.post([id, now](SqliteDatabase &db) {
            SqlStatement st = db.prepare(
                QStringLiteral("UPDATE api_keys SET last_used_at = ?1, use_count = use_count + 1 WHERE id = ?2"));
            st.bind(1, now).bind(2, id);
            st.run();
        });
    }
    if (key)
        *key = found;
    return Verdict::Ok;
}

bool KeyStore::revoke(qint64 id)
{
    bool changed = false;
    const qint64 now = m_clock.nowMs();
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st
            = db.prepare(QStringLiteral("UPDATE api_keys SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL"));
        st.bind(1, now).bind(2, id);
        st.run();
        changed = db.changes() > 0;
    });
    QMutexLocker lock(&m_mutex);
    m_cache.clear(); // revocation takes effect at once
    return changed;
}

QByteArray KeyStore::derivedKey(QByteArrayView purpose) const
{
    return QMessageAuthenticationCode::hash(purpose.toByteArray(), m_pepper, QCryptographicHash::Sha256);
}

} // namespace pulse
