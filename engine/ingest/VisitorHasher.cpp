#include "ingest/VisitorHasher.h"

#include "core/Clock.h"
#include "core/Sha256.h"

#include <QRandomGenerator>
#include <QtEndian>

namespace pulse {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr qsizetype kMaxCachedIds = 16384;

// Ids are positive 63-bit integers so they read the same in SQLite, JSON and every client language.
qint64 toId(const Sha256::Digest &digest)
{
    return qint64(qFromBigEndian<quint64>(digest.data()) & 0x7fffffffffffffffULL);
}
} // namespace

VisitorHasher::VisitorHasher(const Clock &clock) : m_clock(clock) {}

void VisitorHasher::rotateIfNewDay(qint64 day)
{
    if (day != m_saltDay) {
        // The old salt and its ids are overwritten, not kept: ids of past days become unlinkable.
        m_salt.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_salt.data()), 8);
        m_saltDay = day;
        m_todayIds.clear();
    }
}

qint64 VisitorHasher::anonymousId(qint64 siteId, QByteArrayView clientIp, QByteArrayView userAgent)
{
    const quint64 site = qToBigEndian(quint64(siteId));
    QByteArray key;
    key.reserve(qsizetype(sizeof site) + clientIp.size() + 1 + userAgent.size());
    key.append(QByteArrayView(reinterpret_cast<const char *>(&site), sizeof site));
    key.append(clientIp).append('\0').append(userAgent); // IPs hold no NUL: "ab"+"c" != "a"+"bc"

    const qint64 day = m_clock.nowMs() / kDayMs;
    QMutexLocker lock(&m_mutex);
    rotateIfNewDay(day);
    if (const auto it = m_todayIds.constFind(key); it != m_todayIds.constEnd())
        return *it;
    Sha256 hash;
    hash.add(m_salt).add(key); // the same bytes as before the cache: site (big-endian), IP, NUL, user agent
    const qint64 id = toId(hash.finish());
    if (m_todayIds.size() >= kMaxCachedIds)
        m_todayIds.clear(); // crude but bounded; a miss only costs one hash
    m_todayIds.insert(std::move(key), id);
    return id;
}

qint64 VisitorHasher::userId(qint64 siteId, QStringView userId)
{
    Sha256 hash;
    hash.add(QByteArrayView("pulse-user\0", 11));
    const quint64 site = qToBigEndian(quint64(siteId));
    hash.add(QByteArrayView(reinterpret_cast<const char *>(&site), sizeof site));
    hash.add(userId.toUtf8());
    return toId(hash.finish());
}

} // namespace pulse
