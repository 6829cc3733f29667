#include "projection/SiteProjection.h"

#include "ingest/EventRecord.h"

#include <cstring>
#include <mutex>
#include <numeric>

namespace pulse {

namespace {

constexpr const char *kFieldNames[AttributeSet::FieldCount] = { "host", "source", "source_class", "utm_source",
    "utm_medium", "utm_campaign", "utm_term", "utm_content", "browser", "os", "device" };

// The name every event name beyond kMaxNames maps to.
constexpr QByteArrayView kOverflowName = "(other names)";

// Moves the events of one visitor range into time order, keeping storage order on ties. Runs are
// nearly always sorted already (events arrive in time order), so the check is the common cost.
void sortRangeByTime(EventColumns &c, size_t begin, size_t end, std::vector<quint32> &order, EventColumns &tmp)
{
    if (std::is_sorted(c.ts.begin() + qsizetype(begin), c.ts.begin() + qsizetype(end)))
        return;
    order.resize(end - begin);
    std::iota(order.begin(), order.end(), quint32(begin));
    std::stable_sort(order.begin(), order.end(), [&c](quint32 a, quint32 b) { return c.ts[a] < c.ts[b]; });
    tmp.clear();
    for (quint32 i : order)
        tmp.appendFrom(c, i);
    for (size_t k = 0; k < order.size(); ++k) {
        c.ts[begin + k] = tmp.ts[k];
        c.name[begin + k] = tmp.name[k];
        c.path[begin + k] = tmp.path[k];
        c.attrs[begin + k] = tmp.attrs[k];
        c.props[begin + k] = tmp.props[k];
    }
}

void resizeColumns(EventColumns &c, size_t n)
{
    c.ts.resize(n);
    c.name.resize(n);
    c.path.resize(n);
    c.attrs.resize(n);
    c.props.resize(n);
}

void place(EventColumns &to, size_t at, const EventColumns &from, size_t i)
{
    to.ts[at] = from.ts[i];
    to.name[at] = from.name[i];
    to.path[at] = from.path[i];
    to.attrs[at] = from.attrs[i];
    to.props[at] = from.props[i];
}

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

SiteProjection::SiteProjection()
{
    m_nameCounts.resize(1);
    m_pathCounts.resize(1);
    m_propsCounts.resize(1);
}

void SiteProjection::intern(const ProjectionRow &row, EventColumns &columns, std::vector<quint32> &visitors)
{
    quint32 visitor;
    const auto found = m_visitorIndex.constFind(row.visitorHash);
    if (found != m_visitorIndex.cend()) {
        visitor = found.value();
        if (m_userIds[visitor].isEmpty() && !row.userId.isEmpty())
            m_userIds[visitor] = row.userId.toByteArray();
    } else {
        visitor = quint32(m_visitorHashes.size());
        m_visitorHashes.push_back(row.visitorHash);
        m_userIds.push_back(row.userId.toByteArray());
        m_visitorIndex.insert(row.visitorHash, visitor);
    }

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
    char key[sizeof(set.values) + 1];
    std::memcpy(key, set.values.data(), sizeof(set.values));
    key[sizeof(set.values)] = set.isBot ? 1 : 0;
    const QByteArray probe = QByteArray::fromRawData(key, sizeof(key));
    quint32 attrs;
    const auto known = m_attributeSetIds.constFind(probe);
    if (known != m_attributeSetIds.cend()) {
        attrs = known.value();
    } else {
        attrs = quint32(m_attributeSets.size());
        m_attributeSets.push_back(set);
        m_attributeSetIds.insert(QByteArray(key, sizeof(key)), attrs);
    }

    if (m_nameCounts.size() < m_names.size())
        m_nameCounts.resize(m_names.size());
    if (m_pathCounts.size() < m_paths.size())
        m_pathCounts.resize(m_paths.size());
    if (m_propsCounts.size() < m_props.size())
        m_propsCounts.resize(m_props.size());
    ++m_nameCounts[name];
    ++m_pathCounts[path];
    ++m_propsCounts[props];

    countSlot(row.ts, row.isBot);
    columns.ts.push_back(row.ts);
    columns.name.push_back(quint16(name));
    columns.path.push_back(path);
    columns.attrs.push_back(attrs);
    columns.props.push_back(props);
    visitors.push_back(visitor);
}

void SiteProjection::stage(const ProjectionRow &row)
{
    intern(row, m_staged, m_stagedVisitors);
}

void SiteProjection::finishLoad()
{
    std::unique_lock lock(m_lock);
    // Counting sort by visitor keeps storage order within each visitor; then each visitor's run is
    // put in time order (usually it already is).
    const size_t n = m_staged.size();
    const quint32 visitors = visitorCount();
    std::vector<quint32> offsets(size_t(visitors) + 1, 0);
    for (quint32 v : m_stagedVisitors)
        ++offsets[v + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    EventColumns main;
    resizeColumns(main, n);
    std::vector<quint32> next(offsets.begin(), offsets.end() - 1);
    for (size_t i = 0; i < n; ++i)
        place(main, next[m_stagedVisitors[i]]++, m_staged, i);
    m_staged = EventColumns();
    m_stagedVisitors = std::vector<quint32>();
    std::vector<quint32> order;
    EventColumns tmp;
    for (quint32 v = 0; v < visitors; ++v)
        sortRangeByTime(main, offsets[v], offsets[v + 1], order, tmp);
    m_main = std::move(main);
    m_mainOffsets = std::move(offsets);
    m_tail.clear();
    m_tailVisitors.clear();
    // Growth by doubling left up to half of these unused; the build is done, give it back.
    m_visitorHashes.shrink_to_fit();
    m_userIds.shrink_to_fit();
    m_attributeSets.shrink_to_fit();
    m_epoch.fetch_add(1, std::memory_order_acq_rel);
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
    for (const ProjectionRow &row : rows)
        intern(row, columns, visitors);
    mergeIntoTail(std::move(columns), std::move(visitors));
    if (m_tail.size() > kTailLimit)
        compact();
    m_epoch.fetch_add(1, std::memory_order_acq_rel);
}

void SiteProjection::mergeIntoTail(EventColumns &&columns, std::vector<quint32> &&visitors)
{
    std::vector<quint32> order(columns.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return visitors[a] != visitors[b] ? visitors[a] < visitors[b] : columns.ts[a] < columns.ts[b];
    });
    EventColumns merged;
    merged.reserve(m_tail.size() + columns.size());
    std::vector<quint32> mergedVisitors;
    mergedVisitors.reserve(merged.ts.capacity());
    size_t a = 0, b = 0;
    while (a < m_tail.size() || b < order.size()) {
        bool takeOld = b == order.size();
        if (!takeOld && a < m_tail.size()) {
            const quint32 i = order[b];
            takeOld
                = m_tailVisitors[a] != visitors[i] ? m_tailVisitors[a] < visitors[i] : m_tail.ts[a] <= columns.ts[i];
        }
        if (takeOld) {
            merged.appendFrom(m_tail, a);
            mergedVisitors.push_back(m_tailVisitors[a++]);
        } else {
            const quint32 i = order[b++];
            merged.appendFrom(columns, i);
            mergedVisitors.push_back(visitors[i]);
        }
    }
    m_tail = std::move(merged);
    m_tailVisitors = std::move(mergedVisitors);
}

void SiteProjection::compactNow()
{
    std::unique_lock lock(m_lock);
    if (!m_tail.ts.empty())
        compact();
}

void SiteProjection::compact()
{
    const quint32 visitors = visitorCount();
    const quint32 mainVisitors = quint32(m_mainOffsets.size() - 1);
    EventColumns main;
    main.reserve(m_main.size() + m_tail.size());
    std::vector<quint32> offsets;
    offsets.reserve(size_t(visitors) + 1);
    offsets.push_back(0);
    size_t t = 0;
    for (quint32 v = 0; v < visitors; ++v) {
        size_t a = v < mainVisitors ? m_mainOffsets[v] : 0;
        const size_t aEnd = v < mainVisitors ? m_mainOffsets[v + 1] : 0;
        while (a < aEnd || (t < m_tail.size() && m_tailVisitors[t] == v)) {
            const bool tailHere = t < m_tail.size() && m_tailVisitors[t] == v;
            if (!tailHere || (a < aEnd && m_main.ts[a] <= m_tail.ts[t]))
                main.appendFrom(m_main, a++);
            else
                main.appendFrom(m_tail, t++);
        }
        offsets.push_back(quint32(main.size()));
    }
    m_main = std::move(main);
    m_mainOffsets = std::move(offsets);
    m_tail = EventColumns();
    m_tailVisitors = std::vector<quint32>();
}

void SiteProjection::countSlot(qint64 ts, bool isBot)
{
    constexpr qint64 kDayMs = kSlotMs * kSlotsPerDay;
    const qint64 day = ts >= 0 ? ts / kDayMs : (ts - kDayMs + 1) / kDayMs;
    if (day != m_lastSlotDay) {
        m_lastSlots = &m_slots[day];
        m_lastSlotDay = day;
    }
    const auto slot = size_t((ts - day * kDayMs) / kSlotMs);
    ++m_lastSlots->all[slot];
    if (!isBot)
        ++m_lastSlots->humans[slot];
}

qint64 SiteProjection::eventsBetween(qint64 fromMs, qint64 toMs, bool includeBots) const
{
    constexpr qint64 kDayMs = kSlotMs * kSlotsPerDay;
    qint64 n = 0;
    for (qint64 t = fromMs; t < toMs;) {
        const qint64 day = t >= 0 ? t / kDayMs : (t - kDayMs + 1) / kDayMs;
        const qint64 dayEnd = std::min(toMs, (day + 1) * kDayMs);
        const auto it = m_slots.find(day);
        if (it != m_slots.end()) {
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
    for (const auto &[day, slots] : m_slots) {
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
    qint64 bytes = m_main.memoryBytes() + m_tail.memoryBytes() + qint64(m_mainOffsets.capacity() * 4)
        + qint64(m_tailVisitors.capacity() * 4);
    bytes += qint64(m_visitorHashes.capacity() * 8 + m_userIds.capacity() * sizeof(QByteArray));
    for (const QByteArray &u : m_userIds)
        bytes += u.isEmpty() ? 0 : u.capacity() + 24;
    bytes += qint64(m_visitorIndex.size()) * 24;
    bytes += m_names.memoryBytes() + m_paths.memoryBytes() + m_props.memoryBytes() + m_attributeValues.memoryBytes();
    bytes += qint64(m_attributeSets.capacity() * sizeof(AttributeSet)) + qint64(m_attributeSetIds.size()) * 80;
    bytes += qint64((m_nameCounts.capacity() + m_pathCounts.capacity() + m_propsCounts.capacity()) * 8);
    bytes += qint64(m_slots.size() * (sizeof(DaySlots) + 32));
    return bytes;
}

} // namespace pulse
