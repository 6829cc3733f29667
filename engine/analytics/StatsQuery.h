// The typed request behind GET /api/v1/stats and the desktop overview: which site, which time range,
// how to bucket it and which events to consider. It crosses every boundary (REST, GUI, result cache), so
// it is a plain value type with a JSON codec; the REST parameters are parsed here so the server and the
// GUI agree on one meaning. Semantics of every field: docs/stats.md.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <QtGlobal>

namespace pulse {

// Keeps events whose props JSON object has `key` equal to `value` (numbers and booleans compare by
// their JSON spelling, so prop.count=3 matches {"count": 3} and prop.ok=true matches {"ok": true}).
struct PropertyFilter {
    QString key;
    QString value;
    bool operator==(const PropertyFilter &) const = default;
};

struct StatsQuery {
    // Bounds that keep one request from tying up a read connection or the result cache.
    static constexpr int kMinLimit = 1;
    static constexpr int kMaxLimit = 1000;
    static constexpr int kMaxYears = 10;
    static constexpr int kMaxBuckets = 10000;
    // Auto picks hourly buckets up to this range, daily ones beyond it.
    static constexpr qint64 kAutoHourlyMaxMs = 2 * 24 * 3600 * qint64(1000);
    // The value the sources table shows for events without a source; as a `source` filter it selects them.
    static QString directSourceLabel() { return QStringLiteral("Direct / None"); }

    qint64 siteId = 0;
    qint64 fromMs = 0; // inclusive, UTC milliseconds
    qint64 toMs = 0; // exclusive
    enum class Interval { Auto, Hour, Day } interval = Interval::Auto;
    QString timeZone = QStringLiteral("UTC"); // IANA id; buckets are calendar hours or days in this zone

    // Optional equality filters; an empty string means "no filter". Event-level filters keep the events
    // that match; entryPage and exitPage keep the events of sessions that entered or left on that page.
    QString eventName;
    QString path;
    QList<PropertyFilter> props;
    QString source; // directSourceLabel() selects events without a source
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    QString browser;
    QString os;
    QString device;
    QString entryPage;
    QString exitPage;
    QString sourceClass;
    // Only the events of users in this saved cohort (docs/cohorts.md); 0: every user.
    qint64 cohortId = 0;

    int limit = 10; // rows per top-N table, kMinLimit..kMaxLimit
    bool includeBots = false;

    bool operator==(const StatsQuery &) const = default;

    // Hour or Day: Auto resolved by the length of the range.
    Interval resolvedInterval() const;
    // Start of every bucket, in order: calendar hours or days in timeZone, the first one holding fromMs
    // (so it may start before fromMs), the last one holding toMs - 1. Bucket i ends where i + 1 starts,
    // the last at toMs. Days are computed from the zone's rules, so DST days last 23 or 25 hours.
    // Empty when the query is invalid.
    QList<qint64> bucketStarts() const;
    // Empty when the query can run; otherwise what is wrong, naming the JSON field.
    QString validationError() const;
    // True when any filter other than the site, the range and the bot rule is set.
    bool hasFilters() const;

    static QString intervalName(Interval interval); // "auto", "hour", "day"
    static bool intervalFromName(const QString &name, Interval *out);

    QJsonObject toJson() const;
    // Missing fields take their defaults; wrong types and invalid queries give a default StatsQuery and
    // a message in *error (error may be null).
    static StatsQuery fromJson(const QJsonObject &json, QString *error);

    // Parses the REST parameters (docs/stats.md). nowMs supplies the default range, the last 30 days
    // through today in tz. The caller resolves the site (the `site` parameter is not read here); other
    // unknown parameters are ignored. out->siteId is kept, and out->timeZone (say, the site's zone) is
    // the default for `tz`; every other field is parsed or reset to its default. On bad input returns
    // false, leaves *out alone and sets *error to a message naming the parameter and what to fix.
    static bool fromUrlQuery(const QUrlQuery &url, qint64 nowMs, StatsQuery *out, QString *error);
    // The REST parameters that fromUrlQuery reads back as this query (the site excepted: the caller
    // adds `site`). from and to are UTC instants with milliseconds, so no zone or date rounding applies.
    QUrlQuery toUrlQuery() const;
};

} // namespace pulse
