#include "projection/ProjectionLoader.h"

#include "projection/SiteProjection.h"

#include <QHash>

#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <numeric>
#include <thread>

namespace pulse {

namespace {

// Parts pay for their thread only past this many events.
constexpr size_t kEventsPerPart = 200000;

// Runs work(0 .. parts - 1), part 0 on the calling thread.
void runParts(int parts, const std::function<void(int)> &work)
{
    std::vector<std::thread> workers;
    for (int p = 1; p < parts; ++p)
        workers.emplace_back(work, p);
    work(0);
    for (std::thread &w : workers)
        w.join();
}

// Moves the events of one visitor into time order, keeping storage order on ties. They nearly always
// are in order already (events arrive in time order), so the check is the common cost.
void sortByTime(EventColumns &c, size_t begin, size_t end, std::vector<quint32> &order, EventColumns &tmp)
{
    if (std::is_sorted(c.ts.begin() + qsizetype(begin), c.ts.begin() + qsizetype(end)))
        return;
    order.resize(end - begin);
    std::iota(order.begin(), order.end(), quint32(begin));
    std::stable_sort(order.begin(), order.end(), [&c](quint32 a, quint32 b) { return c.ts[a] < c.ts[b]; });
    tmp.clear();
    for (const quint32 i : order)
        tmp.appendFrom(c, i);
    for (size_t k = 0; k < order.size(); ++k) {
        c.ts[begin + k] = tmp.ts[k];
        c.name[begin + k] = tmp.name[k];
        c.path[begin + k] = tmp.path[k];
        c.attrs[begin + k] = tmp.attrs[k];
        c.props[begin + k] = tmp.props[k];
    }
}

// Events per bucket of visitors (see pass 2): their part of the main part, about 1.4 MB, stays in cache.
constexpr size_t kBucketEvents = 65536;
// Events a part sorts by bucket at a time (32 bytes each).
constexpr size_t kChunkEvents = 1 << 20;

// An event on its way to its place.
struct Staged {
    qint64 ts;
    quint32 visitor, name, path, attrs, props;
};

// What one part counted of events that were not counted when they were interned.
struct PartCounts {
    std::vector<qint64> names, paths, props;
    SiteProjection::SlotCounts slots;
};

} // namespace

bool ProjectionLoader::add(QByteArray block, bool interned)
{
    const size_t first = m_sections.size();
    if (!ProjectionBlock::read(block, m_sites, interned, m_sections))
        return false;
    for (size_t s = first; s < m_sections.size(); ++s) {
        m_sections[s].counted = interned; // interning counted them already
        m_events += qint64(m_sections[s].count);
    }
    m_blocks.push_back(std::move(block)); // a moved QByteArray keeps its bytes where the sections point
    return true;
}

void ProjectionLoader::clear()
{
    m_sections.clear();
    m_blocks.clear();
    m_events = 0;
}

bool ProjectionLoader::finish(int threads)
{
    QHash<SiteProjection *, std::vector<const BlockSection *>> bySite;
    for (const BlockSection &s : m_sections)
        bySite[s.site].push_back(&s);
    for (const std::shared_ptr<SiteProjection> &site : std::as_const(m_sites)) {
        if (!finishSite(*site, bySite.value(site.get()), threads))
            return false;
    }
    m_sections.clear();
    m_blocks.clear();
    return true;
}

bool ProjectionLoader::finishSite(SiteProjection &site, const std::vector<const BlockSection *> &sections, int threads)
{
    const quint32 visitors = site.visitorCount();
    size_t total = 0;
    for (const BlockSection *s : sections)
        total += s->count;
    if (total > std::numeric_limits<quint32>::max())
        return false;

    // Parts: contiguous runs of sections (storage order) with similar event counts.
    const int parts = int(std::clamp<size_t>(total / kEventsPerPart, 1, size_t(std::max(1, threads))));
    std::vector<size_t> partStart(size_t(parts) + 1, sections.size());
    partStart[0] = 0;
    for (size_t i = 0, p = 1, seen = 0; i < sections.size() && p < size_t(parts); ++i) {
        seen += sections[i]->count;
        if (seen >= total * p / size_t(parts))
            partStart[p++] = i + 1;
    }
    std::atomic<bool> damaged { false };

    // Pass 1: events per visitor in each part.
    std::vector<std::vector<quint32>> cursors(size_t(parts), std::vector<quint32>(visitors, 0));
    runParts(parts, [&](int p) {
        std::vector<quint32> &count = cursors[size_t(p)];
        for (size_t i = partStart[size_t(p)]; i < partStart[size_t(p) + 1]; ++i) {
            const BlockSection &s = *sections[i];
            for (size_t e = 0; e < s.count; ++e) {
                const quint32 v = s.visitors.index(e);
                if (v >= visitors) {
                    damaged = true;
                    return;
                }
                ++count[v];
            }
        }
    });
    if (damaged)
        return false;
    // Each visitor's first place, and where each part starts writing its events.
    std::vector<quint32> offsets(size_t(visitors) + 1);
    quint32 running = 0;
    for (quint32 v = 0; v < visitors; ++v) {
        offsets[v] = running;
        for (std::vector<quint32> &count : cursors) {
            const quint32 n = count[v];
            count[v] = running;
            running += n;
        }
    }
    offsets[visitors] = running;

    // Pass 2: every event at its place.
    EventColumns main;
    main.reserve(total);
    main.ts.resize(total);
    main.name.resize(total);
    main.path.resize(total);
    main.attrs.resize(total);
    main.props.resize(total);
    const quint32 names = site.m_names.size(), paths = site.m_paths.size(), props = site.m_props.size();
    const auto sets = quint32(site.m_attributeSets.size());
    std::vector<char> isBot(sets);
    for (quint32 a = 0; a < sets; ++a)
        isBot[a] = site.m_attributeSets[a].isBot ? 1 : 0;
    // Written straight to their places, the events of a stretch of storage would land all over the
    // main part (a cache and TLB miss per column). So each part first sorts a chunk of its events by
    // bucket, a visitor range holding about kBucketEvents events, and then places the bucket's events
    // into the few hundred kilobytes of the main part that bucket owns.
    const auto buckets = quint32(std::clamp<size_t>(total / kBucketEvents, 1, 65535));
    std::vector<quint16> bucketOf(visitors);
    for (quint32 v = 0; v < visitors; ++v)
        bucketOf[v] = quint16(quint64(offsets[v]) * buckets / std::max<size_t>(total, 1));
    std::vector<PartCounts> counts(static_cast<size_t>(parts));
    runParts(parts, [&](int p) {
        std::vector<quint32> &next = cursors[size_t(p)];
        PartCounts &c = counts[size_t(p)];
        c.names.assign(names, 0);
        c.paths.assign(paths, 0);
        c.props.assign(props, 0);
        std::vector<Staged> staged;
        std::vector<quint32> bucketAt(size_t(buckets) + 1);
        for (size_t first = partStart[size_t(p)], end = partStart[size_t(p) + 1]; first < end;) {
            // The chunk: whole sections, about kChunkEvents events.
            size_t last = first, events = 0;
            while (last < end && (events == 0 || events + sections[last]->count <= kChunkEvents))
                events += sections[last++]->count;
            std::fill(bucketAt.begin(), bucketAt.end(), 0);
            for (size_t i = first; i < last; ++i) {
                const BlockSection &s = *sections[i];
                for (size_t e = 0; e < s.count; ++e)
                    ++bucketAt[size_t(bucketOf[s.visitors.index(e)]) + 1];
            }
            std::partial_sum(bucketAt.begin(), bucketAt.end(), bucketAt.begin());
            staged.resize(events);
            for (size_t i = first; i < last; ++i) {
                const BlockSection &s = *sections[i];
                for (size_t e = 0; e < s.count; ++e) {
                    Staged event;
                    event.visitor = s.visitors.index(e);
                    event.ts = s.ts.time(e);
                    event.name = s.name.index(e);
                    event.path = s.path.index(e);
                    event.attrs = s.attrs.index(e);
                    event.props = s.props.index(e);
                    if (event.name >= names || event.path >= paths || event.attrs >= sets || event.props >= props) {
                        damaged = true;
                        return;
                    }
                    staged[bucketAt[bucketOf[event.visitor]]++] = event;
                    if (s.counted)
                        continue;
                    ++c.names[event.name];
                    ++c.paths[event.path];
                    ++c.props[event.props];
                    c.slots.add(event.ts, isBot[event.attrs] != 0);
                }
            }
            for (const Staged &event : staged) {
                const quint32 at = next[event.visitor]++;
                main.ts[at] = event.ts;
                main.name[at] = quint16(event.name);
                main.path[at] = event.path;
                main.attrs[at] = event.attrs;
                main.props[at] = event.props;
            }
            first = last;
        }
    });
    if (damaged)
        return false;

    // Pass 3: each visitor's events in time order, split by visitors this time.
    std::vector<quint32> visitorStart(size_t(parts) + 1, visitors);
    visitorStart[0] = 0;
    for (int p = 1; p < parts; ++p) {
        const auto target = quint32(total * size_t(p) / size_t(parts));
        visitorStart[size_t(p)]
            = quint32(std::upper_bound(offsets.begin(), offsets.end(), target) - offsets.begin()) - 1;
        visitorStart[size_t(p)] = std::max(visitorStart[size_t(p)], visitorStart[size_t(p) - 1]);
    }
    runParts(parts, [&](int p) {
        std::vector<quint32> order;
        EventColumns tmp;
        for (quint32 v = visitorStart[size_t(p)]; v < visitorStart[size_t(p) + 1]; ++v)
            sortByTime(main, offsets[v], offsets[v + 1], order, tmp);
    });

    std::unique_lock lock(site.m_lock);
    site.m_nameCounts.resize(names);
    site.m_pathCounts.resize(paths);
    site.m_propsCounts.resize(props);
    for (const PartCounts &c : counts) {
        for (quint32 i = 0; i < names; ++i)
            site.m_nameCounts[i] += c.names[i];
        for (quint32 i = 0; i < paths; ++i)
            site.m_pathCounts[i] += c.paths[i];
        for (quint32 i = 0; i < props; ++i)
            site.m_propsCounts[i] += c.props[i];
        site.m_slots.merge(c.slots);
    }
    site.m_main = std::move(main);
    site.m_mainOffsets = std::move(offsets);
    site.m_middle = SortedRun();
    site.m_tail = SortedRun();
    site.m_fresh = SortedRun();
    // Growth by doubling left up to half of these unused; the build is done, give it back.
    site.m_visitorHashes.shrink_to_fit();
    site.m_userIds.shrink_to_fit();
    site.m_attributeSets.shrink_to_fit();
    site.m_epoch.fetch_add(1, std::memory_order_acq_rel);
    return true;
}

} // namespace pulse
