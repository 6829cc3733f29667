// Per-site ingestion quotas: the generic cell rate algorithm (GCRA) over the injected Clock, so a site
// key may send its quota of events in any minute, in a burst or spread out, and no more. One small
// state (the theoretical arrival time) per site; thread-safe.
//
// Hand-written: Qt has no rate limiter, and GCRA is a dozen lines (one timestamp a key, no timer).
#pragma once

#include <QHash>
#include <QMutex>

namespace pulse {

class Clock;

class IngestQuota final {
public:
    struct Decision {
        bool allowed = true;
        qint64 limit = 0; // events a minute
        qint64 remaining = 0; // events that could still be sent now
        int resetSeconds = 0; // until the full quota is available again
        int retryAfterSeconds = 0; // refused: until this request's events would fit
    };

    explicit IngestQuota(const Clock &clock) : m_clock(clock) { }

    // Takes `events` from the site's quota of perMinute events a minute (perMinute > 0). A refused
    // request takes nothing.
    Decision take(qint64 siteId, qint64 perMinute, qint64 events);

private:
    const Clock &m_clock;
    QMutex m_mutex;
    QHash<qint64, double> m_arrival; // the theoretical arrival time (ms) per site
};

} // namespace pulse
