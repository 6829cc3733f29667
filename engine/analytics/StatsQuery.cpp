#include "analytics/StatsQuery.h"

#include "analytics/StatsQueryRules.h"
#include "core/ControlCharacters.h"
#include "core/JsonFields.h"
#include "core/TimeZoneName.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QTimeZone>

namespace pulse {

namespace {

using json::quoted;
using json::readInteger;
using json::readString;
using namespace statsquery;

qint64 floorMod(qint64 a, qint64 b)
{
    const qint64 r = a % b;
    return r < 0 ? r + b : r;
}

// Up to maxCount + 1 bucket starts, so callers can tell "too many" without building millions of them.
QList<qint64> computeBuckets(
    qint64 fromMs, qint64 toMs, StatsQuery::Interval interval, const QTimeZone &tz, int maxCount)
{
    QList<qint64> starts;
    if (toMs <= fromMs || !tz.isValid())
        return starts;
    if (interval == StatsQuery::Interval::Day) {
        QDate day = instant(fromMs, tz).date();
        // startOfDay copes with zones whose clocks skip midnight; DST days come out 23 or 25 hours long.
        for (qint64 start = day.startOfDay(tz).toMSecsSinceEpoch(); start < toMs && starts.size() <= maxCount;) {
            starts << start;
            day = day.addDays(1);
            start = day.startOfDay(tz).toMSecsSinceEpoch();
        }
        return starts;
    }
    // A calendar hour starts where the local clock reads hh:00. With whole-hour offsets that is the UTC
    // hour; zones like Asia/Kolkata (+05:30) shift it, and the repeated hour of a DST fall-back day is
    // two buckets because we step through instants, not local times.
    constexpr qint64 kHour = 3600 * 1000;
    const auto align = [&tz](qint64 ms) {
        const qint64 offsetMs = qint64(tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()))) * 1000;
        return ms - floorMod(ms + offsetMs, kHour);
    };
    for (qint64 start = align(fromMs); start < toMs && starts.size() <= maxCount;) {
        starts << start;
        qint64 next = align(start + kHour);
        if (next <= start) // a sub-hour offset change (Australia/Lord_Howe) must not send us backwards
            next = start + kHour;
        start = next;
    }
    return starts;
}

} // namespace

namespace statsquery {

QString validate(const StatsQuery &q, const FieldNames &n)
{
    const QTimeZone tz(q.timeZone.toUtf8());
    if (!isTimeZoneName(q.timeZone))
        return QStringLiteral("%1 must be an IANA time zone like Europe/Berlin or UTC; got %2.")
            .arg(n.one(n.timeZone), quoted(q.timeZone));
    if (q.limit < StatsQuery::kMinLimit || q.limit > StatsQuery::kMaxLimit)
        return QStringLiteral("%1 must be a whole number from %2 to %3; got %4.")
            .arg(n.one(n.limit))
            .arg(StatsQuery::kMinLimit)
            .arg(StatsQuery::kMaxLimit)
            .arg(q.limit);
    for (const PropertyFilter &p : q.props) {
        if (p.key.isEmpty() || p.value.isEmpty())
            return QStringLiteral("%1 needs a property name and a value, like prop.plan=pro.").arg(n.one(n.props));
        // SQLite's JSON paths have no escape for a double quote inside a quoted key.
        if (p.key.contains(u'"'))
            return QStringLiteral("%1: a property name containing a double quote cannot be filtered on; got %2.")
                .arg(n.one(n.props), quoted(p.key));
        // No stored event has such a name (the collector refuses it), and SQLite's JSON path would end
        // at a NUL and fail the whole query.
        if (hasControlCharacters(p.key))
            return QStringLiteral("%1: property names cannot contain control characters; got %2.")
                .arg(n.one(n.props), quoted(p.key));
    }
    if (q.toMs <= q.fromMs)
        return QStringLiteral("%1 must be later than '%2'.").arg(n.one(n.to), n.from);
    if (q.toMs > instant(q.fromMs, tz).addYears(StatsQuery::kMaxYears).toMSecsSinceEpoch())
        return QStringLiteral("%1s '%2' and '%3' span more than %4 years; shorten the range to %4 years or less.")
            .arg(n.kind, n.from, n.to)
            .arg(StatsQuery::kMaxYears);
    if (computeBuckets(q.fromMs, q.toMs, q.resolvedInterval(), tz, StatsQuery::kMaxBuckets).size()
        > StatsQuery::kMaxBuckets)
        return QStringLiteral("%1 is hour, which gives more than %2 points over this range; use day, or a range "
                              "of at most %3 days.")
            .arg(n.one(n.interval))
            .arg(StatsQuery::kMaxBuckets)
            .arg(StatsQuery::kMaxBuckets / 24);
    return {};
}

} // namespace statsquery

StatsQuery::Interval StatsQuery::resolvedInterval() const
{
    if (interval != Interval::Auto)
        return interval;
    return toMs - fromMs <= kAutoHourlyMaxMs ? Interval::Hour : Interval::Day;
}

QList<qint64> StatsQuery::bucketStarts() const
{
    if (!validationError().isEmpty())
        return {};
    return computeBuckets(fromMs, toMs, resolvedInterval(), QTimeZone(timeZone.toUtf8()), kMaxBuckets);
}

QString StatsQuery::validationError() const
{
    return validate(*this,
        { QStringLiteral("Field"), QStringLiteral("from_ms"), QStringLiteral("to_ms"), QStringLiteral("timezone"),
            QStringLiteral("limit"), QStringLiteral("interval"), QStringLiteral("props") });
}

bool StatsQuery::hasFilters() const
{
    if (!props.isEmpty() || cohortId > 0)
        return true;
    for (const TextFilter &f : kTextFilters) {
        if (!(this->*f.member).isEmpty())
            return true;
    }
    return false;
}

QString StatsQuery::intervalName(Interval value)
{
    switch (value) {
    case Interval::Hour:
        return QStringLiteral("hour");
    case Interval::Day:
        return QStringLiteral("day");
    case Interval::Auto:
        break;
    }
    return QStringLiteral("auto");
}

bool StatsQuery::intervalFromName(const QString &name, Interval *out)
{
    for (Interval candidate : { Interval::Auto, Interval::Hour, Interval::Day }) {
        if (name.compare(intervalName(candidate), Qt::CaseInsensitive) == 0) {
            *out = candidate;
            return true;
        }
    }
    return false;
}

QJsonObject StatsQuery::toJson() const
{
    QJsonObject json {
        { QStringLiteral("site_id"), siteId },
        { QStringLiteral("from_ms"), fromMs },
        { QStringLiteral("to_ms"), toMs },
        { QStringLiteral("interval"), intervalName(interval) },
        { QStringLiteral("timezone"), timeZone },
        { QStringLiteral("limit"), limit },
        { QStringLiteral("include_bots"), includeBots },
    };
    for (const TextFilter &f : kTextFilters) {
        if (!(this->*f.member).isEmpty())
            json.insert(latin(f.urlName), this->*f.member);
    }
    if (cohortId > 0)
        json.insert(QStringLiteral("cohort_id"), cohortId);
    if (!props.isEmpty()) {
        QJsonArray array;
        for (const PropertyFilter &p : props)
            array.append(QJsonObject { { QStringLiteral("key"), p.key }, { QStringLiteral("value"), p.value } });
        json.insert(QStringLiteral("props"), array);
    }
    return json;
}

StatsQuery StatsQuery::fromJson(const QJsonObject &json, QString *error)
{
    QString message;
    StatsQuery q;
    const auto parse = [&]() -> bool {
        if (!readInteger(json, "site_id", &q.siteId, &message) || !readInteger(json, "from_ms", &q.fromMs, &message)
            || !readInteger(json, "to_ms", &q.toMs, &message))
            return false;
        qint64 rowLimit = q.limit;
        if (!readInteger(json, "limit", &rowLimit, &message))
            return false;
        if (rowLimit < kMinLimit || rowLimit > kMaxLimit) {
            message
                = QStringLiteral("Field 'limit' must be a whole number from %1 to %2.").arg(kMinLimit).arg(kMaxLimit);
            return false;
        }
        q.limit = int(rowLimit);
        QString intervalText;
        if (!readString(json, "interval", &intervalText, &message))
            return false;
        if (!intervalText.isEmpty() && !intervalFromName(intervalText, &q.interval)) {
            message = QStringLiteral("Field 'interval' must be \"auto\", \"hour\" or \"day\"; got %1.")
                          .arg(quoted(intervalText));
            return false;
        }
        if (!readString(json, "timezone", &q.timeZone, &message)
            || !readInteger(json, "cohort_id", &q.cohortId, &message))
            return false;
        if (q.cohortId < 0) {
            message = QStringLiteral("Field 'cohort_id' must be a cohort id.");
            return false;
        }
        for (const TextFilter &f : kTextFilters) {
            if (!readString(json, f.urlName, &(q.*f.member), &message))
                return false;
        }
        const QJsonValue bots = json.value(QStringLiteral("include_bots"));
        if (!bots.isUndefined()) {
            if (!bots.isBool()) {
                message = QStringLiteral("Field 'include_bots' must be true or false.");
                return false;
            }
            q.includeBots = bots.toBool();
        }
        const QJsonValue propsValue = json.value(QStringLiteral("props"));
        if (!propsValue.isUndefined() && !propsValue.isNull()) {
            if (!propsValue.isArray()) {
                message = QStringLiteral("Field 'props' must be an array of {\"key\": ..., \"value\": ...} objects.");
                return false;
            }
            for (const QJsonValue &item : propsValue.toArray()) {
                const QJsonObject o = item.toObject();
                if (!item.isObject() || !o.value(QStringLiteral("key")).isString()
                    || !o.value(QStringLiteral("value")).isString()) {
                    message = QStringLiteral("Field 'props' must hold objects with string 'key' and 'value'.");
                    return false;
                }
                q.props.append(
                    { o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("value")).toString() });
            }
        }
        message = q.validationError();
        return message.isEmpty();
    };
    if (parse())
        return q;
    if (error)
        *error = message;
    return {};
}

} // namespace pulse
