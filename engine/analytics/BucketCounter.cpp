#include "analytics/BucketCounter.h"

#include "projection/SiteProjection.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace pulse {

BucketCounts BucketCounter::run(
    const SiteProjection &site, const QList<qint64> &bucketStarts, qint64 toMs, bool includeBots, int threads)
{
    BucketCounts out;
    out.starts = bucketStarts;
    const qsizetype buckets = bucketStarts.size();
    out.events.fill(0, buckets);
    out.visitors.fill(0, buckets);
    if (buckets == 0)
        return out;
    const auto lock = site.readLock();
    std::vector<quint8> counted(site.attributeSetCount(), 1);
    bool filterBots = false;
    if (!includeBots) {
        for (quint32 a = 0; a < site.attributeSetCount(); ++a) {
            counted[a] = site.attributeSet(a).isBot ? 0 : 1;
            filterBots = filterBots || !counted[a];
        }
    }
    const qint64 first = bucketStarts.first();
    const qint64 *const starts = bucketStarts.constData();
    // Buckets of one length (UTC days, any zone's hours): the bucket of an event is a multiplication
    // by the reciprocal, not a walk over the bucket starts (whose loop exit mispredicted once a run).
    const qint64 length = buckets > 1 ? starts[1] - starts[0] : toMs - first;
    bool uniform = length > 0 && toMs - starts[buckets - 1] <= length;
    for (qsizetype b = 1; uniform && b < buckets; ++b)
        uniform = starts[b] - starts[b - 1] == length;
    const double inverse = 1.0 / double(length);
    const auto ranges = site.partition(threads);
    std::vector<std::vector<qint64>> events(ranges.size(), std::vector<qint64>(size_t(buckets), 0));
    std::vector<std::vector<qint64>> visitors(ranges.size(), std::vector<qint64>(size_t(buckets), 0));
    auto body = [&](size_t part) {
        std::vector<qint64> &ev = events[part];
        std::vector<qint64> &vis = visitors[part];
        EventColumns scratch;
        site.forEachVisitor(ranges[part].first, ranges[part].second, scratch, [&](const VisitorEvents &e) {
            // A visitor's events are in time order: take them a bucket at a time, a run of events
            // per bucket, so the work per event is one comparison (plus the bot check on sites
            // that have bots). The bucket search starts from the current bucket.
            const qint64 *ts = e.ts;
            // Most visitors lie inside the range: two comparisons instead of two searches.
            quint32 i = ts[0] >= first ? 0 : quint32(std::lower_bound(ts, ts + e.count, first) - ts);
            const quint32 end
                = ts[e.count - 1] < toMs ? e.count : quint32(std::lower_bound(ts + i, ts + e.count, toMs) - ts);
            qsizetype bucket = 0;
            while (i < end) {
                if (uniform) {
                    // Exact below 2^53 ms from the first bucket, after a correction by one either way.
                    const qint64 offset = ts[i] - first;
                    bucket = qsizetype(double(offset) * inverse);
                    const qint64 rest = offset - bucket * length;
                    bucket += (rest >= length ? 1 : 0) - (rest < 0 ? 1 : 0);
                } else {
                    // The next active bucket is usually a few buckets on: step there, and search only
                    // when it is further (a visitor back after weeks).
                    qsizetype step = 0;
                    while (step < 8 && bucket + 1 < buckets && starts[bucket + 1] <= ts[i]) {
                        ++bucket;
                        ++step;
                    }
                    if (step == 8)
                        bucket = (std::upper_bound(starts + bucket, starts + buckets, ts[i]) - starts) - 1;
                }
                const qint64 bucketEnd = bucket + 1 < buckets ? starts[bucket + 1] : toMs;
                quint32 j = i;
                qint64 n = 0;
                if (filterBots) {
                    for (; j < end && ts[j] < bucketEnd; ++j)
                        n += counted[e.attrs[j]];
                } else {
                    while (j < end && ts[j] < bucketEnd)
                        ++j;
                    n = j - i;
                }
                if (n > 0) {
                    ev[size_t(bucket)] += n;
                    ++vis[size_t(bucket)];
                }
                i = j;
            }
        });
    };
    std::vector<std::thread> workers;
    for (size_t p = 1; p < ranges.size(); ++p)
        workers.emplace_back(body, p);
    if (!ranges.empty())
        body(0);
    for (std::thread &w : workers)
        w.join();
    for (qsizetype b = 0; b < buckets; ++b) {
        for (size_t p = 0; p < ranges.size(); ++p) {
            out.events[b] += events[p][size_t(b)];
            out.visitors[b] += visitors[p][size_t(b)];
        }
    }
    return out;
}

std::optional<QList<qint64>> BucketCounter::eventsFromSlots(
    const SiteProjection &site, const QList<qint64> &bucketStarts, qint64 toMs, bool includeBots)
{
    const auto whole = [](qint64 ms) { return ms % SiteProjection::kSlotMs == 0; };
    if (!whole(toMs) || !std::all_of(bucketStarts.begin(), bucketStarts.end(), whole))
        return std::nullopt;
    const auto lock = site.readLock();
    QList<qint64> events;
    events.reserve(bucketStarts.size());
    for (qsizetype b = 0; b < bucketStarts.size(); ++b)
        events << site.eventsBetween(
            bucketStarts[b], b + 1 < bucketStarts.size() ? bucketStarts[b + 1] : toMs, includeBots);
    return events;
}

} // namespace pulse
