#include "projection/SiteProjection.h"

#include "ingest/EventRecord.h"

#include <cstring>
#include <mutex>
#include <utility>

namespace pulse {

namespace {

constexpr const char *kFieldNames[AttributeSet::FieldCount] = { "host", "source", "source_class", "utm_source",
    "utm_medium", "utm_campaign", "utm_term", "utm_content", "browser", "os", "device" };

// The name every event name beyond kMaxNames maps to.
constexpr QByteArrayView kOverflowName = "(other names)";

} // namespace

const char *AttributeSet::propertyName(Field field)
{
    return kFieldNames[field];
}

int AttributeSet::fieldOf(QStringView property)
{
    for (int f = 0; f < FieldCount; ++f) {
        if (property == QLatin1String(kFieldNames[f]))
            return f;
    }
    return -1;
}

ProjectionRow ProjectionRow::fromRecord(const EventRecord &event)
{
    const EncodedText &t = event.text;
    ProjectionRow row;
    row.visitorHash = event.visitorId;
    row.userId = t.column(EncodedText::UserId);
    row.ts = event.timestampMs;
    row.name = t.column(EncodedText::Name);
    row.path = t.column(EncodedText::Path);
    row.props = QByteArrayView(event.propsJson);
    row.attributes = { t.column(EncodedText::Host), t.column(EncodedText::Source), t.column(EncodedText::SourceClass),
        t.column(EncodedText::UtmSource), t.column(EncodedText::UtmMedium), t.column(EncodedText::UtmCampaign),
        t.column(EncodedText::UtmTerm), t.column(EncodedText::UtmContent), t.column(EncodedText::Browser),
        t.column(EncodedText::Os), t.column(EncodedText::Device) };
    row.isBot = event.isBot;
    return row;
}

SiteProjection::SiteProjection(ProjectionLevels levels) : m_levels(levels)
{
    m_nameCounts.resize(1);
    m_pathCounts.resize(1);
    m_propsCounts.resize(1);
}

quint32 SiteProjection::internVisitor(qint64 hash, QByteArrayView userId)
{
    const auto found = m_visitorIndex.constFind(hash);
    if (found == m_visitorIndex.cend()) {
        const auto visitor = quint32(m_visitorHashes.size());
        m_visitorHashes.push_back(hash);
        m_userIds.push_back(userId.toByteArray());
        m_visitorIndex.insert(hash, visitor);
        return visitor;
    }
    const quint32 visitor = found.value();
    if (QByteArrayView(m_userIds[visitor]) != userId)
        m_mixedUserIds = true;
    if (m_userIds[visitor].isEmpty() && !userId.isEmpty()) {
        m_userIds[visitor] = userId.toByteArray();
        if (visitor < m_journal.visitorCount) // a newer visitor's id is sealed with the visitor itself
            m_journal.userIds.emplace_back(visitor, m_userIds[visitor]);
    }
    return visitor;
}

quint32 SiteProjection::internAttributeSet(const AttributeSet &set)
{
    char key[sizeof(set.values) + 1];
    std::memcpy(key, set.values.data(), sizeof(set.values));
    key[sizeof(set.values)] = set.isBot ? 1 : 0;
    const QByteArray probe = QByteArray::fromRawData(key, sizeof(key));
    const auto known = m_attributeSetIds.constFind(probe);
    if (known != m_attributeSetIds.cend())
        return known.value();
    const auto id = quint32(m_attributeSets.size());
    m_attributeSets.push_back(set);
    m_attributeSetIds.insert(QByteArray(key, sizeof(key)), id);
    return id;
}

void SiteProjection::countEvent(qint64 ts, quint32 name, quint32 path, quint32 attrs, quint32 props)
{
    if (m_nameCounts.size() < m_names.size())
        m_nameCounts.resize(m_names.size());
    if (m_pathCounts.size() < m_paths.size())
        m_pathCounts.resize(m_paths.size());
    if (m_propsCounts.size() < m_props.size())
        m_propsCounts.resize(m_props.size());
    ++m_nameCounts[name];
    ++m_pathCounts[path];
    ++m_propsCounts[props];
    m_slots.add(ts, m_attributeSets[attrs].isBot);
}

size_t SiteProjection::intern(const ProjectionRow &row)
{
    const quint32 visitor = internVisitor(row.visitorHash, row.userId);
    quint32 name;
    if (m_names.size() < kMaxNames - 1)
        name = m_names.intern(row.name);
    else {
        const qint64 known = m_names.find(row.name);
        name = known >= 0 ? quint32(known) : m_names.intern(kOverflowName);
    }
    const quint32 path = m_paths.intern(row.path);
    const quint32 props = m_props.intern(row.props);
    AttributeSet set;
    for (int f = 0; f < AttributeSet::FieldCount; ++f)
        set.values[f] = m_attributeValues.intern(row.attributes[f]);
    set.isBot = row.isBot;
    const quint32 attrs = internAttributeSet(set);
    countEvent(row.ts, name, path, attrs, props);

    EventColumns &j = m_journal.events;
    j.ts.push_back(row.ts);
    j.name.push_back(quint16(name));
    j.path.push_back(path);
    j.attrs.push_back(attrs);
    j.props.push_back(props);
    m_journal.visitors.push_back(visitor);
    return j.size() - 1;
}

void SiteProjection::stage(const ProjectionRow &row)
{
    intern(row);
}

void SiteProjection::append(const std::vector<ProjectionRow> &rows)
{
    if (rows.empty())
        return;
    std::unique_lock lock(m_lock);
    EventColumns columns;
    columns.reserve(rows.size());
    std::vector<quint32> visitors;
    visitors.reserve(rows.size());
    for (const ProjectionRow &row : rows) {
        const size_t i = intern(row);
        columns.appendFrom(m_journal.events, i);
        visitors.push_back(m_journal.visitors[i]);
    }
    SortedRun commit = SortedRun::sorted(columns, visitors);
    // A commit larger than the fresh level's limit would pass through it at once: it goes to the tail.
    if (m_fresh.empty() && commit.size() > m_levels.freshLimit)
        m_tail = SortedRun::merge(m_tail, commit);
    else {
        m_fresh = SortedRun::merge(m_fresh, commit);
        if (m_fresh.size() > m_levels.freshLimit) {
            m_tail = SortedRun::merge(m_tail, m_fresh);
            m_fresh = SortedRun();
        }
    }
    if (m_tail.size() > m_levels.tailLimit) {
        m_middle = SortedRun::merge(m_middle, m_tail);
        m_tail = SortedRun();
        if (m_middle.size() > std::max(m_levels.tailLimit, m_main.size() / std::max<size_t>(1, m_levels.middleShare)))
            compact();
    }
    m_epoch.fetch_add(1, std::memory_order_acq_rel);
}

void SiteProjection::compactNow()
{
    std::unique_lock lock(m_lock);
    if (!m_fresh.empty() || !m_tail.empty() || !m_middle.empty())
        compact();
}

void SiteProjection::compact()
{
    const SortedRun above = SortedRun::merge(SortedRun::merge(m_middle, m_tail), m_fresh);
    const quint32 visitors = visitorCount();
    const quint32 mainVisitors = quint32(m_mainOffsets.size() - 1);
    EventColumns main;
    main.reserve(m_main.size() + above.size());
    std::vector<quint32> offsets;
    offsets.reserve(size_t(visitors) + 1);
    offsets.push_back(0);
    size_t t = 0;
    for (quint32 v = 0; v < visitors; ++v) {
        size_t a = v < mainVisitors ? m_mainOffsets[v] : 0;
        const size_t aEnd = v < mainVisitors ? m_mainOffsets[v + 1] : 0;
        if (t == above.size() || above.visitors[t] != v) {
            // Most visitors have nothing above the main part: their events move as one block.
            main.appendRange(m_main, a, aEnd);
            offsets.push_back(quint32(main.size()));
            continue;
        }
        while (a < aEnd || (t < above.size() && above.visitors[t] == v)) {
            const bool aboveHere = t < above.size() && above.visitors[t] == v;
            if (!aboveHere || (a < aEnd && m_main.ts[a] <= above.events.ts[t]))
                main.appendFrom(m_main, a++);
            else
                main.appendFrom(above.events, t++);
        }
        offsets.push_back(quint32(main.size()));
    }
    m_main = std::move(main);
    m_mainOffsets = std::move(offsets);
    m_middle = SortedRun();
    m_tail = SortedRun();
    m_fresh = SortedRun();
}

void SiteProjection::SlotCounts::add(qint64 ts, bool isBot)
{
    constexpr qint64 kDayMs = kSlotMs * kSlotsPerDay;
    const qint64 day = ts >= 0 ? ts / kDayMs : (ts - kDayMs + 1) / kDayMs;
    if (day != lastDay) {
        last = &days[day];
        lastDay = day;
    }
    const auto slot = size_t((ts - day * kDayMs) / kSlotMs);
    ++last->all[slot];
    if (!isBot)
        ++last->humans[slot];
}

void SiteProjection::SlotCounts::merge(const SlotCounts &other)
{
    for (const auto &[day, slots] : other.days) {
        DaySlots &into = days[day];
        for (int s = 0; s < kSlotsPerDay; ++s) {
            into.all[size_t(s)] += slots.all[size_t(s)];
            into.humans[size_t(s)] += slots.humans[size_t(s)];
        }
    }
}

qint64 SiteProjection::eventsBetween(qint64 fromMs, qint64 toMs, bool includeBots) const
{
    constexpr qint64 kDayMs = kSlotMs * kSlotsPerDay;
    qint64 n = 0;
    for (qint64 t = fromMs; t < toMs;) {
        const qint64 day = t >= 0 ? t / kDayMs : (t - kDayMs + 1) / kDayMs;
        const qint64 dayEnd = std::min(toMs, (day + 1) * kDayMs);
        const auto it = m_slots.days.find(day);
        if (it != m_slots.days.end()) {
            const auto &slots = includeBots ? it->second.all : it->second.humans;
            for (qint64 s = (t - day * kDayMs) / kSlotMs, end = (dayEnd - day * kDayMs) / kSlotMs; s < end; ++s)
                n += slots[size_t(s)];
        }
        t = dayEnd;
    }
    return n;
}

qint64 SiteProjection::eventsBefore(qint64 toMs, bool includeBots) const
{
    constexpr qint64 kDayMs = kSlotMs * kSlotsPerDay;
    const qint64 toDay = toMs >= 0 ? toMs / kDayMs : (toMs - kDayMs + 1) / kDayMs;
    const size_t toSlot = size_t((toMs - toDay * kDayMs) / kSlotMs);
    qint64 n = 0;
    for (const auto &[day, slots] : m_slots.days) {
        if (day > toDay)
            continue;
        const auto &counts = includeBots ? slots.all : slots.humans;
        const size_t end = day < toDay ? counts.size() : toSlot;
        for (size_t s = 0; s < end; ++s)
            n += counts[s];
    }
    return n;
}

std::vector<std::pair<quint32, quint32>> SiteProjection::partition(int parts) const
{
    std::vector<std::pair<quint32, quint32>> ranges;
    const quint32 visitors = visitorCount();
    if (visitors == 0)
        return ranges;
    parts = std::max(1, parts);
    const quint32 mainVisitors = quint32(m_mainOffsets.size() - 1);
    const double perPart = double(eventCount()) / parts;
    quint32 begin = 0;
    for (int p = 1; p < parts && begin < visitors; ++p) {
        // Split the main part by events; tail events are few and spread evenly enough.
        const auto target = quint32(std::min<double>(perPart * p, m_main.size()));
        quint32 end
            = quint32(std::upper_bound(m_mainOffsets.begin(), m_mainOffsets.end(), target) - m_mainOffsets.begin());
        end = std::min(std::max(end, begin + 1), mainVisitors);
        if (end <= begin)
            continue;
        ranges.emplace_back(begin, end);
        begin = end;
    }
    if (begin < visitors)
        ranges.emplace_back(begin, visitors);
    return ranges;
}

qint64 SiteProjection::memoryBytes() const
{
    qint64 bytes = m_main.memoryBytes() + qint64(m_mainOffsets.capacity() * 4) + m_middle.memoryBytes()
        + m_tail.memoryBytes() + m_fresh.memoryBytes();
    bytes += qint64(m_visitorHashes.capacity() * 8 + m_userIds.capacity() * sizeof(QByteArray));
    for (const QByteArray &u : m_userIds)
        bytes += u.isEmpty() ? 0 : u.capacity() + 24;
    bytes += qint64(m_visitorIndex.size()) * 24;
    bytes += m_names.memoryBytes() + m_paths.memoryBytes() + m_props.memoryBytes() + m_attributeValues.memoryBytes();
    bytes += qint64(m_attributeSets.capacity() * sizeof(AttributeSet)) + qint64(m_attributeSetIds.size()) * 80;
    bytes += qint64((m_nameCounts.capacity() + m_pathCounts.capacity() + m_propsCounts.capacity()) * 8);
    bytes += qint64(m_slots.days.size() * (sizeof(DaySlots) + 32));
    bytes += m_journal.events.memoryBytes() + qint64(m_journal.visitors.capacity() * 4);
    return bytes;
}

} // namespace pulse
