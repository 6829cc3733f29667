#include "access/KeyStore.h"

#include "access/SecretKey.h"
#include "core/Clock.h"
#include "core/IsoTime.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace pulse {

namespace {
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
    k.useCount = st.columnInt(9);
    k.rotatedAtMs = st.columnInt(10);
    k.previousExpiresAtMs = st.columnInt(11);
    return k;
}

const QString kKeyColumns
    = QStringLiteral("SELECT id, name, prefix, scopes, COALESCE(site_id, 0), created_at, COALESCE(expires_at, 0), "
                     "COALESCE(revoked_at, 0), COALESCE(last_used_at, 0), use_count, COALESCE(rotated_at, 0), "
                     "COALESCE(previous_expires_at, 0)");
const QString kSelect = kKeyColumns + QStringLiteral(" FROM api_keys");
// The current secret, or the one before the last rotation (both columns are indexed); the last
// column says which matched.
const QString kSelectBySecret
    = kKeyColumns + QStringLiteral(", previous_hash IS ?1 FROM api_keys WHERE secret_hash = ?1 OR previous_hash = ?1");
} // namespace

QJsonObject ApiKey::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("prefix"), prefix);
    o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(SecretKey::scopeNames(scopes)));
    o.insert(QStringLiteral("site_id"), siteId > 0 ? QJsonValue(siteId) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("created_at"), iso::utcOrNull(createdAtMs));
    o.insert(QStringLiteral("expires_at"), iso::utcOrNull(expiresAtMs));
    o.insert(QStringLiteral("revoked_at"), iso::utcOrNull(revokedAtMs));
    o.insert(QStringLiteral("last_used_at"), iso::utcOrNull(lastUsedAtMs));
    o.insert(QStringLiteral("use_count"), useCount);
    o.insert(QStringLiteral("rotated_at"), iso::utcOrNull(rotatedAtMs));
    o.insert(QStringLiteral("previous_secret_expires_at"), iso::utcOrNull(previousExpiresAtMs));
    return o;
}

KeyStore::KeyStore(EventWriter &writer, ReadPool &reads, QByteArray pepper, const Clock &clock)
    : m_writer(writer), m_reads(reads), m_pepper(std::move(pepper)), m_clock(clock)
{
}

QByteArray KeyStore::generatePepper()
{
    QByteArray pepper(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(pepper.data()), 8);
    return pepper;
}

QString KeyStore::keychainMarkerName()
{
    return QStringLiteral("pepper.keychain");
}

QByteArray KeyStore::loadOrCreatePepper(const QString &dataDir, QString *error)
{
    const QByteArray fromEnv = qgetenv("PULSE_PEPPER");
    if (fromEnv.startsWith("base64:")) {
        // The form the desktop's Copy the pepper gives: the pepper's bytes, which are not text.
        const auto decoded = QByteArray::fromBase64Encoding(fromEnv.mid(7), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() >= 16)
            return decoded.decoded;
        if (error)
            *error = QStringLiteral("PULSE_PEPPER starts with 'base64:' but the rest is not base64 of at least 16 "
                                    "bytes; copy it again");
        return {};
    }
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
    if (QFile::exists(QDir(dataDir).filePath(keychainMarkerName()))) {
        if (error)
            *error = QStringLiteral(
                "the pepper of %1 is kept in the system keychain of the desktop workbench that uses this folder "
                "(see %2), and keys cannot be checked without it; set PULSE_PEPPER to the value that the "
                "workbench's Settings > Data folder > Copy the pepper gives, or use another --data-dir")
                         .arg(QDir::toNativeSeparators(dataDir), keychainMarkerName());
        return {};
    }
    const QByteArray pepper = generatePepper();
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
    while (st.step()) {
        keys.append(readKey(st));
        applyPendingUsage(&keys.last());
    }
    return keys;
}

std::optional<ApiKey> KeyStore::byId(qint64 id) const
{
    ReadPool::Lease lease = const_cast<ReadPool &>(m_reads).acquire();
    SqlStatement st = lease.db().prepare(kSelect + QStringLiteral(" WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    ApiKey key = readKey(st);
    applyPendingUsage(&key);
    return key;
}

void KeyStore::applyPendingUsage(ApiKey *key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_pendingUsage.constFind(key->id);
    if (it == m_pendingUsage.constEnd())
        return;
    key->lastUsedAtMs = qMax(key->lastUsedAtMs, it->lastUsedAtMs);
    key->useCount += it->count;
}

void KeyStore::recordUse(ApiKey *key)
{
    const qint64 now = m_clock.nowMs();
    bool flush = false;
    {
        QMutexLocker lock(&m_mutex);
        Usage &usage = m_pendingUsage[key->id];
        usage.lastUsedAtMs = now;
        ++usage.count;
        if (m_lastFlushMs == 0)
            m_lastFlushMs = now; // the first use starts the minute
        flush = now - m_lastFlushMs >= kUsageFlushIntervalMs;
    }
    if (flush)
        flushUsage();
    applyPendingUsage(key);
}

KeyStore::Verdict KeyStore::verify(QStringView secret, ApiKey *key)
{
    if (!SecretKey::isWellFormed(secret))
        return Verdict::Malformed;
    const QByteArray hash = SecretKey::hash(m_pepper, secret);
    const qint64 now = m_clock.nowMs();
    CacheEntry entry;
    bool cached = false;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_cache.constFind(hash);
        if (it != m_cache.constEnd() && now - it->cachedAtMs < kCacheLifetimeMs) {
            entry = *it;
            cached = true;
        }
    }
    if (!cached) {
        ReadPool::Lease lease = m_reads.acquire();
        SqlStatement st = lease.db().prepare(kSelectBySecret);
        st.bind(1, hash);
        if (!st.step())
            return Verdict::Unknown;
        entry.key = readKey(st);
        entry.previousSecret = st.columnInt(12) != 0;
        entry.cachedAtMs = now;
        QMutexLocker lock(&m_mutex);
        m_cache.insert(hash, entry);
    }
    const ApiKey &found = entry.key;
    if (found.revokedAtMs > 0 && found.revokedAtMs <= now)
        return Verdict::Revoked;
    if (found.expiresAtMs > 0 && found.expiresAtMs <= now)
        return Verdict::Expired;
    // A rotated-away secret works only until the grace period ends.
    if (entry.previousSecret && found.previousExpiresAtMs <= now)
        return Verdict::Expired;

    ApiKey used = found;
    recordUse(&used);
    if (key)
        *key = used;
    return Verdict::Ok;
}

void KeyStore::flushUsage()
{
    QHash<qint64, Usage> pending;
    {
        QMutexLocker lock(&m_mutex);
        pending.swap(m_pendingUsage);
        m_lastFlushMs = m_clock.nowMs();
    }
    if (pending.isEmpty())
        return;
    // Posted, not awaited: usage tracking must never slow down or fail a request. One job, one
    // transaction for every key used since the last flush.
    m_writer.post([pending](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "UPDATE api_keys SET last_used_at = MAX(COALESCE(last_used_at, 0), ?1), use_count = use_count + ?2 "
            "WHERE id = ?3"));
        for (auto it = pending.constBegin(); it != pending.constEnd(); ++it) {
            st.reset();
            st.bind(1, it->lastUsedAtMs).bind(2, it->count).bind(3, it.key());
            st.run();
        }
    });
}

void KeyStore::forgetCached()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
    ++m_generation;
}

std::optional<KeyStore::Created> KeyStore::rotate(qint64 id, qint64 graceMs)
{
    Created created;
    created.secret = SecretKey::generateSecret();
    const QByteArray hash = SecretKey::hash(m_pepper, created.secret);
    const QString prefix = SecretKey::displayPrefix(created.secret);
    const qint64 now = m_clock.nowMs();
    const qint64 graceEnd = now + qMax<qint64>(0, graceMs);
    bool changed = false;
    m_writer.execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "UPDATE api_keys SET previous_hash = secret_hash, previous_expires_at = ?1, secret_hash = ?2, "
            "prefix = ?3, rotated_at = ?4 WHERE id = ?5 AND revoked_at IS NULL"));
        st.bind(1, graceEnd).bind(2, hash).bind(3, prefix).bind(4, now).bind(5, id);
        st.run();
        changed = db.changes() > 0;
    });
    {
        QMutexLocker lock(&m_mutex);
        m_cache.clear(); // the old secret's cached answer must learn its grace deadline
        ++m_generation;
    }
    if (!changed)
        return std::nullopt;
    std::optional<ApiKey> key = byId(id);
    if (!key)
        return std::nullopt;
    created.key = *key;
    return created;
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
    m_cache.clear(); // revocation takes effect at once, for the key and for its sessions
    ++m_generation;
    return changed;
}

QByteArray KeyStore::derivedKey(QByteArrayView purpose) const
{
    return QMessageAuthenticationCode::hash(purpose.toByteArray(), m_pepper, QCryptographicHash::Sha256);
}

} // namespace pulse
