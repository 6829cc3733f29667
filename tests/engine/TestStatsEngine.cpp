// StatsEngine against a real SQLite file: every figure of the overview, hand-computed from a small
// fixture inserted straight into the events table, under each filter, in other time zones and with bots.
#include "analytics/StatsEngine.h"
#include "storage/Migrations.h"
#include "storage/Sqlite.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <stdexcept>

using namespace pulse;

namespace {

qint64 utcMs(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

struct Row {
    qint64 site = 1;
    const char *ts = nullptr; // ISO 8601, UTC
    const char *name = "pageview";
    qint64 visitor = 0;
    qint64 session = 0;
    const char *path = "/";
    const char *source = nullptr; // NULL in the table
    const char *sourceClass = "direct";
    const char *utmSource = nullptr;
    const char *utmMedium = nullptr;
    const char *utmCampaign = nullptr;
    const char *browser = "Chrome";
    const char *os = "Windows";
    const char *device = "desktop";
    bool bot = false;
    const char *props = nullptr;
};

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

BreakdownRow row(const char *value, qint64 visitors, qint64 pageviews, qint64 events)
{
    return { QString::fromUtf8(value), visitors, pageviews, events };
}

} // namespace

namespace pulse {
// Readable QCOMPARE failures.
char *toString(const BreakdownRow &r)
{
    return QTest::toString(QStringLiteral("{%1, visitors %2, pageviews %3, events %4}")
                               .arg(r.value)
                               .arg(r.visitors)
                               .arg(r.pageviews)
                               .arg(r.events));
}
char *toString(const TimePoint &p)
{
    return QTest::toString(
        QStringLiteral("{%1, visitors %2, pageviews %3, events %4, sessions %5}")
            .arg(QDateTime::fromMSecsSinceEpoch(p.bucketStartMs, QTimeZone::utc()).toString(Qt::ISODate))
            .arg(p.visitors)
            .arg(p.pageviews)
            .arg(p.events)
            .arg(p.sessions));
}
} // namespace pulse

class TestStatsEngine final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SqliteDatabase m_writer;
    SqliteDatabase m_reader;
    qint64 m_nextEventId = 1;

    void insert(const Row &r)
    {
        SqlStatement st = m_writer.prepare(QStringLiteral(
            "INSERT INTO events (site_id, event_id, ts, received_at, name, visitor_id, session_id, path, "
            "source, source_class, utm_source, utm_medium, utm_campaign, browser, os, device, is_bot, "
            "props) VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
            "?17)"));
        st.bind(1, r.site)
            .bind(2, QStringLiteral("e%1").arg(m_nextEventId++))
            .bind(3, utcMs(r.ts))
            .bind(4, text(r.name))
            .bind(5, r.visitor)
            .bind(6, r.session)
            .bind(7, text(r.path))
            .bind(8, text(r.source))
            .bind(9, text(r.sourceClass))
            .bind(10, text(r.utmSource))
            .bind(11, text(r.utmMedium))
            .bind(12, text(r.utmCampaign))
            .bind(13, text(r.browser))
            .bind(14, text(r.os))
            .bind(15, text(r.device))
            .bind(16, r.bot ? 1 : 0)
            .bind(17, text(r.props));
        st.run();
    }

    // The fixture day, 2024-01-10 in UTC, on site 1.
    static StatsQuery day()
    {
        StatsQuery q;
        q.siteId = 1;
        q.fromMs = utcMs("2024-01-10T00:00:00Z");
        q.toMs = utcMs("2024-01-11T00:00:00Z");
        return q;
    }

    StatsResult run(const StatsQuery &q) { return StatsEngine::run(m_reader, q, nullptr); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(QStringLiteral("workspace.db"));
        m_writer.open(file, SqliteDatabase::Mode::ReadWrite);
        m_writer.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        Migrations::apply(m_writer);

        SqlTransaction tx(m_writer);
        // Visitor 101, session 1001: in from Google, views two pages and signs up. 60 s, entry /, exit /pricing.
        insert({ .ts = "2024-01-10T10:00:00Z",
            .visitor = 101,
            .session = 1001,
            .path = "/",
            .source = "google.com",
            .sourceClass = "search" });
        insert({ .ts = "2024-01-10T10:00:30Z",
            .visitor = 101,
            .session = 1001,
            .path = "/pricing",
            .source = "google.com",
            .sourceClass = "search" });
        insert({ .ts = "2024-01-10T10:01:00Z",
            .name = "signup",
            .visitor = 101,
            .session = 1001,
            .path = "/pricing",
            .source = "google.com",
            .sourceClass = "search",
            .props = "{\"plan\":\"pro\",\"seats\":3,\"trial\":true}" });
        // Visitor 102, session 1002: direct, one pageview, a bounce.
        insert({ .ts = "2024-01-10T11:00:00Z",
            .visitor = 102,
            .session = 1002,
            .path = "/blog",
            .source = "",
            .browser = "Firefox",
            .os = "Linux" });
        // Visitor 102 again, session 1003: from Hacker News, two pages in 120 s.
        insert({ .ts = "2024-01-10T15:00:00Z",
            .visitor = 102,
            .session = 1003,
            .path = "/",
            .source = "news.ycombinator.com",
            .sourceClass = "other",
            .browser = "Firefox",
            .os = "Linux" });
        insert({ .ts = "2024-01-10T15:02:00Z",
            .visitor = 102,
            .session = 1003,
            .path = "/docs",
            .source = "news.ycombinator.com",
            .sourceClass = "other",
            .browser = "Firefox",
            .os = "Linux" });
        // Visitor 103, session 1004: a newsletter campaign on a phone; 310 s, entry /pricing, exit /.
        const Row mail { .visitor = 103,
            .session = 1004,
            .source = "newsletter",
            .sourceClass = "email",
            .utmSource = "newsletter",
            .utmMedium = "email",
            .utmCampaign = "jan",
            .browser = "Safari",
            .os = "iOS",
            .device = "mobile" };
        Row r = mail;
        r.ts = "2024-01-10T20:00:00Z";
        r.path = "/pricing";
        insert(r);
        r.ts = "2024-01-10T20:00:10Z";
        r.name = "signup";
        r.props = "{\"plan\":\"free\"}";
        insert(r);
        r = mail;
        r.ts = "2024-01-10T20:05:10Z";
        r.path = "/";
        insert(r);
        // Visitor 104, session 1005: a custom event and no pageview (no entry page, not a bounce).
        insert({ .ts = "2024-01-10T21:00:00Z",
            .name = "outbound",
            .visitor = 104,
            .session = 1005,
            .path = "/blog",
            .os = "macOS",
            .props = "{\"url\":\"https://example.org\"}" });
        // A crawler, left out unless bots are included.
        insert({ .ts = "2024-01-10T12:00:00Z",
            .visitor = 105,
            .session = 1006,
            .path = "/",
            .browser = "Googlebot",
            .os = "Other",
            .device = "bot",
            .bot = true });
        // Just outside the range, and another site inside it.
        insert({ .ts = "2024-01-09T23:59:59.999Z", .visitor = 106, .session = 1007, .path = "/" });
        insert({ .ts = "2024-01-11T00:00:00Z", .visitor = 106, .session = 1008, .path = "/" });
        insert({ .site = 2, .ts = "2024-01-10T10:00:00Z", .visitor = 101, .session = 2001, .path = "/" });
        // A malformed props value must not break property filters for everyone else.
        insert({ .site = 2,
            .ts = "2024-01-10T11:00:00Z",
            .name = "odd",
            .visitor = 201,
            .session = 2002,
            .props = "{not json" });
        tx.commit();

        m_reader.open(file, SqliteDatabase::Mode::ReadOnly);
    }

    void overviewFiguresMatchTheHandCount()
    {
        const StatsResult r = run(day());
        QCOMPARE(r.visitors, 4);
        QCOMPARE(r.pageviews, 7);
        QCOMPARE(r.events, 10);
        QCOMPARE(r.sessions, 5);
        QCOMPARE(r.bounceRate, 0.2); // session 1002 only
        QCOMPARE(r.visitDurationSeconds, 98.0); // (60 + 0 + 120 + 310 + 0) / 5
        QCOMPARE(r.viewsPerVisit, 1.4); // 7 / 5
        QCOMPARE(r.interval, StatsQuery::Interval::Hour);
    }

    void timeseriesHasEveryHourWithZeros()
    {
        const StatsResult r = run(day());
        QCOMPARE(r.timeseries.size(), 24);
        const qint64 start = utcMs("2024-01-10T00:00:00Z");
        for (int h = 0; h < 24; ++h) {
            const TimePoint &p = r.timeseries.at(h);
            QCOMPARE(p.bucketStartMs, start + h * 3600000LL);
            TimePoint expected { p.bucketStartMs, 0, 0, 0, 0 };
            if (h == 10)
                expected = { p.bucketStartMs, 1, 2, 3, 1 };
            else if (h == 11)
                expected = { p.bucketStartMs, 1, 1, 1, 1 };
            else if (h == 15)
                expected = { p.bucketStartMs, 1, 2, 2, 1 };
            else if (h == 20)
                expected = { p.bucketStartMs, 1, 2, 3, 1 };
            else if (h == 21)
                expected = { p.bucketStartMs, 1, 0, 1, 1 };
            QCOMPARE(p, expected); // hour 12 holds only the crawler
        }
    }

    void topTablesAreSortedByVisitorsThenValue()
    {
        const StatsResult r = run(day());
        QCOMPARE(r.eventNames,
            QList<BreakdownRow>({ row("pageview", 3, 7, 7), row("signup", 2, 0, 2), row("outbound", 1, 0, 1) }));
        QCOMPARE(r.pages,
            QList<BreakdownRow>(
                { row("/", 3, 3, 3), row("/blog", 2, 1, 2), row("/pricing", 2, 2, 4), row("/docs", 1, 1, 1) }));
        QCOMPARE(r.sources,
            QList<BreakdownRow>({ row("Direct / None", 2, 1, 2), row("google.com", 1, 2, 3),
                row("news.ycombinator.com", 1, 2, 2), row("newsletter", 1, 2, 3) }));
        QCOMPARE(r.sourceClasses,
            QList<BreakdownRow>(
                { row("direct", 2, 1, 2), row("email", 1, 2, 3), row("other", 1, 2, 2), row("search", 1, 2, 3) }));
        QCOMPARE(r.utmSources, QList<BreakdownRow>({ row("newsletter", 1, 2, 3) })); // untagged events are left out
        QCOMPARE(r.utmMediums, QList<BreakdownRow>({ row("email", 1, 2, 3) }));
        QCOMPARE(r.utmCampaigns, QList<BreakdownRow>({ row("jan", 1, 2, 3) }));
        QCOMPARE(r.browsers,
            QList<BreakdownRow>({ row("Chrome", 2, 2, 4), row("Firefox", 1, 3, 3), row("Safari", 1, 2, 3) }));
        // Ties sort in byte order, capitals first.
        QCOMPARE(r.oses,
            QList<BreakdownRow>(
                { row("Linux", 1, 3, 3), row("Windows", 1, 2, 3), row("iOS", 1, 2, 3), row("macOS", 1, 0, 1) }));
        QCOMPARE(r.devices, QList<BreakdownRow>({ row("desktop", 3, 5, 7), row("mobile", 1, 2, 3) }));
    }

    void entryAndExitPagesAreEachSessionsFirstAndLastPageview()
    {
        const StatsResult r = run(day());
        // Session 1005 has no pageview, so no entry or exit page.
        QCOMPARE(
            r.entryPages, QList<BreakdownRow>({ row("/", 2, 4, 5), row("/blog", 1, 1, 1), row("/pricing", 1, 2, 3) }));
        QCOMPARE(r.exitPages,
            QList<BreakdownRow>(
                { row("/", 1, 2, 3), row("/blog", 1, 1, 1), row("/docs", 1, 2, 2), row("/pricing", 1, 2, 3) }));
    }

    void limitCutsEveryTable()
    {
        StatsQuery q = day();
        q.limit = 2;
        const StatsResult r = run(q);
        QCOMPARE(r.pages, QList<BreakdownRow>({ row("/", 3, 3, 3), row("/blog", 2, 1, 2) }));
        QCOMPARE(r.exitPages, QList<BreakdownRow>({ row("/", 1, 2, 3), row("/blog", 1, 1, 1) }));
        for (const StatsResult::Table &table : StatsResult::tables())
            QVERIFY((r.*table.member).size() <= 2);
    }

    void pathFilterKeepsThatPagesEventsButJudgesSessionsWhole()
    {
        StatsQuery q = day();
        q.path = QStringLiteral("/pricing");
        const StatsResult r = run(q);
        QCOMPARE(r.visitors, 2);
        QCOMPARE(r.pageviews, 2);
        QCOMPARE(r.events, 4);
        QCOMPARE(r.sessions, 2);
        QCOMPARE(r.bounceRate, 0.0);
        QCOMPARE(r.visitDurationSeconds, 185.0); // (60 + 310) / 2: whole sessions
        QCOMPARE(r.viewsPerVisit, 1.0);
        QCOMPARE(r.pages, QList<BreakdownRow>({ row("/pricing", 2, 2, 4) }));
        // Entry pages stay the sessions' real ones.
        QCOMPARE(r.entryPages, QList<BreakdownRow>({ row("/", 1, 1, 2), row("/pricing", 1, 1, 2) }));
        QCOMPARE(r.timeseries.at(10), (TimePoint { utcMs("2024-01-10T10:00:00Z"), 1, 1, 2, 1 }));
    }

    void eventNameFilter()
    {
        StatsQuery q = day();
        q.eventName = QStringLiteral("signup");
        const StatsResult r = run(q);
        QCOMPARE(r.visitors, 2);
        QCOMPARE(r.pageviews, 0);
        QCOMPARE(r.events, 2);
        QCOMPARE(r.sessions, 2);
        QCOMPARE(r.viewsPerVisit, 0.0);
        QCOMPARE(r.eventNames, QList<BreakdownRow>({ row("signup", 2, 0, 2) }));
    }

    void propertyFiltersMatchStringsNumbersAndBooleans()
    {
        StatsQuery q = day();
        q.props = { { QStringLiteral("plan"), QStringLiteral("pro") } };
        StatsResult r = run(q);
        QCOMPARE(r.events, 1);
        QCOMPARE(r.visitors, 1);
        QCOMPARE(r.visitDurationSeconds, 60.0);
        q.props
            = { { QStringLiteral("seats"), QStringLiteral("3") }, { QStringLiteral("trial"), QStringLiteral("true") } };
        QCOMPARE(run(q).events, 1);
        q.props
            = { { QStringLiteral("plan"), QStringLiteral("pro") }, { QStringLiteral("seats"), QStringLiteral("4") } };
        QCOMPARE(run(q).events, 0);
        q.props = { { QStringLiteral("plan"), QStringLiteral("free") } };
        r = run(q);
        QCOMPARE(r.events, 1);
        QCOMPARE(r.utmCampaigns, QList<BreakdownRow>({ row("jan", 1, 0, 1) }));
    }

    void directSourceFilterSelectsEventsWithoutASource()
    {
        StatsQuery q = day();
        q.source = StatsQuery::directSourceLabel();
        const StatsResult r = run(q);
        QCOMPARE(r.visitors, 2);
        QCOMPARE(r.events, 2);
        QCOMPARE(r.pageviews, 1);
        QCOMPARE(r.sessions, 2);
        QCOMPARE(r.bounceRate, 0.5); // 1002 bounced; 1005 had no pageview
        QCOMPARE(r.sources, QList<BreakdownRow>({ row("Direct / None", 2, 1, 2) }));
        q.source = QStringLiteral("google.com");
        QCOMPARE(run(q).events, 3);
    }

    void entryAndExitPageFiltersSelectSessions()
    {
        StatsQuery q = day();
        q.entryPage = QStringLiteral("/");
        StatsResult r = run(q);
        QCOMPARE(r.sessions, 2);
        QCOMPARE(r.visitors, 2);
        QCOMPARE(r.events, 5);
        QCOMPARE(r.pageviews, 4);
        QCOMPARE(r.visitDurationSeconds, 90.0);
        QCOMPARE(r.entryPages, QList<BreakdownRow>({ row("/", 2, 4, 5) }));
        QCOMPARE(r.timeseries.at(15).sessions, 1);

        q.path = QStringLiteral("/pricing"); // sessions that entered on / and the /pricing events in them
        r = run(q);
        QCOMPARE(r.events, 2);
        QCOMPARE(r.pageviews, 1);
        QCOMPARE(r.visitors, 1);

        q = day();
        q.exitPage = QStringLiteral("/pricing");
        r = run(q);
        QCOMPARE(r.sessions, 1);
        QCOMPARE(r.events, 3);
        QCOMPARE(r.exitPages, QList<BreakdownRow>({ row("/pricing", 1, 2, 3) }));
    }

    void dimensionFiltersCombine()
    {
        StatsQuery q = day();
        q.browser = QStringLiteral("Chrome");
        q.device = QStringLiteral("desktop");
        StatsResult r = run(q);
        QCOMPARE(r.visitors, 2);
        QCOMPARE(r.sessions, 2);
        QCOMPARE(r.events, 4);
        QCOMPARE(r.bounceRate, 0.0);
        QCOMPARE(r.visitDurationSeconds, 30.0);
        q.os = QStringLiteral("macOS");
        r = run(q);
        QCOMPARE(r.visitors, 1);
        QCOMPARE(r.events, 1);

        q = day();
        q.utmSource = QStringLiteral("newsletter");
        q.utmMedium = QStringLiteral("email");
        q.utmCampaign = QStringLiteral("jan");
        q.sourceClass = QStringLiteral("email");
        r = run(q);
        QCOMPARE(r.visitors, 1);
        QCOMPARE(r.events, 3);
        QCOMPARE(r.visitDurationSeconds, 310.0);
    }

    void filterValuesAreDataNotSql()
    {
        StatsQuery q = day();
        q.path = QStringLiteral("/' OR 1=1 --");
        q.props = { { QStringLiteral("plan') OR ('1'='1"), QStringLiteral("x") } };
        const StatsResult r = run(q);
        QCOMPARE(r.events, 0);
        QVERIFY(r.pages.isEmpty());
    }

    void botsAreLeftOutUnlessIncluded()
    {
        StatsQuery q = day();
        q.includeBots = true;
        const StatsResult r = run(q);
        QCOMPARE(r.visitors, 5);
        QCOMPARE(r.events, 11);
        QCOMPARE(r.pageviews, 8);
        QCOMPARE(r.sessions, 6);
        QCOMPARE(r.bounceRate, 2.0 / 6.0);
        QCOMPARE(r.timeseries.at(12), (TimePoint { utcMs("2024-01-10T12:00:00Z"), 1, 1, 1, 1 }));
        QCOMPARE(
            r.devices, QList<BreakdownRow>({ row("desktop", 3, 5, 7), row("bot", 1, 1, 1), row("mobile", 1, 2, 3) }));
    }

    void anEmptySiteHasZerosAndEveryBucket()
    {
        StatsQuery q = day();
        q.siteId = 3;
        q.interval = StatsQuery::Interval::Day;
        const StatsResult r = run(q);
        StatsResult expected;
        expected.interval = StatsQuery::Interval::Day;
        expected.timeseries = { TimePoint { q.fromMs, 0, 0, 0, 0 } };
        QCOMPARE(r, expected);
    }

    void malformedPropsDoNotBreakAPropertyFilter()
    {
        StatsQuery q = day();
        q.siteId = 2;
        q.props = { { QStringLiteral("plan"), QStringLiteral("pro") } };
        QCOMPARE(run(q).events, 0);
        q.props.clear();
        QCOMPARE(run(q).events, 2);
    }

    void daysAreCalendarDaysOfTheTimeZone()
    {
        StatsQuery q = day();
        q.fromMs = utcMs("2024-01-09T23:00:00Z"); // 2024-01-10 and 11 in Berlin
        q.toMs = utcMs("2024-01-11T23:00:00Z");
        q.timeZone = QStringLiteral("Europe/Berlin");
        q.interval = StatsQuery::Interval::Day;
        const StatsResult r = run(q);
        QCOMPARE(r.timeseries.size(), 2);
        // 23:59:59.999 UTC on the 9th is 00:59 on the 10th in Berlin; 00:00 UTC on the 11th is 01:00 there.
        QCOMPARE(r.timeseries.at(0), (TimePoint { q.fromMs, 5, 8, 11, 6 }));
        QCOMPARE(r.timeseries.at(1), (TimePoint { utcMs("2024-01-10T23:00:00Z"), 1, 1, 1, 1 }));
        QCOMPARE(r.visitors, 5);
    }

    void dstDaysInBerlinBucketByTheLocalClock()
    {
        SqliteDatabase &db = m_writer;
        {
            SqlTransaction tx(db);
            // Site 4. Spring: 00:30Z is 01:30 CET, 01:30Z is 03:30 CEST, 21:30Z is 23:30 CEST on 31 March.
            insert({ .site = 4, .ts = "2024-03-31T00:30:00Z", .visitor = 1, .session = 1 });
            insert({ .site = 4, .ts = "2024-03-31T01:30:00Z", .visitor = 2, .session = 2 });
            insert({ .site = 4, .ts = "2024-03-31T21:30:00Z", .visitor = 3, .session = 3 });
            // Autumn: 00:30Z is 02:30 CEST, 01:30Z is 02:30 CET: the same local time, twice.
            insert({ .site = 4, .ts = "2024-10-27T00:30:00Z", .visitor = 4, .session = 4 });
            insert({ .site = 4, .ts = "2024-10-27T01:30:00Z", .visitor = 5, .session = 5 });
            tx.commit();
        }
        StatsQuery q;
        QString error;
        q.siteId = 4;
        QVERIFY2(StatsQuery::fromUrlQuery(
                     QUrlQuery(QStringLiteral("from=2024-03-31&to=2024-03-31&tz=Europe/Berlin")), 0, &q, &error),
            qPrintable(error));
        StatsResult r = run(q);
        QCOMPARE(r.interval, StatsQuery::Interval::Hour);
        QCOMPARE(r.timeseries.size(), 23);
        QCOMPARE(r.timeseries.at(1), (TimePoint { utcMs("2024-03-31T00:00:00Z"), 1, 1, 1, 1 })); // 01:00 local
        QCOMPARE(r.timeseries.at(2), (TimePoint { utcMs("2024-03-31T01:00:00Z"), 1, 1, 1, 1 })); // 03:00 local
        QCOMPARE(r.timeseries.at(22), (TimePoint { utcMs("2024-03-31T21:00:00Z"), 1, 1, 1, 1 })); // 23:00 local
        QCOMPARE(r.visitors, 3);

        QVERIFY(StatsQuery::fromUrlQuery(
            QUrlQuery(QStringLiteral("from=2024-03-30&to=2024-04-01&tz=Europe/Berlin&interval=day")), 0, &q, &error));
        r = run(q);
        QCOMPARE(r.timeseries.size(), 3);
        QCOMPARE(r.timeseries.at(1), (TimePoint { utcMs("2024-03-30T23:00:00Z"), 3, 3, 3, 3 })); // all of 31 March
        QCOMPARE(r.timeseries.at(2).events, 0);

        QVERIFY(StatsQuery::fromUrlQuery(
            QUrlQuery(QStringLiteral("from=2024-10-27&to=2024-10-27&tz=Europe/Berlin")), 0, &q, &error));
        r = run(q);
        QCOMPARE(r.timeseries.size(), 25);
        QCOMPARE(r.timeseries.at(2), (TimePoint { utcMs("2024-10-27T00:00:00Z"), 1, 1, 1, 1 })); // 02:00 CEST
        QCOMPARE(r.timeseries.at(3), (TimePoint { utcMs("2024-10-27T01:00:00Z"), 1, 1, 1, 1 })); // 02:00 CET
    }

    void aRangeStartingMidHourCountsOnlyItsPart()
    {
        StatsQuery q = day();
        q.fromMs = utcMs("2024-01-10T10:00:15Z");
        q.toMs = utcMs("2024-01-10T20:00:05Z");
        const StatsResult r = run(q);
        QCOMPARE(r.timeseries.first(), (TimePoint { utcMs("2024-01-10T10:00:00Z"), 1, 1, 2, 1 }));
        QCOMPARE(r.timeseries.last(), (TimePoint { utcMs("2024-01-10T20:00:00Z"), 1, 1, 1, 1 }));
        QCOMPARE(r.events, 6);
        QCOMPARE(r.bounceRate, 0.5); // 1004 has only its first pageview in range; 1003 keeps both
        QCOMPARE(r.visitDurationSeconds, 37.5); // (30 + 0 + 120 + 0) / 4
    }

    void resultSurvivesTheJsonTripToTheDesktop()
    {
        const StatsResult r = run(day());
        const QByteArray wire = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(StatsResult::fromJson(QJsonDocument::fromJson(wire).object()), r);
    }

    void anInvalidQueryIsRefused()
    {
        StatsQuery q = day();
        q.toMs = q.fromMs;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run(q));
    }
};

QTEST_GUILESS_MAIN(TestStatsEngine)
#include "TestStatsEngine.moc"
