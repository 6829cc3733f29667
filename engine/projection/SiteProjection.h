// One site's events in memory, ordered by visitor and time: the columns every analysis scans
// (ARCHITECTURE.md, Analytics). SQLite stays the system of record; this is rebuilt from it at open and
// appended on every commit.
//
// Layout: a compacted main part in CSR form (all events of visitor v are main[offset[v], offset[v+1]),
// in time order) and a small tail of recent events sorted by (visitor, time). Appends merge into the
// tail; when it grows past kTailLimit it is merged into the main part. A visitor's events are the
// merge of both parts, so a scan sees every committed event in order without re-sorting millions.
//
// Persistence: every event applied is also kept, in the order it was applied, in the journal until
// ProjectionBlock seals it into a block stored in SQLite (ProjectionStore); the blocks rebuild the
// projection at the next open without interning every row again.
//
// Locking: readers hold readLock() for a whole scan; the single appender takes the write lock briefly.
#pragma once

#include "projection/EventColumns.h"
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

class SiteProjection final {
public:
    // Tail size that triggers a merge into the main part: large enough that merges are rare, small
    // enough that merging a commit into the sorted tail stays well under a millisecond.
    static constexpr size_t kTailLimit = 65536;
    // Distinct event names a site can have in the projection (Mixpanel and Amplitude cap far lower);
    // further names all map to the last id, kOverflowName, and docs/funnels.md says so.
    static constexpr quint32 kMaxNames = 65535;

    SiteProjection();
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
    size_t eventCount() const { return m_main.size() + m_tail.size(); }
    // Calls f(const VisitorEvents &) for visitors [begin, end) that have events, in visitor order.
    // scratch holds merged events of visitors with events in both parts; one per thread.
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

    // Merges the tail into the main part, so it holds one sorted run.
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
    void mergeIntoTail(EventColumns &&columns, std::vector<quint32> &&visitors);
    void compact();

    mutable std::shared_mutex m_lock;
    std::atomic<qint64> m_epoch { 0 };

    EventColumns m_main;
    std::vector<quint32> m_mainOffsets { 0 }; // size: main visitors + 1
    EventColumns m_tail;
    std::vector<quint32> m_tailVisitors; // parallel to m_tail, ascending

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
    const quint32 mainVisitors = quint32(m_mainOffsets.size() - 1);
    // The tail is sorted by visitor: find where this range starts, then walk it alongside.
    size_t t = std::lower_bound(m_tailVisitors.begin(), m_tailVisitors.end(), begin) - m_tailVisitors.begin();
    const size_t tailSize = m_tailVisitors.size();
    VisitorEvents view;
    for (quint32 v = begin; v < end; ++v) {
        size_t mainBegin = 0, mainEnd = 0;
        if (v < mainVisitors) {
            mainBegin = m_mainOffsets[v];
            mainEnd = m_mainOffsets[v + 1];
        }
        const size_t tailBegin = t;
        while (t < tailSize && m_tailVisitors[t] == v)
            ++t;
        const size_t tailEnd = t;
        view.visitor = v;
        if (tailBegin == tailEnd) {
            if (mainBegin == mainEnd)
                continue;
            view.count = quint32(mainEnd - mainBegin);
            view.ts = m_main.ts.data() + mainBegin;
            view.name = m_main.name.data() + mainBegin;
            view.path = m_main.path.data() + mainBegin;
            view.attrs = m_main.attrs.data() + mainBegin;
            view.props = m_main.props.data() + mainBegin;
            f(static_cast<const VisitorEvents &>(view));
            continue;
        }
        const EventColumns *source = &m_tail;
        size_t first = tailBegin;
        if (mainBegin != mainEnd) { // in both parts: merge by time, main first on ties (it is older)
            scratch.clear();
            size_t a = mainBegin, b = tailBegin;
            while (a < mainEnd || b < tailEnd) {
                if (b == tailEnd || (a < mainEnd && m_main.ts[a] <= m_tail.ts[b]))
                    scratch.appendFrom(m_main, a++);
                else
                    scratch.appendFrom(m_tail, b++);
            }
            source = &scratch;
            first = 0;
        }
        view.count = quint32(source == &scratch ? scratch.size() : tailEnd - tailBegin);
        view.ts = source->ts.data() + first;
        view.name = source->name.data() + first;
        view.path = source->path.data() + first;
        view.attrs = source->attrs.data() + first;
        view.props = source->props.data() + first;
        f(static_cast<const VisitorEvents &>(view));
    }
}

} // namespace pulse
