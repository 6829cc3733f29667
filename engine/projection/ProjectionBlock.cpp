#include "projection/ProjectionBlock.h"

#include "projection/SiteProjection.h"

#include <algorithm>
#include <cstring>
#include <mutex>

namespace pulse {

namespace {

constexpr char kMagic[4] = { 'P', 'B', 'L', 'K' };
constexpr char kTrailer[4] = { 'K', 'L', 'B', 'P' };

void writeNewEntries(block::Writer &w, const StringDictionary &dictionary, quint32 sealed)
{
    w.value(sealed);
    w.value(dictionary.size() - sealed);
    for (quint32 id = sealed; id < dictionary.size(); ++id)
        w.bytes(dictionary.value(id));
}

// Interns the entries a block introduced; they must get exactly the ids they had when it was sealed.
// With `interned`, they are there already and are only skipped.
bool readNewEntries(block::Reader &r, StringDictionary &dictionary, bool interned)
{
    const auto first = r.value<quint32>();
    const auto count = r.value<quint32>();
    if (!r.ok() || (!interned && first != dictionary.size()))
        return false;
    for (quint32 i = 0; i < count && r.ok(); ++i) {
        const QByteArrayView text = r.bytes();
        if (!r.ok() || text.isEmpty() || (!interned && dictionary.intern(text) != first + i))
            return false;
    }
    return r.ok();
}

} // namespace

QByteArray ProjectionBlock::seal(const Sites &sites, qint64 *events)
{
    return encode(sites, true, events);
}

QByteArray ProjectionBlock::encode(const Sites &sites)
{
    qint64 events = 0;
    return encode(sites, false, &events);
}

QByteArray ProjectionBlock::encode(const Sites &sites, bool clear, qint64 *events)
{
    QList<qint64> ids;
    for (auto it = sites.cbegin(); it != sites.cend(); ++it) {
        if (it.value()->journalSize() > 0)
            ids << it.key();
    }
    std::sort(ids.begin(), ids.end()); // the same journals give the same bytes
    QByteArray out;
    block::Writer w(out);
    w.raw(kMagic, sizeof kMagic);
    w.value(quint32(ids.size()));
    qint64 total = 0;
    for (const qint64 id : ids) {
        SiteProjection &s = *sites.value(id);
        SiteProjection::Journal &j = s.m_journal;
        w.value(id);
        writeNewEntries(w, s.m_names, j.names);
        writeNewEntries(w, s.m_paths, j.paths);
        writeNewEntries(w, s.m_props, j.props);
        writeNewEntries(w, s.m_attributeValues, j.attributeValues);
        w.value(j.attributeSets);
        w.value(quint32(s.m_attributeSets.size()) - j.attributeSets);
        for (auto a = size_t(j.attributeSets); a < s.m_attributeSets.size(); ++a) {
            for (const quint32 v : s.m_attributeSets[a].values)
                w.value(v);
            w.value(quint8(s.m_attributeSets[a].isBot ? 1 : 0));
        }
        w.value(j.visitorCount);
        w.value(s.visitorCount() - j.visitorCount);
        for (quint32 v = j.visitorCount; v < s.visitorCount(); ++v) {
            w.value(s.m_visitorHashes[v]);
            w.bytes(s.m_userIds[v]);
        }
        w.value(quint32(j.userIds.size()));
        for (const auto &[visitor, userId] : j.userIds) {
            w.value(visitor);
            w.bytes(userId);
        }
        w.value(quint8(s.m_mixedUserIds ? 1 : 0));
        const EventColumns &e = j.events;
        w.value(quint32(e.size()));
        w.indices(j.visitors);
        w.timestamps(e.ts);
        w.indices(e.name);
        w.indices(e.path);
        w.indices(e.attrs);
        w.indices(e.props);
        total += qint64(e.size());
        if (!clear)
            continue;
        // Readers never look at the journal, but memoryBytes() reads its capacity under the read lock.
        std::unique_lock lock(s.m_lock);
        j.events.clear();
        j.visitors.clear();
        j.userIds.clear();
        j.names = s.m_names.size();
        j.paths = s.m_paths.size();
        j.props = s.m_props.size();
        j.attributeValues = s.m_attributeValues.size();
        j.attributeSets = quint32(s.m_attributeSets.size());
        j.visitorCount = s.visitorCount();
    }
    w.raw(kTrailer, sizeof kTrailer);
    *events = total;
    return out;
}

bool ProjectionBlock::read(QByteArrayView bytes, Sites &sites, bool interned, std::vector<BlockSection> &sections)
{
    block::Reader r(bytes);
    const char *magic = r.take(sizeof kMagic);
    if (!magic || std::memcmp(magic, kMagic, sizeof kMagic) != 0)
        return false;
    const auto siteCount = r.value<quint32>();
    for (quint32 i = 0; i < siteCount && r.ok(); ++i) {
        const auto siteId = r.value<qint64>();
        std::shared_ptr<SiteProjection> &slot = sites[siteId];
        if (!slot) {
            if (interned)
                return false;
            slot = std::make_shared<SiteProjection>();
        }
        SiteProjection &s = *slot;
        if (!readNewEntries(r, s.m_names, interned) || !readNewEntries(r, s.m_paths, interned)
            || !readNewEntries(r, s.m_props, interned) || !readNewEntries(r, s.m_attributeValues, interned)
            || s.m_names.size() > SiteProjection::kMaxNames)
            return false;

        const auto firstSet = r.value<quint32>();
        const auto sets = r.value<quint32>();
        if (!r.ok() || (!interned && firstSet != s.m_attributeSets.size()))
            return false;
        for (quint32 a = 0; a < sets; ++a) {
            AttributeSet set;
            for (quint32 &v : set.values)
                v = r.value<quint32>();
            const auto bot = r.value<quint8>();
            if (!r.ok() || bot > 1)
                return false;
            set.isBot = bot != 0;
            if (interned)
                continue;
            for (const quint32 v : set.values) {
                if (v >= s.m_attributeValues.size())
                    return false;
            }
            if (s.internAttributeSet(set) != firstSet + a)
                return false;
        }

        const auto firstVisitor = r.value<quint32>();
        const auto visitors = r.value<quint32>();
        if (!r.ok() || (!interned && firstVisitor != s.visitorCount()))
            return false;
        for (quint32 v = 0; v < visitors; ++v) {
            const auto hash = r.value<qint64>();
            const QByteArrayView userId = r.bytes();
            if (!r.ok() || (!interned && s.internVisitor(hash, userId) != firstVisitor + v))
                return false;
        }
        const auto userIds = r.value<quint32>();
        for (quint32 u = 0; u < userIds && r.ok(); ++u) {
            const auto visitor = r.value<quint32>();
            const QByteArrayView userId = r.bytes();
            if (!r.ok() || visitor >= s.visitorCount())
                return false;
            if (!interned)
                s.m_userIds[visitor] = userId.toByteArray();
        }
        const auto mixed = r.value<quint8>();
        if (!r.ok() || mixed > 1)
            return false;
        if (!interned)
            s.m_mixedUserIds = s.m_mixedUserIds || mixed != 0;

        BlockSection section;
        section.site = &s;
        section.count = r.value<quint32>();
        section.visitors = r.indices(section.count);
        section.ts = r.timestamps(section.count);
        section.name = r.indices(section.count);
        section.path = r.indices(section.count);
        section.attrs = r.indices(section.count);
        section.props = r.indices(section.count);
        if (!r.ok())
            return false;
        sections.push_back(section);
        if (interned)
            continue;
        // What the block held is persisted: the journal starts after it.
        SiteProjection::Journal &j = s.m_journal;
        j.names = s.m_names.size();
        j.paths = s.m_paths.size();
        j.props = s.m_props.size();
        j.attributeValues = s.m_attributeValues.size();
        j.attributeSets = quint32(s.m_attributeSets.size());
        j.visitorCount = s.visitorCount();
    }
    const char *trailer = r.take(sizeof kTrailer);
    return r.ok() && trailer && std::memcmp(trailer, kTrailer, sizeof kTrailer) == 0 && r.atEnd();
}

} // namespace pulse
