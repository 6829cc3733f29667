// The per-visitor state machines of a funnel, one per order mode: given one visitor's events in time
// order, the deepest step any of their attempts reached, the attempt that reached it and the
// breakdown value. FunnelEngine runs one instance per thread over every visitor; the rules are
// documented in docs/funnels.md (attempts, window edges, ties, exclusions, first-touch breakdowns).
// Defined in the header so the scan loop of FunnelEngine inlines it: it runs once per event.
#pragma once

#include "analytics/EventMatcher.h"
#include "analytics/funnel/FunnelQuery.h"
#include "projection/EventColumns.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace pulse {

class SiteProjection;

namespace funnel {

constexpr int kMaxSteps = FunnelQuery::kMaxSteps;

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

// The per-visitor state machines. One instance per thread; evaluate() is called for every visitor.
class VisitorFunnel final {
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

    // Which levels hold an attempt (m_chain) and a replaced one an exclusion may still void (m_old).
    struct OrderedState {
        std::array<bool, kMaxSteps + 1> has {};
        std::array<bool, kMaxSteps + 1> hasOld {};
    };

    // Ordered (windowFunnel): for each level the latest-starting attempt that reached it; a step event
    // extends the attempt one level below it. Steps are tried from the last down so one event never
    // counts for two steps of an attempt. An attempt reaching a level no exclusion covers is final at
    // once; one inside an exclusion's range is final only when it survives (see docs/funnels.md).
    void ordered(const VisitorEvents &e, VisitorOutcome *out)
    {
        OrderedState st;
        m_committed = 0;
        const quint32 count = e.count;
        if (m_matcher.namesOnly()) {
            // Most events match no step. Testing each one with a branch costs a mispredicted jump
            // whenever matches and misses alternate (a third of the scan at 10M events), so the
            // matches of 64 events at a time are first gathered as bits, without a branch (and without
            // a store per event: writing their indices to an array stalled on the stores' addresses),
            // then run through the state machine in order.
            //
            // Without exclusions, the events that match the first step alone (usually the commonest
            // event, a pageview) are folded: in range, such an event only restarts the level-1 attempt,
            // so of a run of them only the very first (it commits level 1 and notes the breakdown) and
            // the last before another step's event (the attempt that event extends) change anything.
            const quint16 *const names = e.name;
            const quint32 *const nameMasks = m_matcher.nameMasks();
            const bool fold = m_q.exclusions.isEmpty();
            // The first step counts only in range: a run of indices, as events are in time order.
            quint32 lo = 0, hi = count;
            if (fold) {
                const qint64 *const ts = e.ts;
                lo = ts[0] >= m_q.fromMs ? 0 : quint32(std::lower_bound(ts, ts + count, m_q.fromMs) - ts);
                hi = ts[count - 1] < m_q.toMs ? count : quint32(std::lower_bound(ts + lo, ts + count, m_q.toMs) - ts);
            }
            constexpr quint32 kNone = 0xFFFFFFFFu;
            quint32 pending = kNone; // the latest folded start not yet run
            bool seenStart = false;
            for (quint32 from = 0; from < count; from += 64) {
                const quint32 n = std::min(count - from, 64u);
                quint64 others = 0, starts = 0;
                for (quint32 k = 0; k < n; ++k) {
                    const quint32 mask = nameMasks[names[from + k]];
                    others |= quint64((mask & ~1u) != 0 ? 1 : 0) << k;
                    starts |= quint64(mask == 1 ? 1 : 0) << k;
                }
                if (!fold) {
                    others |= starts;
                    starts = 0;
                } else {
                    const auto low = [](quint32 bits) { return bits >= 64 ? ~quint64(0) : (quint64(1) << bits) - 1; };
                    starts &= low(hi > from ? hi - from : 0) & ~low(lo > from ? lo - from : 0);
                    if (!seenStart && starts != 0) {
                        others |= starts & (~starts + 1); // the very first start runs where it is
                        seenStart = true;
                    }
                }
                quint64 done = 0; // this window's events up to the last one run
                while (others != 0) {
                    const int j = std::countr_zero(others);
                    others &= others - 1;
                    const quint64 before = starts & ((quint64(1) << j) - 1) & ~done;
                    if (before != 0)
                        orderedStep(e, from + quint32(63 - std::countl_zero(before)), 1, st);
                    else if (pending != kNone)
                        orderedStep(e, pending, 1, st);
                    pending = kNone;
                    orderedStep(e, from + quint32(j), nameMasks[names[from + quint32(j)]], st);
                    done = (quint64(1) << j) | ((quint64(1) << j) - 1);
                }
                const quint64 after = starts & ~done;
                if (after != 0)
                    pending = from + quint32(63 - std::countl_zero(after));
            }
            if (pending != kNone)
                orderedStep(e, pending, 1, st);
        } else {
            for (quint32 i = 0; i < count; ++i) {
                quint32 mask = m_matcher.nameMasks()[e.name[i]];
                if (mask == 0)
                    continue;
                mask = m_matcher.refine(mask, e, i, m_memo);
                if (mask == 0 || !m_matcher.counted(e, i))
                    continue;
                orderedStep(e, i, mask, st);
            }
        }
        for (int level = m_steps; level >= 1; --level) {
            if (st.has[level])
                commit(level, m_chain[level]);
            if (st.hasOld[level])
                commit(level, m_old[level]);
        }
        out->level = m_committed;
        out->attempt = m_best;
    }

    // One event of `ordered` that matches the conditions in mask.
    Q_ALWAYS_INLINE void orderedStep(const VisitorEvents &e, quint32 i, quint32 mask, OrderedState &st)
    {
        const qint64 window = m_q.windowMs;
        const qint64 t = e.ts[i];
        if (mask & ~m_stepBits) {
            for (int x = 0; x < m_q.exclusions.size(); ++x) {
                if (!(mask & (1u << (m_steps + x))))
                    continue;
                const FunnelExclusion &ex = m_q.exclusions[x];
                for (int level = ex.fromStep; level < ex.toStep; ++level) {
                    if (st.hasOld[level]) { // replaced attempts whose window ended before t survived
                        if (m_old[level].ts[0] + window < t)
                            commit(level, m_old[level]);
                        st.hasOld[level] = false;
                    }
                    if (st.has[level] && t - m_chain[level].ts[0] <= window)
                        st.has[level] = false;
                }
            }
        }
        // The steps this event matches, the last first; usually just one bit.
        for (quint32 bits = mask & m_stepBits; bits != 0;) {
            const int s = 32 - std::countl_zero(bits);
            bits &= ~(1u << (s - 1));
            // Only the first s times of an attempt at level s mean anything: copy just those
            // (zeroing or copying whole attempts per event was a third of the scan).
            if (s == 1 ? !inRange(t) : (!st.has[s - 1] || t - m_chain[s - 1].ts[0] > window))
                continue;
            if (s == 1)
                noteStart(e, i);
            if (st.has[s] && m_vulnerable[s] && !st.hasOld[s]) {
                copyAttempt(m_old[s], m_chain[s], s);
                st.hasOld[s] = true;
            }
            Attempt &next = m_chain[s];
            if (s > 1)
                std::copy_n(m_chain[s - 1].ts.begin(), s - 1, next.ts.begin());
            next.ts[s - 1] = t;
            next.level = s;
            st.has[s] = true;
            if (!m_vulnerable[s])
                commit(s, next);
        }
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
    // A breakdown by cohort is settled per visitor by FunnelEngine; only properties are noted here.
    const bool m_hasBreakdown = !m_q.breakdown.isEmpty() && m_q.breakdown != QLatin1String("cohort");
    bool m_breakdownSet = false;
    QByteArray m_breakdown;
    std::vector<Matched> m_matched;
};

} // namespace funnel

} // namespace pulse
