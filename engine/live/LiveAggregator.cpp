// Live figures from commit notifications. Memory stays bounded by what the windows hold: one counter
// per minute of the last hour, one entry per distinct (visitor), (page, visitor) and (source, visitor)
// of the last half hour, and the feed. Old entries are swept once a minute, not on every event.
#include "live/LiveAggregator.h"

#include "analytics/StatsQuery.h"
#include "core/Clock.h"
#include "storage/EventWriter.h"

#include <QMutexLocker>

#include <algorithm>
#include <vector>

namespace pulse {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kVisitorWindowMs = LiveSnapshot::kVisitorMinutes * kMinuteMs;

qint64 minuteOf(qint64 ms)
{
    // Floor division, so times before 1970 still land in the right minute.
    return ms >= 0 ? ms / kMinuteMs : -((-ms + kMinuteMs - 1) / kMinuteMs);
}
} // namespace

LiveAggregator::LiveAggregator(const Clock &clock, QObject *parent) : LiveAggregator(clock, Options{}, parent) {}

LiveAggregator::LiveAggregator(const Clock &clock, Options options, QObject *parent)
    : QObject(parent), m_clock(clock), m_options(options)
{
}

LiveAggregator::~LiveAggregator() = default;

void LiveAggregator::attach(EventWriter &writer)
{
    // Direct: add() is thread-safe, and the writer's thread has no event loop to queue to.
    connect(&writer, &EventWriter::committed, this,
            [this](const EventBatch &batch) {
                if (batch)
                    add(*batch);
            },
            Qt::DirectConnection);
}

void LiveAggregator::detach(EventWriter &writer) { disconnect(&writer, nullptr, this, nullptr); }

void LiveAggregator::add(const QList<EventRecord> &events)
{
    QList<qint64> touched;
    {
        const qint64 nowMs = m_clock.nowMs();
        const qint64 oldestMinute = minuteOf(nowMs) - LiveSnapshot::kMinutes + 1;
        // The feed keeps the newest feedSize events of each site: of this commit, only those that stay
        // in it are copied (a commit can hold thousands, and this runs on the writer's thread).
        std::vector<const EventRecord *> newestFirst;
        QHash<qint64, int> feedTaken;
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            if (it->isBot || minuteOf(it->receivedAtMs) < oldestMinute)
                continue;
            int &taken = feedTaken[it->siteId];
            if (taken < m_options.feedSize) {
                ++taken;
                newestFirst.push_back(&*it);
            }
        }
        QMutexLocker locker(&m_mutex);
        for (const EventRecord &e : events) {
            if (e.isBot)
                continue;
            const qint64 at = e.receivedAtMs;
            if (minuteOf(at) < oldestMinute)
                continue; // imports and demo history: not live activity
            SiteState &state = m_sites[e.siteId];
            state.perMinute[minuteOf(at)] += 1;
            qint64 &seen = state.visitorSeen[e.visitorId];
            seen = std::max(seen, at);
            if (e.isPageview()) {
                qint64 &page = state.pageSeen[e.path][e.visitorId];
                page = std::max(page, at);
            }
            const QString source = e.source.isEmpty() ? StatsQuery::directSourceLabel() : e.source;
            qint64 &src = state.sourceSeen[source][e.visitorId];
            src = std::max(src, at);
            if (!touched.contains(e.siteId))
                touched.append(e.siteId);
        }
        for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
            std::deque<EventRecord> &feed = m_sites[(*it)->siteId].feed;
            feed.push_front(**it);
            while (int(feed.size()) > m_options.feedSize)
                feed.pop_back();
        }
        for (qint64 siteId : std::as_const(touched))
            prune(m_sites[siteId], nowMs);
    }
    for (qint64 siteId : std::as_const(touched))
        Q_EMIT siteChanged(siteId);
}

void LiveAggregator::prune(SiteState &state, qint64 nowMs) const
{
    const qint64 minute = minuteOf(nowMs);
    if (minute == state.prunedMinute)
        return;
    state.prunedMinute = minute;
    const qint64 oldestMinute = minute - LiveSnapshot::kMinutes + 1;
    while (!state.perMinute.isEmpty() && state.perMinute.firstKey() < oldestMinute)
        state.perMinute.erase(state.perMinute.begin());
    const qint64 since = nowMs - kVisitorWindowMs;
    state.visitorSeen.removeIf([since](const QHash<qint64, qint64>::iterator it) { return it.value() <= since; });
    for (auto *seen : {&state.pageSeen, &state.sourceSeen}) {
        for (auto it = seen->begin(); it != seen->end();) {
            it->removeIf([since](const QHash<qint64, qint64>::iterator v) { return v.value() <= since; });
            it = it->isEmpty() ? seen->erase(it) : std::next(it);
        }
    }
}

QList<BreakdownRow> LiveAggregator::top(const QHash<QString, QHash<qint64, qint64>> &seen, qint64 sinceMs) const
{
    QList<BreakdownRow> rows;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        BreakdownRow row;
        row.value = it.key();
        for (qint64 at : it.value())
            row.visitors += at > sinceMs ? 1 : 0;
        if (row.visitors > 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
        return a.visitors != b.visitors ? a.visitors > b.visitors : a.value < b.value;
    });
    if (rows.size() > m_options.topRows)
        rows.resize(m_options.topRows);
    return rows;
}

LiveSnapshot LiveAggregator::snapshot(qint64 siteId, qint64 nowMs) const
{
    LiveSnapshot s;
    s.siteId = siteId;
    s.nowMs = nowMs;
    const qint64 current = minuteOf(nowMs);
    const qint64 first = current - LiveSnapshot::kMinutes + 1;
    s.firstMinuteStartMs = first * kMinuteMs;
    s.eventsPerMinute.fill(0, LiveSnapshot::kMinutes);

    QMutexLocker locker(&m_mutex);
    const auto found = m_sites.constFind(siteId);
    if (found == m_sites.cend())
        return s;
    const SiteState &state = found.value();
    for (auto it = state.perMinute.lowerBound(first); it != state.perMinute.cend() && it.key() <= current; ++it) {
        s.eventsPerMinute[qsizetype(it.key() - first)] = it.value();
        if (it.key() > current - LiveSnapshot::kVisitorMinutes)
            s.events += it.value();
    }
    const qint64 since = nowMs - kVisitorWindowMs;
    for (qint64 at : state.visitorSeen)
        s.visitors += (at > since && at <= nowMs) ? 1 : 0;
    s.topPages = top(state.pageSeen, since);
    s.topSources = top(state.sourceSeen, since);
    s.feed.reserve(qsizetype(state.feed.size()));
    for (const EventRecord &e : state.feed)
        s.feed.append(e);
    return s;
}

} // namespace pulse
