// StatsQuery: what the REST parameters of GET /api/v1/stats mean, the message for each kind of bad input,
// time buckets in a time zone, and JSON codecs that round-trip exactly (query and result).
#include "analytics/StatsQuery.h"
#include "analytics/StatsResult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace pulse;

namespace {

qint64 utcMs(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

const qint64 kNow = utcMs("2024-03-15T12:00:00Z");

bool parse(const char *query, StatsQuery *out, QString *error, qint64 nowMs = kNow)
{
    return StatsQuery::fromUrlQuery(QUrlQuery(QString::fromUtf8(query)), nowMs, out, error);
}

StatsQuery parsed(const char *query)
{
    StatsQuery q;
    QString error;
    if (!parse(query, &q, &error))
        qWarning("unexpected error: %s", qPrintable(error));
    return q;
}

StatsQuery fullQuery()
{
    StatsQuery q;
    q.siteId = 42;
    q.fromMs = utcMs("2024-01-01T00:00:00Z");
    q.toMs = utcMs("2024-02-01T00:00:00Z");
    q.interval = StatsQuery::Interval::Day;
    q.timeZone = QStringLiteral("Europe/Berlin");
    q.eventName = QStringLiteral("signup");
    q.path = QStringLiteral("/pricing");
    q.props = { { QStringLiteral("plan"), QStringLiteral("pro") }, { QStringLiteral("seats"), QStringLiteral("3") } };
    q.source = QStringLiteral("google.com");
    q.sourceClass = QStringLiteral("search");
    q.utmSource = QStringLiteral("newsletter");
    q.utmMedium = QStringLiteral("email");
    q.utmCampaign = QStringLiteral("jan");
    q.browser = QStringLiteral("Firefox");
    q.os = QStringLiteral("Linux");
    q.device = QStringLiteral("desktop");
    q.entryPage = QStringLiteral("/");
    q.exitPage = QStringLiteral("/docs");
    q.limit = 25;
    q.includeBots = true;
    return q;
}

} // namespace

namespace pulse {
// Readable QCOMPARE failures.
char *toString(const StatsQuery &q)
{
    return QTest::toString(QString::fromUtf8(QJsonDocument(q.toJson()).toJson(QJsonDocument::Compact)));
}
} // namespace pulse

class TestStatsQuery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withoutParametersCoversTheLast30DaysThroughTodayInUtc()
    {
        const StatsQuery q = parsed("");
        QCOMPARE(q.fromMs, utcMs("2024-02-15T00:00:00Z"));
        QCOMPARE(q.toMs, utcMs("2024-03-16T00:00:00Z"));
        QCOMPARE(q.timeZone, QStringLiteral("UTC"));
        QCOMPARE(q.interval, StatsQuery::Interval::Auto);
        QCOMPARE(q.resolvedInterval(), StatsQuery::Interval::Day);
        QCOMPARE(q.limit, 10);
        QVERIFY(!q.includeBots);
        QVERIFY(!q.hasFilters());
    }

    void datesAreDaysInTheTimeZoneAndToIsInclusive()
    {
        const StatsQuery q = parsed("from=2024-01-01&to=2024-01-31&tz=Europe/Berlin");
        QCOMPARE(q.fromMs, utcMs("2023-12-31T23:00:00Z"));
        QCOMPARE(q.toMs, utcMs("2024-01-31T23:00:00Z"));
        QCOMPARE(q.timeZone, QStringLiteral("Europe/Berlin"));
    }

    void oneDateForBothEndsIsThatWholeDay()
    {
        const StatsQuery q = parsed("from=2024-03-31&to=2024-03-31&tz=Europe/Berlin");
        QCOMPARE(q.fromMs, utcMs("2024-03-30T23:00:00Z"));
        QCOMPARE(q.toMs, utcMs("2024-03-31T22:00:00Z")); // 23 hours: the clocks spring forward
        QCOMPARE(q.resolvedInterval(), StatsQuery::Interval::Hour);
    }

    void isoTimesWithAnOffsetAreInstantsAndWithoutOneAreLocal()
    {
        StatsQuery q = parsed("from=2024-01-31T10:00:00Z&to=2024-01-31T12:00:00%2B01:00&tz=Asia/Tokyo");
        QCOMPARE(q.fromMs, utcMs("2024-01-31T10:00:00Z"));
        QCOMPARE(q.toMs, utcMs("2024-01-31T11:00:00Z"));
        q = parsed("from=2024-01-31T09:30&to=2024-01-31T18:00:00.500&tz=Asia/Tokyo");
        QCOMPARE(q.fromMs, utcMs("2024-01-31T00:30:00Z"));
        QCOMPARE(q.toMs, utcMs("2024-01-31T09:00:00.500Z"));
    }

    void onlyToGivenMeansTheThirtyDaysEndingThatDay()
    {
        const StatsQuery q = parsed("to=2024-01-31");
        QCOMPARE(q.fromMs, utcMs("2024-01-02T00:00:00Z"));
        QCOMPARE(q.toMs, utcMs("2024-02-01T00:00:00Z"));
    }

    void onlyFromGivenRunsThroughToday()
    {
        const StatsQuery q = parsed("from=2024-03-01&tz=America/New_York");
        QCOMPARE(q.fromMs, utcMs("2024-03-01T05:00:00Z"));
        QCOMPARE(q.toMs, utcMs("2024-03-16T04:00:00Z")); // end of 15 March in New York (EDT from 10 March)
    }

    void everyFilterParameterSetsItsField()
    {
        const StatsQuery q
            = parsed("from=2024-01-01&to=2024-01-31&interval=day&tz=Europe/Berlin&event=signup"
                     "&path=/pricing&prop.plan=pro&prop.seats=3&source=google.com&source_class=search"
                     "&utm_source=newsletter&utm_medium=email&utm_campaign=jan&browser=Firefox&os=Linux"
                     "&device=desktop&entry_page=/&exit_page=/docs&limit=25&include_bots=true&site=ignored");
        StatsQuery expected = fullQuery();
        expected.siteId = 0; // the caller resolves the site
        expected.fromMs = utcMs("2023-12-31T23:00:00Z");
        expected.toMs = utcMs("2024-01-31T23:00:00Z");
        QCOMPARE(q, expected);
        QVERIFY(q.hasFilters());
    }

    void theSiteIdAlreadyInTheOutputIsKept()
    {
        StatsQuery q;
        q.siteId = 7;
        QString error;
        QVERIFY(parse("from=2024-01-01", &q, &error));
        QCOMPARE(q.siteId, qint64(7));
    }

    void theCallersTimeZoneIsTheDefaultForTz()
    {
        StatsQuery q;
        q.timeZone = QStringLiteral("Europe/Berlin"); // the site's zone
        QString error;
        QVERIFY(parse("from=2024-01-01&to=2024-01-01", &q, &error));
        QCOMPARE(q.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(q.fromMs, utcMs("2023-12-31T23:00:00Z"));
        QVERIFY(parse("from=2024-01-01&to=2024-01-01&tz=UTC", &q, &error));
        QCOMPARE(q.timeZone, QStringLiteral("UTC"));
        QCOMPARE(q.fromMs, utcMs("2024-01-01T00:00:00Z"));
    }

    void emptyParametersMeanNoFilter()
    {
        const StatsQuery q = parsed("event=&path=&prop.plan=&source=&limit=&interval=&tz=&include_bots=");
        QVERIFY(!q.hasFilters());
        QCOMPARE(q.limit, 10);
        QCOMPARE(q.timeZone, QStringLiteral("UTC"));
    }

    void propertyNamesMayHoldDotsAndSpacesAndRepeatingTheSamePairIsHarmless()
    {
        const StatsQuery q = parsed("prop.user.tier=gold&prop.first%20name=Ann&prop.user.tier=gold");
        const QList<PropertyFilter> expected { { QStringLiteral("user.tier"), QStringLiteral("gold") },
            { QStringLiteral("first name"), QStringLiteral("Ann") } };
        QCOMPARE(q.props, expected);
    }

    void directSourceIsSelectedByItsLabel()
    {
        const StatsQuery q = parsed("source=Direct%20%2F%20None");
        QCOMPARE(q.source, StatsQuery::directSourceLabel());
    }

    void intervalAndBotsAndLimitAcceptTheirSpellings()
    {
        QCOMPARE(parsed("interval=hour").interval, StatsQuery::Interval::Hour);
        QCOMPARE(parsed("interval=DAY").interval, StatsQuery::Interval::Day);
        QCOMPARE(parsed("interval=auto").interval, StatsQuery::Interval::Auto);
        QVERIFY(parsed("include_bots=1").includeBots);
        QVERIFY(!parsed("include_bots=false").includeBots);
        QCOMPARE(parsed("limit=1").limit, 1);
        QCOMPARE(parsed("limit=1000").limit, 1000);
    }

    void tenYearsIsTheLongestRange()
    {
        StatsQuery q;
        QString error;
        QVERIFY2(parse("from=2014-01-01&to=2023-12-31", &q, &error), qPrintable(error));
        QVERIFY(!parse("from=2014-01-01&to=2024-01-01", &q, &error));
    }

    void badParametersAreRejectedWithAMessageNamingThem_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *query, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(query) << QString::fromUtf8(message);
        };
        row("from not a date", "from=yesterdayy",
            "Parameter 'from' must be a date like 2024-01-31 or an ISO 8601 time; got 'yesterdayy'.");
        row("to not a date", "to=2024-02-30",
            "Parameter 'to' must be a date like 2024-01-31 or an ISO 8601 time; got '2024-02-30'.");
        row("date with junk", "from=2024-01-31x",
            "Parameter 'from' must be a date like 2024-01-31 or an ISO 8601 time; got '2024-01-31x'.");
        row("bad time", "from=2024-01-31T25:00",
            "Parameter 'from' must be a date like 2024-01-31 or an ISO 8601 time; got '2024-01-31T25:00'.");
        row("local time in a DST gap", "from=2024-03-31T02:30&to=2024-04-01&tz=Europe/Berlin",
            "Parameter 'from' names a local time that does not exist in Europe/Berlin (the clocks skip it at a DST "
            "change); give an offset like +01:00 or another time; got '2024-03-31T02:30'.");
        row("to before from", "from=2024-01-31&to=2024-01-01",
            "Parameter 'to' ('2024-01-01') must be later than 'from' ('2024-01-31'); swap them or pick a later 'to'.");
        row("equal instants", "from=2024-01-31T10:00:00Z&to=2024-01-31T10:00:00Z",
            "Parameter 'to' ('2024-01-31T10:00:00Z') must be later than 'from' ('2024-01-31T10:00:00Z'); swap them "
            "or pick a later 'to'.");
        row("from in the future", "from=2024-06-01",
            "Parameter 'from' ('2024-06-01') is after today, the default end of the range; pick an earlier 'from' or "
            "give 'to'.");
        row("longer than ten years", "from=2000-01-01&to=2024-01-01",
            "Parameters 'from' and 'to' span more than 10 years; shorten the range to 10 years or less.");
        row("unknown time zone", "tz=Mars/Olympus_Mons",
            "Parameter 'tz' must be an IANA time zone like Europe/Berlin or UTC; got 'Mars/Olympus_Mons'.");
        row("not an IANA name", "tz=berlin",
            "Parameter 'tz' must be an IANA time zone like Europe/Berlin or UTC; got 'berlin'.");
        row("unknown interval", "interval=week", "Parameter 'interval' must be hour, day or auto; got 'week'.");
        row("too many hours", "from=2023-01-01&to=2024-03-01&interval=hour",
            "Parameter 'interval' is hour, which gives more than 10000 points over this range; use day, or a range "
            "of at most 416 days.");
        row("limit zero", "limit=0", "Parameter 'limit' must be a whole number from 1 to 1000; got '0'.");
        row("limit too big", "limit=1001", "Parameter 'limit' must be a whole number from 1 to 1000; got '1001'.");
        row("limit not a number", "limit=ten", "Parameter 'limit' must be a whole number from 1 to 1000; got 'ten'.");
        row("limit negative", "limit=-5", "Parameter 'limit' must be a whole number from 1 to 1000; got '-5'.");
        row("include_bots", "include_bots=maybe", "Parameter 'include_bots' must be true or false; got 'maybe'.");
        row("prop without name", "prop.=pro",
            "Parameter 'prop.' needs a property name after the dot, like prop.plan=pro.");
        row("prop with quote", "prop.a%22b=1",
            "Parameter 'prop.a\"b' names a property with a double quote, which cannot be filtered on; rename the "
            "property when sending it.");
        row("prop with a control character", "prop.a%1Fb=1",
            "Parameter 'prop.a\x1f"
            "b' names a property with a control character; property names cannot contain "
            "them, so no event has this one.");
        row("prop twice", "prop.plan=pro&prop.plan=free",
            "Parameter 'prop.plan' is given twice with different values ('pro', 'free'); an event has one value per "
            "property, so keep one.");
        row("filter twice", "browser=Firefox&browser=Chrome",
            "Parameter 'browser' is given more than once with different values ('Firefox', 'Chrome'); keep one.");
        row("long input is cut in the message",
            "tz=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "Parameter 'tz' must be an IANA time zone like Europe/Berlin or UTC; got "
            "'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA...'.");
    }

    void badParametersAreRejectedWithAMessageNamingThem()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        StatsQuery q;
        q.siteId = 9;
        const StatsQuery before = q;
        QString error;
        QVERIFY(!StatsQuery::fromUrlQuery(QUrlQuery(query), kNow, &q, &error));
        QCOMPARE(error, message);
        QCOMPARE(q, before); // untouched on failure
    }

    void aNulInAPropertyNameIsABadParameterNotAFailedQuery()
    {
        // SQLite's JSON path ends at a NUL: before this check the query failed as "retry shortly" (503).
        StatsQuery q;
        QString error;
        QVERIFY(!StatsQuery::fromUrlQuery(QUrlQuery(QStringLiteral("prop.a%00b=1")), kNow, &q, &error));
        QCOMPARE(error,
            QStringLiteral("Parameter 'prop.a") + QChar(0)
                + QStringLiteral("b' names a property with a control character; property names cannot contain them, "
                                 "so no event has this one."));
    }

    void autoIntervalIsHourlyUpToTwoDays()
    {
        StatsQuery q;
        q.fromMs = 0;
        q.toMs = 2 * 24 * 3600 * qint64(1000);
        QCOMPARE(q.resolvedInterval(), StatsQuery::Interval::Hour);
        q.toMs += 1;
        QCOMPARE(q.resolvedInterval(), StatsQuery::Interval::Day);
        q.interval = StatsQuery::Interval::Hour;
        QCOMPARE(q.resolvedInterval(), StatsQuery::Interval::Hour);
    }

    void daysInBerlinLast23Or25HoursAroundDstChanges()
    {
        StatsQuery q = parsed("from=2024-03-30&to=2024-04-01&tz=Europe/Berlin&interval=day");
        const QList<qint64> spring { utcMs("2024-03-29T23:00:00Z"), utcMs("2024-03-30T23:00:00Z"),
            utcMs("2024-03-31T22:00:00Z") };
        QCOMPARE(q.bucketStarts(), spring);
        q = parsed("from=2024-10-27&to=2024-10-28&tz=Europe/Berlin&interval=day");
        const QList<qint64> autumn { utcMs("2024-10-26T22:00:00Z"), utcMs("2024-10-27T23:00:00Z") };
        QCOMPARE(q.bucketStarts(), autumn);
    }

    void hoursInBerlinNumber23And25OnDstDays()
    {
        StatsQuery q = parsed("from=2024-03-31&to=2024-03-31&tz=Europe/Berlin");
        QList<qint64> starts = q.bucketStarts();
        QCOMPARE(starts.size(), 23);
        QCOMPARE(starts.first(), utcMs("2024-03-30T23:00:00Z"));
        QCOMPARE(starts.last(), utcMs("2024-03-31T21:00:00Z"));
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(starts.at(1), berlin).time(), QTime(1, 0));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(starts.at(2), berlin).time(), QTime(3, 0)); // 02:00 never happens

        q = parsed("from=2024-10-27&to=2024-10-27&tz=Europe/Berlin");
        starts = q.bucketStarts();
        QCOMPARE(starts.size(), 25);
        // 02:00 happens twice: once in summer time, once in winter time, one bucket each.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(starts.at(2), berlin).time(), QTime(2, 0));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(starts.at(3), berlin).time(), QTime(2, 0));
        QCOMPARE(starts.at(3) - starts.at(2), qint64(3600000));
    }

    void hoursFollowTheLocalClockInHalfHourZones()
    {
        const StatsQuery q = parsed("from=2024-01-10T10:15:00Z&to=2024-01-10T12:00:00Z&tz=Asia/Kolkata");
        const QList<qint64> expected { utcMs("2024-01-10T09:30:00Z"), utcMs("2024-01-10T10:30:00Z"),
            utcMs("2024-01-10T11:30:00Z") };
        QCOMPARE(q.bucketStarts(), expected);
    }

    void timeZonesAreIanaNames()
    {
        for (const char *id : { "UTC", "Europe/Berlin", "Etc/UTC", "America/Argentina/Buenos_Aires", "Asia/Kolkata" }) {
            StatsQuery q;
            QString error;
            const QByteArray query = QByteArray("tz=") + id;
            QVERIFY2(parse(query.constData(), &q, &error), qPrintable(error));
            QCOMPARE(q.timeZone, QString::fromLatin1(id));
        }
    }

    void anInvalidQueryHasNoBuckets()
    {
        StatsQuery q;
        QVERIFY(!q.validationError().isEmpty()); // to == from
        QVERIFY(q.bucketStarts().isEmpty());
    }

    void jsonRoundTripsEveryField()
    {
        const StatsQuery q = fullQuery();
        QString error;
        QCOMPARE(StatsQuery::fromJson(q.toJson(), &error), q);
        QVERIFY(error.isEmpty());
        const QJsonObject viaText = QJsonDocument::fromJson(QJsonDocument(q.toJson()).toJson()).object();
        QCOMPARE(StatsQuery::fromJson(viaText, &error), q);

        StatsQuery plain;
        plain.siteId = 1;
        plain.fromMs = 1704067200000;
        plain.toMs = 1704153600000;
        QCOMPARE(StatsQuery::fromJson(plain.toJson(), &error), plain);
        QVERIFY(!plain.toJson().contains(QStringLiteral("path"))); // unset filters are left out
    }

    // The desktop's remote client sends a query as REST parameters: what the server parses must be the
    // query sent, including values with the characters a URL gives meaning to.
    void urlQueryRoundTripsThroughTheWire()
    {
        StatsQuery q = fullQuery();
        q.fromMs = utcMs("2024-01-01T00:00:00.123Z");
        q.cohortId = 7;
        q.path = QStringLiteral("/a&b=c?d#e f+g%20h");
        q.eventName = QStringLiteral("sign up ü");
        q.props.append({ QStringLiteral("k&y=1"), QStringLiteral("50% + more") });
        const QUrl url(QStringLiteral("http://127.0.0.1/api/v1/stats?site=42&")
                       + q.toUrlQuery().toString(QUrl::FullyEncoded));
        // What the server's parser sees: the request target, re-read from its encoded form, with '+'
        // read as a space as HttpRequestRules does.
        const QUrl received(QString::fromLatin1(url.toEncoded().replace('+', "%20")), QUrl::StrictMode);
        StatsQuery back;
        back.siteId = q.siteId;
        QString error;
        QVERIFY2(StatsQuery::fromUrlQuery(QUrlQuery(received), kNow, &back, &error), qPrintable(error));
        QCOMPARE(back, q);

        StatsQuery plain;
        plain.siteId = 1;
        plain.fromMs = 1704067200000;
        plain.toMs = 1704153600000;
        StatsQuery plainBack;
        plainBack.siteId = 1;
        QVERIFY(StatsQuery::fromUrlQuery(plain.toUrlQuery(), kNow, &plainBack, &error));
        QCOMPARE(plainBack, plain);
    }

    void jsonShapeUsesTheDocumentedNames()
    {
        const QJsonObject json = fullQuery().toJson();
        QCOMPARE(json.value(QStringLiteral("site_id")).toInteger(), 42);
        QCOMPARE(json.value(QStringLiteral("interval")).toString(), QStringLiteral("day"));
        QCOMPARE(json.value(QStringLiteral("timezone")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(json.value(QStringLiteral("entry_page")).toString(), QStringLiteral("/"));
        QCOMPARE(json.value(QStringLiteral("props")).toArray().at(0).toObject().value(QStringLiteral("key")).toString(),
            QStringLiteral("plan"));
        QCOMPARE(json.value(QStringLiteral("include_bots")).toBool(), true);
    }

    void badJsonIsRejectedWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *json, const char *message) {
            QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(message);
        };
        row("from as text", R"({"from_ms": "yesterday", "to_ms": 10})", "Field 'from_ms' must be a whole number.");
        row("fractional to", R"({"from_ms": 0, "to_ms": 10.5})", "Field 'to_ms' must be a whole number.");
        row("empty range", R"({"from_ms": 10, "to_ms": 10})", "Field 'to_ms' must be later than 'from_ms'.");
        row("limit", R"({"from_ms": 0, "to_ms": 10, "limit": 0})",
            "Field 'limit' must be a whole number from 1 to 1000.");
        row("interval", R"({"from_ms": 0, "to_ms": 10, "interval": "week"})",
            "Field 'interval' must be \"auto\", \"hour\" or \"day\"; got 'week'.");
        row("time zone", R"({"from_ms": 0, "to_ms": 10, "timezone": "Nowhere/Special"})",
            "Field 'timezone' must be an IANA time zone like Europe/Berlin or UTC; got 'Nowhere/Special'.");
        row("filter type", R"({"from_ms": 0, "to_ms": 10, "browser": 3})", "Field 'browser' must be a string.");
        row("bots type", R"({"from_ms": 0, "to_ms": 10, "include_bots": "yes"})",
            "Field 'include_bots' must be true or false.");
        row("props shape", R"({"from_ms": 0, "to_ms": 10, "props": {"plan": "pro"}})",
            "Field 'props' must be an array of {\"key\": ..., \"value\": ...} objects.");
        row("props item", R"({"from_ms": 0, "to_ms": 10, "props": [{"key": "plan"}]})",
            "Field 'props' must hold objects with string 'key' and 'value'.");
        row("props empty key", R"({"from_ms": 0, "to_ms": 10, "props": [{"key": "", "value": "x"}]})",
            "Field 'props' needs a property name and a value, like prop.plan=pro.");
        row("props control character", R"({"from_ms": 0, "to_ms": 10, "props": [{"key": "a\u0007b", "value": "x"}]})",
            "Field 'props': property names cannot contain control characters; got 'a\x07"
            "b'.");
        row("too long", R"({"from_ms": 0, "to_ms": 999999999999})",
            "Fields 'from_ms' and 'to_ms' span more than 10 years; shorten the range to 10 years or less.");
    }

    void badJsonIsRejectedWithAMessage()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        const StatsQuery q = StatsQuery::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QCOMPARE(error, message);
        QCOMPARE(q, StatsQuery());
    }

    void resultJsonRoundTripsExactlyThroughText()
    {
        StatsResult r;
        r.visitors = 4;
        r.pageviews = 7;
        r.sessions = 3;
        r.events = 10;
        r.bounceRate = 1.0 / 3.0;
        r.visitDurationSeconds = 98.123456789;
        r.viewsPerVisit = 7.0 / 3.0;
        r.interval = StatsQuery::Interval::Hour;
        r.timeseries = { { 1704844800000, 1, 2, 3, 1 }, { 1704848400000, 0, 0, 0, 0 } };
        qint64 n = 1;
        for (const StatsResult::Table &table : StatsResult::tables())
            (r.*table.member) = { { QStringLiteral("row ") + QString::fromLatin1(table.name), n, n + 1, n + 2 },
                { QStringLiteral("Ünïcödé /päth"), 0, 0, 9007199254740993 } };
        const QByteArray text = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
        const StatsResult back = StatsResult::fromJson(QJsonDocument::fromJson(text).object());
        QCOMPARE(back, r);
        QCOMPARE(StatsResult::fromJson(r.toJson()), r);
        QCOMPARE(r.toJson().value(QStringLiteral("interval")).toString(), QStringLiteral("hour"));
    }
};

QTEST_GUILESS_MAIN(TestStatsQuery)
#include "TestStatsQuery.moc"
