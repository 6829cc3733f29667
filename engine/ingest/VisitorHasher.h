// Cookieless visitor ids. An anonymous visitor is hash(daily salt, site, client IP, user agent): the
// salt is random, lives only in this process's memory and only for its UTC day, so yesterday's ids
// cannot be linked to today's and nobody (the operator included) can recompute them from an IP.
// When the app sends a user_id, the visitor is that user instead, stable across days.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QStringView>

namespace pulse {

class Clock;

class VisitorHasher final
{
public:
    explicit VisitorHasher(const Clock &clock);

    qint64 anonymousId(qint64 siteId, QByteArrayView clientIp, QByteArrayView userAgent);
    static qint64 userId(qint64 siteId, QStringView userId);

private:
    void rotateIfNewDay(qint64 day); // with m_mutex held

    const Clock &m_clock;
    QMutex m_mutex;
    qint64 m_saltDay = -1;
    QByteArray m_salt;
    // Ids already computed with today's salt, keyed by (site, IP, user agent): a client sends many
    // events a day and the SHA-256 was ~8 % of a single-event request. Same lifetime as the salt
    // (cleared with it at midnight UTC, so it never links days) and bounded.
    QHash<QByteArray, qint64> m_todayIds;
};

} // namespace pulse
