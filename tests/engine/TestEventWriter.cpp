// The single writer: group commits, retried ids stored once, the quarantine, and sessions.
#include "ingest/QuarantineStore.h"
#include "storage/ReadPool.h"
#include "support/TestWorkspace.h"

#include <QSignalSpy>
#include <QTest>

#include <future>

using namespace pulse;
using namespace pulse::test;

namespace {
constexpr qint64 kT0 = 1704067200000;
constexpr qint64 kMinute = 60000;
} // namespace

class TestEventWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void concurrentSubmissionsAreAllCommitted()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        std::vector<std::future<WriteOutcome>> outcomes;
        for (int r = 0; r < 50; ++r) {
            auto promise = std::make_shared<std::promise<WriteOutcome>>();
            outcomes.push_back(promise->get_future());
            QList<EventRecord> events;
            for (int i = 0; i < 40; ++i)
                events.append(makeEvent(site, r * 100 + i, kT0 + i));
            tw.workspace().writer().submit(events, {}, [promise](const WriteOutcome &o) { promise->set_value(o); });
        }
        int inserted = 0;
        for (auto &f : outcomes) {
            const WriteOutcome o = f.get();
            QVERIFY(o.ok);
            inserted += o.inserted;
        }
        QCOMPARE(inserted, 2000);
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM events")), 2000);
        // Group commit: fewer transactions than requests is expected, never more.
        QVERIFY(tw.workspace().writer().metrics().commits.load() <= 51);
    }

    void retriedEventIdsAreStoredOnce()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        EventRecord e = makeEvent(site, 1, kT0);
        e.eventId = QStringLiteral("evt-1");
        WriteOutcome first = tw.write({e, e});
        QCOMPARE(first.inserted, 1);
        QCOMPARE(first.duplicates, 1);
        WriteOutcome retry = tw.write({e});
        QCOMPARE(retry.inserted, 0);
        QCOMPARE(retry.duplicates, 1);
        // The same id on another site is another event.
        const qint64 other = tw.addSite(QStringLiteral("other.org"));
        e.siteId = other;
        QCOMPARE(tw.write({e}).inserted, 1);
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM events")), 2);
        QCOMPARE(tw.count(QStringLiteral("SELECT pageviews FROM sessions WHERE site_id = 1")), 1);
    }

    void rejectionsAreQuarantinedAndBounded()
    {
        WorkspaceOptions options;
        options.limits.quarantineCapacityPerSite = 5;
        TestWorkspace tw(kT0, options);
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        QList<Rejection> rejections;
        for (int i = 0; i < 8; ++i) {
            Rejection r;
            r.siteId = site;
            r.receivedAtMs = kT0;
            r.reason = QStringLiteral("name_too_long");
            r.message = QStringLiteral("message %1").arg(i);
            r.payload = "{}";
            rejections.append(r);
        }
        const WriteOutcome o = tw.write({}, rejections);
        QVERIFY(o.ok);
        QCOMPARE(o.rejected, 8);
        ReadPool::Lease lease = tw.workspace().reads().acquire();
        const QList<QuarantineEntry> entries = QuarantineStore::list(lease.db(), site, 0, 100);
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.first().message, QStringLiteral("message 7")); // newest first, oldest dropped
        QCOMPARE(entries.last().message, QStringLiteral("message 3"));
        const QList<QuarantineEntry> page = QuarantineStore::list(lease.db(), site, entries[1].id, 100);
        QCOMPARE(page.size(), 3);
    }

    void sessionsEndAfterThirtyMinutesOfInactivity()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        const qint64 edge = 30 * kMinute;
        tw.write({makeEvent(site, 7, kT0)});
        tw.write({makeEvent(site, 7, kT0 + edge, QStringLiteral("pageview"), QStringLiteral("/b"))}); // exactly 30 min: same
        tw.write({makeEvent(site, 7, kT0 + 2 * edge + 1, QStringLiteral("pageview"), QStringLiteral("/c"))}); // 30 min + 1 ms: new
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(DISTINCT session_id) FROM events")), 2);
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM sessions")), 2);
        QCOMPARE(tw.count(QStringLiteral("SELECT pageviews FROM sessions ORDER BY id LIMIT 1")), 2);
        ReadPool::Lease lease = tw.workspace().reads().acquire();
        QCOMPARE(lease.db().queryText(QStringLiteral("SELECT exit_path FROM sessions ORDER BY id LIMIT 1")),
                 QStringLiteral("/b"));
    }

    void everySessionOfOneCommitGetsItsRow()
    {
        // Two sessions of one visitor, and an update to a session committed earlier, all in one
        // commit (as large import batches have): each session's row is written with its final counts.
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        tw.write({makeEvent(site, 5, kT0)});
        QList<EventRecord> events;
        events.append(makeEvent(site, 5, kT0 + kMinute, QStringLiteral("pageview"), QStringLiteral("/a")));
        events.append(makeEvent(site, 5, kT0 + 2 * kMinute, QStringLiteral("click")));
        for (int i = 0; i < 20; ++i) // a new session, then enough rows for the 16-row insert path
            events.append(makeEvent(site, 5, kT0 + 2 * 60 * kMinute + i * kMinute, QStringLiteral("pageview"),
                                    QStringLiteral("/p%1").arg(i)));
        events.append(makeEvent(site, 5, kT0 + 5 * 60 * kMinute)); // and a third one
        QCOMPARE(tw.write(events).inserted, 23);

        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(DISTINCT session_id) FROM events")), 3);
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM sessions")), 3);
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM sessions s WHERE events = (SELECT COUNT(*) FROM events e "
                                         "WHERE e.session_id = s.id) AND pageviews = (SELECT COUNT(*) FROM events e "
                                         "WHERE e.session_id = s.id AND e.name = 'pageview')")),
                 3);
        ReadPool::Lease lease = tw.workspace().reads().acquire();
        QCOMPARE(lease.db().queryText(QStringLiteral("SELECT exit_path FROM sessions ORDER BY id LIMIT 1")),
                 QStringLiteral("/a"));
    }

    void openSessionsSurviveARestart()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        tw.write({makeEvent(site, 9, kT0)});
        tw.clock().setMs(kT0 + 5 * kMinute);
        tw.reopen();
        tw.write({makeEvent(site, 9, kT0 + 5 * kMinute)});
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(DISTINCT session_id) FROM events")), 1);
        QCOMPARE(tw.count(QStringLiteral("SELECT events FROM sessions")), 2);
    }

    void committedSignalCarriesStoredEvents()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        QSignalSpy spy(&tw.workspace().writer(), &EventWriter::committed);
        tw.write({makeEvent(site, 1, kT0), makeEvent(site, 2, kT0)});
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<EventBatch>()->size(), 2);
    }

    void jobsRunInTheirOwnTransaction()
    {
        TestWorkspace tw;
        QVERIFY_THROWS_EXCEPTION(SqlError, tw.workspace().writer().execute([](SqliteDatabase &db) {
            db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('a', '1')"));
            db.exec(QStringLiteral("INSERT INTO no_such_table VALUES(1)"));
        }));
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM settings")), 0); // rolled back whole
    }
};

QTEST_GUILESS_MAIN(TestEventWriter)
#include "TestEventWriter.moc"
