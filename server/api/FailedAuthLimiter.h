// Slows down key guessing: after 10 failed authentications from one client address within a
// minute, further attempts from it get 429 until the minute has passed. Time comes from the Clock.
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace pulse {

class Clock;

class FailedAuthLimiter final {
public:
    explicit FailedAuthLimiter(const Clock &clock, int maxFailures = 10, qint64 windowMs = 60 * 1000);

    // Seconds the address must wait, or 0 when it may try.
    int retryAfterSeconds(const QString &address);
    void recordFailure(const QString &address);
    int maxFailures() const { return m_maxFailures; }

private:
    struct Window {
        qint64 startMs = 0;
        int failures = 0;
    };
    const Clock &m_clock;
    int m_maxFailures;
    qint64 m_windowMs;
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
};

} // namespace pulse
