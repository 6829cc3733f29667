// Cookieless visitor ids. An anonymous visitor is hash(daily salt, site, client IP, user agent): the
// salt is random, lives only in this process's memory and only for its UTC day, so yesterday's ids
// cannot be linked to today's and nobody (the operator included) can recompute them from an IP.
// When the app sends a user_id, the visitor is that user instead, stable across days.
#pragma once

#include <QByteArray>
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
    QByteArray saltForToday();

    const Clock &m_clock;
    QMutex m_mutex;
    qint64 m_saltDay = -1;
    QByteArray m_salt;
};

} // namespace pulse
