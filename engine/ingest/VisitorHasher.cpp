#include "ingest/VisitorHasher.h"

#include "core/Clock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>

namespace pulse {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// Ids are positive 63-bit integers so they read the same in SQLite, JSON and every client language.
qint64 toId(const QByteArray &digest)
{
    return qint64(qFromBigEndian<quint64>(digest.constData()) & 0x7fffffffffffffffULL);
}
} // namespace

VisitorHasher::VisitorHasher(const Clock &clock) : m_clock(clock) {}

QByteArray VisitorHasher::saltForToday()
{
    const qint64 day = m_clock.nowMs() / kDayMs;
    QMutexLocker lock(&m_mutex);
    if (day != m_saltDay) {
        // The old salt is overwritten, not kept: ids of past days become unlinkable.
        m_salt.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_salt.data()), 8);
        m_saltDay = day;
    }
    return m_salt;
}

qint64 VisitorHasher::anonymousId(qint64 siteId, QByteArrayView clientIp, QByteArrayView userAgent)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(saltForToday());
    const quint64 site = qToBigEndian(quint64(siteId));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&site), sizeof site));
    hash.addData(clientIp);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(userAgent);
    return toId(hash.result());
}

qint64 VisitorHasher::userId(qint64 siteId, QStringView userId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("pulse-user\0", 11));
    const quint64 site = qToBigEndian(quint64(siteId));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&site), sizeof site));
    hash.addData(userId.toUtf8());
    return toId(hash.result());
}

} // namespace pulse
