#include "projection/ProjectionSnapshot.h"

#include "projection/SiteProjection.h"

#include <QFile>
#include <QSaveFile>

#include <cstring>
#include <mutex>

namespace pulse {

namespace {

constexpr char kMagic[8] = { 'P', 'U', 'L', 'S', 'E', 'P', 'J', '1' };
// Bump when the layout of SiteProjection or of this file changes: an old file is then rebuilt.
constexpr quint32 kVersion = 1;
constexpr quint32 kEndianProbe = 0x01020304;

class Writer {
public:
    explicit Writer(QIODevice &out) : m_out(out) { }
    bool ok() const { return m_ok; }
    void raw(const void *data, qint64 bytes)
    {
        if (m_ok && bytes > 0)
            m_ok = m_out.write(static_cast<const char *>(data), bytes) == bytes;
    }
    template<typename T> void value(T v) { raw(&v, sizeof v); }
    template<typename T> void array(const std::vector<T> &v)
    {
        value(quint64(v.size()));
        raw(v.data(), qint64(v.size() * sizeof(T)));
    }
    void bytes(const QByteArray &b)
    {
        value(quint32(b.size()));
        raw(b.constData(), b.size());
    }
    void dictionary(const StringDictionary &d)
    {
        value(d.size());
        for (quint32 i = 0; i < d.size(); ++i)
            bytes(d.value(i));
    }

private:
    QIODevice &m_out;
    bool m_ok = true;
};

class Reader {
public:
    Reader(QIODevice &in, qint64 size) : m_in(in), m_left(size) { }
    bool ok() const { return m_ok; }
    void raw(void *data, qint64 bytes)
    {
        if (!m_ok || bytes < 0 || bytes > m_left) {
            m_ok = false;
            return;
        }
        m_ok = m_in.read(static_cast<char *>(data), bytes) == bytes;
        m_left -= bytes;
    }
    template<typename T> T value()
    {
        T v {};
        raw(&v, sizeof v);
        return v;
    }
    template<typename T> void array(std::vector<T> &v)
    {
        const auto n = value<quint64>();
        // A damaged count must not allocate terabytes: it cannot exceed what is left of the file.
        if (!m_ok || n > quint64(m_left) / sizeof(T)) {
            m_ok = false;
            return;
        }
        v.resize(n);
        raw(v.data(), qint64(n * sizeof(T)));
    }
    QByteArray bytes()
    {
        const auto n = value<quint32>();
        if (!m_ok || n > m_left) {
            m_ok = false;
            return {};
        }
        QByteArray b(qsizetype(n), Qt::Uninitialized);
        raw(b.data(), n);
        return b;
    }
    void dictionary(StringDictionary &d)
    {
        const auto n = value<quint32>();
        for (quint32 i = 0; i < n && m_ok; ++i) {
            const QByteArray b = bytes();
            if (i == 0 ? !b.isEmpty() : (b.isEmpty() || d.intern(b) != i))
                m_ok = false; // ids must come back as they were
        }
    }

private:
    QIODevice &m_in;
    qint64 m_left;
    bool m_ok = true;
};

} // namespace

bool ProjectionSnapshot::save(const QString &path, qint64 lastEventId, const Sites &sites)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    Writer w(file);
    w.raw(kMagic, sizeof kMagic);
    w.value(kVersion);
    w.value(kEndianProbe);
    w.value(lastEventId);
    w.value(quint32(sites.size()));
    for (auto it = sites.cbegin(); it != sites.cend(); ++it) {
        SiteProjection &s = *it.value();
        s.compactNow();
        const auto lock = s.readLock();
        w.value(it.key());
        w.array(s.m_visitorHashes);
        for (const QByteArray &u : s.m_userIds)
            w.bytes(u);
        w.dictionary(s.m_names);
        w.dictionary(s.m_paths);
        w.dictionary(s.m_props);
        w.dictionary(s.m_attributeValues);
        w.value(quint32(s.m_attributeSets.size()));
        for (const AttributeSet &a : s.m_attributeSets) {
            w.raw(a.values.data(), sizeof(a.values));
            w.value(quint8(a.isBot ? 1 : 0));
        }
        w.array(s.m_nameCounts);
        w.array(s.m_pathCounts);
        w.array(s.m_propsCounts);
        w.array(s.m_mainOffsets);
        w.array(s.m_main.ts);
        w.array(s.m_main.name);
        w.array(s.m_main.path);
        w.array(s.m_main.attrs);
        w.array(s.m_main.props);
    }
    w.raw(kMagic, sizeof kMagic); // a trailer: a truncated file cannot pass for a whole one
    return w.ok() && file.commit();
}

bool ProjectionSnapshot::load(const QString &path, qint64 *lastEventId, Sites *sites)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    Reader r(file, file.size());
    char magic[sizeof kMagic];
    r.raw(magic, sizeof magic);
    if (!r.ok() || std::memcmp(magic, kMagic, sizeof kMagic) != 0 || r.value<quint32>() != kVersion
        || r.value<quint32>() != kEndianProbe)
        return false;
    const auto last = r.value<qint64>();
    const auto count = r.value<quint32>();
    Sites loaded;
    for (quint32 i = 0; i < count && r.ok(); ++i) {
        const auto siteId = r.value<qint64>();
        auto s = std::make_shared<SiteProjection>();
        r.array(s->m_visitorHashes);
        s->m_userIds.resize(s->m_visitorHashes.size());
        for (size_t v = 0; v < s->m_visitorHashes.size() && r.ok(); ++v) {
            s->m_userIds[v] = r.bytes();
            s->m_visitorIndex.insert(s->m_visitorHashes[v], quint32(v));
        }
        r.dictionary(s->m_names);
        r.dictionary(s->m_paths);
        r.dictionary(s->m_props);
        r.dictionary(s->m_attributeValues);
        const auto sets = r.value<quint32>();
        for (quint32 a = 0; a < sets && r.ok(); ++a) {
            AttributeSet set;
            r.raw(set.values.data(), sizeof(set.values));
            set.isBot = r.value<quint8>() != 0;
            char key[sizeof(set.values) + 1];
            std::memcpy(key, set.values.data(), sizeof(set.values));
            key[sizeof(set.values)] = set.isBot ? 1 : 0;
            s->m_attributeSetIds.insert(QByteArray(key, sizeof key), a);
            s->m_attributeSets.push_back(set);
        }
        r.array(s->m_nameCounts);
        r.array(s->m_pathCounts);
        r.array(s->m_propsCounts);
        r.array(s->m_mainOffsets);
        r.array(s->m_main.ts);
        r.array(s->m_main.name);
        r.array(s->m_main.path);
        r.array(s->m_main.attrs);
        r.array(s->m_main.props);
        if (!r.ok())
            return false;
        // Every id must point into its dictionary, or a scan would read out of bounds.
        const size_t n = s->m_main.ts.size();
        bool valid = s->m_main.name.size() == n && s->m_main.path.size() == n && s->m_main.attrs.size() == n
            && s->m_main.props.size() == n && s->m_mainOffsets.size() == s->m_visitorHashes.size() + 1
            && s->m_mainOffsets.front() == 0 && s->m_mainOffsets.back() == n
            && s->m_nameCounts.size() == s->m_names.size() && s->m_pathCounts.size() == s->m_paths.size()
            && s->m_propsCounts.size() == s->m_props.size();
        for (size_t v = 0; valid && v + 1 < s->m_mainOffsets.size(); ++v)
            valid = s->m_mainOffsets[v] <= s->m_mainOffsets[v + 1];
        for (size_t e = 0; valid && e < n; ++e)
            valid = s->m_main.name[e] < s->m_names.size() && s->m_main.path[e] < s->m_paths.size()
                && s->m_main.attrs[e] < s->m_attributeSets.size() && s->m_main.props[e] < s->m_props.size();
        for (const AttributeSet &set : s->m_attributeSets) {
            for (quint32 value : set.values)
                valid = valid && value < s->m_attributeValues.size();
        }
        if (!valid)
            return false;
        // The quarter-hour counts are derived: rebuilt here rather than stored.
        for (size_t e = 0; e < n; ++e)
            s->countSlot(s->m_main.ts[e], s->m_attributeSets[s->m_main.attrs[e]].isBot);
        s->m_epoch.store(1);
        loaded.insert(siteId, s);
    }
    char trailer[sizeof kMagic];
    r.raw(trailer, sizeof trailer);
    if (!r.ok() || std::memcmp(trailer, kMagic, sizeof kMagic) != 0)
        return false;
    *lastEventId = last;
    *sites = std::move(loaded);
    return true;
}

} // namespace pulse
