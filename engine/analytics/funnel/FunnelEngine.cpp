#include "analytics/funnel/FunnelEngine.h"

#include "analytics/EventMatcher.h"
#include "projection/SiteProjection.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <bit>
#include <functional>
#include <thread>

namespace pulse {

namespace {

constexpr int kMaxSteps = FunnelQuery::kMaxSteps;
constexpr qint64 kSecond = 1000;

// One attempt: the time of each step it reached.
struct Attempt {
    std::array<qint64, kMaxSteps> ts {};
    int level = 0;
};

struct VisitorOutcome {
    int level = 0; // steps reached by the best attempt; 0: no first step in the range
    Attempt attempt; // the first attempt that reached `level`
    QByteArray breakdown;
};

// The conditions of a query in matcher order: the steps, then the exclusions' events.
QList<FunnelStep> conditionsOf(const FunnelQuery &q)
{
    QList<FunnelStep> conditions = q.steps;
    for (const FunnelExclusion &x : q.exclusions)
        conditions << x.event;
    return conditions;
}

// The per-visitor state machines. One instance per thread; evaluate() is called for every visitor.
class VisitorFunnel {
public:
    VisitorFunnel(const FunnelQuery &query, const EventMatcher &matcher, const SiteProjection &site)
        : m_q(query),
          m_matcher(matcher),
          m_site(site),
          m_memo(matcher.makeMemo()),
          m_steps(int(query.steps.size())),
          m_stepBits((1u << m_steps) - 1)
    {
        for (int x = 0; x < query.exclusions.size(); ++x) {
            const FunnelExclusion &e = query.exclusions[x];
            for (int level = e.fromStep; level < e.toStep; ++level)
                m_vulnerable[level] = true;
        }
    }

    void evaluate(const VisitorEvents &e, VisitorOutcome *out)
    {
        out->level = 0;
        // Without a breakdown there is nothing to note: start as if it were noted already.
        m_breakdownSet = !m_hasBreakdown;
        if (m_hasBreakdown)
            m_breakdown.clear();
        switch (m_q.order) {
        case FunnelQuery::Order::Ordered:
            ordered(e, out);
            break;
        case FunnelQuery::Order::Strict:
            strict(e, out);
            break;
        case FunnelQuery::Order::Any:
            anyOrder(e, out);
            break;
        }
        if (out->level == 0 || !m_hasBreakdown)
            out->breakdown.clear();
        else
            out->breakdown = m_breakdown;
    }

private:
    bool inRange(qint64 ts) const { return ts >= m_q.fromMs && ts < m_q.toMs; }

    // The breakdown value is the one on the visitor's first event that starts an attempt in the range.
    void noteStart(const VisitorEvents &e, quint32 i)
    {
        if (m_breakdownSet)
            return;
        m_breakdownSet = true;
        m_breakdown = EventMatcher::propertyValue(m_site, m_q.breakdown, e, i);
    }

    static void copyAttempt(Attempt &to, const Attempt &from, int level)
    {
        std::copy_n(from.ts.begin(), level, to.ts.begin());
        to.level = level;
    }

    void commit(int level, const Attempt &attempt)
    {
        if (level > m_committed) {
            m_committed = level;
            copyAttempt(m_best, attempt, level);
        }
    }

    // Ordered (windowFunnel): for each level the latest-starting attempt that reached it; a step event
    // extends the attempt one level below it. Steps are tried from the last down so one event never
    // counts for two steps of an attempt. An attempt reaching a level no exclusion covers is final at
    // once; one inside an exclusion's range is final only when it survives (see docs/funnels.md).
    void ordered(const VisitorEvents &e, VisitorOutcome *out)
    {
        std::array<bool, kMaxSteps + 1> has {};
        std::array<bool, kMaxSteps + 1> hasOld {};
        m_committed = 0;
        const qint64 window = m_q.windowMs;
        // Locals, not members: the compiler cannot tell the stores below from these loads otherwise.
        const quint16 *const names = e.name;
        const quint32 *const nameMasks = m_matcher.nameMasks();
        const bool namesOnly = m_matcher.namesOnly();
        const quint32 count = e.count;
        for (quint32 i = 0; i < count; ++i) {
            quint32 mask = nameMasks[names[i]];
            if (mask == 0)
                continue;
            if (!namesOnly) {
                mask = m_matcher.refine(mask, e, i, m_memo);
                if (mask == 0 || !m_matcher.counted(e, i))
                    continue;
            }
            const qint64 t = e.ts[i];
            if (mask & ~m_stepBits) {
                for (int x = 0; x < m_q.exclusions.size(); ++x) {
                    if (!(mask & (1u << (m_steps + x))))
                        continue;
                    const FunnelExclusion &ex = m_q.exclusions[x];
                    for (int level = ex.fromStep; level < ex.toStep; ++level) {
                        if (hasOld[level]) { // replaced attempts whose window ended before t survived
                            if (m_old[level].ts[0] + window < t)
                                commit(level, m_old[level]);
                            hasOld[level] = false;
                        }
                        if (has[level] && t - m_chain[level].ts[0] <= window)
                            has[level] = false;
                    }
                }
            }
            // The steps this event matches, the last first; usually just one bit.
            for (quint32 bits = mask & m_stepBits; bits != 0;) {
                const int s = 32 - std::countl_zero(bits);
                bits &= ~(1u << (s - 1));
                // Only the first s times of an attempt at level s mean anything: copy just those
                // (zeroing or copying whole attempts per event was a third of the scan).
                if (s == 1 ? !inRange(t) : (!has[s - 1] || t - m_chain[s - 1].ts[0] > window))
                    continue;
                if (s == 1)
                    noteStart(e, i);
                if (has[s] && m_vulnerable[s] && !hasOld[s]) {
                    copyAttempt(m_old[s], m_chain[s], s);
                    hasOld[s] = true;
                }
                Attempt &next = m_chain[s];
                if (s > 1)
                    std::copy_n(m_chain[s - 1].ts.begin(), s - 1, next.ts.begin());
                next.ts[s - 1] = t;
                next.level = s;
                has[s] = true;
                if (!m_vulnerable[s])
                    commit(s, next);
            }
        }
        for (int level = m_steps; level >= 1; --level) {
            if (has[level])
                commit(level, m_chain[level]);
            if (hasOld[level])
                commit(level, m_old[level]);
        }
        out->level = m_committed;
        out->attempt = m_best;
    }

    // Strict: the next step must be the visitor's very next event; any other event ends the attempt.
    void strict(const VisitorEvents &e, VisitorOutcome *out)
    {
        std::array<bool, kMaxSteps + 1> has {};
        m_committed = 0;
        const qint64 window = m_q.windowMs;
        for (quint32 i = 0; i < e.count; ++i) {
            if (!m_matcher.counted(e, i))
                continue;
            const quint32 mask = m_matcher.match(e, i, m_memo) & m_stepBits;
            const qint64 t = e.ts[i];
            std::array<bool, kMaxSteps + 1> next {};
            for (int s = m_steps; s >= 1; --s) {
                if (!(mask & (1u << (s - 1))))
                    continue;
                if (s == 1) {
                    if (!inRange(t))
                        continue;
                    noteStart(e, i);
                    m_chain[1] = Attempt {};
                    m_chain[1].ts[0] = t;
                } else {
                    if (!has[s - 1] || t - m_chain[s - 1].ts[0] > window)
                        continue;
                    m_chain[s] = m_chain[s - 1];
                    m_chain[s].ts[s - 1] = t;
                }
                m_chain[s].level = s;
                next[s] = true;
                commit(s, m_chain[s]);
            }
            has = next;
        }
        out->level = m_committed;
        out->attempt = m_best;
    }

    // Any order: the most distinct steps done within one window that starts at a step event in the
    // range. An event that matches several steps counts for each of them.
    void anyOrder(const VisitorEvents &e, VisitorOutcome *out)
    {
        m_matched.clear();
        for (quint32 i = 0; i < e.count; ++i) {
            const quint32 mask = m_matcher.match(e, i, m_memo) & m_stepBits;
            if (mask != 0 && m_matcher.counted(e, i))
                m_matched.push_back({ e.ts[i], mask, i });
        }
        std::array<int, kMaxSteps> counts {};
        int distinct = 0;
        size_t end = 0;
        int bestLevel = 0;
        size_t bestStart = 0, bestEnd = 0;
        for (size_t start = 0; start < m_matched.size(); ++start) {
            while (end < m_matched.size() && m_matched[end].ts - m_matched[start].ts <= m_q.windowMs) {
                for (int s = 0; s < m_steps; ++s) {
                    if ((m_matched[end].mask & (1u << s)) && counts[s]++ == 0)
                        ++distinct;
                }
                ++end;
            }
            if (inRange(m_matched[start].ts)) {
                noteStart(e, m_matched[start].index);
                if (distinct > bestLevel) {
                    bestLevel = distinct;
                    bestStart = start;
                    bestEnd = end;
                }
            }
            for (int s = 0; s < m_steps; ++s) {
                if ((m_matched[start].mask & (1u << s)) && --counts[s] == 0)
                    --distinct;
            }
        }
        out->level = bestLevel;
        if (bestLevel == 0)
            return;
        // The times at which the window's distinct steps were first done, in order.
        std::array<bool, kMaxSteps> seen {};
        Attempt attempt;
        for (size_t k = bestStart; k < bestEnd && attempt.level < bestLevel; ++k) {
            for (int s = 0; s < m_steps; ++s) {
                if ((m_matched[k].mask & (1u << s)) && !seen[s]) {
                    seen[s] = true;
                    attempt.ts[attempt.level++] = m_matched[k].ts;
                }
            }
        }
        attempt.level = bestLevel;
        out->attempt = attempt;
    }

    struct Matched {
        qint64 ts;
        quint32 mask;
        quint32 index;
    };

    const FunnelQuery &m_q;
    const EventMatcher &m_matcher;
    const SiteProjection &m_site;
    EventMatcher::Memo m_memo;
    const int m_steps;
    const quint32 m_stepBits;
    std::array<bool, kMaxSteps + 1> m_vulnerable {};
    std::array<Attempt, kMaxSteps + 1> m_chain;
    std::array<Attempt, kMaxSteps + 1> m_old;
    Attempt m_best;
    int m_committed = 0;
    const bool m_hasBreakdown = !m_q.breakdown.isEmpty();
    bool m_breakdownSet = false;
    QByteArray m_breakdown;
    std::vector<Matched> m_matched;
};

// Users per final level and the time each step took, for one series.
struct SeriesAccumulator {
    std::vector<qint64> levels; // index: level reached
    std::vector<std::vector<qint64>> duration; // index: step (1-based), ms from the step before

    SeriesAccumulator() = default; // empty until merged into or given a step count
    explicit SeriesAccumulator(int steps) : levels(size_t(steps) + 1), duration(size_t(steps) + 1) { }
    void add(const VisitorOutcome &o)
    {
        ++levels[o.level];
        for (int s = 2; s <= o.level; ++s)
            duration[s].push_back(o.attempt.ts[s - 1] - o.attempt.ts[s - 2]);
    }
    void merge(SeriesAccumulator &&other)
    {
        if (levels.empty()) {
            *this = std::move(other);
            return;
        }
        for (size_t l = 0; l < levels.size(); ++l)
            levels[l] += other.levels[l];
        for (size_t s = 0; s < duration.size(); ++s)
            duration[s].insert(duration[s].end(), other.duration[s].begin(), other.duration[s].end());
    }
    qint64 starters() const
    {
        qint64 n = 0;
        for (size_t l = 1; l < levels.size(); ++l)
            n += levels[l];
        return n;
    }
};

struct ThreadResult {
    SeriesAccumulator total;
    QHash<QByteArray, SeriesAccumulator> byValue;
    qint64 scanned = 0;
};

// Runs body(range, threadIndex) over the site's visitors split into up to `threads` ranges.
void parallelOverVisitors(
    const SiteProjection &site, int threads, const std::function<void(quint32, quint32, int)> &body, int *used)
{
    // Threads pay off only once a scan takes longer than starting them.
    constexpr size_t kEventsPerThread = 200000;
    const int wanted = int(std::clamp<size_t>(site.eventCount() / kEventsPerThread, 1, size_t(std::max(1, threads))));
    const auto ranges = site.partition(wanted);
    *used = int(ranges.size());
    std::vector<std::thread> workers;
    for (size_t r = 1; r < ranges.size(); ++r)
        workers.emplace_back([&, r] { body(ranges[r].first, ranges[r].second, int(r)); });
    if (!ranges.empty())
        body(ranges[0].first, ranges[0].second, 0);
    for (std::thread &w : workers)
        w.join();
}

double quantile(const std::vector<qint64> &sorted, double q)
{
    // Linear interpolation between the closest ranks (the common "type 7" definition).
    const double pos = q * double(sorted.size() - 1);
    const auto lo = size_t(pos);
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return (double(sorted[lo]) + (pos - double(lo)) * double(sorted[hi] - sorted[lo])) / double(kSecond);
}

// Human-scale bins: seconds, minutes, hours, days; those beyond the window are left out.
const std::vector<qint64> &histogramEdgesSeconds()
{
    static const std::vector<qint64> edges { 0, 10, 30, 60, 300, 900, 3600, 3 * 3600, 12 * 3600, 86400, 3 * 86400,
        7 * 86400, 14 * 86400, 30 * 86400, 90 * 86400, 366 * 86400 };
    return edges;
}

ConversionTime conversionTime(std::vector<qint64> &ms, qint64 windowMs)
{
    ConversionTime t;
    t.users = qint64(ms.size());
    if (ms.empty())
        return t;
    std::sort(ms.begin(), ms.end());
    t.medianSeconds = quantile(ms, 0.5);
    t.p25Seconds = quantile(ms, 0.25);
    t.p75Seconds = quantile(ms, 0.75);
    double sum = 0;
    for (qint64 v : ms)
        sum += double(v);
    t.meanSeconds = sum / double(ms.size()) / double(kSecond);
    const std::vector<qint64> &edges = histogramEdgesSeconds();
    for (size_t b = 0; b + 1 < edges.size() && edges[b] * kSecond <= windowMs; ++b) {
        HistogramBin bin;
        bin.fromSeconds = edges[b];
        bin.toSeconds = edges[b + 1];
        const auto lo = std::lower_bound(ms.begin(), ms.end(), edges[b] * kSecond);
        const auto hi = std::lower_bound(ms.begin(), ms.end(), edges[b + 1] * kSecond);
        bin.users = qint64(hi - lo);
        t.histogram << bin;
    }
    return t;
}

FunnelSeries toSeries(const FunnelQuery &q, SeriesAccumulator &acc, const QString &value)
{
    FunnelSeries series;
    series.breakdownValue = value;
    const int steps = int(q.steps.size());
    std::vector<qint64> reached(size_t(steps) + 2, 0);
    for (int s = steps; s >= 1; --s)
        reached[s] = reached[s + 1] + (acc.levels.empty() ? 0 : acc.levels[s]);
    for (int s = 1; s <= steps; ++s) {
        FunnelStepResult r;
        r.label = q.steps[s - 1].displayLabel();
        r.users = reached[s];
        const qint64 previous = s == 1 ? reached[1] : reached[s - 1];
        r.conversionFromPrevious = previous > 0 ? double(r.users) / double(previous) : 0;
        r.conversionFromFirst = reached[1] > 0 ? double(r.users) / double(reached[1]) : 0;
        r.dropOff = s == 1 ? 0 : previous - r.users;
        if (s >= 2 && !acc.duration.empty())
            r.timeFromPrevious = conversionTime(acc.duration[s], q.windowMs);
        series.steps << r;
    }
    return series;
}

QString labelOf(const QByteArray &value)
{
    return value.isEmpty() ? FunnelQuery::noneLabel() : QString::fromUtf8(value);
}

// Breakdown values in result order: the top ones by users at the first step (ties by value).
QList<QByteArray> topValues(const QHash<QByteArray, SeriesAccumulator> &byValue, int limit)
{
    QList<QByteArray> values = byValue.keys();
    std::sort(values.begin(), values.end(), [&](const QByteArray &a, const QByteArray &b) {
        const qint64 na = byValue[a].starters(), nb = byValue[b].starters();
        return na != nb ? na > nb : a < b;
    });
    if (values.size() > limit)
        values.resize(limit);
    return values;
}

QString visitorHex(qint64 hash)
{
    return QStringLiteral("%1").arg(quint64(hash), 16, 16, QLatin1Char('0'));
}

} // namespace

FunnelResult FunnelEngine::empty(const FunnelQuery &query)
{
    FunnelResult result;
    SeriesAccumulator none(int(query.steps.size()));
    result.total = toSeries(query, none, QString());
    return result;
}

FunnelResult FunnelEngine::run(const SiteProjection &site, const FunnelQuery &query, int threads)
{
    const auto lock = site.readLock();
    const EventMatcher matcher(site, conditionsOf(query), query.includeBots);
    const int steps = int(query.steps.size());
    std::vector<ThreadResult> parts(size_t(std::max(1, threads)));
    int used = 0;
    parallelOverVisitors(
        site, threads,
        [&](quint32 begin, quint32 end, int part) {
            ThreadResult &r = parts[part];
            r.total = SeriesAccumulator(steps);
            VisitorFunnel funnel(query, matcher, site);
            VisitorOutcome outcome;
            EventColumns scratch;
            const bool breakdown = !query.breakdown.isEmpty();
            site.forEachVisitor(begin, end, scratch, [&](const VisitorEvents &e) {
                r.scanned += e.count;
                funnel.evaluate(e, &outcome);
                if (outcome.level == 0)
                    return;
                r.total.add(outcome);
                if (breakdown) {
                    auto it = r.byValue.find(outcome.breakdown);
                    if (it == r.byValue.end())
                        it = r.byValue.insert(outcome.breakdown, SeriesAccumulator(steps));
                    it->add(outcome);
                }
            });
        },
        &used);

    SeriesAccumulator total(steps);
    QHash<QByteArray, SeriesAccumulator> byValue;
    qint64 scanned = 0;
    for (int p = 0; p < used; ++p) {
        total.merge(std::move(parts[p].total));
        scanned += parts[p].scanned;
        for (auto it = parts[p].byValue.begin(); it != parts[p].byValue.end(); ++it)
            byValue[it.key()].merge(std::move(it.value()));
    }

    FunnelResult result;
    result.total = toSeries(query, total, QString());
    result.eventsScanned = scanned;
    if (!query.breakdown.isEmpty()) {
        const QList<QByteArray> top = topValues(byValue, query.breakdownLimit);
        for (const QByteArray &value : top)
            result.breakdown << toSeries(query, byValue[value], labelOf(value));
        SeriesAccumulator other(steps);
        bool hasOther = false;
        for (auto it = byValue.begin(); it != byValue.end(); ++it) {
            if (!top.contains(it.key())) {
                other.merge(std::move(it.value()));
                hasOther = true;
            }
        }
        if (hasOther)
            result.breakdown << toSeries(query, other, FunnelQuery::otherLabel());
    }
    return result;
}

FunnelUsersPage FunnelEngine::users(const SiteProjection &site, const FunnelUsersQuery &query, int threads)
{
    const FunnelQuery &funnel = query.funnel;
    // "(other)" means every value outside the top ones, so the listing needs the same top list.
    QList<QByteArray> top;
    bool wantOther = false;
    QByteArray wantValue;
    const bool filterValue = !query.anyBreakdownValue && !funnel.breakdown.isEmpty();
    if (filterValue) {
        if (query.breakdownValue == FunnelQuery::otherLabel()) {
            wantOther = true;
            const FunnelResult full = run(site, funnel, threads);
            for (const FunnelSeries &s : full.breakdown) {
                if (s.breakdownValue != FunnelQuery::otherLabel())
                    top << (s.breakdownValue == FunnelQuery::noneLabel() ? QByteArray() : s.breakdownValue.toUtf8());
            }
        } else if (query.breakdownValue != FunnelQuery::noneLabel()) {
            wantValue = query.breakdownValue.toUtf8();
        }
    }

    const auto lock = site.readLock();
    const EventMatcher matcher(site, conditionsOf(funnel), funnel.includeBots);
    struct Found {
        quint32 visitor;
        int level;
        qint64 first;
        qint64 last;
    };
    std::vector<std::vector<Found>> parts(size_t(std::max(1, threads)));
    int used = 0;
    parallelOverVisitors(
        site, threads,
        [&](quint32 begin, quint32 end, int part) {
            VisitorFunnel evaluator(funnel, matcher, site);
            VisitorOutcome o;
            EventColumns scratch;
            site.forEachVisitor(begin, end, scratch, [&](const VisitorEvents &e) {
                evaluator.evaluate(e, &o);
                if (o.level == 0)
                    return;
                const bool wanted = query.outcome == FunnelUsersQuery::Outcome::Converted ? o.level >= query.step
                                                                                          : o.level == query.step - 1;
                if (!wanted)
                    return;
                if (filterValue && (wantOther ? top.contains(o.breakdown) : o.breakdown != wantValue))
                    return;
                parts[part].push_back({ e.visitor, o.level, o.attempt.ts[0], o.attempt.ts[o.level - 1] });
            });
        },
        &used);

    std::vector<Found> all;
    for (int p = 0; p < used; ++p)
        all.insert(all.end(), parts[p].begin(), parts[p].end());
    // Identified users by their id, then anonymous ones by visitor id.
    std::sort(all.begin(), all.end(), [&site](const Found &a, const Found &b) {
        const QByteArray &ua = site.userId(a.visitor), &ub = site.userId(b.visitor);
        if (ua.isEmpty() != ub.isEmpty())
            return ub.isEmpty();
        if (ua != ub)
            return ua < ub;
        return quint64(site.visitorHash(a.visitor)) < quint64(site.visitorHash(b.visitor));
    });
    FunnelUsersPage page;
    page.total = qint64(all.size());
    for (size_t i = size_t(query.offset); i < all.size() && page.users.size() < query.limit; ++i) {
        FunnelUser u;
        u.userId = QString::fromUtf8(site.userId(all[i].visitor));
        u.visitorId = visitorHex(site.visitorHash(all[i].visitor));
        u.level = all[i].level;
        u.firstStepMs = all[i].first;
        u.lastStepMs = all[i].last;
        page.users << u;
    }
    return page;
}

} // namespace pulse
