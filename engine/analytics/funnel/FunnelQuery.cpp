#include "analytics/funnel/FunnelQuery.h"

#include "core/JsonFields.h"

#include <QJsonArray>
#include <QJsonValue>

namespace pulse {

using json::quoted;
using json::readBool;
using json::readInteger;
using json::readString;

namespace {

constexpr int kMaxTextLength = FunnelStep::kMaxTextLength;
constexpr int kMaxInValues = 100;
// A glob is matched against every distinct path of the site; the match is O(pattern × path) at
// worst, so patterns stay short.
constexpr int kMaxPathPatternLength = 200;

struct OpName {
    EventFilter::Op op;
    const char *name;
};
constexpr OpName kOps[] = { { EventFilter::Op::Equals, "eq" }, { EventFilter::Op::NotEquals, "neq" },
    { EventFilter::Op::Contains, "contains" }, { EventFilter::Op::In, "in" }, { EventFilter::Op::Gt, "gt" },
    { EventFilter::Op::Gte, "gte" }, { EventFilter::Op::Lt, "lt" }, { EventFilter::Op::Lte, "lte" } };

bool readObjectArray(const QJsonObject &json, const char *key, QJsonArray *out, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("Field '%1' must be an array.").arg(QLatin1String(key));
        return false;
    }
    *out = value.toArray();
    for (const QJsonValue &item : std::as_const(*out)) {
        if (!item.isObject()) {
            *error = QStringLiteral("Every item of '%1' must be an object.").arg(QLatin1String(key));
            return false;
        }
    }
    return true;
}

// Prefixes a nested message with where it happened: "steps[2]: Field 'event' ...".
QString at(const char *array, qsizetype index, const QString &message)
{
    return QStringLiteral("%1[%2]: %3").arg(QLatin1String(array)).arg(index).arg(message);
}

} // namespace

QString FunnelStep::validationError() const
{
    const FunnelStep &step = *this;
    if (step.event.trimmed().isEmpty())
        return QStringLiteral("Field 'event' must name an event, such as \"pageview\" or \"signup\".");
    if (step.event.size() > kMaxTextLength || step.path.size() > kMaxTextLength || step.label.size() > kMaxTextLength)
        return QStringLiteral("Fields 'event', 'path' and 'label' are limited to %1 characters.").arg(kMaxTextLength);
    if (step.path.size() > kMaxPathPatternLength)
        return QStringLiteral("Field 'path' is limited to %1 characters.").arg(kMaxPathPatternLength);
    if (step.filters.size() > FunnelQuery::kMaxFiltersPerStep)
        return QStringLiteral("Field 'filters' takes at most %1 filters.").arg(FunnelQuery::kMaxFiltersPerStep);
    for (qsizetype f = 0; f < step.filters.size(); ++f) {
        const EventFilter &filter = step.filters[f];
        if (!EventFilter::isValidProperty(filter.property))
            return at("filters", f,
                QStringLiteral("Unknown property %1; use one of %2 or prop.NAME for a custom property.")
                    .arg(quoted(filter.property), EventFilter::builtInProperties().join(QStringLiteral(", "))));
        if (filter.values.isEmpty())
            return at("filters", f, QStringLiteral("Field 'value' is missing."));
        if (filter.op != EventFilter::Op::In && filter.values.size() != 1)
            return at("filters", f, QStringLiteral("Only the 'in' operator takes a list of values."));
        if (filter.values.size() > kMaxInValues)
            return at("filters", f, QStringLiteral("The 'in' operator takes at most %1 values.").arg(kMaxInValues));
        for (const QString &v : filter.values) {
            if (v.size() > kMaxTextLength)
                return at("filters", f, QStringLiteral("Values are limited to %1 characters.").arg(kMaxTextLength));
        }
        const bool numeric = filter.op == EventFilter::Op::Gt || filter.op == EventFilter::Op::Gte
            || filter.op == EventFilter::Op::Lt || filter.op == EventFilter::Op::Lte;
        bool isNumber = false;
        filter.values.value(0).toDouble(&isNumber);
        if (numeric && !isNumber)
            return at("filters", f,
                QStringLiteral("Operator '%1' compares numbers; %2 is not a number.")
                    .arg(EventFilter::opName(filter.op), quoted(filter.values.value(0))));
    }
    return {};
}

// --- EventFilter ---

QString EventFilter::opName(Op op)
{
    for (const OpName &o : kOps) {
        if (o.op == op)
            return QLatin1String(o.name);
    }
    return {};
}

bool EventFilter::opFromName(const QString &name, Op *out)
{
    for (const OpName &o : kOps) {
        if (name == QLatin1String(o.name)) {
            *out = o.op;
            return true;
        }
    }
    return false;
}

const QStringList &EventFilter::builtInProperties()
{
    static const QStringList properties { QStringLiteral("path"), QStringLiteral("host"), QStringLiteral("source"),
        QStringLiteral("source_class"), QStringLiteral("utm_source"), QStringLiteral("utm_medium"),
        QStringLiteral("utm_campaign"), QStringLiteral("utm_term"), QStringLiteral("utm_content"),
        QStringLiteral("browser"), QStringLiteral("os"), QStringLiteral("device") };
    return properties;
}

bool EventFilter::isValidProperty(const QString &property)
{
    if (property.startsWith(QLatin1String("prop.")))
        return property.size() > 5 && property.size() <= kMaxTextLength;
    return builtInProperties().contains(property);
}

QJsonObject EventFilter::toJson() const
{
    QJsonObject o { { QStringLiteral("property"), property }, { QStringLiteral("op"), opName(op) } };
    if (op == Op::In)
        o.insert(QStringLiteral("value"), QJsonArray::fromStringList(values));
    else
        o.insert(QStringLiteral("value"), values.value(0));
    return o;
}

bool EventFilter::fromJson(const QJsonObject &json, EventFilter *out, QString *error)
{
    EventFilter f;
    QString opText = QStringLiteral("eq");
    if (!readString(json, "property", &f.property, error) || !readString(json, "op", &opText, error))
        return false;
    if (!opFromName(opText, &f.op)) {
        *error = QStringLiteral("Field 'op' must be one of eq, neq, contains, in, gt, gte, lt, lte; got %1.")
                     .arg(quoted(opText));
        return false;
    }
    const QJsonValue value = json.value(QStringLiteral("value"));
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (!v.isString() && !v.isDouble() && !v.isBool()) {
                *error = QStringLiteral("Field 'value' must hold strings or numbers.");
                return false;
            }
            f.values << (v.isString() ? v.toString()
                    : v.isBool()      ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                      : QString::number(v.toDouble(), 'g', 17));
        }
    } else if (value.isString()) {
        f.values << value.toString();
    } else if (value.isDouble()) {
        f.values << QString::number(value.toDouble(), 'g', 17);
    } else if (value.isBool()) {
        f.values << (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (!value.isUndefined() && !value.isNull()) {
        *error = QStringLiteral("Field 'value' must be a string, a number or an array of them.");
        return false;
    }
    *out = f;
    return true;
}

// --- FunnelStep ---

QString FunnelStep::displayLabel() const
{
    if (!label.isEmpty())
        return label;
    if (path.isEmpty())
        return event;
    return event + u' ' + path;
}

QString FunnelStep::pathMatchName(PathMatch match)
{
    switch (match) {
    case PathMatch::Exact:
        return QStringLiteral("exact");
    case PathMatch::Prefix:
        return QStringLiteral("prefix");
    case PathMatch::Glob:
        return QStringLiteral("glob");
    }
    return {};
}

bool FunnelStep::pathMatchFromName(const QString &name, PathMatch *out)
{
    for (PathMatch m : { PathMatch::Exact, PathMatch::Prefix, PathMatch::Glob }) {
        if (name == pathMatchName(m)) {
            *out = m;
            return true;
        }
    }
    return false;
}

QJsonObject FunnelStep::toJson() const
{
    QJsonObject o { { QStringLiteral("event"), event } };
    if (!path.isEmpty()) {
        o.insert(QStringLiteral("path"), path);
        o.insert(QStringLiteral("path_match"), pathMatchName(pathMatch));
    }
    if (!label.isEmpty())
        o.insert(QStringLiteral("label"), label);
    if (!filters.isEmpty()) {
        QJsonArray list;
        for (const EventFilter &f : filters)
            list << f.toJson();
        o.insert(QStringLiteral("filters"), list);
    }
    return o;
}

bool FunnelStep::fromJson(const QJsonObject &json, FunnelStep *out, QString *error)
{
    FunnelStep s;
    QString match = QStringLiteral("exact");
    QJsonArray filters;
    if (!readString(json, "event", &s.event, error) || !readString(json, "path", &s.path, error)
        || !readString(json, "path_match", &match, error) || !readString(json, "label", &s.label, error)
        || !readObjectArray(json, "filters", &filters, error))
        return false;
    if (!pathMatchFromName(match, &s.pathMatch)) {
        *error = QStringLiteral("Field 'path_match' must be exact, prefix or glob; got %1.").arg(quoted(match));
        return false;
    }
    for (qsizetype i = 0; i < filters.size(); ++i) {
        EventFilter f;
        QString message;
        if (!EventFilter::fromJson(filters[i].toObject(), &f, &message)) {
            *error = at("filters", i, message);
            return false;
        }
        s.filters << f;
    }
    *out = s;
    return true;
}

// --- FunnelExclusion ---

QJsonObject FunnelExclusion::toJson() const
{
    QJsonObject o = event.toJson();
    o.insert(QStringLiteral("from_step"), fromStep);
    o.insert(QStringLiteral("to_step"), toStep);
    return o;
}

bool FunnelExclusion::fromJson(const QJsonObject &json, FunnelExclusion *out, QString *error)
{
    FunnelExclusion x;
    if (!FunnelStep::fromJson(json, &x.event, error))
        return false;
    qint64 from = x.fromStep, to = x.toStep;
    if (!readInteger(json, "from_step", &from, error) || !readInteger(json, "to_step", &to, error))
        return false;
    if (from < 1 || to > FunnelQuery::kMaxSteps || from >= to) {
        *error = QStringLiteral("Fields 'from_step' and 'to_step' must be step numbers with from_step < to_step.");
        return false;
    }
    x.fromStep = int(from);
    x.toStep = int(to);
    *out = x;
    return true;
}

// --- FunnelQuery ---

QString FunnelQuery::orderName(Order order)
{
    switch (order) {
    case Order::Ordered:
        return QStringLiteral("ordered");
    case Order::Strict:
        return QStringLiteral("strict");
    case Order::Any:
        return QStringLiteral("any");
    }
    return {};
}

bool FunnelQuery::orderFromName(const QString &name, Order *out)
{
    for (Order o : { Order::Ordered, Order::Strict, Order::Any }) {
        if (name == orderName(o)) {
            *out = o;
            return true;
        }
    }
    return false;
}

QString FunnelQuery::validationError() const
{
    if (steps.size() < kMinSteps || steps.size() > kMaxSteps)
        return QStringLiteral("Field 'steps' must hold %1 to %2 steps; it has %3.")
            .arg(kMinSteps)
            .arg(kMaxSteps)
            .arg(steps.size());
    for (qsizetype s = 0; s < steps.size(); ++s) {
        const QString message = steps[s].validationError();
        if (!message.isEmpty())
            return at("steps", s, message);
    }
    if (toMs <= fromMs)
        return QStringLiteral("Field 'to_ms' must be after 'from_ms'.");
    if (windowMs < kMinWindowMs || windowMs > kMaxWindowMs)
        return QStringLiteral("Field 'window_seconds' must be from 60 (one minute) to 31536000 (365 days).");
    if (exclusions.size() > kMaxExclusions)
        return QStringLiteral("Field 'exclusions' takes at most %1 exclusions.").arg(kMaxExclusions);
    if (!exclusions.isEmpty() && order == Order::Any)
        return QStringLiteral("Exclusions need an order between steps; use order \"ordered\" or \"strict\".");
    for (qsizetype x = 0; x < exclusions.size(); ++x) {
        const FunnelExclusion &e = exclusions[x];
        const QString message = e.event.validationError();
        if (!message.isEmpty())
            return at("exclusions", x, message);
        if (e.fromStep < 1 || e.toStep > steps.size() || e.fromStep >= e.toStep)
            return at("exclusions", x,
                QStringLiteral("'from_step' and 'to_step' must be step numbers from 1 to %1 with from_step < to_step.")
                    .arg(steps.size()));
    }
    if (breakdown == QLatin1String("cohort")) {
        if (breakdownCohorts.isEmpty() || breakdownCohorts.size() > kMaxBreakdownCohorts)
            return QStringLiteral("A breakdown by cohort needs 'breakdown_cohorts' with 1 to %1 cohort ids.")
                .arg(kMaxBreakdownCohorts);
    } else if (!breakdown.isEmpty() && !EventFilter::isValidProperty(breakdown)) {
        return QStringLiteral("Field 'breakdown' must be \"cohort\", one of %1 or prop.NAME; got %2.")
            .arg(EventFilter::builtInProperties().join(QStringLiteral(", ")), quoted(breakdown));
    }
    if (cohortId < 0)
        return QStringLiteral("Field 'cohort_id' must be a cohort id.");
    if (breakdownLimit < 1 || breakdownLimit > kMaxBreakdownLimit)
        return QStringLiteral("Field 'breakdown_limit' must be from 1 to %1.").arg(kMaxBreakdownLimit);
    return {};
}

QJsonObject FunnelQuery::toJson() const
{
    QJsonArray stepList, exclusionList;
    for (const FunnelStep &s : steps)
        stepList << s.toJson();
    for (const FunnelExclusion &x : exclusions)
        exclusionList << x.toJson();
    QJsonObject o { { QStringLiteral("site_id"), siteId }, { QStringLiteral("from_ms"), fromMs },
        { QStringLiteral("to_ms"), toMs }, { QStringLiteral("steps"), stepList },
        { QStringLiteral("order"), orderName(order) }, { QStringLiteral("window_seconds"), windowMs / 1000 },
        { QStringLiteral("include_bots"), includeBots } };
    if (!exclusionList.isEmpty())
        o.insert(QStringLiteral("exclusions"), exclusionList);
    if (!breakdown.isEmpty()) {
        o.insert(QStringLiteral("breakdown"), breakdown);
        o.insert(QStringLiteral("breakdown_limit"), breakdownLimit);
        if (!breakdownCohorts.isEmpty()) {
            QJsonArray ids;
            for (qint64 id : breakdownCohorts)
                ids << id;
            o.insert(QStringLiteral("breakdown_cohorts"), ids);
        }
    }
    if (cohortId > 0)
        o.insert(QStringLiteral("cohort_id"), cohortId);
    return o;
}

bool FunnelQuery::fromJson(const QJsonObject &json, FunnelQuery *out, QString *error)
{
    FunnelQuery q;
    q.siteId = out->siteId;
    QString message;
    QJsonArray stepList, exclusionList;
    QString orderText = orderName(q.order);
    qint64 windowSeconds = q.windowMs / 1000;
    qint64 limit = q.breakdownLimit;
    const bool ok = readInteger(json, "from_ms", &q.fromMs, &message) && readInteger(json, "to_ms", &q.toMs, &message)
        && readObjectArray(json, "steps", &stepList, &message) && readString(json, "order", &orderText, &message)
        && readInteger(json, "window_seconds", &windowSeconds, &message)
        && readObjectArray(json, "exclusions", &exclusionList, &message)
        && readString(json, "breakdown", &q.breakdown, &message)
        && readInteger(json, "breakdown_limit", &limit, &message)
        && readBool(json, "include_bots", &q.includeBots, &message)
        && readInteger(json, "cohort_id", &q.cohortId, &message)
        && json::readIds(json, "breakdown_cohorts", &q.breakdownCohorts, &message);
    if (!ok) {
        *error = message;
        return false;
    }
    if (!orderFromName(orderText, &q.order)) {
        *error = QStringLiteral("Field 'order' must be ordered, strict or any; got %1.").arg(quoted(orderText));
        return false;
    }
    if (windowSeconds < kMinWindowMs / 1000 || windowSeconds > kMaxWindowMs / 1000) {
        *error = QStringLiteral("Field 'window_seconds' must be from 60 (one minute) to 31536000 (365 days).");
        return false;
    }
    q.windowMs = windowSeconds * 1000;
    if (limit < 1 || limit > kMaxBreakdownLimit) {
        *error = QStringLiteral("Field 'breakdown_limit' must be from 1 to %1.").arg(kMaxBreakdownLimit);
        return false;
    }
    q.breakdownLimit = int(limit);
    if (stepList.size() > kMaxSteps) {
        *error = QStringLiteral("Field 'steps' must hold %1 to %2 steps.").arg(kMinSteps).arg(kMaxSteps);
        return false;
    }
    for (qsizetype i = 0; i < stepList.size(); ++i) {
        FunnelStep s;
        if (!FunnelStep::fromJson(stepList[i].toObject(), &s, &message)) {
            *error = at("steps", i, message);
            return false;
        }
        q.steps << s;
    }
    if (exclusionList.size() > kMaxExclusions) {
        *error = QStringLiteral("Field 'exclusions' takes at most %1 exclusions.").arg(kMaxExclusions);
        return false;
    }
    for (qsizetype i = 0; i < exclusionList.size(); ++i) {
        FunnelExclusion x;
        if (!FunnelExclusion::fromJson(exclusionList[i].toObject(), &x, &message)) {
            *error = at("exclusions", i, message);
            return false;
        }
        q.exclusions << x;
    }
    *out = q;
    return true;
}

// --- FunnelUsersQuery ---

QString FunnelUsersQuery::validationError() const
{
    const QString funnelError = funnel.validationError();
    if (!funnelError.isEmpty())
        return funnelError;
    if (step < 1 || step > funnel.steps.size())
        return QStringLiteral("Field 'step' must be from 1 to %1.").arg(funnel.steps.size());
    if (outcome == Outcome::Dropped && step < 2)
        return QStringLiteral("Users drop off from step 2 on; field 'step' must be 2 or more for 'dropped'.");
    if (offset < 0)
        return QStringLiteral("Field 'offset' must not be negative.");
    if (limit < 1 || limit > kMaxLimit)
        return QStringLiteral("Field 'limit' must be from 1 to %1.").arg(kMaxLimit);
    return {};
}

QJsonObject FunnelUsersQuery::toJson() const
{
    QJsonObject o = funnel.toJson();
    o.insert(QStringLiteral("step"), step);
    o.insert(QStringLiteral("outcome"),
        outcome == Outcome::Converted ? QStringLiteral("converted") : QStringLiteral("dropped"));
    if (!anyBreakdownValue)
        o.insert(QStringLiteral("breakdown_value"), breakdownValue);
    o.insert(QStringLiteral("offset"), offset);
    o.insert(QStringLiteral("limit"), limit);
    return o;
}

bool FunnelUsersQuery::fromJson(const QJsonObject &json, FunnelUsersQuery *out, QString *error)
{
    FunnelUsersQuery q;
    q.funnel.siteId = out->funnel.siteId;
    if (!FunnelQuery::fromJson(json, &q.funnel, error))
        return false;
    qint64 stepNumber = q.step, offsetValue = q.offset, limitValue = q.limit;
    QString outcomeText = QStringLiteral("converted");
    const QJsonValue value = json.value(QStringLiteral("breakdown_value"));
    if (!readInteger(json, "step", &stepNumber, error) || !readInteger(json, "offset", &offsetValue, error)
        || !readInteger(json, "limit", &limitValue, error) || !readString(json, "outcome", &outcomeText, error)
        || !readString(json, "breakdown_value", &q.breakdownValue, error))
        return false;
    if (outcomeText == QLatin1String("converted"))
        q.outcome = Outcome::Converted;
    else if (outcomeText == QLatin1String("dropped"))
        q.outcome = Outcome::Dropped;
    else {
        *error = QStringLiteral("Field 'outcome' must be converted or dropped; got %1.").arg(quoted(outcomeText));
        return false;
    }
    q.anyBreakdownValue = value.isUndefined() || value.isNull();
    if (stepNumber < 0 || stepNumber > FunnelQuery::kMaxSteps || offsetValue < 0 || offsetValue > 2000000000
        || limitValue < 0 || limitValue > kMaxLimit) {
        *error = QStringLiteral("Fields 'step', 'offset' and 'limit' are out of range.");
        return false;
    }
    q.step = int(stepNumber);
    q.offset = int(offsetValue);
    q.limit = int(limitValue);
    *out = q;
    return true;
}

} // namespace pulse
