// Nightly retention snapshots over a real workspace with an injected clock: the nightly report is
// computed after 02:00 in the site's zone, served when a request matches, left valid by today's new
// events, invalidated by a late event for a covered period, kept across a restart, and stored for
// each saved cohort too.
#include "access/SiteStore.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "analytics/retention/RetentionSnapshots.h"
#include "support/TestWorkspace.h"

#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kT0 = 1704067200000; // 2024-01-01T00:00:00Z, a Monday
constexpr qint64 kNow = kT0 + 90 * kDay + 30 * 60 * 1000; // 2024-03-31 00:30 UTC: 01:30 in Berlin (UTC+1)

} // namespace

class TestRetentionSnapshots final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_site = 0;

    CohortService &cohorts() { return m_ws->workspace().cohorts(); }

    void add(qint64 visitor, qint64 atMs) { QCOMPARE(m_ws->write({ makeEvent(m_site, visitor, atMs) }).inserted, 1); }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>(kNow);
        QString error;
        const std::optional<Site> site = m_ws->workspace().sites().add(
            QStringLiteral("berlin.example"), QString(), QStringLiteral("Europe/Berlin"), &error);
        QVERIFY2(site, qPrintable(error));
        m_site = site->id;
        add(1, kNow - 20 * kDay);
        add(1, kNow - 10 * kDay);
        add(2, kNow - 9 * kDay);
    }
    void cleanup() { m_ws.reset(); }

    void theNightlyRunWaitsFor2amInTheSitesZone()
    {
        QCOMPARE(RetentionSnapshots::nextNightlyRun(QStringLiteral("Europe/Berlin"), kNow - 2 * kHour),
            kNow + 30 * 60 * 1000); // 2024-03-31 02:00 in Berlin: 01:00 UTC, where summer time begins
        QCOMPARE(cohorts().snapshotDue(), 1); // the first check after a start runs for yesterday's 02:00
        QCOMPARE(cohorts().snapshotDue(), 0); // and not again before the next 02:00
        m_ws->clock().advanceMs(30 * 60 * 1000); // 02:00 in Berlin (summer time starts at 02:00 that night)
        QCOMPARE(cohorts().snapshotDue(), 1);
        QCOMPARE(cohorts().snapshotDue(), 0);
    }

    void aMatchingRequestIsServedFromTheSnapshotUntilALateEvent()
    {
        const RetentionQuery q = RetentionSnapshots::nightlyQuery(m_site, QStringLiteral("Europe/Berlin"), kNow);
        QCOMPARE(q.toMs, kT0 + 90 * kDay - kHour); // Berlin midnight of 31 March
        QCOMPARE(q.periods, 13);
        const RetentionResult live = cohorts().snapshotRetention(q);
        QCOMPARE(live.snapshotAtMs, 0);
        RetentionResult served = cohorts().retention(q);
        QCOMPARE(served.snapshotAtMs, kNow);
        QCOMPARE(served, live);

        // Today's events are after the report's end: the snapshot stays valid.
        add(3, kNow);
        QCOMPARE(cohorts().retention(q).snapshotAtMs, kNow);
        // A late event for a covered week changes the answer: computed afresh, and it shows.
        add(4, kNow - 5 * kDay);
        served = cohorts().retention(q);
        QCOMPARE(served.snapshotAtMs, 0);
        QCOMPARE(served.total.users(), live.total.users() + 1);

        // Another request (other periods) never matches this snapshot.
        RetentionQuery other = q;
        other.periods = 12;
        QCOMPARE(cohorts().retention(other).snapshotAtMs, 0);
    }

    void snapshotsSurviveARestart()
    {
        const RetentionQuery q = RetentionSnapshots::nightlyQuery(m_site, QStringLiteral("Europe/Berlin"), kNow);
        const RetentionResult live = cohorts().snapshotRetention(q);
        m_ws->reopen();
        const RetentionResult served = cohorts().retention(q);
        QCOMPARE(served.snapshotAtMs, kNow);
        QCOMPARE(served, live);
    }

    void eachSavedCohortGetsItsSnapshot()
    {
        Cohort c;
        c.siteId = m_site;
        c.name = QStringLiteral("First visitor");
        QString error;
        const std::optional<Cohort> saved = cohorts().save(c, &error);
        QVERIFY(saved);
        const QString visitorKey = QStringLiteral("v:%1").arg(quint64(1), 16, 16, QLatin1Char('0'));
        QVERIFY(cohorts().store().addMembers(m_site, saved->id, { visitorKey }, &error));
        QCOMPARE(cohorts().snapshotDue(), 2);
        RetentionQuery q = RetentionSnapshots::nightlyQuery(m_site, QStringLiteral("Europe/Berlin"), kNow);
        q.cohortId = saved->id;
        const RetentionResult served = cohorts().retention(q);
        QCOMPARE(served.snapshotAtMs, kNow);
        QCOMPARE(served.total.users(), 1);
        // New members make a new cohort version: the old snapshot no longer matches.
        QVERIFY(cohorts().store().addMembers(
            m_site, saved->id, { QStringLiteral("v:%1").arg(quint64(2), 16, 16, QLatin1Char('0')) }, &error));
        const RetentionResult fresh = cohorts().retention(q);
        QCOMPARE(fresh.snapshotAtMs, 0);
        QCOMPARE(fresh.total.users(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRetentionSnapshots)
#include "TestRetentionSnapshots.moc"
