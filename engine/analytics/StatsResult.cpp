#include "analytics/StatsResult.h"

#include <QJsonArray>
#include <QJsonValue>

namespace pulse {

namespace {

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

// Counts are integers in the JSON; toInteger() keeps them exact where toDouble() would round above 2^53.
qint64 integer(const QJsonObject &json, const char *key)
{
    return json.value(latin(key)).toInteger();
}

} // namespace

QJsonObject BreakdownRow::toJson() const
{
    return { { QStringLiteral("value"), value }, { QStringLiteral("visitors"), visitors },
        { QStringLiteral("pageviews"), pageviews }, { QStringLiteral("events"), events } };
}

BreakdownRow BreakdownRow::fromJson(const QJsonObject &json)
{
    BreakdownRow row;
    row.value = json.value(QStringLiteral("value")).toString();
    row.visitors = integer(json, "visitors");
    row.pageviews = integer(json, "pageviews");
    row.events = integer(json, "events");
    return row;
}

QJsonObject TimePoint::toJson() const
{
    return { { QStringLiteral("bucket_start_ms"), bucketStartMs }, { QStringLiteral("visitors"), visitors },
        { QStringLiteral("pageviews"), pageviews }, { QStringLiteral("events"), events },
        { QStringLiteral("sessions"), sessions } };
}

TimePoint TimePoint::fromJson(const QJsonObject &json)
{
    TimePoint point;
    point.bucketStartMs = integer(json, "bucket_start_ms");
    point.visitors = integer(json, "visitors");
    point.pageviews = integer(json, "pageviews");
    point.events = integer(json, "events");
    point.sessions = integer(json, "sessions");
    return point;
}

const QList<StatsResult::Table> &StatsResult::tables()
{
    static const QList<Table> kTables = {
        { "event_names", &StatsResult::eventNames },
        { "pages", &StatsResult::pages },
        { "entry_pages", &StatsResult::entryPages },
        { "exit_pages", &StatsResult::exitPages },
        { "sources", &StatsResult::sources },
        { "source_classes", &StatsResult::sourceClasses },
        { "utm_sources", &StatsResult::utmSources },
        { "utm_mediums", &StatsResult::utmMediums },
        { "utm_campaigns", &StatsResult::utmCampaigns },
        { "browsers", &StatsResult::browsers },
        { "oses", &StatsResult::oses },
        { "devices", &StatsResult::devices },
    };
    return kTables;
}

QJsonObject StatsResult::toJson() const
{
    QJsonObject json {
        { QStringLiteral("interval"), StatsQuery::intervalName(interval) },
        { QStringLiteral("visitors"), visitors },
        { QStringLiteral("pageviews"), pageviews },
        { QStringLiteral("sessions"), sessions },
        { QStringLiteral("events"), events },
        { QStringLiteral("bounce_rate"), bounceRate },
        { QStringLiteral("visit_duration_seconds"), visitDurationSeconds },
        { QStringLiteral("views_per_visit"), viewsPerVisit },
    };
    QJsonArray series;
    for (const TimePoint &point : timeseries)
        series.append(point.toJson());
    json.insert(QStringLiteral("timeseries"), series);
    for (const Table &table : tables()) {
        QJsonArray rows;
        for (const BreakdownRow &row : this->*table.member)
            rows.append(row.toJson());
        json.insert(latin(table.name), rows);
    }
    return json;
}

StatsResult StatsResult::fromJson(const QJsonObject &json)
{
    StatsResult result;
    StatsQuery::intervalFromName(json.value(QStringLiteral("interval")).toString(), &result.interval);
    result.visitors = integer(json, "visitors");
    result.pageviews = integer(json, "pageviews");
    result.sessions = integer(json, "sessions");
    result.events = integer(json, "events");
    result.bounceRate = json.value(QStringLiteral("bounce_rate")).toDouble();
    result.visitDurationSeconds = json.value(QStringLiteral("visit_duration_seconds")).toDouble();
    result.viewsPerVisit = json.value(QStringLiteral("views_per_visit")).toDouble();
    const QJsonArray series = json.value(QStringLiteral("timeseries")).toArray();
    for (const QJsonValue &point : series)
        result.timeseries.append(TimePoint::fromJson(point.toObject()));
    for (const Table &table : tables()) {
        const QJsonArray rows = json.value(latin(table.name)).toArray();
        for (const QJsonValue &row : rows)
            (result.*table.member).append(BreakdownRow::fromJson(row.toObject()));
    }
    return result;
}

} // namespace pulse
