// Funnels over a real workspace: hand-built visitors for each order mode, exclusions, window edges,
// several attempts, timestamp ties, filters and breakdowns, and the users behind each step. Events go
// through the writer, so the projection sees them the way it sees live traffic (appended on commit).
// How the projection is built, stored and rebuilt is TestProjectionStore's.
#include "FunnelTestBase.h"
#include "analytics/BucketCounter.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <stdexcept>

using namespace pulse;
using namespace pulse::test;

class TestFunnelEngine final : public FunnelTestBase {
    Q_OBJECT

private Q_SLOTS:
    void init() { openWorkspace(); }
    void cleanup() { closeWorkspace(); }

    void orderedFunnelCountsEachUserAtTheDeepestStepReached()
    {
        add(1, 0, QStringLiteral("pageview"));
        add(1, 10 * kSec, QStringLiteral("signup"));
        add(1, 20 * kSec, QStringLiteral("click")); // other events may come between
        add(1, 30 * kSec, QStringLiteral("purchase"));
        add(2, 0, QStringLiteral("pageview"));
        add(2, 5 * kSec, QStringLiteral("purchase")); // skipped a step: stays at step 1
        add(3, 0, QStringLiteral("signup")); // never did step 1: not in the funnel
        add(3, 1 * kSec, QStringLiteral("purchase"));
        add(4, 0, QStringLiteral("pageview"));
        add(4, 60 * kSec, QStringLiteral("signup"));

        const FunnelResult r = run(query(
            { step(QStringLiteral("pageview")), step(QStringLiteral("signup")), step(QStringLiteral("purchase")) }));
        QCOMPARE(usersPerStep(r.total), (QList<qint64> { 3, 2, 1 }));
        QCOMPARE(r.total.steps[1].dropOff, 1);
        QCOMPARE(r.total.steps[2].dropOff, 1);
        QCOMPARE(r.total.steps[1].conversionFromPrevious, 2.0 / 3.0);
        QCOMPARE(r.total.steps[2].conversionFromFirst, 1.0 / 3.0);
        // Time to signup: 10 s (user 1) and 60 s (user 4): median 35 s.
        QCOMPARE(r.total.steps[1].timeFromPrevious.users, 2);
        QCOMPARE(r.total.steps[1].timeFromPrevious.medianSeconds, 35.0);
        QCOMPARE(r.total.steps[2].timeFromPrevious.medianSeconds, 20.0);
        QVERIFY(!r.cached);
        QVERIFY(run(query({ step(QStringLiteral("pageview")), step(QStringLiteral("signup")),
                        step(QStringLiteral("purchase")) }))
                    .cached);
    }

    void windowEdgeIsInclusiveAndOneSecondOverIsOut()
    {
        const qint64 window = 3600 * kSec;
        add(1, 0, QStringLiteral("a"));
        add(1, window, QStringLiteral("b")); // exactly at the window: converts
        add(2, 0, QStringLiteral("a"));
        add(2, window + kSec, QStringLiteral("b")); // one second over: does not
        const FunnelResult r = run(query({ step(QStringLiteral("a")), step(QStringLiteral("b")) }, window));
        QCOMPARE(usersPerStep(r.total), (QList<qint64> { 2, 1 }));
    }

    void laterAttemptCanConvertWhenTheFirstRanOutOfTime()
    {
        add(1, 0, QStringLiteral("a"));
        add(1, 2 * kDay, QStringLiteral("a"));
        add(1, 2 * kDay + 10 * kSec, QStringLiteral("b"));
        const FunnelResult r = run(query({ step(QStringLiteral("a")), step(QStringLiteral("b")) }, kDay));
        QCOMPARE(usersPerStep(r.total), (QList<qint64> { 1, 1 }));
        // The attempt that converted took 10 s, not two days.
        QCOMPARE(r.total.steps[1].timeFromPrevious.medianSeconds, 10.0);
    }

    void tiesFollowStorageOrderAndOneEventIsOneStep()
    {
        // Same millisecond: stored a then b, so a -> b converts.
        add(1, 0, QStringLiteral("a"));
        add(1, 0, QStringLiteral("b"));
        // Stored b then a at the same time: b cannot follow a.
        add(2, 0, QStringLiteral("b"));
        add(2, 0, QStringLiteral("a"));
        // One event matching both steps (prefix / and exact /x) counts for one step only.
        add(3, 0, QStringLiteral("pageview"), QStringLiteral("/x"));
        const FunnelResult r = run(query({ step(QStringLiteral("a")), step(QStringLiteral("b")) }));
        QCOMPARE(usersPerStep(r.total), (QList<qint64> { 2, 1 }));
        const FunnelResult paths
            = run(query({ step(QStringLiteral("pageview"), QStringLiteral("/"), FunnelStep::PathMatch::Prefix),
                step(QStringLiteral("pageview"), QStringLiteral("/x")) }));
        QCOMPARE(usersPerStep(paths.total), (QList<qint64> { 1, 0 }));
    }

    void strictOrderBreaksOnAnyOtherEvent()
    {
        add(1, 0, QStringLiteral("a"));
        add(1, kSec, QStringLiteral("b"));
        add(2, 0, QStringLiteral("a"));
        add(2, kSec, QStringLiteral("noise"));
        add(2, 2 * kSec, QStringLiteral("b"));
        FunnelQuery q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) });
        q.order = FunnelQuery::Order::Strict;
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 2, 1 }));
        q.order = FunnelQuery::Order::Ordered;
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 2, 2 }));
    }

    void anyOrderCountsDistinctStepsInOneWindow()
    {
        add(1, 0, QStringLiteral("c"));
        add(1, kSec, QStringLiteral("b"));
        add(1, 2 * kSec, QStringLiteral("a"));
        add(2, 0, QStringLiteral("b"));
        add(2, 3 * kDay, QStringLiteral("a")); // outside a one-day window
        FunnelQuery q
            = query({ step(QStringLiteral("a")), step(QStringLiteral("b")), step(QStringLiteral("c")) }, kDay);
        q.order = FunnelQuery::Order::Any;
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 2, 1, 1 }));
    }

    void exclusionDropsTheAttemptButNotALaterCleanOne()
    {
        add(1, 0, QStringLiteral("a"));
        add(1, kSec, QStringLiteral("cancel"));
        add(1, 2 * kSec, QStringLiteral("b")); // excluded attempt
        add(2, 0, QStringLiteral("a"));
        add(2, kSec, QStringLiteral("cancel"));
        add(2, 2 * kSec, QStringLiteral("a"));
        add(2, 3 * kSec, QStringLiteral("b")); // the second attempt is clean
        add(3, 0, QStringLiteral("a"));
        add(3, kSec, QStringLiteral("b"));
        add(3, 2 * kSec, QStringLiteral("cancel")); // after the range the exclusion covers
        FunnelQuery q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) });
        FunnelExclusion x;
        x.event = step(QStringLiteral("cancel"));
        x.fromStep = 1;
        x.toStep = 2;
        q.exclusions << x;
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 2, 2 }));
    }

    void filtersOnPropertiesPathsAndAttributes()
    {
        add(1, 0, QStringLiteral("pageview"), QStringLiteral("/pricing"));
        add(1, kSec, QStringLiteral("checkout"), QStringLiteral("/"), R"({"plan":"pro","amount":49})");
        add(2, 0, QStringLiteral("pageview"), QStringLiteral("/pricing/team"));
        add(2, kSec, QStringLiteral("checkout"), QStringLiteral("/"), R"({"plan":"free","amount":0})");
        add(3, 0, QStringLiteral("pageview"), QStringLiteral("/blog/x"), {}, QStringLiteral("Firefox"));
        add(3, kSec, QStringLiteral("checkout"), QStringLiteral("/"), R"({"plan":"pro","amount":99})",
            QStringLiteral("Firefox"));

        FunnelStep first = step(QStringLiteral("pageview"), QStringLiteral("/pricing*"), FunnelStep::PathMatch::Glob);
        FunnelStep paid = step(QStringLiteral("checkout"));
        paid.filters << EventFilter { QStringLiteral("prop.amount"), EventFilter::Op::Gt, { QStringLiteral("10") } };
        QCOMPARE(usersPerStep(run(query({ first, paid })).total), (QList<qint64> { 2, 1 }));

        FunnelStep any = step(QStringLiteral("pageview"));
        FunnelStep pro = step(QStringLiteral("checkout"));
        pro.filters << EventFilter { QStringLiteral("prop.plan"), EventFilter::Op::In,
            { QStringLiteral("pro"), QStringLiteral("team") } };
        QCOMPARE(usersPerStep(run(query({ any, pro })).total), (QList<qint64> { 3, 2 }));
        any.filters << EventFilter { QStringLiteral("browser"), EventFilter::Op::NotEquals,
            { QStringLiteral("Firefox") } };
        QCOMPARE(usersPerStep(run(query({ any, pro })).total), (QList<qint64> { 2, 1 }));
    }

    void botsAreLeftOutUnlessAskedFor()
    {
        add(1, 0, QStringLiteral("a"));
        add(1, kSec, QStringLiteral("b"));
        add(2000, 0, QStringLiteral("a"), QStringLiteral("/"), {}, QStringLiteral("Googlebot"), true);
        FunnelQuery q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) });
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 1, 1 }));
        q.includeBots = true;
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 2, 1 }));
    }

    void breakdownGivesTopValuesThenOther()
    {
        const QStringList browsers { QStringLiteral("Chrome"), QStringLiteral("Chrome"), QStringLiteral("Firefox"),
            QStringLiteral("Safari"), QStringLiteral("Edge") };
        for (int v = 0; v < browsers.size(); ++v) {
            add(v + 1, 0, QStringLiteral("a"), QStringLiteral("/"), {}, browsers[v]);
            if (v != 1)
                add(v + 1, kSec, QStringLiteral("b"), QStringLiteral("/"), {}, browsers[v]);
        }
        FunnelQuery q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) });
        q.breakdown = QStringLiteral("browser");
        q.breakdownLimit = 2;
        const FunnelResult r = run(q);
        QCOMPARE(r.breakdown.size(), 3);
        QCOMPARE(r.breakdown[0].breakdownValue, QStringLiteral("Chrome"));
        QCOMPARE(usersPerStep(r.breakdown[0]), (QList<qint64> { 2, 1 }));
        QCOMPARE(r.breakdown[1].breakdownValue, QStringLiteral("Edge")); // ties by name
        QCOMPARE(r.breakdown[2].breakdownValue, FunnelQuery::otherLabel());
        QCOMPARE(usersPerStep(r.breakdown[2]), (QList<qint64> { 2, 2 }));
        QCOMPARE(usersPerStep(r.total), (QList<qint64> { 5, 4 }));
    }

    void usersBehindAStepArePagedAndOrdered()
    {
        for (int v = 1; v <= 5; ++v) {
            add(v, 0, QStringLiteral("a"));
            if (v % 2)
                add(v, kSec, QStringLiteral("b"));
        }
        FunnelUsersQuery q;
        q.funnel = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) });
        q.step = 2;
        q.outcome = FunnelUsersQuery::Outcome::Dropped;
        FunnelUsersPage page = m_ws->workspace().analysis().funnelUsers(q);
        QCOMPARE(page.total, 2);
        QCOMPARE(page.users.size(), 2);
        QCOMPARE(page.users[0].userId, QStringLiteral("user-002"));
        QCOMPARE(page.users[1].userId, QStringLiteral("user-004"));
        QCOMPARE(page.users[0].level, 1);
        q.outcome = FunnelUsersQuery::Outcome::Converted;
        q.offset = 1;
        q.limit = 1;
        page = m_ws->workspace().analysis().funnelUsers(q);
        QCOMPARE(page.total, 3);
        QCOMPARE(page.users.size(), 1);
        QCOMPARE(page.users[0].userId, QStringLiteral("user-003"));
        QCOMPARE(page.users[0].lastStepMs - page.users[0].firstStepMs, kSec);
        QVERIFY(page.toCsv().startsWith("user_id,visitor_id,steps_reached"));
    }

    void newEventsInvalidateOnlyTheirSite()
    {
        add(1, 0, QStringLiteral("a"));
        const FunnelQuery q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) });
        QCOMPARE(usersPerStep(run(q).total), (QList<qint64> { 1, 0 }));
        const qint64 other = m_ws->addSite(QStringLiteral("other.example"));
        QCOMPARE(m_ws->write({ makeEvent(other, 9, kT0, QStringLiteral("b")) }).inserted, 1);
        QVERIFY(run(q).cached); // another site's commit leaves this answer valid
        add(1, kSec, QStringLiteral("b"));
        const FunnelResult after = run(q); // this site's commit does not
        QVERIFY(!after.cached);
        QCOMPARE(usersPerStep(after.total), (QList<qint64> { 1, 1 }));
    }

    void quarterHourCountsAgreeWithTheScan()
    {
        // Events every 7 minutes over three days, some of them bots, across sessions of reopening; the
        // reopened projection takes most of them from blocks.
        m_ws->workspace().projections().setBlockEvents(100);
        for (int k = 0; k < 3 * 24 * 60 / 7; ++k)
            add(k % 37, k * 7 * 60 * kSec + k, k % 5 ? QStringLiteral("a") : QStringLiteral("b"), QStringLiteral("/"),
                {}, QStringLiteral("Chrome"), k % 11 == 0);
        const auto check = [this](const QList<qint64> &starts, qint64 toMs) {
            const auto site = m_ws->workspace().projections().site(m_site);
            for (bool bots : { false, true }) {
                const std::optional<QList<qint64>> slots = BucketCounter::eventsFromSlots(*site, starts, toMs, bots);
                QVERIFY(slots);
                QCOMPARE(*slots, BucketCounter::run(*site, starts, toMs, bots, 2).events);
            }
        };
        QList<qint64> utcDays, kolkataHours;
        for (int d = 0; d < 4; ++d)
            utcDays << kT0 + d * kDay;
        for (int h = 0; h < 80; ++h)
            kolkataHours << kT0 - 330 * 60 * kSec + h * 3600 * kSec; // +05:30 hours start at :30 UTC
        check(utcDays, kT0 + 4 * kDay);
        check(kolkataHours, kT0 + 80 * 3600 * kSec - 330 * 60 * kSec);
        // A block seals after 100 or more events (commits go on while its barrier waits), so how many
        // there are depends on timing; that there is one does not.
        QVERIFY(waitForBlocks(1) > 0);
        m_ws->reopen(); // the counts are rebuilt from the blocks and the rows after them
        QVERIFY(m_ws->workspace().projections().stats().eventsFromBlocks >= 100);
        check(utcDays, kT0 + 4 * kDay);
        const auto site = m_ws->workspace().projections().site(m_site);
        QVERIFY(!BucketCounter::eventsFromSlots(*site, { kT0 + 1 }, kT0 + kDay, true)); // not whole quarter hours
    }

    void invalidQueriesAreRefusedWithTheFieldToFix()
    {
        FunnelQuery q = query({ step(QStringLiteral("a")) });
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run(q));
        QVERIFY(q.validationError().contains(QStringLiteral("'steps'")));
        q = query({ step(QStringLiteral("a")), step(QString()) });
        QVERIFY(q.validationError().startsWith(QStringLiteral("steps[1]:")));
        q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) }, 1000);
        QVERIFY(q.validationError().contains(QStringLiteral("window_seconds")));
        q = query({ step(QStringLiteral("a")), step(QStringLiteral("b")) });
        q.breakdown = QStringLiteral("country_code");
        QVERIFY(q.validationError().contains(QStringLiteral("breakdown")));
        q = query({ step(QStringLiteral("pageview"), QString(201, u'*'), FunnelStep::PathMatch::Glob),
            step(QStringLiteral("b")) });
        QVERIFY(q.validationError().contains(QStringLiteral("'path'")));
        FunnelStep numeric = step(QStringLiteral("b"));
        numeric.filters << EventFilter { QStringLiteral("prop.amount"), EventFilter::Op::Gt,
            { QStringLiteral("lots") } };
        q = query({ step(QStringLiteral("a")), numeric });
        QVERIFY(q.validationError().contains(QStringLiteral("not a number")));
    }

    void theLatestStartCountsAcrossLongRunsOfOtherEvents()
    {
        // The scan takes 64 events at a time: the start that "b" extends is the one just before it,
        // at the end of the previous 64, not the first one, ten days earlier and out of the window.
        QList<EventRecord> events;
        events << makeEvent(m_site, 7, kT0, QStringLiteral("a"));
        for (int k = 1; k < 63; ++k)
            events << makeEvent(m_site, 7, kT0 + k * kSec, QStringLiteral("x"));
        events << makeEvent(m_site, 7, kT0 + 10 * kDay, QStringLiteral("a"));
        events << makeEvent(m_site, 7, kT0 + 10 * kDay + kSec, QStringLiteral("b"));
        QCOMPARE(m_ws->write(events).inserted, 65);
        QCOMPARE(usersPerStep(run(query({ step(QStringLiteral("a")), step(QStringLiteral("b")) }, kDay)).total),
            (QList<qint64> { 1, 1 }));
    }

    void scanWithoutBotsMatchesTheScanThatSkipsThem()
    {
        // A scan where names alone decide takes a branch-free path; one that must skip bots tests every
        // event. The same visitors, once with extra bot events (skipped) and once without, must give
        // the same funnels: random names, paths, ties and events outside the range.
        QRandomGenerator random(11);
        const qint64 withBots = m_site;
        const qint64 clean = m_ws->addSite(QStringLiteral("clean.example"));
        const QStringList names { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("x"),
            QStringLiteral("a") };
        QList<EventRecord> botted, plain;
        for (int v = 1; v <= 300; ++v) {
            // Some visitors have hundreds of events: the branch-free scan takes 64 at a time.
            const int events = v % 10 ? 1 + int(random.bounded(40)) : 150 + int(random.bounded(200));
            for (int k = 0; k < events; ++k) {
                // Hours apart over 40 days from 5 days before the range, so ties and edges happen.
                const qint64 t = kT0 - 5 * kDay + qint64(random.bounded(40 * 24)) * 3600 * kSec;
                EventRecord e = makeEvent(withBots, v, t, names[int(random.bounded(names.size()))],
                    QStringLiteral("/p%1").arg(random.bounded(3)));
                e.isBot = random.bounded(6) == 0;
                botted << e;
                if (!e.isBot) {
                    e.siteId = clean;
                    plain << e;
                }
            }
        }
        QCOMPARE(m_ws->write(botted).inserted, int(botted.size()));
        QCOMPARE(m_ws->write(plain).inserted, int(plain.size()));
        const auto a = m_ws->workspace().projections().site(withBots);
        const auto b = m_ws->workspace().projections().site(clean);
        for (const qint64 window : { kDay, 7 * kDay, 30 * kDay }) {
            for (const QString &breakdown : { QString(), QStringLiteral("path") }) {
                FunnelQuery q = query(
                    { step(QStringLiteral("a")), step(QStringLiteral("b")), step(QStringLiteral("c")) }, window);
                q.breakdown = breakdown;
                q.siteId = withBots;
                const FunnelResult skipping = FunnelEngine::run(*a, q, 2);
                q.siteId = clean;
                const FunnelResult branchFree = FunnelEngine::run(*b, q, 2);
                QCOMPARE(branchFree, skipping);
                QVERIFY(skipping.total.steps[2].users > 0);
            }
        }
    }

    void queryJsonRoundTrips()
    {
        FunnelQuery q = query({ step(QStringLiteral("pageview"), QStringLiteral("/p*"), FunnelStep::PathMatch::Glob),
            step(QStringLiteral("buy")) });
        q.steps[1].filters << EventFilter { QStringLiteral("prop.plan"), EventFilter::Op::In,
            { QStringLiteral("a"), QStringLiteral("b") } };
        q.order = FunnelQuery::Order::Strict;
        q.breakdown = QStringLiteral("utm_source");
        FunnelExclusion x;
        x.event = step(QStringLiteral("refund"));
        q.exclusions << x;
        FunnelQuery back;
        back.siteId = q.siteId;
        QString error;
        QVERIFY2(FunnelQuery::fromJson(q.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back, q);
        QVERIFY(!FunnelQuery::fromJson(QJsonDocument::fromJson(R"({"steps":[{"event":1}]})").object(), &back, &error));
        QVERIFY(error.contains(QStringLiteral("steps[0]")));
        QVERIFY(!FunnelQuery::fromJson(QJsonDocument::fromJson(R"({"order":"sideways"})").object(), &back, &error));
        QVERIFY(error.contains(QStringLiteral("'order'")));
    }
};

QTEST_GUILESS_MAIN(TestFunnelEngine)
#include "TestFunnelEngine.moc"
