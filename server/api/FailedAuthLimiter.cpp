#include "api/FailedAuthLimiter.h"

#include "core/Clock.h"

namespace pulse {

FailedAuthLimiter::FailedAuthLimiter(const Clock &clock, int maxFailures, qint64 windowMs)
    : m_clock(clock), m_maxFailures(maxFailures), m_windowMs(windowMs)
{
}

int FailedAuthLimiter::retryAfterSeconds(const QString &address)
{
    const qint64 now = m_clock.nowMs();
    QMutexLocker lock(&m_mutex);
    auto it = m_windows.find(address);
    if (it == m_windows.end())
        return 0;
    if (now - it->startMs >= m_windowMs) {
        m_windows.erase(it);
        return 0;
    }
    if (it->failures < m_maxFailures)
        return 0;
    return int((it->startMs + m_windowMs - now + 999) / 1000);
}

void FailedAuthLimiter::recordFailure(const QString &address)
{
    const qint64 now = m_clock.nowMs();
    QMutexLocker lock(&m_mutex);
    // Forget stale windows now and then so a scan from many addresses cannot grow the table forever.
    if (m_windows.size() > 100000) {
        for (auto it = m_windows.begin(); it != m_windows.end();)
            it = now - it->startMs >= m_windowMs ? m_windows.erase(it) : std::next(it);
    }
    Window &w = m_windows[address];
    if (w.failures == 0 || now - w.startMs >= m_windowMs)
        w = Window { now, 0 };
    ++w.failures;
}

} // namespace pulse
