#include "analytics/retention/RetentionPeriods.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace pulse {

namespace {

constexpr qint64 kDayMs = 86400000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

QDate periodStartDate(QDate date, RetentionQuery::Period period)
{
    switch (period) {
    case RetentionQuery::Period::Day:
        return date;
    case RetentionQuery::Period::Week:
        return date.addDays(1 - date.dayOfWeek()); // ISO weeks start on Monday
    case RetentionQuery::Period::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QDate nextPeriodDate(QDate date, RetentionQuery::Period period)
{
    switch (period) {
    case RetentionQuery::Period::Day:
        return date.addDays(1);
    case RetentionQuery::Period::Week:
        return date.addDays(7);
    case RetentionQuery::Period::Month:
        return date.addMonths(1);
    }
    return date;
}

} // namespace

RetentionPeriods::RetentionPeriods(const RetentionQuery &query, const QString &siteTimeZone)
    : m_months(query.period == RetentionQuery::Period::Month)
{
    if (query.anchorMs) {
        m_zone = QStringLiteral("UTC");
        const qint64 length = query.period == RetentionQuery::Period::Day ? kDayMs : 7 * kDayMs;
        qint64 start = *query.anchorMs + floorDiv(query.fromMs - *query.anchorMs, length) * length;
        m_starts.push_back(start);
        while (start < query.toMs) {
            start += length;
            m_starts.push_back(start);
        }
        return;
    }
    m_zone = !query.timeZone.isEmpty() ? query.timeZone
        : !siteTimeZone.isEmpty()      ? siteTimeZone
                                       : QStringLiteral("UTC");
    QTimeZone zone(m_zone.toUtf8());
    if (!zone.isValid()) {
        m_zone = QStringLiteral("UTC");
        zone = QTimeZone::utc();
    }
    // Local midnight; where a daylight-saving jump skips midnight, Qt moves to the first valid time.
    const auto instant = [&zone](QDate d) { return QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch(); };
    QDate date = periodStartDate(QDateTime::fromMSecsSinceEpoch(query.fromMs, zone).date(), query.period);
    qint64 start = instant(date);
    m_starts.push_back(start);
    while (start < query.toMs) {
        date = nextPeriodDate(date, query.period);
        start = instant(date);
        m_starts.push_back(start);
    }
}

int RetentionPeriods::indexOf(qint64 ts) const
{
    if (ts < m_starts.front() || ts >= m_starts.back())
        return -1;
    return int(std::upper_bound(m_starts.begin(), m_starts.end(), ts) - m_starts.begin()) - 1;
}

QString RetentionPeriods::label(int i) const
{
    QTimeZone zone(m_zone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDate date = QDateTime::fromMSecsSinceEpoch(start(i), zone).date();
    return date.toString(m_months ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
}

} // namespace pulse
