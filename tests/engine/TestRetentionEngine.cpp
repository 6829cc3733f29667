// Retention grids over a real workspace: hand-built visitors for first-time and recurring cohorts,
// start and return events with filters, period 0, calendar periods in a site's time zone (an event at
// 23:30 UTC is the next day in Berlin), months of different lengths, fixed periods from an anchor,
// empty cohorts, partial periods, bots, breakdowns, and every kind of bad query.
#include "access/SiteStore.h"
#include "analytics/AnalysisEngine.h"
#include "analytics/retention/RetentionPeriods.h"
#include "support/TestWorkspace.h"

#include <QJsonDocument>
#include <QTest>

#include <stdexcept>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kT0 = 1704067200000; // 2024-01-01T00:00:00Z, a Monday
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;

FunnelStep condition(const QString &name)
{
    FunnelStep s;
    s.event = name;
    return s;
}

// A row's returned users as a list, for compact comparisons.
QList<qint64> cells(const RetentionRow &row)
{
    return row.returned;
}

} // namespace

class TestRetentionEngine final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_site = 0;

    void add(qint64 visitor, qint64 atMs, const QString &name = QStringLiteral("pageview"),
        const QString &browser = QStringLiteral("Chrome"), bool bot = false, qint64 site = 0)
    {
        EventRecord e = makeEvent(site ? site : m_site, visitor, atMs, name, QStringLiteral("/"));
        e.browser = browser;
        e.isBot = bot;
        QCOMPARE(m_ws->write({ e }).inserted, 1);
    }

    RetentionQuery weekly(int periods = 4) const
    {
        RetentionQuery q;
        q.siteId = m_site;
        q.fromMs = kT0;
        q.toMs = kT0 + 4 * kWeek;
        q.periods = periods;
        return q;
    }

    RetentionResult run(const RetentionQuery &q, const QString &zone = QStringLiteral("UTC"))
    {
        return m_ws->workspace().analysis().retention(q, zone);
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>(kT0 + 60 * kDay);
        m_site = m_ws->addSite(QStringLiteral("app.example"));
    }
    void cleanup() { m_ws.reset(); }

    void firstTimeCohortsByFirstWeekCountReturnsPerWeek()
    {
        add(1, kT0 + kHour); // cohort week 0, back in weeks 1 and 3
        add(1, kT0 + kWeek + kHour);
        add(1, kT0 + 3 * kWeek);
        add(2, kT0 + 2 * kDay); // cohort week 0, never back
        add(3, kT0 + kWeek + 2 * kDay); // cohort week 1, back in week 2
        add(3, kT0 + 2 * kWeek + kDay);
        const RetentionResult r = run(weekly());
        QCOMPARE(r.period, QStringLiteral("week"));
        QCOMPARE(r.total.rows.size(), 4);
        QCOMPARE(r.total.rows[0].label, QStringLiteral("2024-01-01"));
        QCOMPARE(r.total.rows[0].users, 2);
        QCOMPARE(cells(r.total.rows[0]), (QList<qint64> { 2, 1, 0, 1 }));
        QCOMPARE(r.total.rows[1].users, 1);
        QCOMPARE(cells(r.total.rows[1]), (QList<qint64> { 1, 1, 0 })); // week 4 is not observed
        QCOMPARE(r.total.rows[2].users, 0); // an empty cohort is a row of zeros
        QCOMPARE(cells(r.total.rows[2]), (QList<qint64> { 0, 0 }));
        QCOMPARE(cells(r.total.rows[3]), (QList<qint64> { 0 }));
        // The weighted average: week 1 over the cohorts that have a week 1 (3 users), and so on.
        const QList<RetentionAverage> avg = r.total.average(4);
        QCOMPARE(avg[0].users, 3);
        QCOMPARE(avg[0].returned, 3);
        QCOMPARE(avg[1].users, 3);
        QCOMPARE(avg[1].returned, 2);
        QCOMPARE(avg[3].users, 2);
        QCOMPARE(avg[3].returned, 1);
        QCOMPARE(r.eventsScanned, 6);
    }

    void aUserWhoseFirstVisitIsBeforeTheRangeIsInNoCohort()
    {
        add(1, kT0 - kDay);
        add(1, kT0 + kDay);
        add(2, kT0 + kDay);
        const RetentionResult r = run(weekly());
        QCOMPARE(r.total.rows[0].users, 1);
    }

    void recurringRetentionOpensACohortInEveryPeriodWithAStartEvent()
    {
        add(1, kT0 + kHour, QStringLiteral("login"));
        add(1, kT0 + kWeek + kHour, QStringLiteral("login"));
        add(1, kT0 + 2 * kWeek + kHour, QStringLiteral("login"));
        RetentionQuery q = weekly();
        q.startEvent = condition(QStringLiteral("login"));
        q.returnEvent = condition(QStringLiteral("login"));
        const RetentionResult first = run(q);
        QCOMPARE(first.total.rows[0].users, 1);
        QCOMPARE(first.total.rows[1].users, 0);
        QCOMPARE(cells(first.total.rows[0]), (QList<qint64> { 1, 1, 1, 0 }));

        q.type = RetentionQuery::Type::Recurring;
        const RetentionResult recurring = run(q);
        QCOMPARE(recurring.total.rows[0].users, 1);
        QCOMPARE(recurring.total.rows[1].users, 1);
        QCOMPARE(recurring.total.rows[2].users, 1);
        QCOMPARE(cells(recurring.total.rows[1]), (QList<qint64> { 1, 1, 0 }));
        QCOMPARE(cells(recurring.total.rows[2]), (QList<qint64> { 1, 0 }));
    }

    void periodZeroCountsOnlyReturnsAtOrAfterTheStartEvent()
    {
        add(1, kT0 + kHour, QStringLiteral("purchase")); // before signing up: not a return
        add(1, kT0 + 2 * kHour, QStringLiteral("signup"));
        add(2, kT0 + kHour, QStringLiteral("signup"));
        add(2, kT0 + 3 * kHour, QStringLiteral("purchase"));
        add(2, kT0 + kWeek, QStringLiteral("purchase"));
        add(3, kT0 + kHour, QStringLiteral("pageview")); // never signs up: in no cohort
        RetentionQuery q = weekly();
        q.startEvent = condition(QStringLiteral("signup"));
        q.returnEvent = condition(QStringLiteral("purchase"));
        const RetentionResult r = run(q);
        QCOMPARE(r.total.rows[0].users, 2);
        QCOMPARE(cells(r.total.rows[0]), (QList<qint64> { 1, 1, 0, 0 }));
    }

    void startEventFiltersNarrowTheCohort()
    {
        EventRecord pro = makeEvent(m_site, 1, kT0 + kHour, QStringLiteral("signup"));
        pro.propsJson = R"({"plan":"pro"})";
        EventRecord free = makeEvent(m_site, 2, kT0 + kHour, QStringLiteral("signup"));
        free.propsJson = R"({"plan":"free"})";
        QCOMPARE(m_ws->write({ pro, free }).inserted, 2);
        RetentionQuery q = weekly();
        FunnelStep signup = condition(QStringLiteral("signup"));
        EventFilter plan;
        plan.property = QStringLiteral("prop.plan");
        plan.values = { QStringLiteral("pro") };
        signup.filters << plan;
        q.startEvent = signup;
        QCOMPARE(run(q).total.rows[0].users, 1);
    }

    void calendarDaysFollowTheSiteTimeZone()
    {
        // 23:30 UTC on 1 January is 00:30 on 2 January in Berlin (UTC+1 in winter).
        add(1, kT0 + 23 * kHour + 30 * 60 * 1000);
        add(2, kT0 + 12 * kHour);
        RetentionQuery q;
        q.siteId = m_site;
        q.period = RetentionQuery::Period::Day;
        q.periods = 3;
        q.fromMs = kT0 - kHour; // Berlin midnight of 1 January
        q.toMs = kT0 + 2 * kDay - kHour;
        const RetentionResult berlin = run(q, QStringLiteral("Europe/Berlin"));
        QCOMPARE(berlin.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(berlin.total.rows.size(), 2);
        QCOMPARE(berlin.total.rows[0].startMs, kT0 - kHour);
        QCOMPARE(berlin.total.rows[0].label, QStringLiteral("2024-01-01"));
        QCOMPARE(berlin.total.rows[0].users, 1);
        QCOMPARE(berlin.total.rows[1].label, QStringLiteral("2024-01-02"));
        QCOMPARE(berlin.total.rows[1].users, 1);
        // The query's own zone wins over the site's; in UTC both are on 1 January.
        q.timeZone = QStringLiteral("UTC");
        q.fromMs = kT0;
        q.toMs = kT0 + 2 * kDay;
        const RetentionResult utc = run(q, QStringLiteral("Europe/Berlin"));
        QCOMPARE(utc.total.rows[0].users, 2);
    }

    void monthsHaveTheirCalendarLengths()
    {
        add(1, kT0 + 30 * kDay); // 31 January: January
        add(1, kT0 + 31 * kDay); // 1 February: month 1
        add(2, kT0 + 31 * kDay + 28 * kDay + kHour); // 29 February 2024 (a leap year): February
        add(2, kT0 + 60 * kDay); // 1 March: month 1
        RetentionQuery q;
        q.siteId = m_site;
        q.period = RetentionQuery::Period::Month;
        q.periods = 3;
        q.fromMs = kT0;
        q.toMs = kT0 + 91 * kDay; // 1 April
        const RetentionResult r = run(q);
        QCOMPARE(r.total.rows.size(), 3);
        QCOMPARE(r.total.rows[1].label, QStringLiteral("2024-02"));
        QCOMPARE(r.total.rows[1].startMs, kT0 + 31 * kDay);
        QCOMPARE(r.total.rows[2].startMs, kT0 + 60 * kDay);
        QCOMPARE(cells(r.total.rows[0]), (QList<qint64> { 1, 1, 0 }));
        QCOMPARE(cells(r.total.rows[1]), (QList<qint64> { 1, 1 }));
    }

    void fixedPeriodsCountFromTheAnchor()
    {
        // Weeks from a Wednesday: days 0-6 after the anchor are period 0 whatever the calendar says.
        const qint64 anchor = kT0 + 2 * kDay;
        add(1, anchor + 6 * kDay);
        add(1, anchor + 7 * kDay);
        RetentionQuery q = weekly();
        q.anchorMs = anchor;
        q.fromMs = anchor;
        q.toMs = anchor + 2 * kWeek;
        const RetentionResult r = run(q, QStringLiteral("Europe/Berlin"));
        QCOMPARE(r.timeZone, QStringLiteral("UTC"));
        QCOMPARE(r.total.rows[0].startMs, anchor);
        QCOMPARE(cells(r.total.rows[0]), (QList<qint64> { 1, 1 }));
    }

    void theLastPeriodIsPartialWhenTheRangeEndsInsideIt()
    {
        add(1, kT0 + kHour);
        RetentionQuery q = weekly();
        q.toMs = kT0 + kWeek + 3 * kDay;
        const RetentionResult r = run(q);
        QCOMPARE(r.total.rows.size(), 2);
        QVERIFY(!r.isPartial(0, 0));
        QVERIFY(r.isPartial(0, 1));
        QVERIFY(r.isPartial(1, 0));
    }

    void botsCountOnlyWhenAskedFor()
    {
        add(1, kT0 + kHour, QStringLiteral("pageview"), QStringLiteral("Chrome"), true);
        add(2, kT0 + kHour);
        RetentionQuery q = weekly();
        QCOMPARE(run(q).total.rows[0].users, 1);
        q.includeBots = true;
        QCOMPARE(run(q).total.rows[0].users, 2);
    }

    void breakdownByPropertyOfTheStartEvent()
    {
        add(1, kT0 + kHour, QStringLiteral("pageview"), QStringLiteral("Firefox"));
        add(1, kT0 + kWeek, QStringLiteral("pageview"), QStringLiteral("Chrome"));
        add(2, kT0 + kHour, QStringLiteral("pageview"), QStringLiteral("Chrome"));
        add(3, kT0 + kHour, QStringLiteral("pageview"), QStringLiteral("Chrome"));
        RetentionQuery q = weekly();
        q.breakdown = QStringLiteral("browser");
        q.breakdownLimit = 1;
        const RetentionResult r = run(q);
        QCOMPARE(r.breakdown.size(), 2);
        QCOMPARE(r.breakdown[0].breakdownValue, QStringLiteral("Chrome"));
        QCOMPARE(r.breakdown[0].rows[0].users, 2);
        QCOMPARE(cells(r.breakdown[0].rows[0]), (QList<qint64> { 2, 0, 0, 0 }));
        QCOMPARE(r.breakdown[1].breakdownValue, FunnelQuery::otherLabel());
        QCOMPARE(cells(r.breakdown[1].rows[0]), (QList<qint64> { 1, 1, 0, 0 }));
        QCOMPARE(r.total.rows[0].users, 3);
    }

    void aRepeatedQueryIsCachedAndANewEventInvalidatesIt()
    {
        add(1, kT0 + kHour);
        const RetentionQuery q = weekly();
        QVERIFY(!run(q).cached);
        QVERIFY(run(q).cached);
        add(2, kT0 + kHour);
        const RetentionResult fresh = run(q);
        QVERIFY(!fresh.cached);
        QCOMPARE(fresh.total.rows[0].users, 2);
    }

    void theAnswerSurvivesJsonAndReopening()
    {
        add(1, kT0 + kHour);
        add(1, kT0 + kWeek + kHour);
        const RetentionResult before = run(weekly());
        QCOMPARE(RetentionResult::fromJson(before.toJson()), before);
        m_ws->reopen();
        QCOMPARE(run(weekly()), before);
        const QByteArray csv = before.toCsv();
        QVERIFY(csv.startsWith("cohort,users,week_0_users,week_0_percent,week_1_users"));
        QVERIFY(csv.contains("2024-01-01,1,1,100.00,1,100.00,0,0.00,0,0.00\r\n"));
        QVERIFY(csv.contains("2024-01-22,0,0,0.00,,,,,,\r\n"));
    }

    void queryJsonRoundTripsAndNamesWhatIsWrong()
    {
        RetentionQuery q = weekly();
        q.startEvent = condition(QStringLiteral("signup"));
        q.type = RetentionQuery::Type::Recurring;
        q.period = RetentionQuery::Period::Day;
        q.timeZone = QStringLiteral("Europe/Paris");
        RetentionQuery back;
        back.siteId = q.siteId;
        QString error;
        QVERIFY2(RetentionQuery::fromJson(q.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back, q);

        const auto parseError = [](const QByteArray &text) {
            RetentionQuery out;
            QString message;
            const bool ok = RetentionQuery::fromJson(QJsonDocument::fromJson(text).object(), &out, &message);
            if (ok)
                message = out.validationError();
            return message;
        };
        QVERIFY(parseError(R"({"from_ms":0,"to_ms":1,"type":"sometimes"})").contains(QLatin1String("'type'")));
        QVERIFY(parseError(R"({"from_ms":0,"to_ms":1,"period":"year"})").contains(QLatin1String("'period'")));
        QVERIFY(parseError(R"({"from_ms":0,"to_ms":1,"periods":0})").contains(QLatin1String("'periods'")));
        QVERIFY(parseError(R"({"from_ms":0,"to_ms":1,"periods":"13"})").contains(QLatin1String("'periods'")));
        QVERIFY(parseError(R"({"from_ms":5,"to_ms":1})").contains(QLatin1String("'to_ms'")));
        QVERIFY(parseError(R"({"from_ms":0,"to_ms":1,"start_event":"signup"})").contains(QLatin1String("start_event")));
        QVERIFY(parseError(R"({"from_ms":0,"to_ms":1,"return_event":{"event":""}})")
                    .contains(QLatin1String("return_event: Field 'event'")));
        QVERIFY(
            parseError(R"({"from_ms":0,"to_ms":1,"time_zone":"Mars/Olympus"})").contains(QLatin1String("time_zone")));
        // A POSIX TZ string, which QTimeZone on Linux reads as UTC: not an IANA name.
        QVERIFY(parseError(R"({"from_ms":0,"to_ms":1,"time_zone":"berlin"})").contains(QLatin1String("time_zone")));
        QVERIFY(parseError(R"({"from_ms":0,"to_ms":1,"anchor_ms":0,"period":"month"})")
                    .contains(QLatin1String("anchor_ms")));
        QVERIFY(parseError(R"({"from_ms":0,"to_ms":100000000000,"period":"day"})").contains(QLatin1String("1000")));
        QVERIFY(parseError(R"({"from_ms":0,"to_ms":1,"breakdown":"shoe_size"})").contains(QLatin1String("breakdown")));
        QVERIFY(
            parseError(R"({"from_ms":0,"to_ms":1,"breakdown":"cohort"})").contains(QLatin1String("breakdown_cohorts")));
        QVERIFY(parseError(R"({"from_ms":0,"to_ms":1,"breakdown":"browser","type":"recurring"})")
                    .contains(QLatin1String("first_time")));
        QVERIFY(parseError(R"({"from_ms":0,"to_ms":1})").isEmpty());

        RetentionQuery invalid = weekly();
        invalid.periods = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run(invalid));
    }

    void anUnknownSiteHasEmptyCohorts()
    {
        RetentionQuery q = weekly();
        q.siteId = 999;
        const RetentionResult r = run(q);
        QCOMPARE(r.total.rows.size(), 4);
        QCOMPARE(r.total.users(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRetentionEngine)
#include "TestRetentionEngine.moc"
