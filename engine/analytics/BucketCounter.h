// Events and distinct visitors per time bucket over one site's projection: the stats time series and
// the benchmark's Q1 and Q2. One pass over each visitor's events in time order, split across threads.
#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace pulse {

class SiteProjection;

// Events and distinct visitors in each bucket [starts[i], starts[i + 1]) (the last one ends at toMs).
struct BucketCounts {
    QList<qint64> starts;
    QList<qint64> events;
    QList<qint64> visitors;
    bool operator==(const BucketCounts &) const = default;
};

class BucketCounter final {
public:
    // bucketStarts ascending, all before toMs. Takes the projection's read lock.
    static BucketCounts run(
        const SiteProjection &site, const QList<qint64> &bucketStarts, qint64 toMs, bool includeBots, int threads);
    // Events per bucket alone, from the projection's quarter-hour counts when every bound is a whole
    // quarter hour (calendar hours and days in any zone are); nullopt otherwise (then use run()).
    static std::optional<QList<qint64>> eventsFromSlots(
        const SiteProjection &site, const QList<qint64> &bucketStarts, qint64 toMs, bool includeBots);
};

} // namespace pulse
