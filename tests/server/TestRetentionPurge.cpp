// The data retention purge: the scheduler's daily job deletes a site's events, sessions and
// quarantined events older than its retention days, in bounded batches, and afterwards stats and
// funnels (over the in-memory projection, its stored blocks and the result cache) no longer count
// them, also after a restart. Sites without a retention period keep everything.
#include "access/SiteStore.h"
#include "projection/ProjectionStore.h"
#include "scheduler/AnalysisScheduler.h"
#include "storage/RetentionPurge.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {
constexpr qint64 kDay = 24 * 3600 * 1000LL;
constexpr qint64 kNow = 1704067200000 + 3 * kDay + 12 * 3600 * 1000LL; // 2024-01-04 12:00 UTC

QList<qint64> funnelUsers(const Reply &reply)
{
    QList<qint64> users;
    for (const QJsonValue &step :
        reply.json().value(QLatin1String("total")).toObject().value(QLatin1String("steps")).toArray())
        users << step.toObject().value(QLatin1String("users")).toInteger();
    return users;
}
} // namespace

class TestRetentionPurge : public QObject {
    Q_OBJECT
private:
    // Site 1 keeps 30 days, site 2 everything. Visitors 1 and 2 converted 45 days ago, visitor 3
    // two days ago, visitor 4 only viewed two days ago; site 2 has the same old and new events.
    void fill(TestServer &server)
    {
        SiteSettings thirtyDays;
        thirtyDays.retentionDays = 30;
        QString error;
        QVERIFY(server.tw().workspace().sites().add(QStringLiteral("short.example"), {}, {}, &error, thirtyDays));
        server.addSite(QStringLiteral("forever.example"));
        server.tw().workspace().projections().setBlockEvents(3); // so blocks hold the old events
        for (qint64 site : { 1, 2 }) {
            QList<EventRecord> events;
            for (qint64 visitor : { 1, 2 }) {
                events << makeEvent(site, visitor, kNow - 45 * kDay + visitor * 1000);
                events << makeEvent(site, visitor, kNow - 45 * kDay + visitor * 1000 + 500, QStringLiteral("signup"));
            }
            events << makeEvent(site, 3, kNow - 2 * kDay)
                   << makeEvent(site, 3, kNow - 2 * kDay + 500, QStringLiteral("signup"));
            events << makeEvent(site, 4, kNow - 2 * kDay);
            QCOMPARE(server.tw().write(events).inserted, 7);
        }
        Rejection old;
        old.siteId = 1;
        old.receivedAtMs = kNow - 40 * kDay;
        old.reason = QStringLiteral("missing_name");
        old.message = QStringLiteral("x");
        Rejection recent = old;
        recent.receivedAtMs = kNow - kDay;
        QVERIFY(server.tw().write({}, { old, recent }).ok);
    }

    Reply stats(TestServer &server, const QString &site, const QString &key)
    {
        return server.get(QStringLiteral("/api/v1/stats?site=%1&from=2023-11-01&to=2024-01-04").arg(site), key);
    }

    Reply funnel(TestServer &server, const QString &site, const QString &key)
    {
        return server.request("POST", QStringLiteral("/api/v1/funnels/query?site=") + site,
            R"({"steps":[{"event":"pageview"},{"event":"signup"}],"from":"2023-11-01","to":"2024-01-04"})",
            { { "Authorization", "Bearer " + key.toLatin1() }, { "Content-Type", "application/json" } });
    }

private Q_SLOTS:
    void theDailyPurgeDeletesOldEventsAndAnalysesStopCountingThem()
    {
        TestServer server(kNow);
        fill(server);
        const QString key = server.createKey(QStringLiteral("read"));
        // Before: everything counts (and the answers are cached under the projection's epoch).
        QCOMPARE(
            stats(server, QStringLiteral("short.example"), key).json().value(QLatin1String("visitors")).toInteger(), 4);
        QCOMPARE(funnelUsers(funnel(server, QStringLiteral("short.example"), key)), (QList<qint64> { 4, 3 }));
        QVERIFY(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM projection_blocks")) > 0);

        AnalysisScheduler &scheduler = server.host().scheduler();
        // The first check purges (one site had events to delete) and stores both sites' nightly snapshots.
        QCOMPARE(scheduler.runDue(), 3);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = 1")), 3);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT MIN(ts) FROM events WHERE site_id = 1")), kNow - 2 * kDay);
        QCOMPARE(
            server.tw().count(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE site_id = 1 AND last_seen_at < %1")
                                  .arg(kNow - 30 * kDay)),
            0);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM quarantine WHERE site_id = 1")), 1);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = 2")), 7);

        const QJsonObject after = stats(server, QStringLiteral("short.example"), key).json();
        QCOMPARE(after.value(QLatin1String("visitors")).toInteger(), 2);
        QCOMPARE(after.value(QLatin1String("pageviews")).toInteger(), 2);
        QCOMPARE(after.value(QLatin1String("events")).toInteger(), 3);
        QCOMPARE(funnelUsers(funnel(server, QStringLiteral("short.example"), key)), (QList<qint64> { 2, 1 }));
        // The site without a retention period keeps everything.
        QCOMPARE(
            stats(server, QStringLiteral("forever.example"), key).json().value(QLatin1String("visitors")).toInteger(),
            4);
        QCOMPARE(funnelUsers(funnel(server, QStringLiteral("forever.example"), key)), (QList<qint64> { 4, 3 }));

        // Events keep arriving after the rebuild and count as before.
        QCOMPARE(server.tw()
                     .write({ makeEvent(1, 5, kNow - 1000), makeEvent(1, 5, kNow - 500, QStringLiteral("signup")) })
                     .inserted,
            2);
        QCOMPARE(funnelUsers(funnel(server, QStringLiteral("short.example"), key)), (QList<qint64> { 3, 2 }));

        // The purge runs once a day.
        QCOMPARE(scheduler.runDue(), 0);
        // The projection's blocks no longer hold the purged events: a restart counts the same.
        server.restart();
        const QString again = server.createKey(QStringLiteral("read"));
        QCOMPARE(
            stats(server, QStringLiteral("short.example"), again).json().value(QLatin1String("visitors")).toInteger(),
            3);
        QCOMPARE(funnelUsers(funnel(server, QStringLiteral("short.example"), again)), (QList<qint64> { 3, 2 }));
        QCOMPARE(funnelUsers(funnel(server, QStringLiteral("forever.example"), again)), (QList<qint64> { 4, 3 }));
    }

    void thePurgeDeletesInBoundedBatchesAndNextDayAgain()
    {
        TestServer server(kNow);
        fill(server);
        // Two rows a writer job: four old events of site 1 take three jobs (2, 2, 0).
        RetentionPurge purge(server.tw().workspace(), 2);
        const RetentionPurge::Result result = purge.run(kNow);
        QCOMPARE(result.events, 4);
        QCOMPARE(result.quarantined, 1);
        QVERIFY(result.sessions >= 2);
        QCOMPARE(result.sites, QList<qint64> { 1 });
        QCOMPARE(purge.run(kNow).events, 0); // nothing left to delete: no rebuild either

        // A day later the events of two days ago are still within 30 days; 29 days on they are not.
        QCOMPARE(purge.run(kNow + kDay).events, 0);
        QCOMPARE(purge.run(kNow + 29 * kDay).events, 3);
        const QString key = server.createKey(QStringLiteral("read"));
        const Reply empty = stats(server, QStringLiteral("short.example"), key);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json().value(QLatin1String("visitors")).toInteger(), 0);
        QCOMPARE(funnelUsers(funnel(server, QStringLiteral("short.example"), key)), (QList<qint64> { 0, 0 }));
    }
};

QTEST_GUILESS_MAIN(TestRetentionPurge)
#include "TestRetentionPurge.moc"
