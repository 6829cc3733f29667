// The projection's per-event columns (struct of arrays) and a view of one visitor's events in time
// order. 22 bytes an event: the timestamp and four dictionary ids (ARCHITECTURE.md, Analytics).
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <vector>

namespace pulse {

struct EventColumns {
    std::vector<qint64> ts; // UTC milliseconds
    std::vector<quint16> name; // SiteProjection::names()
    std::vector<quint32> path; // SiteProjection::paths()
    std::vector<quint32> attrs; // SiteProjection::attributeSet()
    std::vector<quint32> props; // SiteProjection::props(); 0: no custom properties

    size_t size() const { return ts.size(); }
    void reserve(size_t n)
    {
        ts.reserve(n);
        name.reserve(n);
        path.reserve(n);
        attrs.reserve(n);
        props.reserve(n);
    }
    void clear()
    {
        ts.clear();
        name.clear();
        path.clear();
        attrs.clear();
        props.clear();
    }
    void appendFrom(const EventColumns &from, size_t i)
    {
        ts.push_back(from.ts[i]);
        name.push_back(from.name[i]);
        path.push_back(from.path[i]);
        attrs.push_back(from.attrs[i]);
        props.push_back(from.props[i]);
    }
    // Rows [begin, end) of from, five block copies instead of a push_back per row and column.
    void appendRange(const EventColumns &from, size_t begin, size_t end)
    {
        const auto b = std::ptrdiff_t(begin), e = std::ptrdiff_t(end);
        ts.insert(ts.end(), from.ts.begin() + b, from.ts.begin() + e);
        name.insert(name.end(), from.name.begin() + b, from.name.begin() + e);
        path.insert(path.end(), from.path.begin() + b, from.path.begin() + e);
        attrs.insert(attrs.end(), from.attrs.begin() + b, from.attrs.begin() + e);
        props.insert(props.end(), from.props.begin() + b, from.props.begin() + e);
    }
    qint64 memoryBytes() const
    {
        return qint64(
            ts.capacity() * 8 + name.capacity() * 2 + (path.capacity() + attrs.capacity() + props.capacity()) * 4);
    }
};

// One visitor's events, ordered by time and then by the order Pulse stored them.
struct VisitorEvents {
    quint32 visitor = 0;
    quint32 count = 0;
    const qint64 *ts = nullptr;
    const quint16 *name = nullptr;
    const quint32 *path = nullptr;
    const quint32 *attrs = nullptr;
    const quint32 *props = nullptr;
};

} // namespace pulse
