#include "webhooks/RetrySchedule.h"

#include <QRandomGenerator>

#include <cmath>

namespace pulse {

namespace {
constexpr qint64 kRetrySecond = 1000;
constexpr qint64 kRetryMinute = 60 * kRetrySecond;
constexpr qint64 kRetryHour = 60 * kRetryMinute;
} // namespace

QList<qint64> RetrySchedule::defaultWaitsMs()
{
    return { 5 * kRetrySecond, 5 * kRetryMinute, 30 * kRetryMinute, 2 * kRetryHour, 5 * kRetryHour, 10 * kRetryHour,
        14 * kRetryHour, 20 * kRetryHour, 24 * kRetryHour };
}

RetrySchedule::RetrySchedule()
    : RetrySchedule(defaultWaitsMs(), [] { return QRandomGenerator::global()->generateDouble(); })
{
}

RetrySchedule::RetrySchedule(QList<qint64> waitsMs, Random random, double jitter)
    : m_waitsMs(std::move(waitsMs)), m_random(std::move(random)), m_jitter(jitter)
{
}

std::optional<qint64> RetrySchedule::nominalWaitMs(int failedAttempts) const
{
    if (failedAttempts < 1 || failedAttempts > m_waitsMs.size())
        return std::nullopt;
    return m_waitsMs.at(failedAttempts - 1);
}

std::optional<qint64> RetrySchedule::waitMs(int failedAttempts) const
{
    const std::optional<qint64> nominal = nominalWaitMs(failedAttempts);
    if (!nominal)
        return std::nullopt;
    const double r = m_random ? qBound(0.0, m_random(), 1.0) : 0.5;
    const double factor = 1.0 - m_jitter + 2.0 * m_jitter * r;
    return qMax<qint64>(1, qint64(std::llround(double(*nominal) * factor)));
}

} // namespace pulse
