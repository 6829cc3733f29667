#include "analytics/cohort/CohortDefinition.h"

#include "core/JsonFields.h"

#include <QJsonArray>
#include <QJsonValue>

namespace pulse {

using json::quoted;
using json::readInteger;
using json::readString;

namespace {

struct KindName {
    CohortCondition::Kind kind;
    const char *name;
};
constexpr KindName kKinds[] = { { CohortCondition::Kind::Performed, "performed" },
    { CohortCondition::Kind::NotPerformed, "not_performed" }, { CohortCondition::Kind::FirstSeen, "first_seen" },
    { CohortCondition::Kind::LastSeen, "last_seen" }, { CohortCondition::Kind::Property, "property" } };

constexpr int kMaxValueLength = 1000;

QString kindName(CohortCondition::Kind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

QString countOpName(CohortCondition::CountOp op)
{
    switch (op) {
    case CohortCondition::CountOp::AtLeast:
        return QStringLiteral("at_least");
    case CohortCondition::CountOp::AtMost:
        return QStringLiteral("at_most");
    case CohortCondition::CountOp::Exactly:
        return QStringLiteral("exactly");
    }
    return {};
}

int depthOf(const CohortGroup &g)
{
    int deepest = 0;
    for (const CohortGroup &child : g.groups)
        deepest = std::max(deepest, depthOf(child));
    return deepest + 1;
}

bool hasEventTime(const QJsonObject &json)
{
    return json.contains(QLatin1String("within_days")) || json.contains(QLatin1String("from_ms"))
        || json.contains(QLatin1String("to_ms"));
}

} // namespace

QString CohortCondition::validationError() const
{
    switch (kind) {
    case Kind::Performed:
    case Kind::NotPerformed: {
        const QString message = event.validationError();
        if (!message.isEmpty())
            return QStringLiteral("event: ") + message;
        if (count < 0 || count > 1000000)
            return QStringLiteral("Field 'count' must be from 0 to 1000000.");
        if (withinDays < 0 || withinDays > kMaxWithinDays)
            return QStringLiteral("Field 'within_days' must be from 1 to %1.").arg(kMaxWithinDays);
        if (withinDays == 0 && (fromMs != 0 || toMs != 0) && toMs <= fromMs)
            return QStringLiteral("Field 'to_ms' must be after 'from_ms'.");
        return {};
    }
    case Kind::FirstSeen:
    case Kind::LastSeen:
        return {};
    case Kind::Property:
        if (!EventFilter::isValidProperty(property) || property == QLatin1String("path")) {
            QStringList visitorProperties = EventFilter::builtInProperties();
            visitorProperties.removeAll(QStringLiteral("path"));
            return QStringLiteral("Field 'property' must be one of %1 or prop.NAME; got %2.")
                .arg(visitorProperties.join(QStringLiteral(", ")), quoted(property));
        }
        if (value.size() > kMaxValueLength)
            return QStringLiteral("Field 'value' is limited to %1 characters.").arg(kMaxValueLength);
        return {};
    }
    return {};
}

QJsonObject CohortCondition::toJson() const
{
    QJsonObject o { { QStringLiteral("type"), kindName(kind) } };
    switch (kind) {
    case Kind::Performed:
    case Kind::NotPerformed:
        o.insert(QStringLiteral("event"), event.toJson());
        if (kind == Kind::Performed) {
            o.insert(QStringLiteral("op"), countOpName(countOp));
            o.insert(QStringLiteral("count"), count);
        }
        if (withinDays > 0) {
            o.insert(QStringLiteral("within_days"), withinDays);
        } else if (toMs > fromMs) {
            o.insert(QStringLiteral("from_ms"), fromMs);
            o.insert(QStringLiteral("to_ms"), toMs);
        }
        break;
    case Kind::FirstSeen:
    case Kind::LastSeen:
        o.insert(QStringLiteral("op"), timeOp == TimeOp::Before ? QStringLiteral("before") : QStringLiteral("after"));
        o.insert(QStringLiteral("at_ms"), atMs);
        break;
    case Kind::Property:
        o.insert(QStringLiteral("property"), property);
        o.insert(
            QStringLiteral("op"), propertyOp == PropertyOp::Equals ? QStringLiteral("eq") : QStringLiteral("contains"));
        o.insert(QStringLiteral("value"), value);
        break;
    }
    return o;
}

bool CohortCondition::fromJson(const QJsonObject &json, CohortCondition *out, QString *error)
{
    CohortCondition c;
    QString type, op;
    if (!readString(json, "type", &type, error) || !readString(json, "op", &op, error))
        return false;
    bool known = false;
    for (const KindName &k : kKinds) {
        if (type == QLatin1String(k.name)) {
            c.kind = k.kind;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("Field 'type' must be performed, not_performed, first_seen, last_seen or property; got "
                                "%1.")
                     .arg(quoted(type));
        return false;
    }
    switch (c.kind) {
    case Kind::Performed:
    case Kind::NotPerformed: {
        const QJsonValue e = json.value(QLatin1String("event"));
        if (!e.isObject()) {
            *error = QStringLiteral("Field 'event' must be an object such as {\"event\": \"purchase\"}.");
            return false;
        }
        QString message;
        if (!FunnelStep::fromJson(e.toObject(), &c.event, &message)) {
            *error = QStringLiteral("event: ") + message;
            return false;
        }
        qint64 count = c.count, within = 0;
        if (!readInteger(json, "count", &count, error) || !readInteger(json, "within_days", &within, error)
            || !readInteger(json, "from_ms", &c.fromMs, error) || !readInteger(json, "to_ms", &c.toMs, error))
            return false;
        if (c.kind == Kind::Performed) {
            const QString o = op.isEmpty() ? QStringLiteral("at_least") : op;
            if (o == QLatin1String("at_least"))
                c.countOp = CountOp::AtLeast;
            else if (o == QLatin1String("at_most"))
                c.countOp = CountOp::AtMost;
            else if (o == QLatin1String("exactly"))
                c.countOp = CountOp::Exactly;
            else {
                *error = QStringLiteral("Field 'op' must be at_least, at_most or exactly; got %1.").arg(quoted(o));
                return false;
            }
        }
        if (count < 0 || count > 1000000) {
            *error = QStringLiteral("Field 'count' must be from 0 to 1000000.");
            return false;
        }
        if (json.contains(QLatin1String("within_days")) && (within < 1 || within > kMaxWithinDays)) {
            *error = QStringLiteral("Field 'within_days' must be from 1 to %1.").arg(kMaxWithinDays);
            return false;
        }
        if (hasEventTime(json) && !json.contains(QLatin1String("within_days")) && c.toMs <= c.fromMs) {
            *error = QStringLiteral("Fields 'from_ms' and 'to_ms' must both be given, with to_ms after from_ms.");
            return false;
        }
        c.count = int(count);
        c.withinDays = int(within);
        break;
    }
    case Kind::FirstSeen:
    case Kind::LastSeen:
        if (op != QLatin1String("before") && op != QLatin1String("after")) {
            *error = QStringLiteral("Field 'op' must be before or after; got %1.").arg(quoted(op));
            return false;
        }
        if (!json.contains(QLatin1String("at_ms"))) {
            *error = QStringLiteral("Field 'at_ms' is missing: the time (epoch milliseconds) to compare with.");
            return false;
        }
        c.timeOp = op == QLatin1String("before") ? TimeOp::Before : TimeOp::After;
        if (!readInteger(json, "at_ms", &c.atMs, error))
            return false;
        break;
    case Kind::Property:
        if (!readString(json, "property", &c.property, error) || !readString(json, "value", &c.value, error))
            return false;
        if (op.isEmpty() || op == QLatin1String("eq"))
            c.propertyOp = PropertyOp::Equals;
        else if (op == QLatin1String("contains"))
            c.propertyOp = PropertyOp::Contains;
        else {
            *error = QStringLiteral("Field 'op' must be eq or contains; got %1.").arg(quoted(op));
            return false;
        }
        break;
    }
    const QString message = c.validationError();
    if (!message.isEmpty()) {
        *error = message;
        return false;
    }
    *out = c;
    return true;
}

QString CohortGroup::validationError() const
{
    if (isEmpty())
        return QStringLiteral("Field 'conditions' must hold at least one condition.");
    if (depthOf(*this) > kMaxDepth)
        return QStringLiteral("Groups nest at most %1 levels deep.").arg(kMaxDepth);
    const QList<CohortCondition> all = leaves();
    if (all.size() > kMaxConditions)
        return QStringLiteral("A cohort takes at most %1 conditions; it has %2.").arg(kMaxConditions).arg(all.size());
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const QString message = conditions[i].validationError();
        if (!message.isEmpty())
            return QStringLiteral("conditions[%1]: %2").arg(i).arg(message);
    }
    for (const CohortGroup &g : groups) {
        const QString message = g.validationError();
        if (!message.isEmpty())
            return message;
    }
    return {};
}

QList<CohortCondition> CohortGroup::leaves() const
{
    QList<CohortCondition> out = conditions;
    for (const CohortGroup &g : groups)
        out << g.leaves();
    return out;
}

QJsonObject CohortGroup::toJson() const
{
    QJsonArray list;
    for (const CohortCondition &c : conditions)
        list << c.toJson();
    for (const CohortGroup &g : groups)
        list << g.toJson();
    return { { QStringLiteral("match"), match == Match::All ? QStringLiteral("all") : QStringLiteral("any") },
        { QStringLiteral("conditions"), list } };
}

bool CohortGroup::fromJson(const QJsonObject &json, CohortGroup *out, QString *error)
{
    CohortGroup g;
    QString match = QStringLiteral("all");
    if (!readString(json, "match", &match, error))
        return false;
    if (match != QLatin1String("all") && match != QLatin1String("any")) {
        *error = QStringLiteral("Field 'match' must be all or any; got %1.").arg(quoted(match));
        return false;
    }
    g.match = match == QLatin1String("all") ? Match::All : Match::Any;
    const QJsonValue list = json.value(QLatin1String("conditions"));
    if (!list.isArray()) {
        *error = QStringLiteral("Field 'conditions' must be an array of conditions.");
        return false;
    }
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject()) {
            *error = QStringLiteral("conditions[%1]: must be an object.").arg(i);
            return false;
        }
        const QJsonObject item = items[i].toObject();
        QString message;
        if (item.contains(QLatin1String("match")) || item.contains(QLatin1String("conditions"))) {
            CohortGroup child;
            if (!fromJson(item, &child, &message)) {
                *error = QStringLiteral("conditions[%1]: %2").arg(i).arg(message);
                return false;
            }
            g.groups << child;
        } else {
            CohortCondition c;
            if (!CohortCondition::fromJson(item, &c, &message)) {
                *error = QStringLiteral("conditions[%1]: %2").arg(i).arg(message);
                return false;
            }
            g.conditions << c;
        }
    }
    *out = g;
    return true;
}

} // namespace pulse
