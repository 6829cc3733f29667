// The stats query on the projection gives what SQL gives: over a workspace of generated traffic
// (sessions from the writer, bots, sources, UTM tags, properties, user ids, several days and time
// zones), every query below is run through SQL alone and with the site's projection, and the two
// results must be equal in every figure, bucket and table row. Also checked: which queries the
// projection leaves to SQL, and that the plain entry point (what the REST API and the desktop call)
// takes the projection once it is built and after the workspace is reopened from its blocks.
#include "analytics/AnalysisEngine.h"
#include "analytics/StatsEngine.h"
#include "analytics/StatsScan.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "projection/ProjectionStore.h"
#include "projection/SiteProjection.h"
#include "storage/ReadPool.h"
#include "support/TestWorkspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kT0 = 1710028800000; // 2024-03-10T00:00:00Z: New York moves its clocks that morning
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

} // namespace

namespace pulse {
// Readable QCOMPARE failures.
char *toString(const StatsResult &r)
{
    return QTest::toString(QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)));
}
} // namespace pulse

class TestStatsOnProjection final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_site = 0;
    qint64 m_cohort = 0;

    StatsQuery query(qint64 fromMs, qint64 toMs) const
    {
        StatsQuery q;
        q.siteId = m_site;
        q.fromMs = fromMs;
        q.toMs = toMs;
        q.limit = 4;
        return q;
    }

    // Both paths on one read connection, and the workspace's entry point; *out: the answer.
    void compare(const StatsQuery &q, bool projectionExpected = true, StatsResult *out = nullptr)
    {
        const std::shared_ptr<const SiteProjection> site = m_ws->workspace().projections().site(m_site);
        QVERIFY(site);
        QCOMPARE(StatsScan::unsupported(q, *site).isEmpty(), projectionExpected);
        ReadPool::Lease lease = m_ws->workspace().reads().acquire();
        const StatsResult sql = StatsEngine::run(lease.db(), q, nullptr);
        const StatsResult projected = StatsEngine::run(lease.db(), q, site.get());
        QCOMPARE(projected, sql);
        QCOMPARE(m_ws->workspace().analysis().stats(lease.db(), q), sql); // twice: the second from the cache
        QCOMPARE(m_ws->workspace().analysis().stats(lease.db(), q), sql);
        if (out)
            *out = sql;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = std::make_unique<TestWorkspace>(kT0 + 10 * kDay);
        m_site = m_ws->addSite(QStringLiteral("shop.example"));
        const qint64 other = m_ws->addSite(QStringLiteral("other.example"));
        // Deterministic traffic: 120 visitors over five days, a few sessions each.
        QRandomGenerator random(7);
        const QStringList names { QStringLiteral("pageview"), QStringLiteral("pageview"), QStringLiteral("click"),
            QStringLiteral("signup"), QStringLiteral("purchase"), QStringLiteral("été") };
        const QStringList paths { QStringLiteral("/"), QStringLiteral("/pricing"), QStringLiteral("/docs"),
            QStringLiteral("/blog/a"), QStringLiteral("/zürich") };
        const QStringList sources { QString(), QString(), QStringLiteral("google.com"),
            QStringLiteral("news.ycombinator.com"), StatsQuery::directSourceLabel() };
        const QStringList browsers { QStringLiteral("Chrome"), QStringLiteral("Firefox"), QStringLiteral("Safari") };
        const QList<QByteArray> props { QByteArray(), QByteArray(R"({"plan":"pro","n":3})"),
            QByteArray(R"({"plan":"free","n":3.0,"ok":true})"), QByteArray(R"({"plan":"pro","ok":false})"),
            QByteArray("{not json"), QByteArray(R"({"n":1e2})") };
        QList<EventRecord> events;
        for (int v = 1; v <= 120; ++v) {
            const bool bot = v % 17 == 0;
            const QString browser = browsers[v % browsers.size()];
            qint64 t = kT0 - kDay / 2 + qint64(random.bounded(5 * 24 * 60)) * kMinute;
            const int sessions = 1 + int(random.bounded(4));
            for (int s = 0; s < sessions; ++s) {
                const QString source = sources[int(random.bounded(sources.size()))];
                const int count = 1 + int(random.bounded(6));
                for (int k = 0; k < count; ++k) {
                    EventRecord e = makeEvent(m_site, v, t, names[int(random.bounded(names.size()))],
                        paths[int(random.bounded(paths.size()))]);
                    e.browser = browser;
                    e.os = v % 2 ? QStringLiteral("Linux") : QStringLiteral("Windows");
                    e.device = v % 3 ? QStringLiteral("desktop") : QStringLiteral("mobile");
                    e.isBot = bot;
                    e.source = source;
                    e.sourceClass = source.isEmpty() ? QStringLiteral("direct") : QStringLiteral("search");
                    if (v % 4 == 0) {
                        e.utmSource = QStringLiteral("newsletter");
                        e.utmMedium = QStringLiteral("email");
                        e.utmCampaign = v % 8 ? QStringLiteral("spring") : QStringLiteral("autumn");
                    }
                    e.propsJson = props[int(random.bounded(props.size()))];
                    if (v <= 40)
                        e.userId = QStringLiteral("user-%1").arg(v);
                    events << e;
                    t += qint64(1 + random.bounded(20)) * kMinute;
                }
                t += qint64(40 + random.bounded(600)) * kMinute;
            }
        }
        // Stored in shuffled commits, so sessions and storage order are not time order.
        for (qsizetype i = events.size() - 1; i > 0; --i)
            events.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
        for (qsizetype i = 0; i < events.size(); i += 50)
            QCOMPARE(m_ws->write(events.mid(i, 50)).inserted, int(events.mid(i, 50).size()));
        QCOMPARE(m_ws->write({ makeEvent(other, 1, kT0, QStringLiteral("pageview")) }).inserted, 1);

        Cohort cohort;
        cohort.siteId = m_site;
        cohort.name = QStringLiteral("Picked");
        QString error;
        const std::optional<Cohort> saved = m_ws->workspace().cohorts().save(cohort, &error);
        QVERIFY2(saved, qPrintable(error));
        m_cohort = saved->id;
        QStringList members { QStringLiteral("u:user-3"), QStringLiteral("u:user-9"), QStringLiteral("u:nobody") };
        for (qint64 v : { 50, 51, 68, 77 })
            members << QStringLiteral("v:%1").arg(quint64(v), 16, 16, QLatin1Char('0'));
        QVERIFY2(m_ws->workspace().cohorts().store().addMembers(m_site, m_cohort, members, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_ws.reset(); }

    void everyFigureMatchesSqlWithoutFilters()
    {
        StatsResult all;
        compare(query(kT0 - kDay, kT0 + 5 * kDay), true, &all); // days
        // The fixture is what it should be: enough of everything for the comparisons to mean something.
        QVERIFY(all.events > 500 && all.sessions > 100 && all.visitors > 100);
        QCOMPARE(all.timeseries.size(), 6);
        QCOMPARE(all.pages.size(), 4);
        QCOMPARE(all.sources.size(), 3);
        compare(query(kT0, kT0 + 2 * kDay)); // hours
        StatsQuery bots = query(kT0 - kDay, kT0 + 5 * kDay);
        bots.includeBots = true;
        compare(bots);
        StatsQuery partial = query(kT0 + 5 * 60 * kMinute + 7, kT0 + 3 * kDay - 11); // ragged range ends
        partial.limit = 1000;
        compare(partial);
    }

    void bucketsFollowTheTimeZone()
    {
        for (const char *zone : { "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe" }) {
            for (const auto interval : { StatsQuery::Interval::Day, StatsQuery::Interval::Hour }) {
                StatsQuery q = query(kT0 - kDay, kT0 + 3 * kDay);
                q.timeZone = QString::fromLatin1(zone);
                q.interval = interval;
                compare(q);
            }
        }
    }

    void eachEventFilterMatchesSql_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("name") << "eventName"
                              << "pageview";
        QTest::newRow("name, not UTF-8 ASCII") << "eventName"
                                               << "été";
        QTest::newRow("name nobody sent") << "eventName"
                                          << "logout";
        QTest::newRow("path") << "path"
                              << "/pricing";
        QTest::newRow("source") << "source"
                                << "google.com";
        QTest::newRow("direct") << "source" << StatsQuery::directSourceLabel();
        QTest::newRow("source class") << "sourceClass"
                                      << "search";
        QTest::newRow("utm source") << "utmSource"
                                    << "newsletter";
        QTest::newRow("utm medium") << "utmMedium"
                                    << "email";
        QTest::newRow("utm campaign") << "utmCampaign"
                                      << "autumn";
        QTest::newRow("browser") << "browser"
                                 << "Firefox";
        QTest::newRow("os") << "os"
                            << "Linux";
        QTest::newRow("device") << "device"
                                << "mobile";
        QTest::newRow("device nobody has") << "device"
                                           << "tablet";
    }

    void eachEventFilterMatchesSql()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        StatsQuery q = query(kT0 - kDay, kT0 + 5 * kDay);
        const QHash<QString, QString StatsQuery::*> fields { { QStringLiteral("eventName"), &StatsQuery::eventName },
            { QStringLiteral("path"), &StatsQuery::path }, { QStringLiteral("source"), &StatsQuery::source },
            { QStringLiteral("sourceClass"), &StatsQuery::sourceClass },
            { QStringLiteral("utmSource"), &StatsQuery::utmSource },
            { QStringLiteral("utmMedium"), &StatsQuery::utmMedium },
            { QStringLiteral("utmCampaign"), &StatsQuery::utmCampaign },
            { QStringLiteral("browser"), &StatsQuery::browser }, { QStringLiteral("os"), &StatsQuery::os },
            { QStringLiteral("device"), &StatsQuery::device } };
        q.*fields.value(field) = value;
        compare(q);
        q.includeBots = true;
        compare(q);
    }

    void propertyFiltersMatchSqlByJsonSpelling()
    {
        StatsQuery q = query(kT0 - kDay, kT0 + 5 * kDay);
        for (const auto &[key, value] : QList<std::pair<const char *, const char *>> { { "plan", "pro" }, { "n", "3" },
                 { "n", "3.0" }, { "n", "100.0" }, { "ok", "true" }, { "ok", "false" }, { "missing", "x" } }) {
            q.props = { PropertyFilter { QString::fromLatin1(key), QString::fromLatin1(value) } };
            compare(q);
        }
        q.props = { PropertyFilter { QStringLiteral("plan"), QStringLiteral("pro") },
            PropertyFilter { QStringLiteral("ok"), QStringLiteral("false") } };
        q.browser = QStringLiteral("Chrome");
        compare(q);
    }

    void cohortFilterMatchesSql()
    {
        StatsQuery q = query(kT0 - kDay, kT0 + 5 * kDay);
        q.cohortId = m_cohort;
        compare(q);
        q.eventName = QStringLiteral("pageview");
        q.interval = StatsQuery::Interval::Hour;
        compare(q);
    }

    void entryAndExitPagesAreLeftToSql()
    {
        StatsQuery q = query(kT0 - kDay, kT0 + 5 * kDay);
        q.entryPage = QStringLiteral("/");
        compare(q, false);
        q.entryPage.clear();
        q.exitPage = QStringLiteral("/docs");
        compare(q, false);
    }

    void aVisitorWithAndWithoutAUserIdLeavesTheCohortFilterToSql()
    {
        // Visitor 200 sends one event anonymously and one as a user: SQL keys them apart per event.
        EventRecord anonymous = makeEvent(m_site, 200, kT0 + kDay);
        EventRecord identified = makeEvent(m_site, 200, kT0 + kDay + kMinute);
        identified.userId = QStringLiteral("user-3");
        QCOMPARE(m_ws->write({ anonymous, identified }).inserted, 2);
        StatsQuery q = query(kT0 - kDay, kT0 + 5 * kDay);
        q.cohortId = m_cohort;
        compare(q, false);
        q.cohortId = 0;
        compare(q); // everything else still comes from the projection
    }

    // Answers are cached by the site's write epoch: a repeated query gives the same answer, a new
    // event of the site shows at once, and a cohort filter follows its members (they change without
    // an event).
    void aCachedAnswerNeverHidesANewEventOrACohortChange()
    {
        AnalysisEngine &analysis = m_ws->workspace().analysis();
        ReadPool::Lease lease = m_ws->workspace().reads().acquire();
        const StatsQuery q = query(kT0 - kDay, kT0 + 5 * kDay);
        const StatsResult before = analysis.stats(lease.db(), q);
        QCOMPARE(analysis.stats(lease.db(), q), before);

        QCOMPARE(m_ws->write({ makeEvent(m_site, 900, kT0 + kDay, QStringLiteral("pageview")) }).inserted, 1);
        const StatsResult after = analysis.stats(lease.db(), q);
        QCOMPARE(after.visitors, before.visitors + 1);
        QCOMPARE(after.pageviews, before.pageviews + 1);
        QCOMPARE(after, StatsEngine::run(lease.db(), q, nullptr));

        StatsQuery inCohort = q;
        inCohort.cohortId = m_cohort;
        const StatsResult members = analysis.stats(lease.db(), inCohort);
        QString error;
        const QString visitor900 = QStringLiteral("v:%1").arg(quint64(900), 16, 16, QLatin1Char('0'));
        QVERIFY2(m_ws->workspace().cohorts().store().addMembers(m_site, m_cohort, { visitor900 }, &error),
            qPrintable(error));
        QCOMPARE(analysis.stats(lease.db(), inCohort).visitors, members.visitors + 1);
        QVERIFY(m_ws->workspace().cohorts().store().removeMembers(m_site, m_cohort, { visitor900 }, &error));
    }

    void theProjectionRebuiltFromItsBlocksGivesTheSameAnswers()
    {
        m_ws->workspace().projections().setBlockEvents(100);
        for (int k = 0; k < 150; ++k)
            QCOMPARE(m_ws->write({ makeEvent(m_site, 300 + k % 7, kT0 + 2 * kDay + k * kMinute,
                                     k % 3 ? QStringLiteral("pageview") : QStringLiteral("click")) })
                         .inserted,
                1);
        m_ws->workspace().projections().waitUntilCurrent();
        m_ws->workspace().writer().execute([](SqliteDatabase &) {});
        m_ws->reopen();
        QVERIFY(m_ws->workspace().projections().stats().eventsFromBlocks > 0);
        compare(query(kT0 - kDay, kT0 + 5 * kDay));
        StatsQuery q = query(kT0, kT0 + 3 * kDay);
        q.timeZone = QStringLiteral("America/New_York");
        q.path = QStringLiteral("/");
        compare(q);
    }
};

QTEST_GUILESS_MAIN(TestStatsOnProjection)
#include "TestStatsOnProjection.moc"
