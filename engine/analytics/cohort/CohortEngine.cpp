#include "analytics/cohort/CohortEngine.h"

#include "analytics/EventMatcher.h"
#include "analytics/VisitorScan.h"
#include "projection/SiteProjection.h"

#include <algorithm>
#include <limits>

namespace pulse {

namespace {

constexpr qint64 kDayMs = 86400000;

// One leaf condition, compiled: the matcher bit of its event and the time window it counts in.
struct Leaf {
    CohortCondition condition;
    quint32 bit = 0;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    QByteArray value; // Property: the value to compare, lower-cased for contains
};

struct VisitorFacts {
    std::vector<qint64> counts; // per leaf
    qint64 first = 0;
    qint64 last = 0;
    quint32 lastIndex = 0;
};

bool countHolds(const CohortCondition &c, qint64 n)
{
    if (c.kind == CohortCondition::Kind::NotPerformed)
        return n == 0;
    switch (c.countOp) {
    case CohortCondition::CountOp::AtLeast:
        return n >= c.count;
    case CohortCondition::CountOp::AtMost:
        return n <= c.count;
    case CohortCondition::CountOp::Exactly:
        return n == c.count;
    }
    return false;
}

class Evaluator {
public:
    Evaluator(const SiteProjection &site, const CohortGroup &definition, const std::vector<Leaf> &leaves)
        : m_site(site), m_definition(definition), m_leaves(leaves)
    {
    }

    bool matches(const VisitorEvents &e, const VisitorFacts &facts)
    {
        size_t next = 0;
        return group(m_definition, e, facts, next);
    }

private:
    // Leaves are numbered depth first, conditions before subgroups, as CohortGroup::leaves() lists them.
    bool group(const CohortGroup &g, const VisitorEvents &e, const VisitorFacts &facts, size_t &next)
    {
        const bool all = g.match == CohortGroup::Match::All;
        bool result = all;
        for (qsizetype i = 0; i < g.conditions.size(); ++i) {
            const bool holds = leaf(next++, e, facts);
            result = all ? (result && holds) : (result || holds);
        }
        for (const CohortGroup &child : g.groups) {
            const bool holds = group(child, e, facts, next);
            result = all ? (result && holds) : (result || holds);
        }
        return result;
    }

    bool leaf(size_t index, const VisitorEvents &e, const VisitorFacts &facts)
    {
        const Leaf &l = m_leaves[index];
        const CohortCondition &c = l.condition;
        switch (c.kind) {
        case CohortCondition::Kind::Performed:
        case CohortCondition::Kind::NotPerformed:
            return countHolds(c, facts.counts[index]);
        case CohortCondition::Kind::FirstSeen:
            return c.timeOp == CohortCondition::TimeOp::Before ? facts.first < c.atMs : facts.first >= c.atMs;
        case CohortCondition::Kind::LastSeen:
            return c.timeOp == CohortCondition::TimeOp::Before ? facts.last < c.atMs : facts.last >= c.atMs;
        case CohortCondition::Kind::Property: {
            const QByteArray value = EventMatcher::propertyValue(m_site, c.property, e, facts.lastIndex);
            if (c.propertyOp == CohortCondition::PropertyOp::Equals)
                return value == l.value;
            return value.toLower().contains(l.value);
        }
        }
        return false;
    }

    const SiteProjection &m_site;
    const CohortGroup &m_definition;
    const std::vector<Leaf> &m_leaves;
};

} // namespace

std::vector<quint32> CohortEngine::compute(
    const SiteProjection &site, const CohortGroup &definition, qint64 nowMs, int threads)
{
    const auto lock = site.readLock();
    std::vector<Leaf> leaves;
    QList<FunnelStep> conditions;
    for (const CohortCondition &c : definition.leaves()) {
        Leaf l;
        l.condition = c;
        if (c.kind == CohortCondition::Kind::Performed || c.kind == CohortCondition::Kind::NotPerformed) {
            l.bit = 1u << conditions.size();
            conditions << c.event;
            if (c.withinDays > 0) {
                l.from = nowMs - c.withinDays * kDayMs;
                l.to = nowMs;
            } else if (c.toMs > c.fromMs) {
                l.from = c.fromMs;
                l.to = c.toMs;
            }
        }
        if (c.kind == CohortCondition::Kind::Property)
            l.value
                = c.propertyOp == CohortCondition::PropertyOp::Contains ? c.value.toLower().toUtf8() : c.value.toUtf8();
        leaves.push_back(l);
    }
    const EventMatcher matcher(site, conditions, false);
    std::vector<std::vector<quint32>> parts(size_t(std::max(1, threads)));
    const int used = parallelOverVisitors(site, threads, [&](quint32 begin, quint32 end, int part) {
        EventMatcher::Memo memo = matcher.makeMemo();
        Evaluator evaluator(site, definition, leaves);
        VisitorFacts facts;
        facts.counts.resize(leaves.size());
        EventColumns scratch;
        site.forEachVisitor(begin, end, scratch, [&](const VisitorEvents &e) {
            std::fill(facts.counts.begin(), facts.counts.end(), 0);
            bool seen = false;
            for (quint32 i = 0; i < e.count; ++i) {
                if (!matcher.counted(e, i))
                    continue;
                if (!seen)
                    facts.first = e.ts[i];
                seen = true;
                facts.last = e.ts[i];
                facts.lastIndex = i;
                const quint32 mask = conditions.isEmpty() ? 0 : matcher.match(e, i, memo);
                if (mask == 0)
                    continue;
                for (size_t l = 0; l < leaves.size(); ++l) {
                    if ((mask & leaves[l].bit) != 0 && e.ts[i] >= leaves[l].from && e.ts[i] < leaves[l].to)
                        ++facts.counts[l];
                }
            }
            if (seen && evaluator.matches(e, facts))
                parts[size_t(part)].push_back(e.visitor);
        });
    });
    std::vector<quint32> out;
    for (int p = 0; p < used; ++p)
        out.insert(out.end(), parts[size_t(p)].begin(), parts[size_t(p)].end());
    return out; // parts are contiguous visitor ranges in order, so this is ascending
}

QStringList CohortEngine::memberKeys(const SiteProjection &site, const std::vector<quint32> &visitors)
{
    QStringList keys;
    keys.reserve(qsizetype(visitors.size()));
    for (quint32 v : visitors) {
        const QByteArray &user = site.userId(v);
        keys << (user.isEmpty() ? QStringLiteral("v:%1").arg(quint64(site.visitorHash(v)), 16, 16, QLatin1Char('0'))
                                : QStringLiteral("u:") + QString::fromUtf8(user));
    }
    return keys;
}

VisitorSet CohortEngine::resolve(const SiteProjection &site, const QStringList &keys)
{
    QSet<QByteArray> users;
    QSet<qint64> visitors;
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("u:"))) {
            users.insert(key.mid(2).toUtf8());
        } else if (key.startsWith(QLatin1String("v:"))) {
            bool ok = false;
            const quint64 hash = key.mid(2).toULongLong(&ok, 16);
            if (ok)
                visitors.insert(qint64(hash));
        }
    }
    const auto lock = site.readLock();
    const quint32 count = site.visitorCount();
    VisitorSet set(count);
    for (quint32 v = 0; v < count; ++v) {
        const QByteArray &user = site.userId(v);
        if (user.isEmpty() ? visitors.contains(site.visitorHash(v)) : users.contains(user))
            set.insert(v);
    }
    return set;
}

} // namespace pulse
