#include "analytics/retention/RetentionEngine.h"

#include "analytics/EventMatcher.h"
#include "analytics/VisitorScan.h"
#include "analytics/VisitorSet.h"
#include "projection/SiteProjection.h"

#include <QHash>

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace pulse {

namespace {

// Cohort sizes and returning users of one series: cells[c * width + k] for cohort period c, offset k.
struct Grid {
    std::vector<qint64> sizes;
    std::vector<qint64> cells;
    Grid() = default;
    Grid(int cohorts, int width) : sizes(size_t(cohorts), 0), cells(size_t(cohorts) * size_t(width), 0) { }
    void merge(const Grid &o)
    {
        for (size_t i = 0; i < sizes.size(); ++i)
            sizes[i] += o.sizes[i];
        for (size_t i = 0; i < cells.size(); ++i)
            cells[i] += o.cells[i];
    }
};

// What one visitor contributes: the cohort periods they start (with the time of their first start event
// there) and the periods they return in (with the time of their last return event there).
struct VisitorRetention {
    struct Mark {
        int period;
        qint64 ts;
    };
    std::vector<Mark> starts;
    std::vector<Mark> returns;
    quint32 firstStartIndex = 0; // the event that put the visitor in their first cohort

    void addTo(Grid &grid, int width) const
    {
        size_t r = 0;
        for (const Mark &s : starts) {
            ++grid.sizes[size_t(s.period)];
            while (r < returns.size() && returns[r].period < s.period)
                ++r;
            for (size_t i = r; i < returns.size() && returns[i].period - s.period < width; ++i) {
                // Period 0 counts only returns at or after the start that opened the cohort.
                if (returns[i].period == s.period && returns[i].ts < s.ts)
                    continue;
                ++grid.cells[size_t(s.period) * size_t(width) + size_t(returns[i].period - s.period)];
            }
        }
    }
};

class VisitorEvaluator {
public:
    VisitorEvaluator(const RetentionQuery &q, const RetentionPeriods &periods, const EventMatcher &matcher, int width)
        : m_firstTime(q.type == RetentionQuery::Type::FirstTime),
          m_anyStart(!q.startEvent),
          m_anyReturn(!q.returnEvent),
          m_startBit(q.startEvent ? 1u : 0u),
          m_returnBit(q.returnEvent ? (q.startEvent ? 2u : 1u) : 0u),
          m_width(width),
          m_starts(periods.starts()),
          m_to(q.toMs),
          m_matcher(matcher),
          m_memo(matcher.makeMemo())
    {
    }

    // Fills out with the visitor's marks; false when the visitor is in no cohort of the range.
    bool evaluate(const VisitorEvents &e, VisitorRetention *out)
    {
        out->starts.clear();
        out->returns.clear();
        const qint64 first = m_starts.front();
        int p = -1;
        qint64 next = first;
        for (quint32 i = 0; i < e.count; ++i) {
            const qint64 ts = e.ts[i];
            if (ts >= m_to)
                break;
            if (!m_matcher.counted(e, i))
                continue;
            const quint32 mask = (m_anyStart && m_anyReturn) ? 0 : m_matcher.match(e, i, m_memo);
            const bool isStart = m_anyStart || (mask & m_startBit) != 0;
            const bool isReturn = m_anyReturn || (mask & m_returnBit) != 0;
            if (!isStart && !isReturn)
                continue;
            if (ts < first) {
                if (isStart && m_firstTime)
                    return false; // their first time was before the range
                continue;
            }
            if (ts >= next) {
                while (ts >= m_starts[size_t(p + 1)])
                    ++p;
                next = m_starts[size_t(p + 1)];
            }
            if (isStart && (out->starts.empty() || (!m_firstTime && out->starts.back().period != p))) {
                if (out->starts.empty())
                    out->firstStartIndex = i;
                out->starts.push_back({ p, ts });
            }
            if (isReturn && !out->starts.empty()) {
                if (out->returns.empty() || out->returns.back().period != p)
                    out->returns.push_back({ p, ts });
                else
                    out->returns.back().ts = ts;
            }
            // First-time: once past the last observable period of the cohort, nothing more counts.
            if (m_firstTime && !out->starts.empty() && p - out->starts.front().period >= m_width)
                break;
        }
        return !out->starts.empty();
    }

private:
    const bool m_firstTime;
    const bool m_anyStart;
    const bool m_anyReturn;
    const quint32 m_startBit;
    const quint32 m_returnBit;
    const int m_width;
    const std::vector<qint64> &m_starts;
    const qint64 m_to;
    const EventMatcher &m_matcher;
    EventMatcher::Memo m_memo;
};

// First-time retention with any start and any return event, every event counted: Q4 of ../shared/bench.
// The common case gets a loop with no per-event tests beyond the period boundary.
void addAnyEventFirstTime(const VisitorEvents &e, const std::vector<qint64> &starts, qint64 to, int width, Grid &grid)
{
    const qint64 ts0 = e.ts[0];
    if (ts0 < starts.front() || ts0 >= to)
        return;
    int c = int(std::upper_bound(starts.begin(), starts.end(), ts0) - starts.begin()) - 1;
    ++grid.sizes[size_t(c)];
    qint64 *row = grid.cells.data() + size_t(c) * size_t(width);
    ++row[0];
    int p = c;
    qint64 next = starts[size_t(p + 1)];
    for (quint32 i = 1; i < e.count; ++i) {
        const qint64 ts = e.ts[i];
        if (ts < next)
            continue;
        if (ts >= to)
            break;
        while (ts >= starts[size_t(p + 1)])
            ++p;
        if (p - c >= width)
            break;
        ++row[p - c];
        next = starts[size_t(p + 1)];
    }
}

QList<FunnelStep> conditionsOf(const RetentionQuery &q)
{
    QList<FunnelStep> conditions;
    if (q.startEvent)
        conditions << *q.startEvent;
    if (q.returnEvent)
        conditions << *q.returnEvent;
    return conditions;
}

RetentionSeries toSeries(const Grid &grid, const RetentionPeriods &periods, int width, const QString &value)
{
    RetentionSeries series;
    series.breakdownValue = value;
    const int cohorts = periods.count();
    for (int c = 0; c < cohorts; ++c) {
        RetentionRow row;
        row.startMs = periods.start(c);
        row.label = periods.label(c);
        row.users = grid.sizes.empty() ? 0 : grid.sizes[size_t(c)];
        for (int k = 0; k < width && c + k < cohorts; ++k)
            row.returned << (grid.cells.empty() ? 0 : grid.cells[size_t(c) * size_t(width) + size_t(k)]);
        series.rows << row;
    }
    return series;
}

RetentionResult frame(const RetentionQuery &query, const RetentionPeriods &periods)
{
    RetentionResult result;
    result.period = RetentionQuery::periodName(query.period);
    result.periods = query.periods;
    result.timeZone = periods.timeZone();
    for (qint64 s : periods.starts())
        result.periodStarts << s;
    result.observedUntilMs = query.toMs;
    return result;
}

struct ThreadPart {
    Grid total;
    std::vector<Grid> series; // breakdown series: top values then "(other)", or one per cohort
    QHash<QByteArray, qint64> valueUsers; // the first pass of a property breakdown
    qint64 scanned = 0;
};

} // namespace

RetentionResult RetentionEngine::empty(const RetentionQuery &query, const RetentionPeriods &periods)
{
    RetentionResult result = frame(query, periods);
    const int width = std::min(query.periods, periods.count());
    result.total = toSeries(Grid(), periods, width, QString());
    return result;
}

RetentionResult RetentionEngine::run(const SiteProjection &site, const RetentionQuery &query,
    const RetentionPeriods &periods, const RetentionInputs &inputs, int threads)
{
    const int cohorts = periods.count();
    // Cells past the last period of the range are never observed, so a row needs at most `cohorts`.
    const int width = std::min(query.periods, cohorts);
    const bool byProperty = !query.breakdown.isEmpty() && query.breakdown != QLatin1String("cohort");
    const bool byCohort = query.breakdown == QLatin1String("cohort");
    if ((byProperty || byCohort) && qint64(cohorts) * width > kMaxBreakdownCells)
        throw std::invalid_argument(
            QStringLiteral("A breakdown needs a smaller grid: at most %1 cells (cohort periods × "
                           "periods); this one has %2. Narrow the range or use fewer periods.")
                .arg(kMaxBreakdownCells)
                .arg(qint64(cohorts) * width)
                .toStdString());

    const auto lock = site.readLock();
    const EventMatcher matcher(site, conditionsOf(query), query.includeBots);
    const bool fastPath = !query.startEvent && !query.returnEvent && matcher.namesOnly()
        && query.type == RetentionQuery::Type::FirstTime && !byProperty && !byCohort;
    const qint64 to = query.toMs;
    const std::vector<qint64> &starts = periods.starts();

    // A property breakdown first finds its top values by cohort users, so only those get a grid.
    QList<QByteArray> top;
    if (byProperty) {
        std::vector<ThreadPart> counting(size_t(std::max(1, threads)));
        const int used = parallelOverVisitors(site, threads, [&](quint32 begin, quint32 end, int part) {
            ThreadPart &r = counting[size_t(part)];
            VisitorEvaluator evaluator(query, periods, matcher, width);
            VisitorRetention marks;
            EventColumns scratch;
            site.forEachVisitor(begin, end, scratch, [&](const VisitorEvents &e) {
                if (inputs.filter && !inputs.filter->contains(e.visitor))
                    return;
                if (evaluator.evaluate(e, &marks))
                    ++r.valueUsers[EventMatcher::propertyValue(site, query.breakdown, e, marks.firstStartIndex)];
            });
        });
        QHash<QByteArray, qint64> users;
        for (int p = 0; p < used; ++p) {
            for (auto it = counting[size_t(p)].valueUsers.cbegin(); it != counting[size_t(p)].valueUsers.cend(); ++it)
                users[it.key()] += it.value();
        }
        top = users.keys();
        std::sort(top.begin(), top.end(), [&](const QByteArray &a, const QByteArray &b) {
            const qint64 na = users[a], nb = users[b];
            return na != nb ? na > nb : a < b;
        });
        if (top.size() > query.breakdownLimit)
            top.resize(query.breakdownLimit);
    }
    const size_t seriesCount = byProperty ? size_t(top.size()) + 1 : byCohort ? size_t(inputs.cohortSeries.size()) : 0;

    std::vector<ThreadPart> parts(size_t(std::max(1, threads)));
    const int used = parallelOverVisitors(site, threads, [&](quint32 begin, quint32 end, int part) {
        ThreadPart &r = parts[size_t(part)];
        r.total = Grid(cohorts, width);
        r.series.assign(seriesCount, Grid(cohorts, width));
        EventColumns scratch;
        if (fastPath && !inputs.filter) {
            site.forEachVisitor(begin, end, scratch, [&](const VisitorEvents &e) {
                r.scanned += e.count;
                addAnyEventFirstTime(e, starts, to, width, r.total);
            });
            return;
        }
        VisitorEvaluator evaluator(query, periods, matcher, width);
        VisitorRetention marks;
        site.forEachVisitor(begin, end, scratch, [&](const VisitorEvents &e) {
            if (inputs.filter && !inputs.filter->contains(e.visitor))
                return;
            r.scanned += e.count;
            if (!evaluator.evaluate(e, &marks))
                return;
            marks.addTo(r.total, width);
            if (byProperty) {
                const qsizetype index
                    = top.indexOf(EventMatcher::propertyValue(site, query.breakdown, e, marks.firstStartIndex));
                marks.addTo(r.series[index < 0 ? seriesCount - 1 : size_t(index)], width);
            } else if (byCohort) {
                for (qsizetype s = 0; s < inputs.cohortSeries.size(); ++s) {
                    if (inputs.cohortSeries[s].second->contains(e.visitor))
                        marks.addTo(r.series[size_t(s)], width);
                }
            }
        });
    });

    Grid total(cohorts, width);
    std::vector<Grid> series(seriesCount, Grid(cohorts, width));
    RetentionResult result = frame(query, periods);
    for (int p = 0; p < used; ++p) {
        total.merge(parts[size_t(p)].total);
        for (size_t s = 0; s < seriesCount; ++s)
            series[s].merge(parts[size_t(p)].series[s]);
        result.eventsScanned += parts[size_t(p)].scanned;
    }
    result.total = toSeries(total, periods, width, QString());
    if (byProperty) {
        for (qsizetype t = 0; t < top.size(); ++t)
            result.breakdown << toSeries(series[size_t(t)], periods, width,
                top[t].isEmpty() ? FunnelQuery::noneLabel() : QString::fromUtf8(top[t]));
        if (std::any_of(series.back().sizes.begin(), series.back().sizes.end(), [](qint64 n) { return n > 0; }))
            result.breakdown << toSeries(series.back(), periods, width, FunnelQuery::otherLabel());
    } else if (byCohort) {
        for (qsizetype s = 0; s < inputs.cohortSeries.size(); ++s)
            result.breakdown << toSeries(series[size_t(s)], periods, width, inputs.cohortSeries[s].first);
    }
    return result;
}

} // namespace pulse
