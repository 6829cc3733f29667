#include "access/IngestQuota.h"

#include "core/Clock.h"

#include <cmath>

namespace pulse {

namespace {
constexpr double kWindowMs = 60 * 1000.0;

int ceilSeconds(double ms)
{
    return int(std::ceil(qMax(0.0, ms) / 1000.0));
}
} // namespace

IngestQuota::Decision IngestQuota::take(qint64 siteId, qint64 perMinute, qint64 events)
{
    // GCRA: each event moves the arrival time on by one emission interval; a request is allowed
    // while the arrival time it would leave is at most a window ahead of now.
    const double now = double(m_clock.nowMs());
    const double interval = kWindowMs / double(perMinute);
    Decision d;
    d.limit = perMinute;
    QMutexLocker lock(&m_mutex);
    const double arrival = qMax(m_arrival.value(siteId, now), now);
    const double next = arrival + interval * double(events);
    if (next - now > kWindowMs + 1e-6) {
        d.allowed = false;
        d.remaining = qint64(std::floor((now + kWindowMs - arrival) / interval + 1e-9));
        d.resetSeconds = ceilSeconds(arrival - now);
        // A request bigger than the whole quota never fits; the caller says so instead.
        d.retryAfterSeconds = events > perMinute ? 60 : qMax(1, ceilSeconds(next - kWindowMs - now));
        return d;
    }
    m_arrival.insert(siteId, next);
    d.remaining = qint64(std::floor((now + kWindowMs - next) / interval + 1e-9));
    d.resetSeconds = ceilSeconds(next - now);
    return d;
}

} // namespace pulse
