#include "analytics/funnel/FunnelEngine.h"

#include "analytics/EventMatcher.h"
#include "analytics/VisitorScan.h"
#include "analytics/VisitorSet.h"
#include "analytics/funnel/VisitorFunnel.h"
#include "projection/SiteProjection.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <bit>

namespace pulse {

namespace {

using funnel::Attempt;
using funnel::VisitorFunnel;
using funnel::VisitorOutcome;
constexpr qint64 kSecond = 1000;

// The conditions of a query in matcher order: the steps, then the exclusions' events.
QList<FunnelStep> conditionsOf(const FunnelQuery &q)
{
    QList<FunnelStep> conditions = q.steps;
    for (const FunnelExclusion &x : q.exclusions)
        conditions << x.event;
    return conditions;
}

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
    std::vector<SeriesAccumulator> bySet; // a breakdown by cohort: one per set
    QHash<QByteArray, SeriesAccumulator> byValue;
    qint64 scanned = 0;
};

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

FunnelResult FunnelEngine::run(
    const SiteProjection &site, const FunnelQuery &query, int threads, const CohortInputs &inputs)
{
    const bool byCohort = query.breakdown == QLatin1String("cohort");
    const auto lock = site.readLock();
    const EventMatcher matcher(site, conditionsOf(query), query.includeBots);
    const int steps = int(query.steps.size());
    std::vector<ThreadResult> parts(size_t(std::max(1, threads)));
    const int used = parallelOverVisitors(site, threads, [&](quint32 begin, quint32 end, int part) {
        ThreadResult &r = parts[part];
        r.total = SeriesAccumulator(steps);
        r.bySet.assign(size_t(inputs.cohortSeries.size()), SeriesAccumulator(steps));
        VisitorFunnel funnel(query, matcher, site);
        VisitorOutcome outcome;
        EventColumns scratch;
        const bool breakdown = !query.breakdown.isEmpty() && !byCohort;
        site.forEachVisitor(begin, end, scratch, [&](const VisitorEvents &e) {
            if (inputs.filter && !inputs.filter->contains(e.visitor))
                return;
            r.scanned += e.count;
            funnel.evaluate(e, &outcome);
            if (outcome.level == 0)
                return;
            r.total.add(outcome);
            for (qsizetype s = 0; s < inputs.cohortSeries.size(); ++s) {
                if (inputs.cohortSeries[s].second->contains(e.visitor))
                    r.bySet[size_t(s)].add(outcome);
            }
            if (breakdown) {
                auto it = r.byValue.find(outcome.breakdown);
                if (it == r.byValue.end())
                    it = r.byValue.insert(outcome.breakdown, SeriesAccumulator(steps));
                it->add(outcome);
            }
        });
    });

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
    if (byCohort) {
        for (qsizetype s = 0; s < inputs.cohortSeries.size(); ++s) {
            SeriesAccumulator series(steps);
            for (int p = 0; p < used; ++p)
                series.merge(std::move(parts[p].bySet[size_t(s)]));
            result.breakdown << toSeries(query, series, inputs.cohortSeries[s].first);
        }
    } else if (!query.breakdown.isEmpty()) {
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

FunnelUsersPage FunnelEngine::users(const SiteProjection &site, const FunnelUsersQuery &query, int threads,
    const CohortInputs &inputs, QStringList *allKeys)
{
    const FunnelQuery &funnel = query.funnel;
    // A breakdown by cohort lists the members of the named cohort's row.
    const VisitorSet *series = nullptr;
    if (!query.anyBreakdownValue && funnel.breakdown == QLatin1String("cohort")) {
        for (const auto &[name, set] : inputs.cohortSeries) {
            if (name == query.breakdownValue)
                series = set;
        }
        if (!series)
            return {};
    }
    // "(other)" means every value outside the top ones, so the listing needs the same top list.
    QList<QByteArray> top;
    bool wantOther = false;
    QByteArray wantValue;
    const bool filterValue = !query.anyBreakdownValue && !funnel.breakdown.isEmpty() && !series;
    if (filterValue) {
        if (query.breakdownValue == FunnelQuery::otherLabel()) {
            wantOther = true;
            const FunnelResult full = run(site, funnel, threads, inputs);
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
    const int used = parallelOverVisitors(site, threads, [&](quint32 begin, quint32 end, int part) {
        VisitorFunnel evaluator(funnel, matcher, site);
        VisitorOutcome o;
        EventColumns scratch;
        site.forEachVisitor(begin, end, scratch, [&](const VisitorEvents &e) {
            if ((inputs.filter && !inputs.filter->contains(e.visitor)) || (series && !series->contains(e.visitor)))
                return;
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
    });

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
    if (allKeys) {
        allKeys->reserve(qsizetype(all.size()));
        for (const Found &f : all) {
            const QByteArray &user = site.userId(f.visitor);
            *allKeys << (user.isEmpty() ? QStringLiteral("v:") + visitorHex(site.visitorHash(f.visitor))
                                        : QStringLiteral("u:") + QString::fromUtf8(user));
        }
    }
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
