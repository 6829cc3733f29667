#include "analytics/StatsScan.h"

#include "analytics/VisitorScan.h"
#include "analytics/VisitorSet.h"
#include "projection/SiteProjection.h"

#include <algorithm>
#include <array>

namespace pulse {

namespace {

// The tables of attribute values, in the order of their fields.
struct AttributeTable {
    AttributeSet::Field field;
    QList<BreakdownRow> StatsResult::*member;
    QString StatsQuery::*filter;
};
const std::array<AttributeTable, 8> kAttributeTables { {
    { AttributeSet::Source, &StatsResult::sources, &StatsQuery::source },
    { AttributeSet::SourceClass, &StatsResult::sourceClasses, &StatsQuery::sourceClass },
    { AttributeSet::UtmSource, &StatsResult::utmSources, &StatsQuery::utmSource },
    { AttributeSet::UtmMedium, &StatsResult::utmMediums, &StatsQuery::utmMedium },
    { AttributeSet::UtmCampaign, &StatsResult::utmCampaigns, &StatsQuery::utmCampaign },
    { AttributeSet::Browser, &StatsResult::browsers, &StatsQuery::browser },
    { AttributeSet::Os, &StatsResult::oses, &StatsQuery::os },
    { AttributeSet::Device, &StatsResult::devices, &StatsQuery::device },
} };
constexpr size_t kSourceTable = 0;

// The id of an exact filter value in a dictionary; -1 when no event has it (nothing matches).
qint64 idOf(const StringDictionary &dictionary, const QString &value)
{
    return dictionary.find(value.toUtf8());
}

// What one thread counts over its visitors.
struct Partial {
    std::vector<qint64> bucketVisitors, bucketPageviews, bucketEvents;
    std::vector<qint64> nameVisitors, namePageviews, nameEvents; // by name id
    std::vector<qint64> pathVisitors, pathPageviews, pathEvents; // by path id
    std::vector<qint64> setPageviews, setEvents; // by attribute set id
    std::array<std::vector<qint64>, kAttributeTables.size()> valueVisitors; // by table row (attribute value id)
};

// A table's rows: the values with considered events, by visitors, then value bytes; cut to limit.
QList<BreakdownRow> rankedRows(std::vector<std::pair<QByteArray, BreakdownRow>> &rows, int limit)
{
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second.visitors != b.second.visitors ? a.second.visitors > b.second.visitors : a.first < b.first;
    });
    QList<BreakdownRow> out;
    for (size_t i = 0; i < rows.size() && out.size() < limit; ++i)
        out << rows[i].second;
    return out;
}

} // namespace

QString StatsScan::unsupported(const StatsQuery &query, const SiteProjection &site)
{
    if (!query.entryPage.isEmpty() || !query.exitPage.isEmpty())
        return QStringLiteral("entry and exit pages are properties of sessions");
    const auto lock = site.readLock();
    // Past the name limit, further names share one id: names would no longer be exact.
    if (site.names().size() >= SiteProjection::kMaxNames - 1)
        return QStringLiteral("the site has more event names than the projection keeps apart");
    if (!query.props.isEmpty() && site.props().size() > kMaxPropsToTest)
        return QStringLiteral("the site has too many distinct property objects to test each");
    // SQL tests cohort membership per event by its own user id; the projection knows one per visitor.
    if (query.cohortId > 0 && site.mixedUserIds())
        return QStringLiteral("some visitor's events carry different user ids");
    return {};
}

void StatsScan::run(const SiteProjection &site, const StatsQuery &query, const Inputs &inputs, StatsResult *result)
{
    const auto lock = site.readLock();
    const QList<qint64> &starts = *inputs.bucketStarts;
    const auto buckets = size_t(starts.size());
    const size_t names = site.names().size(), paths = site.paths().size();
    const quint32 sets = site.attributeSetCount();
    const size_t values = site.attributeValues().size();

    // Which events count: the range and per-id tests compiled from the filters.
    std::vector<quint8> setCounts(sets, 1);
    bool nothing = false;
    std::array<qint64, kAttributeTables.size()> filterIds;
    for (size_t t = 0; t < kAttributeTables.size(); ++t) {
        const QString &value = query.*kAttributeTables[t].filter;
        filterIds[t] = value.isEmpty()                                        ? -2
            : (t == kSourceTable && value == StatsQuery::directSourceLabel()) ? 0 // SQL: IFNULL(source, '') = ''
                                                                              : idOf(site.attributeValues(), value);
        nothing = nothing || filterIds[t] == -1;
    }
    for (quint32 s = 0; s < sets; ++s) {
        const AttributeSet &set = site.attributeSet(s);
        bool counts = query.includeBots || !set.isBot;
        for (size_t t = 0; t < kAttributeTables.size() && counts; ++t)
            counts = filterIds[t] == -2 || qint64(set.values[kAttributeTables[t].field]) == filterIds[t];
        setCounts[s] = counts ? 1 : 0;
    }
    const qint64 nameFilter = query.eventName.isEmpty() ? -2 : idOf(site.names(), query.eventName);
    const qint64 pathFilter = query.path.isEmpty() ? -2 : idOf(site.paths(), query.path);
    nothing = nothing || nameFilter == -1 || pathFilter == -1;
    const qint64 pageview = site.names().find("pageview");
    // The sources table shows events without a source as the label, together with any whose source is
    // the label itself (SQL replaces the empty value before grouping).
    const qint64 directId = site.attributeValues().find(StatsQuery::directSourceLabel().toUtf8());
    const auto group = [directId](size_t table, quint32 value) -> quint32 {
        return table == kSourceTable && qint64(value) == directId ? 0 : value;
    };

    std::vector<Partial> partials(size_t(std::max(1, inputs.threads)));
    const qint64 from = query.fromMs, to = query.toMs;
    const std::vector<quint8> *propsMatch = inputs.propsMatch;
    parallelOverVisitors(site, inputs.threads, [&](quint32 begin, quint32 end, int part) {
        Partial &p = partials[size_t(part)];
        p.bucketVisitors.assign(buckets, 0);
        p.bucketPageviews.assign(buckets, 0);
        p.bucketEvents.assign(buckets, 0);
        p.nameVisitors.assign(names, 0);
        p.namePageviews.assign(names, 0);
        p.nameEvents.assign(names, 0);
        p.pathVisitors.assign(paths, 0);
        p.pathPageviews.assign(paths, 0);
        p.pathEvents.assign(paths, 0);
        p.setPageviews.assign(sets, 0);
        p.setEvents.assign(sets, 0);
        for (std::vector<qint64> &v : p.valueVisitors)
            v.assign(values, 0);
        if (nothing)
            return;
        // Per-id stamps of the last visitor counted (visitor + 1), so each visitor counts once per row.
        std::vector<quint32> nameStamp(names, 0), pathStamp(paths, 0), setStamp(sets, 0);
        std::array<std::vector<quint32>, kAttributeTables.size()> valueStamp;
        for (std::vector<quint32> &v : valueStamp)
            v.assign(values, 0);
        std::vector<quint32> visitorSets; // the attribute sets of the visitor's considered events
        EventColumns scratch;
        site.forEachVisitor(begin, end, scratch, [&](const VisitorEvents &e) {
            if (inputs.cohort && !inputs.cohort->contains(e.visitor))
                return;
            const quint32 stamp = e.visitor + 1;
            const qint64 *ts = e.ts;
            quint32 i = quint32(std::lower_bound(ts, ts + e.count, from) - ts);
            const quint32 last = quint32(std::lower_bound(ts + i, ts + e.count, to) - ts);
            size_t bucket = 0;
            size_t countedBucket = buckets; // the last bucket this visitor was counted in
            visitorSets.clear();
            for (; i < last; ++i) {
                const quint32 attrs = e.attrs[i], name = e.name[i], path = e.path[i];
                if (!setCounts[attrs] || (nameFilter >= 0 && name != nameFilter)
                    || (pathFilter >= 0 && path != pathFilter) || (propsMatch && !(*propsMatch)[e.props[i]]))
                    continue;
                const qint64 t = ts[i];
                if (bucket + 1 < buckets && starts[qsizetype(bucket) + 1] <= t)
                    bucket
                        = size_t(std::upper_bound(starts.begin() + qsizetype(bucket), starts.end(), t) - starts.begin())
                        - 1;
                const qint64 pv = qint64(name) == pageview ? 1 : 0;
                ++p.bucketEvents[bucket];
                p.bucketPageviews[bucket] += pv;
                if (countedBucket != bucket) {
                    ++p.bucketVisitors[bucket];
                    countedBucket = bucket;
                }
                ++p.nameEvents[name];
                p.namePageviews[name] += pv;
                if (nameStamp[name] != stamp) {
                    nameStamp[name] = stamp;
                    ++p.nameVisitors[name];
                }
                ++p.pathEvents[path];
                p.pathPageviews[path] += pv;
                if (pathStamp[path] != stamp) {
                    pathStamp[path] = stamp;
                    ++p.pathVisitors[path];
                }
                ++p.setEvents[attrs];
                p.setPageviews[attrs] += pv;
                if (setStamp[attrs] != stamp) {
                    setStamp[attrs] = stamp;
                    visitorSets.push_back(attrs);
                }
            }
            // A visitor counts once per attribute value, whichever of their sets carry it.
            for (const quint32 s : visitorSets) {
                const AttributeSet &set = site.attributeSet(s);
                for (size_t t = 0; t < kAttributeTables.size(); ++t) {
                    const quint32 value = group(t, set.values[kAttributeTables[t].field]);
                    if (valueStamp[t][value] != stamp) {
                        valueStamp[t][value] = stamp;
                        ++p.valueVisitors[t][value];
                    }
                }
            }
        });
    });

    Partial all = std::move(partials[0]);
    for (size_t k = 1; k < partials.size(); ++k) {
        const Partial &p = partials[k];
        if (p.bucketEvents.empty())
            continue; // a part that did not run
        const auto add = [](std::vector<qint64> &into, const std::vector<qint64> &part) {
            for (size_t i = 0; i < into.size(); ++i)
                into[i] += part[i];
        };
        add(all.bucketVisitors, p.bucketVisitors);
        add(all.bucketPageviews, p.bucketPageviews);
        add(all.bucketEvents, p.bucketEvents);
        add(all.nameVisitors, p.nameVisitors);
        add(all.namePageviews, p.namePageviews);
        add(all.nameEvents, p.nameEvents);
        add(all.pathVisitors, p.pathVisitors);
        add(all.pathPageviews, p.pathPageviews);
        add(all.pathEvents, p.pathEvents);
        add(all.setPageviews, p.setPageviews);
        add(all.setEvents, p.setEvents);
        for (size_t t = 0; t < kAttributeTables.size(); ++t)
            add(all.valueVisitors[t], p.valueVisitors[t]);
    }
    if (all.bucketEvents.empty()) // no part ran: the site has no visitors
        return;

    for (size_t b = 0; b < buckets && b < size_t(result->timeseries.size()); ++b) {
        TimePoint &point = result->timeseries[qsizetype(b)];
        point.visitors = all.bucketVisitors[b];
        point.pageviews = all.bucketPageviews[b];
        point.events = all.bucketEvents[b];
    }

    std::vector<std::pair<QByteArray, BreakdownRow>> rows;
    const auto table = [&](const StringDictionary &dictionary, const std::vector<qint64> &visitors,
                           const std::vector<qint64> &pageviews, const std::vector<qint64> &events) {
        rows.clear();
        for (quint32 id = 1; id < dictionary.size(); ++id) { // id 0: the empty value, never a row
            if (events[id] > 0)
                rows.emplace_back(dictionary.value(id),
                    BreakdownRow { QString::fromUtf8(dictionary.value(id)), visitors[id], pageviews[id], events[id] });
        }
        return rankedRows(rows, query.limit);
    };
    result->eventNames = table(site.names(), all.nameVisitors, all.namePageviews, all.nameEvents);
    result->pages = table(site.paths(), all.pathVisitors, all.pathPageviews, all.pathEvents);
    for (size_t t = 0; t < kAttributeTables.size(); ++t) {
        std::vector<qint64> pageviews(values, 0), events(values, 0);
        for (quint32 s = 0; s < sets; ++s) {
            const quint32 value = group(t, site.attributeSet(s).values[kAttributeTables[t].field]);
            pageviews[value] += all.setPageviews[s];
            events[value] += all.setEvents[s];
        }
        rows.clear();
        for (quint32 id = 0; id < values; ++id) {
            if (events[id] == 0 || (id == 0 && t != kSourceTable))
                continue; // no value: not a row, except the sources table's "Direct / None"
            const QByteArray value
                = id == 0 ? StatsQuery::directSourceLabel().toUtf8() : site.attributeValues().value(id);
            rows.emplace_back(
                value, BreakdownRow { QString::fromUtf8(value), all.valueVisitors[t][id], pageviews[id], events[id] });
        }
        result->*kAttributeTables[t].member = rankedRows(rows, query.limit);
    }
}

} // namespace pulse
