// When a failed webhook delivery is tried again (docs/webhooks.md, "Retries"): after the first
// attempt fails, waits of 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each moved by up
// to ±10 % of jitter so that many receivers coming back at once are not hit in step. Ten attempts
// over about 3 days 3 hours; then the delivery has failed. The jitter's random source can be set, so
// tests know the exact schedule.
#pragma once

#include <QList>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace pulse {

class RetrySchedule final {
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    // The default waits, with jitter from QRandomGenerator::global().
    RetrySchedule();
    RetrySchedule(QList<qint64> waitsMs, Random random, double jitter = kDefaultJitter);

    static constexpr double kDefaultJitter = 0.1;
    static QList<qint64> defaultWaitsMs();

    // Attempts in all: the first one and one after each wait.
    int maxAttempts() const { return int(m_waitsMs.size()) + 1; }
    // The nominal wait (no jitter) after failedAttempts attempts failed; nullopt: no attempt is left.
    std::optional<qint64> nominalWaitMs(int failedAttempts) const;
    // The wait with jitter.
    std::optional<qint64> waitMs(int failedAttempts) const;

private:
    QList<qint64> m_waitsMs;
    Random m_random;
    double m_jitter = kDefaultJitter;
};

} // namespace pulse
