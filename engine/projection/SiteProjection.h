// One site's events in memory, ordered by visitor and time: the columns every analysis scans
// (ARCHITECTURE.md, Analytics). SQLite stays the system of record; this is rebuilt from it at open and
// appended on every commit.
//
// Layout: a compacted main part in CSR form (all events of visitor v are main[offset[v], offset[v+1]),
// in time order) and three levels above it sorted by (visitor, time) (SortedRun): a fresh level that
// every commit merges into, a tail the fresh level merges into when it passes its limit, and a middle
// level the tail merges into when it passes its own (ProjectionLevels). Each merge copies the level it
// merges into, so single-event commits (a handful of events each) copy at most a thousand events
// instead of the whole tail; that copying was a quarter of a core under single-event load.
// The middle merges into the main part only when it holds more than 1/middleShare of it, so the
// main part is copied a bounded number of times per event however large it grows (merging it at
// every tailLimit events made a long import quadratic). A visitor's events are the merge of the
// four, so a scan sees every committed event in order without re-sorting millions.
//
// Persistence: every event applied is also kept, in the order it was applied, in the journal until
// ProjectionBlock seals it into a block stored in SQLite (ProjectionStore); the blocks rebuild the
// projection at the next open without interning every row again.
//
// Locking: readers hold readLock() for a whole scan; the single appender takes the write lock briefly.
#pragma once

#include "projection/EventColumns.h"
#include "projection/SortedRun.h"
#include "projection/StringDictionary.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <algorithm>
#include <array>
#include <atomic>
#include <limits>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

namespace pulse {

struct EventRecord;

// The per-event attributes that repeat across a visitor's events, interned as one set.
struct AttributeSet {
    enum Field {
        Host,
        Source,
        SourceClass,
        UtmSource,
        UtmMedium,
        UtmCampaign,
        UtmTerm,
        UtmContent,
        Browser,
        Os,
        Device,
        FieldCount
    };
    std::array<quint32, FieldCount> values {}; // ids in SiteProjection::attributeValues()
    bool isBot = false;
    bool operator==(const AttributeSet &) const = default;
    // The filter and breakdown property name of a field ("utm_source"), and back.
    static const char *propertyName(Field field);
    static int fieldOf(QStringView property); // -1 when not an attribute
};

// A row on its way into the projection: what the loader reads from SQLite and the appender takes
// from committed EventRecords.
// Views only: the bytes belong to the caller (a SQLite row, an EventRecord's encoded text) and must
// outlive the call that takes the row.
struct ProjectionRow {
    qint64 visitorHash = 0;
    QByteArrayView userId;
    qint64 ts = 0;
    QByteArrayView name;
    QByteArrayView path;
    QByteArrayView props;
    std::array<QByteArrayView, AttributeSet::FieldCount> attributes;
    bool isBot = false;

    // event.text must be encoded (EventRecord::encodeText()).
    static ProjectionRow fromRecord(const EventRecord &event);
};

// When the levels above the main part merge downwards (SiteProjection's layout).
struct ProjectionLevels {
    // Tail size that triggers a merge into the middle level: large enough that merges are rare, small
    // enough that merging the fresh level into the tail (once per freshLimit events) stays well under
    // a millisecond.
    size_t tailLimit = 65536;
    // The middle level merges into the main part when it holds more than main / middleShare events
    // (and more than tailLimit): each merge of the main part grows it by at least that share.
    size_t middleShare = 8;
    // Fresh-level size that triggers a merge into the tail: a commit costs a copy of at most this
    // many events, and the tail is copied once per this many.
    size_t freshLimit = 1024;
};

class SiteProjection final {
public:
    static constexpr size_t kTailLimit = ProjectionLevels().tailLimit;
    // Distinct event names a site can have in the projection (Mixpanel and Amplitude cap far lower);
    // further names all map to the last id, kOverflowName, and docs/funnels.md says so.
    static constexpr quint32 kMaxNames = 65535;

    explicit SiteProjection(ProjectionLevels levels = {});
    SiteProjection(const SiteProjection &) = delete;
    SiteProjection &operator=(const SiteProjection &) = delete;

    std::shared_lock<std::shared_mutex> readLock() const { return std::shared_lock(m_lock); }

    // Appends committed events (any order); takes the write lock.
    void append(const std::vector<ProjectionRow> &rows);
    // The initial build: stage() interns every stored event that is not in a block yet, in storage
    // order, into the journal; ProjectionLoader then places the blocks' and the journal's events in
    // the main part. Only before the projection is shared with readers.
    void stage(const ProjectionRow &row);

    // The write epoch: increases with every append, so cached answers for this site can be told stale.
    qint64 epoch() const { return m_epoch.load(std::memory_order_acquire); }
    // Moves the epoch up to at least `floor`: a projection rebuilt to replace another (after a
    // retention purge) must not repeat epochs the old one's cached answers are stored under.
    void raiseEpoch(qint64 floor)
    {
        qint64 current = m_epoch.load(std::memory_order_acquire);
        while (current < floor && !m_epoch.compare_exchange_weak(current, floor, std::memory_order_acq_rel)) { }
    }

    // --- read side: call with readLock() held ---
    quint32 visitorCount() const { return quint32(m_visitorHashes.size()); }
    size_t eventCount() const { return m_main.size() + m_middle.size() + m_tail.size() + m_fresh.size(); }
    // Events in each part, oldest first.
    struct PartSizes {
        size_t main = 0, middle = 0, tail = 0, fresh = 0;
    };
    PartSizes partSizes() const { return { m_main.size(), m_middle.size(), m_tail.size(), m_fresh.size() }; }
    // Calls f(const VisitorEvents &) for visitors [begin, end) that have events, in visitor order.
    // scratch holds merged events of visitors with events in more than one part; one per thread.
    template<typename F> void forEachVisitor(quint32 begin, quint32 end, EventColumns &scratch, F &&f) const;
    // Splits the visitors into up to `parts` contiguous ranges of similar event counts.
    std::vector<std::pair<quint32, quint32>> partition(int parts) const;

    qint64 visitorHash(quint32 visitor) const { return m_visitorHashes[visitor]; }
    // The visitor's user id: the first one any of its events carried (empty: none did).
    const QByteArray &userId(quint32 visitor) const { return m_userIds[visitor]; }
    // Whether some visitor has events with different user ids (or with and without one), so that
    // userId() does not describe each of its events. Pulse derives a visitor id from the user id
    // when there is one, so this stays false for everything it stores itself.
    bool mixedUserIds() const { return m_mixedUserIds; }
    const StringDictionary &names() const { return m_names; }
    const StringDictionary &paths() const { return m_paths; }
    const StringDictionary &props() const { return m_props; }
    const StringDictionary &attributeValues() const { return m_attributeValues; }
    const AttributeSet &attributeSet(quint32 id) const { return m_attributeSets[id]; }
    quint32 attributeSetCount() const { return quint32(m_attributeSets.size()); }
    // Events per name id, per path id and per props id, for the catalog.
    const std::vector<qint64> &nameCounts() const { return m_nameCounts; }
    const std::vector<qint64> &pathCounts() const { return m_pathCounts; }
    const std::vector<qint64> &propsCounts() const { return m_propsCounts; }
    // Heap bytes of the columns, offsets, visitors and dictionaries.
    qint64 memoryBytes() const;

    // Events per quarter hour (UTC), kept as events arrive: every time zone's hours and days are
    // whole quarter hours, so events per hour or day in any zone is a sum of these, without a scan.
    static constexpr qint64 kSlotMs = 15 * 60 * 1000;
    static constexpr int kSlotsPerDay = 96;
    struct DaySlots {
        std::array<qint64, kSlotsPerDay> all {};
        std::array<qint64, kSlotsPerDay> humans {}; // bots left out
    };
    struct SlotCounts {
        std::unordered_map<qint64, DaySlots> days; // key: UTC day number; node-based, so stable
        DaySlots *last = nullptr; // events mostly arrive in time order: the day of the previous one
        qint64 lastDay = std::numeric_limits<qint64>::min();
        void add(qint64 ts, bool isBot);
        void merge(const SlotCounts &other);
    };
    // Events in [fromMs, toMs); both must be whole quarter hours. Call with readLock() held.
    qint64 eventsBetween(qint64 fromMs, qint64 toMs, bool includeBots) const;
    // Every event before toMs (a whole quarter hour), whatever its age. Call with readLock() held.
    qint64 eventsBefore(qint64 toMs, bool includeBots) const;

    // Merges the levels above the main part into it, so it holds one sorted run.
    void compactNow();

    // Events applied since the last sealed block (appender thread only).
    size_t journalSize() const { return m_journal.events.size(); }

private:
    friend class ProjectionBlock;
    friend class ProjectionLoader;
    // Interns a row into the journal (and its dictionaries, visitors and counts); returns its index there.
    size_t intern(const ProjectionRow &row);
    quint32 internVisitor(qint64 hash, QByteArrayView userId);
    quint32 internAttributeSet(const AttributeSet &set);
    // Counts an event with interned ids (per-name, per-path and per-props counts, quarter hours).
    void countEvent(qint64 ts, quint32 name, quint32 path, quint32 attrs, quint32 props);
    void compact();

    const ProjectionLevels m_levels;
    mutable std::shared_mutex m_lock;
    std::atomic<qint64> m_epoch { 0 };

    EventColumns m_main;
    std::vector<quint32> m_mainOffsets { 0 }; // size: main visitors + 1
    SortedRun m_middle;
    SortedRun m_tail;
    SortedRun m_fresh;

    std::vector<qint64> m_visitorHashes;
    std::vector<QByteArray> m_userIds;
    QHash<qint64, quint32> m_visitorIndex;
    bool m_mixedUserIds = false;

    StringDictionary m_names;
    StringDictionary m_paths;
    StringDictionary m_props;
    StringDictionary m_attributeValues;
    std::vector<AttributeSet> m_attributeSets;
    QHash<QByteArray, quint32> m_attributeSetIds; // key: the set's ids and bot flag as bytes
    std::vector<qint64> m_nameCounts;
    std::vector<qint64> m_pathCounts;
    std::vector<qint64> m_propsCounts;
    SlotCounts m_slots;

    // What was applied since the last block, in the order it was applied; sizes of the dictionaries,
    // attribute sets and visitors when that block was sealed (entries beyond them are new to the next).
    struct Journal {
        EventColumns events;
        std::vector<quint32> visitors;
        std::vector<std::pair<quint32, QByteArray>> userIds; // user ids given to visitors sealed before
        quint32 names = 1, paths = 1, props = 1, attributeValues = 1; // id 0, the empty string, is implicit
        quint32 attributeSets = 0, visitorCount = 0;
    };
    Journal m_journal;
};

template<typename F> void SiteProjection::forEachVisitor(quint32 begin, quint32 end, EventColumns &scratch, F &&f) const
{
    // One visitor's events in each part, oldest part first: main, middle, tail, fresh.
    struct Part {
        const EventColumns *events;
        size_t at, end;
    };
    const quint32 mainVisitors = quint32(m_mainOffsets.size() - 1);
    // The levels are sorted by visitor: find where this range starts, then walk them alongside.
    constexpr int kLevels = 3;
    const SortedRun *const levels[kLevels] = { &m_middle, &m_tail, &m_fresh };
    size_t next[kLevels];
    for (int l = 0; l < kLevels; ++l)
        next[l] = size_t(std::lower_bound(levels[l]->visitors.begin(), levels[l]->visitors.end(), begin)
            - levels[l]->visitors.begin());
    VisitorEvents view;
    for (quint32 v = begin; v < end; ++v) {
        Part parts[kLevels + 1];
        int count = 0;
        if (v < mainVisitors && m_mainOffsets[v] != m_mainOffsets[v + 1])
            parts[count++] = Part { &m_main, m_mainOffsets[v], m_mainOffsets[v + 1] };
        for (int l = 0; l < kLevels; ++l) {
            const size_t first = next[l];
            while (next[l] < levels[l]->visitors.size() && levels[l]->visitors[next[l]] == v)
                ++next[l];
            if (next[l] != first)
                parts[count++] = Part { &levels[l]->events, first, next[l] };
        }
        if (count == 0)
            continue;
        const EventColumns *source = parts[0].events;
        size_t from = parts[0].at;
        view.count = quint32(parts[0].end - parts[0].at);
        if (count > 1) { // merge by time; on equal times the older part's event first
            scratch.clear();
            for (;;) {
                int pick = -1;
                for (int p = 0; p < count; ++p) {
                    if (parts[p].at < parts[p].end
                        && (pick < 0 || parts[p].events->ts[parts[p].at] < parts[pick].events->ts[parts[pick].at]))
                        pick = p;
                }
                if (pick < 0)
                    break;
                scratch.appendFrom(*parts[pick].events, parts[pick].at++);
            }
            source = &scratch;
            from = 0;
            view.count = quint32(scratch.size());
        }
        view.visitor = v;
        view.ts = source->ts.data() + from;
        view.name = source->name.data() + from;
        view.path = source->path.data() + from;
        view.attrs = source->attrs.data() + from;
        view.props = source->props.data() + from;
        f(static_cast<const VisitorEvents &>(view));
    }
}

} // namespace pulse
