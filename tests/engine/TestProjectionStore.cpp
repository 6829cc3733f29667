// The in-memory projection behind funnels, counts and retention: rebuilt from the event rows, read back
// from its stored blocks (catching up on newer rows, refusing damaged, foreign or gapped ones), appends
// past the tail limit, and a workspace opened without it building it at the first analysis. Every
// check is an answer a user sees, compared before and after.
#include "FunnelTestBase.h"
#include "analytics/BucketCounter.h"
#include "projection/ProjectionStore.h"
#include "projection/SiteProjection.h"

#include <QTest>

#include <chrono>

using namespace pulse;
using namespace pulse::test;

class TestProjectionStore final : public FunnelTestBase {
    Q_OBJECT

private Q_SLOTS:
    void init() { openWorkspace(); }
    void cleanup() { closeWorkspace(); }

    void projectionRebuiltFromSqliteGivesTheSameAnswers()
    {
        for (int v = 1; v <= 40; ++v) {
            add(v, v * kSec, QStringLiteral("a"));
            if (v % 3)
                add(v, v * kSec + 5 * kSec, QStringLiteral("b"), QStringLiteral("/"), R"({"k":1})");
            if (v % 5 == 0)
                add(v, v * kSec + 9 * kSec, QStringLiteral("c"));
        }
        FunnelQuery q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")), step(QStringLiteral("c")) });
        q.breakdown = QStringLiteral("prop.k");
        const FunnelResult live = run(q);
        m_ws->reopen();
        const FunnelResult rebuilt = run(q);
        QVERIFY(!rebuilt.cached);
        QCOMPARE(rebuilt, live);
        QCOMPARE(usersPerStep(rebuilt.total), (QList<qint64> { 40, 27, 6 }));
    }

    void blocksCatchUpOnNewerRowsAndADamagedOneIsRebuilt()
    {
        const FunnelQuery q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) });
        m_ws->workspace().projections().setBlockEvents(10);
        for (int v = 1; v <= 10; ++v)
            add(v, 0, QStringLiteral("a"));
        const qint64 sealed = waitForBlocks(1);
        QCOMPARE(sealed, 10);
        for (int v = 1; v <= 4; ++v)
            add(v, kSec, QStringLiteral("b"));
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 10, 4 }));

        // The block, then the rows after it.
        m_ws->reopen();
        ProjectionStats stats = m_ws->workspace().projections().stats();
        QCOMPARE(stats.eventsFromBlocks, 10);
        QCOMPARE(stats.rowsReadFromSqlite, 4);
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 10, 4 }));

        // A damaged block is not used: everything is read from the rows again, and it is dropped.
        m_ws->workspace().close();
        execute(QStringLiteral("UPDATE projection_blocks SET data = substr(data, 1, length(data) - 9)"));
        m_ws->reopen();
        stats = m_ws->workspace().projections().stats();
        QCOMPARE(stats.eventsFromBlocks, 0);
        QCOMPARE(stats.rowsReadFromSqlite, 14);
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 10, 4 }));
        m_ws->workspace().writer().execute([](SqliteDatabase &) {});
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM projection_blocks")), 0);
    }

    void blocksOfAnotherFormatOrAfterAGapAreNotUsed()
    {
        const FunnelQuery q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) });
        m_ws->workspace().projections().setBlockEvents(4);
        for (int block = 1; block <= 3; ++block) { // one commit a block, so each seals at its last event
            QList<EventRecord> events;
            for (int v = 1; v <= 4; ++v)
                events << makeEvent(
                    m_site, v, kT0 + block * kSec, block == 2 ? QStringLiteral("b") : QStringLiteral("a"));
            QCOMPARE(m_ws->write(events).inserted, 4);
            QCOMPARE(waitForBlocks(block), 4 * block);
        }
        const QList<qint64> expected = usersPerStep(run(q).total);

        // A gap after the first block: the first is used, the rows after it are read, the rest dropped.
        m_ws->workspace().close();
        execute(QStringLiteral("DELETE FROM projection_blocks WHERE last_id = 8"));
        m_ws->reopen();
        ProjectionStats stats = m_ws->workspace().projections().stats();
        QCOMPARE(stats.eventsFromBlocks, 4);
        QCOMPARE(stats.rowsReadFromSqlite, 8);
        QCOMPARE(usersPerStep(run(q).total), expected);
        m_ws->workspace().writer().execute([](SqliteDatabase &) {});
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM projection_blocks")), 1);

        // Another format (a newer or older Pulse) from the first block on: rows only.
        m_ws->workspace().close();
        execute(QStringLiteral("UPDATE projection_blocks SET format = format + 1"));
        m_ws->reopen();
        stats = m_ws->workspace().projections().stats();
        QCOMPARE(stats.eventsFromBlocks, 0);
        QCOMPARE(stats.rowsReadFromSqlite, 12);
        QCOMPARE(usersPerStep(run(q).total), expected);
    }

    void appendsPastTheTailLimitCompactInTimeOrder()
    {
        // More events than the tail holds, arriving out of time order across commits: the merge of
        // tail and main must keep every visitor's events in time order.
        constexpr int kVisitors = 500;
        constexpr int kRounds = int(SiteProjection::kTailLimit / kVisitors) + 20;
        QList<EventRecord> later, earlier;
        for (int v = 0; v < kVisitors; ++v) {
            // "b" first in storage order but later in time; "a" stored afterwards, earlier in time.
            later << makeEvent(m_site, 5000 + v, kT0 + 10 * kDay + v, QStringLiteral("b"));
            earlier << makeEvent(m_site, 5000 + v, kT0 + kDay + v, QStringLiteral("a"));
        }
        QCOMPARE(m_ws->write(later).inserted, kVisitors);
        QList<EventRecord> filler;
        for (int r = 0; r < kRounds; ++r) {
            for (int v = 0; v < kVisitors; ++v)
                filler << makeEvent(m_site, 5000 + v, kT0 + 20 * kDay + r * 1000 + v, QStringLiteral("noise"));
        }
        QCOMPARE(m_ws->write(filler).inserted, int(filler.size()));
        QCOMPARE(m_ws->write(earlier).inserted, kVisitors);
        const FunnelQuery q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) }, 30 * kDay);
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { kVisitors, kVisitors }));
        const qint64 total = kVisitors * (kRounds + 2);
        const BucketCounts counts = m_ws->workspace().analysis().countPerBucket(m_site, { kT0 }, kT0 + 60 * kDay, true);
        QCOMPARE(counts.events.value(0), total);
        QCOMPARE(counts.visitors.value(0), kVisitors);
        m_ws->reopen();
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { kVisitors, kVisitors }));
    }

    void aBurstFillsTheMiddleLevelUntilTheCommitsPause()
    {
        // Small levels: a fresh level of 2 events, a tail of 4, and a middle level that may grow as
        // large as the main part.
        ProjectionStore &store = m_ws->workspace().projections();
        store.setLevels(ProjectionLevels { 4, 1, 2 });
        store.setIdleCompaction(std::chrono::hours(1)); // no pause comes during the test by itself
        auto commit = [&](QList<EventRecord> events) { QCOMPARE(m_ws->write(events).inserted, int(events.size())); };
        auto parts = [&] {
            const std::shared_ptr<const SiteProjection> site = store.site(m_site);
            const auto lock = site->readLock();
            const SiteProjection::PartSizes p = site->partSizes();
            return QList<size_t> { p.main, p.middle, p.tail, p.fresh };
        };
        const QString x = QStringLiteral("x");
        // Visitor 1 does a then b, visitor 2 b then a; each visitor's two events are in different parts.
        commit({ makeEvent(m_site, 5001, kT0 + 1 * kSec, QStringLiteral("a")),
            makeEvent(m_site, 5002, kT0 + 2 * kSec, QStringLiteral("b")), makeEvent(m_site, 5003, kT0 + 3 * kSec, x),
            makeEvent(m_site, 5003, kT0 + 4 * kSec, x), makeEvent(m_site, 5003, kT0 + 5 * kSec, x) });
        // Five events pass the fresh level's limit and go to the tail, which overflows into the middle;
        // with nothing in main yet, the middle is merged at once.
        QCOMPARE(parts(), (QList<size_t> { 5, 0, 0, 0 }));
        commit({ makeEvent(m_site, 5001, kT0 + 10 * kSec, QStringLiteral("b")),
            makeEvent(m_site, 5002, kT0 + 11 * kSec, QStringLiteral("a")), makeEvent(m_site, 5003, kT0 + 12 * kSec, x),
            makeEvent(m_site, 5003, kT0 + 13 * kSec, x), makeEvent(m_site, 5003, kT0 + 14 * kSec, x) });
        QCOMPARE(parts(), (QList<size_t> { 5, 5, 0, 0 }));
        commit({ makeEvent(m_site, 5001, kT0 + 15 * kSec, x) }); // one event stays in the fresh level
        QCOMPARE(parts(), (QList<size_t> { 5, 5, 0, 1 }));
        const FunnelQuery q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) });
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 2, 1 }));
        QCOMPARE(store.stats().idleCompactions, 0);

        // The pause: with no delay, as soon as the appender has nothing queued.
        store.setIdleCompaction(std::chrono::milliseconds(0));
        commit({ makeEvent(m_site, 5003, kT0 + 20 * kSec, x) });
        QCOMPARE(parts(), (QList<size_t> { 12, 0, 0, 0 }));
        QCOMPARE(store.stats().idleCompactions, 1);
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 2, 1 }));
    }

    void eventRowsReadAtOpenAreSealedIntoBlocks()
    {
        // A workspace without blocks (say, from before them): the build reads the rows, seals them,
        // and the next open reads the blocks. A fresh store takes its block size before it starts.
        for (int v = 1; v <= 25; ++v)
            add(v % 7, v * kSec, v % 2 ? QStringLiteral("a") : QStringLiteral("b"), QStringLiteral("/p%1").arg(v % 4),
                v % 5 ? QByteArray() : QByteArray(R"({"k":1})"));
        const FunnelQuery q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) });
        const FunnelResult live = run(q);
        m_ws->workspace().close();
        execute(QStringLiteral("DELETE FROM projection_blocks"));
        m_ws->reopen();
        Workspace &w = m_ws->workspace();
        {
            ProjectionStore store(w.writer(), w.reads());
            store.setBlockEvents(10);
            store.start();
            QCOMPARE(store.stats().rowsReadFromSqlite, 25);
            store.stop();
        }
        w.writer().execute([](SqliteDatabase &) {});
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM projection_blocks")), 2);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT MAX(last_id) FROM projection_blocks")), 20);
        m_ws->reopen();
        const ProjectionStats stats = m_ws->workspace().projections().stats();
        QCOMPARE(stats.eventsFromBlocks, 20);
        QCOMPARE(stats.rowsReadFromSqlite, 5);
        FunnelResult reopened = run(q);
        QVERIFY(!reopened.cached);
        reopened.cached = live.cached;
        QCOMPARE(reopened, live);
    }

    void aWorkspaceOpenedWithoutItsProjectionBuildsItAtTheFirstAnalysis()
    {
        // Commands such as a raw export open the workspace without building the projection. The first
        // analysis builds it from what is stored; commits after that are appended as usual.
        WorkspaceOptions options;
        options.projectionAtOpen = false;
        openWorkspace(options);
        for (int v = 1; v <= 6; ++v)
            add(v, v * kSec, QStringLiteral("a"));
        for (int v = 1; v <= 3; ++v)
            add(v, 100 * kSec, QStringLiteral("b"));
        ProjectionStore &store = m_ws->workspace().projections();
        QCOMPARE(store.stats().events, 0);
        QCOMPARE(store.stats().rowsReadFromSqlite, 0);

        const FunnelQuery q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) });
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 6, 3 }));
        QCOMPARE(store.stats().rowsReadFromSqlite, 9);
        add(4, 200 * kSec, QStringLiteral("b"));
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 6, 4 }));
        QCOMPARE(store.stats().events, 10);
    }
};

QTEST_GUILESS_MAIN(TestProjectionStore)
#include "TestProjectionStore.moc"
