#include "analytics/EventMatcher.h"

#include "projection/SiteProjection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace pulse {

namespace {

constexpr QLatin1String kPropPrefix("prop.");

bool isPropsProperty(const QString &property)
{
    return property.startsWith(kPropPrefix);
}

bool pathMatches(const FunnelStep &step, QByteArrayView path)
{
    const QByteArray pattern = step.path.toUtf8();
    switch (step.pathMatch) {
    case FunnelStep::PathMatch::Exact:
        return path == pattern;
    case FunnelStep::PathMatch::Prefix:
        return path.startsWith(pattern);
    case FunnelStep::PathMatch::Glob:
        return globMatches(pattern, path);
    }
    return false;
}

bool toNumber(QByteArrayView text, double *out)
{
    bool ok = false;
    *out = QByteArray(text.data(), text.size()).toDouble(&ok);
    return ok;
}

// The JSON spelling of a props value, so "3" matches {"n": 3} and "true" matches {"ok": true}.
QByteArray jsonValueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString().toUtf8();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9e15)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Null:
        return QByteArrayLiteral("null");
    default: // objects and arrays as compact JSON
        return v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    }
}

bool propsValue(QByteArrayView propsJson, const QString &key, QByteArray *value)
{
    if (propsJson.isEmpty())
        return false;
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(propsJson.data(), propsJson.size())).object();
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return false;
    *value = jsonValueText(it.value());
    return true;
}

} // namespace

bool globMatches(QByteArrayView pattern, QByteArrayView text)
{
    // The classic two-pointer wildcard match: on a mismatch, retry from the last '*' one character
    // further. Each text position is revisited at most once per star, so it stays O(n·m) at worst.
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

bool filterMatches(const EventFilter &filter, QByteArrayView value, bool missing)
{
    using Op = EventFilter::Op;
    if (filter.op == Op::NotEquals) // "is not X" includes events without the property
        return missing || value != filter.values.value(0).toUtf8();
    if (missing)
        return false;
    switch (filter.op) {
    case Op::Equals:
        return value == filter.values.value(0).toUtf8();
    case Op::NotEquals:
        break;
    case Op::Contains:
        return QString::fromUtf8(value).contains(filter.values.value(0), Qt::CaseInsensitive);
    case Op::In:
        for (const QString &v : filter.values) {
            if (value == v.toUtf8())
                return true;
        }
        return false;
    case Op::Gt:
    case Op::Gte:
    case Op::Lt:
    case Op::Lte: {
        double actual = 0, bound = 0;
        if (!toNumber(value, &actual) || !toNumber(filter.values.value(0).toUtf8(), &bound))
            return false;
        return filter.op == Op::Gt ? actual > bound
            : filter.op == Op::Gte ? actual >= bound
            : filter.op == Op::Lt  ? actual < bound
                                   : actual <= bound;
    }
    }
    return false;
}

EventMatcher::EventMatcher(const SiteProjection &site, const QList<FunnelStep> &conditions, bool includeBots)
    : m_site(site), m_conditions(conditions)
{
    Q_ASSERT(conditions.size() <= kMaxConditions);
    m_nameMask.assign(site.names().size(), 0);
    m_pathMask.assign(site.paths().size(), 0);
    m_attrMask.assign(site.attributeSetCount(), 0);
    m_countedAttrs.assign(site.attributeSetCount(), 1);
    if (!includeBots) {
        for (quint32 a = 0; a < site.attributeSetCount(); ++a)
            m_countedAttrs[a] = site.attributeSet(a).isBot ? 0 : 1;
    }

    for (int c = 0; c < conditions.size(); ++c) {
        const FunnelStep &step = conditions[c];
        const quint32 bit = 1u << c;
        const qint64 name = site.names().find(step.event.toUtf8());
        if (name >= 0)
            m_nameMask[name] |= bit;

        QList<EventFilter> pathFilters, attrFilters;
        bool hasProps = false;
        for (const EventFilter &f : step.filters) {
            if (f.property == QLatin1String("path"))
                pathFilters << f;
            else if (isPropsProperty(f.property))
                hasProps = true;
            else
                attrFilters << f;
        }
        if (!step.path.isEmpty() || !pathFilters.isEmpty()) {
            m_pathConditions |= bit;
            for (quint32 p = 0; p < site.paths().size(); ++p) {
                const QByteArray &path = site.paths().value(p);
                bool ok = step.path.isEmpty() || pathMatches(step, path);
                for (const EventFilter &f : pathFilters)
                    ok = ok && filterMatches(f, path, false);
                if (ok)
                    m_pathMask[p] |= bit;
            }
        }
        if (!attrFilters.isEmpty()) {
            m_attrConditions |= bit;
            for (quint32 a = 0; a < site.attributeSetCount(); ++a) {
                const AttributeSet &set = site.attributeSet(a);
                bool ok = true;
                for (const EventFilter &f : attrFilters) {
                    const int field = AttributeSet::fieldOf(f.property);
                    const QByteArray &value = site.attributeValues().value(set.values[field]);
                    ok = ok && filterMatches(f, value, value.isEmpty());
                }
                if (ok)
                    m_attrMask[a] |= bit;
            }
        }
        if (hasProps)
            m_propsConditions |= bit;
    }
    m_namesOnly = m_pathConditions == 0 && m_attrConditions == 0 && m_propsConditions == 0
        && std::all_of(m_countedAttrs.begin(), m_countedAttrs.end(), [](quint8 c) { return c != 0; });
}

EventMatcher::Memo EventMatcher::makeMemo() const
{
    Memo memo;
    if (m_propsConditions)
        memo.props.assign(m_site.props().size(), kUnknown);
    return memo;
}

quint32 EventMatcher::propsMask(quint32 props, Memo &memo) const
{
    quint32 &cached = memo.props[props];
    if (cached != kUnknown)
        return cached;
    quint32 mask = 0;
    const QByteArray &json = m_site.props().value(props);
    const QJsonObject object = json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json).object();
    for (int c = 0; c < m_conditions.size(); ++c) {
        const quint32 bit = 1u << c;
        if (!(m_propsConditions & bit))
            continue;
        bool ok = true;
        for (const EventFilter &f : m_conditions[c].filters) {
            if (!isPropsProperty(f.property))
                continue;
            const auto it = object.constFind(f.property.mid(kPropPrefix.size()));
            const bool missing = it == object.constEnd();
            ok = ok && filterMatches(f, missing ? QByteArray() : jsonValueText(it.value()), missing);
        }
        if (ok)
            mask |= bit;
    }
    cached = mask;
    return mask;
}

QByteArray EventMatcher::propertyValue(
    const SiteProjection &site, const QString &property, const VisitorEvents &e, quint32 i)
{
    if (property == QLatin1String("path"))
        return site.paths().value(e.path[i]);
    if (isPropsProperty(property)) {
        QByteArray value;
        propsValue(site.props().value(e.props[i]), property.mid(kPropPrefix.size()), &value);
        return value;
    }
    const int field = AttributeSet::fieldOf(property);
    if (field < 0)
        return {};
    return site.attributeValues().value(site.attributeSet(e.attrs[i]).values[field]);
}

} // namespace pulse
