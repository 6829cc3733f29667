// The one source of "now" for everything time-dependent (sessions, salts, rate limits, schedules),
// so tests can move time exactly instead of sleeping.
#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QtGlobal>

#include <atomic>

namespace pulse {

class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc()); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    static SystemClock &instance();
};

// A clock that only moves when told to; thread-safe so a test can drive a server on other threads.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1704067200000) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now.load(); }
    void setMs(qint64 ms) { m_now.store(ms); }
    void advanceMs(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

} // namespace pulse
