// The periods of a retention query as instants: calendar days, weeks (from Monday) or months in a time
// zone, or fixed-length days or weeks counted from an anchor. Computed once per query, so the scan
// finds an event's period by walking a sorted list instead of doing date arithmetic per event.
#pragma once

#include "analytics/retention/RetentionQuery.h"

#include <QString>

#include <vector>

namespace pulse {

class RetentionPeriods final {
public:
    // The periods that overlap [query.fromMs, query.toMs); zone: the site's zone, used when the query
    // names none. The query must be valid.
    RetentionPeriods(const RetentionQuery &query, const QString &siteTimeZone);

    int count() const { return int(m_starts.size()) - 1; }
    // Period i is [start(i), start(i + 1)); start(count()) is the end of the last one (>= to).
    qint64 start(int i) const { return m_starts[size_t(i)]; }
    const std::vector<qint64> &starts() const { return m_starts; }
    // The period holding ts, or -1 when ts is before the first or at or after the last one's end.
    int indexOf(qint64 ts) const;
    // "2024-01-01" for days and weeks (the first day), "2024-01" for months, in the periods' zone.
    QString label(int i) const;
    // The zone calendar periods follow ("UTC" for anchored ones).
    const QString &timeZone() const { return m_zone; }

private:
    std::vector<qint64> m_starts;
    QString m_zone;
    bool m_months = false;
};

} // namespace pulse
