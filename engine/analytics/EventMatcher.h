// Compiles event conditions (funnel steps, exclusions) against one site's projection into lookup
// tables, so testing an event is four array reads instead of string comparisons: a bit mask per event
// name, per path, per attribute set and per props value, one bit per condition. Built once per query,
// under the projection's read lock; the props tables fill lazily (parsing a site's every distinct
// props object up front could cost more than the scan), so each thread uses its own Memo.
#pragma once

#include "analytics/funnel/FunnelQuery.h"
#include "projection/EventColumns.h"

#include <QList>

#include <vector>

namespace pulse {

class SiteProjection;

class EventMatcher final {
public:
    static constexpr int kMaxConditions = 31;

    EventMatcher(const SiteProjection &site, const QList<FunnelStep> &conditions, bool includeBots);

    struct Memo {
        std::vector<quint32> props; // kUnknown until computed
    };
    Memo makeMemo() const;

    // Whether the event takes part in the analysis at all (bots only when asked for).
    bool counted(const VisitorEvents &e, quint32 i) const { return m_countedAttrs[e.attrs[i]] != 0; }
    // Bit c set when condition c holds for event i.
    quint32 match(const VisitorEvents &e, quint32 i, Memo &memo) const
    {
        const quint32 m = m_nameMask[e.name[i]];
        return m == 0 ? 0 : refine(m, e, i, memo);
    }

    // The fast path of a scan: when no condition looks past the event name and every event counts,
    // match() is nameMasks()[name] alone.
    bool namesOnly() const { return m_namesOnly; }
    const quint32 *nameMasks() const { return m_nameMask.data(); }
    // match() for an event whose name already gave `mask` (non-zero).
    quint32 refine(quint32 m, const VisitorEvents &e, quint32 i, Memo &memo) const
    {
        if (m & m_pathConditions)
            m &= ~m_pathConditions | m_pathMask[e.path[i]];
        if (m & m_attrConditions)
            m &= ~m_attrConditions | m_attrMask[e.attrs[i]];
        if (m & m_propsConditions)
            m &= ~m_propsConditions | propsMask(e.props[i], memo);
        return m;
    }

    // The value of a property ("browser", "path", "prop.plan") on event i, empty when it has none.
    static QByteArray propertyValue(
        const SiteProjection &site, const QString &property, const VisitorEvents &e, quint32 i);

private:
    static constexpr quint32 kUnknown = 0x80000000u;
    quint32 propsMask(quint32 props, Memo &memo) const;

    const SiteProjection &m_site;
    QList<FunnelStep> m_conditions;
    std::vector<quint32> m_nameMask;
    std::vector<quint32> m_pathMask;
    std::vector<quint32> m_attrMask;
    std::vector<quint8> m_countedAttrs;
    quint32 m_pathConditions = 0;
    quint32 m_attrConditions = 0;
    quint32 m_propsConditions = 0;
    bool m_namesOnly = false;
};

// '*' any run of characters, '?' exactly one; linear in practice, no backtracking explosion.
bool globMatches(QByteArrayView pattern, QByteArrayView text);
// One filter against one value (missing: the property is absent).
bool filterMatches(const EventFilter &filter, QByteArrayView value, bool missing);

} // namespace pulse
