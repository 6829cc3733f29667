#include "analytics/retention/RetentionQuery.h"

#include "core/JsonFields.h"
#include "core/TimeZoneName.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTimeZone>

namespace pulse {

using json::quoted;
using json::readBool;
using json::readInteger;
using json::readString;

namespace {

constexpr qint64 kDayMs = 86400000;

// An event condition: absent or null means any event.
bool readEvent(const QJsonObject &json, const char *key, std::optional<FunnelStep> *out, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        *error = QStringLiteral("Field '%1' must be an object such as {\"event\": \"signup\"}, or null for any event.")
                     .arg(QLatin1String(key));
        return false;
    }
    FunnelStep step;
    QString message;
    if (!FunnelStep::fromJson(value.toObject(), &step, &message)) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(key), message);
        return false;
    }
    *out = step;
    return true;
}

} // namespace

QString RetentionQuery::typeName(Type type)
{
    return type == Type::Recurring ? QStringLiteral("recurring") : QStringLiteral("first_time");
}

bool RetentionQuery::typeFromName(const QString &name, Type *out)
{
    for (Type t : { Type::FirstTime, Type::Recurring }) {
        if (name == typeName(t)) {
            *out = t;
            return true;
        }
    }
    return false;
}

QString RetentionQuery::periodName(Period period)
{
    switch (period) {
    case Period::Day:
        return QStringLiteral("day");
    case Period::Week:
        return QStringLiteral("week");
    case Period::Month:
        return QStringLiteral("month");
    }
    return {};
}

bool RetentionQuery::periodFromName(const QString &name, Period *out)
{
    for (Period p : { Period::Day, Period::Week, Period::Month }) {
        if (name == periodName(p)) {
            *out = p;
            return true;
        }
    }
    return false;
}

QString RetentionQuery::validationError() const
{
    for (const auto &[field, event] : { std::pair { "start_event", &startEvent }, { "return_event", &returnEvent } }) {
        if (*event) {
            const QString message = (*event)->validationError();
            if (!message.isEmpty())
                return QStringLiteral("%1: %2").arg(QLatin1String(field), message);
        }
    }
    if (toMs <= fromMs)
        return QStringLiteral("Field 'to_ms' must be after 'from_ms'.");
    if (periods < 1 || periods > kMaxPeriods)
        return QStringLiteral("Field 'periods' must be from 1 to %1.").arg(kMaxPeriods);
    if (anchorMs && period == Period::Month)
        return QStringLiteral("Periods counted from 'anchor_ms' have a fixed length: use period \"day\" or \"week\"; "
                              "months follow the calendar.");
    if (!anchorMs && !timeZone.isEmpty() && !isTimeZoneName(timeZone))
        return QStringLiteral("Field 'time_zone' must be an IANA time zone such as \"Europe/Berlin\"; got %1.")
            .arg(quoted(timeZone));
    // A cheap upper bound on the rows, so a huge range is refused before any date arithmetic.
    const qint64 shortest = period == Period::Day ? kDayMs : period == Period::Week ? 7 * kDayMs : 28 * kDayMs;
    if ((toMs - fromMs) / shortest > kMaxCohortPeriods)
        return QStringLiteral("The range from 'from_ms' to 'to_ms' spans more than %1 %2s; pick a shorter range or a "
                              "longer period.")
            .arg(kMaxCohortPeriods)
            .arg(periodName(period));
    if (cohortId < 0)
        return QStringLiteral("Field 'cohort_id' must be a cohort id.");
    if (breakdown == QLatin1String("cohort")) {
        if (breakdownCohorts.isEmpty() || breakdownCohorts.size() > kMaxBreakdownCohorts)
            return QStringLiteral("A breakdown by cohort needs 'breakdown_cohorts' with 1 to %1 cohort ids.")
                .arg(kMaxBreakdownCohorts);
    } else if (!breakdown.isEmpty() && !EventFilter::isValidProperty(breakdown)) {
        return QStringLiteral("Field 'breakdown' must be \"cohort\", one of %1 or prop.NAME; got %2.")
            .arg(EventFilter::builtInProperties().join(QStringLiteral(", ")), quoted(breakdown));
    }
    if (!breakdown.isEmpty() && breakdown != QLatin1String("cohort") && type == Type::Recurring)
        return QStringLiteral("A breakdown by property needs type \"first_time\": a recurring user belongs to many "
                              "cohorts with different values.");
    if (breakdownLimit < 1 || breakdownLimit > kMaxBreakdownLimit)
        return QStringLiteral("Field 'breakdown_limit' must be from 1 to %1.").arg(kMaxBreakdownLimit);
    return {};
}

QJsonObject RetentionQuery::toJson() const
{
    QJsonObject o { { QStringLiteral("site_id"), siteId }, { QStringLiteral("from_ms"), fromMs },
        { QStringLiteral("to_ms"), toMs }, { QStringLiteral("type"), typeName(type) },
        { QStringLiteral("period"), periodName(period) }, { QStringLiteral("periods"), periods },
        { QStringLiteral("include_bots"), includeBots } };
    o.insert(QStringLiteral("start_event"), startEvent ? QJsonValue(startEvent->toJson()) : QJsonValue());
    o.insert(QStringLiteral("return_event"), returnEvent ? QJsonValue(returnEvent->toJson()) : QJsonValue());
    if (anchorMs)
        o.insert(QStringLiteral("anchor_ms"), *anchorMs);
    else if (!timeZone.isEmpty())
        o.insert(QStringLiteral("time_zone"), timeZone);
    if (cohortId > 0)
        o.insert(QStringLiteral("cohort_id"), cohortId);
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
    return o;
}

bool RetentionQuery::fromJson(const QJsonObject &json, RetentionQuery *out, QString *error)
{
    RetentionQuery q;
    q.siteId = out->siteId;
    QString message;
    QString typeText = typeName(q.type), periodText = periodName(q.period);
    qint64 periodCount = q.periods, limit = q.breakdownLimit;
    qint64 anchor = 0;
    const bool hasAnchor
        = json.contains(QLatin1String("anchor_ms")) && !json.value(QLatin1String("anchor_ms")).isNull();
    const bool ok = readInteger(json, "from_ms", &q.fromMs, &message) && readInteger(json, "to_ms", &q.toMs, &message)
        && readEvent(json, "start_event", &q.startEvent, &message)
        && readEvent(json, "return_event", &q.returnEvent, &message) && readString(json, "type", &typeText, &message)
        && readString(json, "period", &periodText, &message) && readInteger(json, "periods", &periodCount, &message)
        && readString(json, "time_zone", &q.timeZone, &message) && readInteger(json, "anchor_ms", &anchor, &message)
        && readInteger(json, "cohort_id", &q.cohortId, &message)
        && readString(json, "breakdown", &q.breakdown, &message)
        && json::readIds(json, "breakdown_cohorts", &q.breakdownCohorts, &message)
        && readInteger(json, "breakdown_limit", &limit, &message)
        && readBool(json, "include_bots", &q.includeBots, &message);
    if (!ok) {
        *error = message;
        return false;
    }
    if (!typeFromName(typeText, &q.type)) {
        *error = QStringLiteral("Field 'type' must be first_time or recurring; got %1.").arg(quoted(typeText));
        return false;
    }
    if (!periodFromName(periodText, &q.period)) {
        *error = QStringLiteral("Field 'period' must be day, week or month; got %1.").arg(quoted(periodText));
        return false;
    }
    if (periodCount < 1 || periodCount > kMaxPeriods) {
        *error = QStringLiteral("Field 'periods' must be from 1 to %1.").arg(kMaxPeriods);
        return false;
    }
    q.periods = int(periodCount);
    if (limit < 1 || limit > kMaxBreakdownLimit) {
        *error = QStringLiteral("Field 'breakdown_limit' must be from 1 to %1.").arg(kMaxBreakdownLimit);
        return false;
    }
    q.breakdownLimit = int(limit);
    if (hasAnchor)
        q.anchorMs = anchor;
    *out = q;
    return true;
}

} // namespace pulse
