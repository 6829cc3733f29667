// LiveAggregator: per-minute counts, 30-minute visitors and top lists, the bounded feed, and being fed
// by the writer's commits. Time comes from a manual clock.
#include "live/LiveAggregator.h"
#include "support/TestWorkspace.h"

#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace pulse;
using pulse::test::makeEvent;

namespace {
constexpr qint64 kMinute = 60 * 1000;
const qint64 kStart = 1704067200000 + 10 * 3600 * 1000; // 2024-01-01 10:00 UTC, a minute boundary

EventRecord liveEvent(qint64 site, qint64 visitor, qint64 ms, const QString &path, const QString &source = {})
{
    EventRecord e = makeEvent(site, visitor, ms, QStringLiteral("pageview"), path);
    e.source = source;
    return e;
}
} // namespace

class TestLiveAggregator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsEventsPerMinuteForTheLastHour();
    void countsDistinctVisitorsAndTopListsOfTheLast30Minutes();
    void keepsABoundedFeedNewestFirst();
    void keepsEachSitesNewestEventsAcrossCommits();
    void leavesOutBotsAndHistory();
    void isFedByTheWritersCommits();
};

void TestLiveAggregator::countsEventsPerMinuteForTheLastHour()
{
    ManualClock clock(kStart);
    LiveAggregator live(clock);
    live.add({liveEvent(1, 1, kStart - 59 * kMinute, QStringLiteral("/")), liveEvent(1, 2, kStart - 59 * kMinute + 1000, QStringLiteral("/")),
              liveEvent(1, 3, kStart + 5000, QStringLiteral("/a")), liveEvent(2, 9, kStart, QStringLiteral("/other"))});
    const LiveSnapshot s = live.snapshot(1, kStart + 30000);
    QCOMPARE(s.eventsPerMinute.size(), LiveSnapshot::kMinutes);
    QCOMPARE(s.firstMinuteStartMs, kStart - 59 * kMinute);
    QCOMPARE(s.eventsPerMinute.first(), 2);
    QCOMPARE(s.eventsPerMinute.last(), 1);
    QCOMPARE(s.events, 1); // the two old ones are outside the 30-minute window

    // A minute later the oldest minute has scrolled out of the hour.
    const LiveSnapshot later = live.snapshot(1, kStart + kMinute + 30000);
    QCOMPARE(later.eventsPerMinute.first(), 0);
    QCOMPARE(later.eventsPerMinute.at(LiveSnapshot::kMinutes - 2), 1);
    QCOMPARE(live.snapshot(2, kStart).eventsPerMinute.last(), 1);
}

void TestLiveAggregator::countsDistinctVisitorsAndTopListsOfTheLast30Minutes()
{
    ManualClock clock(kStart);
    LiveAggregator live(clock);
    live.add({liveEvent(1, 1, kStart - 40 * kMinute, QStringLiteral("/old")), liveEvent(1, 2, kStart - 10 * kMinute, QStringLiteral("/")),
              liveEvent(1, 2, kStart - 9 * kMinute, QStringLiteral("/pricing"), QStringLiteral("Google")),
              liveEvent(1, 3, kStart - 5 * kMinute, QStringLiteral("/pricing"), QStringLiteral("Google")),
              liveEvent(1, 4, kStart - kMinute, QStringLiteral("/pricing"))});
    const LiveSnapshot s = live.snapshot(1, kStart);
    QCOMPARE(s.visitors, 3);
    QCOMPARE(s.topPages.size(), 2);
    QCOMPARE(s.topPages.at(0).value, QStringLiteral("/pricing"));
    QCOMPARE(s.topPages.at(0).visitors, 3);
    QCOMPARE(s.topPages.at(1).value, QStringLiteral("/"));
    QCOMPARE(s.topSources.at(0).value, StatsQuery::directSourceLabel()); // visitors 2 and 4
    QCOMPARE(s.topSources.at(0).visitors, 2);
    QCOMPARE(s.topSources.at(1).value, QStringLiteral("Google"));
    QCOMPARE(s.topSources.at(1).visitors, 2);
    // 21 minutes on, visitor 2 was last seen 30 minutes ago and has left the window.
    QCOMPARE(live.snapshot(1, kStart + 21 * kMinute).visitors, 2);
    QCOMPARE(live.snapshot(1, kStart + 21 * kMinute).topPages.size(), 1); // only /pricing is still being read
}

void TestLiveAggregator::keepsABoundedFeedNewestFirst()
{
    ManualClock clock(kStart);
    LiveAggregator live(clock, LiveAggregator::Options{5, 10});
    QList<EventRecord> events;
    for (int i = 0; i < 12; ++i)
        events.append(liveEvent(1, i, kStart - 12000 + i * 1000, QStringLiteral("/p%1").arg(i)));
    live.add(events);
    const LiveSnapshot s = live.snapshot(1, kStart);
    QCOMPARE(s.feed.size(), 5);
    QCOMPARE(s.feed.first().path, QStringLiteral("/p11"));
    QCOMPARE(s.feed.last().path, QStringLiteral("/p7"));
}

void TestLiveAggregator::keepsEachSitesNewestEventsAcrossCommits()
{
    ManualClock clock(kStart);
    LiveAggregator live(clock, LiveAggregator::Options { 3, 10 });
    // One commit: two sites interleaved, a bot and an imported (old) event among them.
    QList<EventRecord> first;
    for (int i = 0; i < 10; ++i)
        first.append(liveEvent(1 + i % 2, i, kStart - 20000 + i * 1000, QStringLiteral("/a%1").arg(i)));
    EventRecord bot = liveEvent(1, 99, kStart - 5000, QStringLiteral("/bot"));
    bot.isBot = true;
    first.append(bot);
    first.append(liveEvent(1, 98, kStart - 3 * 3600 * 1000, QStringLiteral("/old")));
    live.add(first);
    const auto paths = [&](qint64 site) {
        QStringList out;
        for (const EventRecord &e : live.snapshot(site, kStart).feed)
            out.append(e.path);
        return out;
    };
    QCOMPARE(paths(1), (QStringList { QStringLiteral("/a8"), QStringLiteral("/a6"), QStringLiteral("/a4") }));
    QCOMPARE(paths(2), (QStringList { QStringLiteral("/a9"), QStringLiteral("/a7"), QStringLiteral("/a5") }));
    // The next commit goes in front; each site still keeps its newest three.
    live.add(
        { liveEvent(1, 20, kStart - 1000, QStringLiteral("/b1")), liveEvent(1, 21, kStart, QStringLiteral("/b2")) });
    QCOMPARE(paths(1), (QStringList { QStringLiteral("/b2"), QStringLiteral("/b1"), QStringLiteral("/a8") }));
    QCOMPARE(paths(2), (QStringList { QStringLiteral("/a9"), QStringLiteral("/a7"), QStringLiteral("/a5") }));
}

void TestLiveAggregator::leavesOutBotsAndHistory()
{
    ManualClock clock(kStart);
    LiveAggregator live(clock);
    EventRecord bot = liveEvent(1, 1, kStart, QStringLiteral("/"));
    bot.isBot = true;
    live.add({bot, liveEvent(1, 2, kStart - 3 * 3600 * 1000, QStringLiteral("/imported"))});
    const LiveSnapshot s = live.snapshot(1, kStart);
    QCOMPARE(s.visitors, 0);
    QVERIFY(s.feed.isEmpty());
    QCOMPARE(std::accumulate(s.eventsPerMinute.cbegin(), s.eventsPerMinute.cend(), qint64(0)), 0);
}

void TestLiveAggregator::isFedByTheWritersCommits()
{
    test::TestWorkspace tw(kStart);
    const qint64 site = tw.addSite(QStringLiteral("example.com"));
    LiveAggregator live(tw.clock());
    live.attach(tw.workspace().writer());
    QSignalSpy changed(&live, &LiveAggregator::siteChanged);
    QCOMPARE(tw.write({liveEvent(site, 7, kStart, QStringLiteral("/")), liveEvent(site, 8, kStart + 1, QStringLiteral("/b"))}).inserted, 2);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), site);
    const LiveSnapshot s = live.snapshot(site, kStart + 1000);
    QCOMPARE(s.visitors, 2);
    QCOMPARE(s.feed.size(), 2);
    live.detach(tw.workspace().writer());
}

QTEST_GUILESS_MAIN(TestLiveAggregator)
#include "TestLiveAggregator.moc"
