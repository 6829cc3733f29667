// Cohorts over a real workspace with an injected clock: every dynamic condition (performed at least /
// at most / exactly N times in the last D days or between dates, not performed, first and last seen,
// visitor properties), AND / OR groups, static lists, members paging and search, size history, the
// scheduled recomputation, and cohorts as a retention filter and breakdown.
#include "analytics/AnalysisEngine.h"
#include "analytics/StatsQuery.h"
#include "analytics/StatsResult.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "storage/ReadPool.h"
#include "support/TestWorkspace.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include <stdexcept>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kT0 = 1704067200000; // 2024-01-01T00:00:00Z
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

CohortGroup parse(const QByteArray &json)
{
    CohortGroup g;
    QString error;
    if (!CohortGroup::fromJson(QJsonDocument::fromJson(json).object(), &g, &error))
        qWarning("%s", qPrintable(error));
    return g;
}

QString parseError(const QByteArray &json)
{
    CohortGroup g;
    QString error;
    if (CohortGroup::fromJson(QJsonDocument::fromJson(json).object(), &g, &error))
        error = g.validationError();
    return error;
}

} // namespace

class TestCohorts final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_site = 0;

    CohortService &cohorts() { return m_ws->workspace().cohorts(); }

    void add(const QString &user, qint64 atMs, const QString &name = QStringLiteral("pageview"),
        const QString &browser = QStringLiteral("Chrome"), bool bot = false)
    {
        EventRecord e = makeEvent(m_site, qHash(user), atMs, name);
        e.userId = user;
        e.browser = browser;
        e.isBot = bot;
        QCOMPARE(m_ws->write({ e }).inserted, 1);
    }

    // The members of a definition computed now, as sorted user ids.
    QStringList membersOf(const QByteArray &definition)
    {
        Cohort c;
        c.siteId = m_site;
        c.name = QStringLiteral("probe %1").arg(++m_probes);
        c.kind = Cohort::Kind::Dynamic;
        c.definition = parse(definition);
        QString error;
        const std::optional<Cohort> saved = cohorts().save(c, &error);
        if (!saved) {
            qWarning("%s", qPrintable(error));
            return { QStringLiteral("error") };
        }
        QStringList users;
        for (const CohortMember &m : cohorts().store().members(saved->id, {}, 0, 1000).members)
            users << m.userId;
        users.sort();
        if (cohorts().preview(m_site, c.definition) != users.size())
            return { QStringLiteral("preview differs") };
        return users;
    }
    int m_probes = 0;

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>(kT0 + 30 * kDay);
        m_site = m_ws->addSite(QStringLiteral("app.example"));
        // ann: 3 purchases (two in the last 7 days), Firefox now; bob: 1 old purchase; cy: pageviews only.
        add(QStringLiteral("ann"), kT0 + kDay, QStringLiteral("purchase"), QStringLiteral("Chrome"));
        add(QStringLiteral("ann"), kT0 + 25 * kDay, QStringLiteral("purchase"), QStringLiteral("Chrome"));
        add(QStringLiteral("ann"), kT0 + 28 * kDay, QStringLiteral("purchase"), QStringLiteral("Firefox"));
        add(QStringLiteral("bob"), kT0 + 2 * kDay, QStringLiteral("purchase"));
        add(QStringLiteral("cy"), kT0 + 10 * kDay);
        add(QStringLiteral("cy"), kT0 + 29 * kDay, QStringLiteral("pageview"), QStringLiteral("Mobile Safari"));
        add(QStringLiteral("crawler"), kT0 + 5 * kDay, QStringLiteral("purchase"), QStringLiteral("Chrome"), true);
    }
    void cleanup() { m_ws.reset(); }

    void performedCountsWithinTheirWindow()
    {
        QCOMPARE(membersOf(R"({"conditions":[{"type":"performed","event":{"event":"purchase"}}]})"),
            (QStringList { QStringLiteral("ann"), QStringLiteral("bob") }));
        QCOMPARE(membersOf(
                     R"({"conditions":[{"type":"performed","event":{"event":"purchase"},"op":"at_least","count":2}]})"),
            QStringList { QStringLiteral("ann") });
        QCOMPARE(membersOf(
                     R"({"conditions":[{"type":"performed","event":{"event":"purchase"},"count":1,"within_days":7}]})"),
            QStringList { QStringLiteral("ann") });
        QCOMPARE(membersOf(R"({"conditions":[{"type":"performed","event":{"event":"purchase"},"op":"exactly",
                             "count":2,"within_days":7}]})"),
            QStringList { QStringLiteral("ann") });
        // At most once includes never: cy never purchased.
        QCOMPARE(membersOf(R"({"conditions":[{"type":"performed","event":{"event":"purchase"},"op":"at_most",
                             "count":1}]})"),
            (QStringList { QStringLiteral("bob"), QStringLiteral("cy") }));
        const QByteArray between = QByteArrayLiteral(R"({"conditions":[{"type":"performed","event":{"event":"purchase"},
            "from_ms":)")
            + QByteArray::number(kT0) + ",\"to_ms\":" + QByteArray::number(kT0 + 3 * kDay) + "}]}";
        QCOMPARE(membersOf(between), (QStringList { QStringLiteral("ann"), QStringLiteral("bob") }));
    }

    void notPerformedFirstAndLastSeenAndProperties()
    {
        QCOMPARE(membersOf(R"({"conditions":[{"type":"not_performed","event":{"event":"purchase"}}]})"),
            QStringList { QStringLiteral("cy") });
        QCOMPARE(membersOf(QByteArrayLiteral(R"({"conditions":[{"type":"first_seen","op":"after","at_ms":)")
                     + QByteArray::number(kT0 + 5 * kDay) + "}]}"),
            QStringList { QStringLiteral("cy") });
        QCOMPARE(membersOf(QByteArrayLiteral(R"({"conditions":[{"type":"last_seen","op":"before","at_ms":)")
                     + QByteArray::number(kT0 + 20 * kDay) + "}]}"),
            QStringList { QStringLiteral("bob") });
        // The latest event's browser: ann switched to Firefox.
        QCOMPARE(membersOf(R"({"conditions":[{"type":"property","property":"browser","op":"eq","value":"Firefox"}]})"),
            QStringList { QStringLiteral("ann") });
        QCOMPARE(
            membersOf(R"({"conditions":[{"type":"property","property":"browser","op":"contains","value":"SAFARI"}]})"),
            QStringList { QStringLiteral("cy") });
    }

    void performedAndNotPerformedTogether()
    {
        QCOMPARE(membersOf(R"({"match":"all","conditions":[
                    {"type":"performed","event":{"event":"pageview"}},
                    {"type":"not_performed","event":{"event":"purchase"}}]})"),
            QStringList { QStringLiteral("cy") });
    }

    void groupsCombineWithAndOr()
    {
        QCOMPARE(membersOf(R"({"match":"any","conditions":[
                    {"type":"property","property":"browser","value":"Firefox"},
                    {"type":"not_performed","event":{"event":"purchase"}}]})"),
            (QStringList { QStringLiteral("ann"), QStringLiteral("cy") }));
        QCOMPARE(membersOf(R"({"match":"all","conditions":[
                    {"type":"performed","event":{"event":"purchase"}},
                    {"match":"any","conditions":[
                        {"type":"property","property":"browser","value":"Firefox"},
                        {"type":"performed","event":{"event":"pageview"}}]}]})"),
            QStringList { QStringLiteral("ann") });
    }

    void definitionErrorsNameTheField()
    {
        QVERIFY(parseError(R"({"conditions":[]})").contains(QLatin1String("at least one")));
        QVERIFY(parseError(R"({"match":"some","conditions":[]})").contains(QLatin1String("'match'")));
        QVERIFY(parseError(R"({"conditions":[{"type":"did"}]})").contains(QLatin1String("'type'")));
        QVERIFY(parseError(R"({"conditions":[{"type":"performed"}]})").contains(QLatin1String("'event'")));
        QVERIFY(parseError(R"({"conditions":[{"type":"performed","event":{"event":"x"},"op":"more"}]})")
                    .contains(QLatin1String("at_least")));
        QVERIFY(parseError(R"({"conditions":[{"type":"performed","event":{"event":"x"},"within_days":0}]})")
                    .contains(QLatin1String("within_days")));
        QVERIFY(parseError(R"({"conditions":[{"type":"performed","event":{"event":"x"},"from_ms":5}]})")
                    .contains(QLatin1String("to_ms")));
        QVERIFY(parseError(R"({"conditions":[{"type":"first_seen","op":"after"}]})").contains(QLatin1String("at_ms")));
        QVERIFY(parseError(R"({"conditions":[{"type":"property","property":"shoe","value":"1"}]})")
                    .contains(QLatin1String("'property'")));
        QVERIFY(parseError(R"({"conditions":[{"match":"any","conditions":[{"match":"any","conditions":[
                    {"match":"any","conditions":[{"type":"first_seen","op":"after","at_ms":1}]}]}]}]})")
                    .contains(QLatin1String("levels")));
        QByteArray many = R"({"conditions":[)";
        for (int i = 0; i < 21; ++i)
            many += QByteArray(i ? "," : "") + R"({"type":"first_seen","op":"after","at_ms":1})";
        QVERIFY(parseError(many + "]}").contains(QLatin1String("at most 20")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, cohorts().preview(m_site, CohortGroup()));
    }

    void staticCohortsKeepTheirListAndSizeHistory()
    {
        Cohort c;
        c.siteId = m_site;
        c.name = QStringLiteral("Beta testers");
        QString error;
        std::optional<Cohort> saved = cohorts().save(c, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->size, 0);
        m_ws->clock().advanceMs(kHour);
        saved = cohorts().store().addMembers(m_site, saved->id,
            { QStringLiteral("u:ann"), QStringLiteral("u:cy"), QStringLiteral("u:ann"), QStringLiteral("u:zed") },
            &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->size, 3); // duplicates once; unknown users are kept for when they arrive
        m_ws->clock().advanceMs(kHour);
        saved = cohorts().store().removeMembers(m_site, saved->id, { QStringLiteral("u:zed") }, &error);
        QCOMPARE(saved->size, 2);
        QCOMPARE(cohorts().store().sizeHistory(saved->id).size(), 2);
        QCOMPARE(cohorts().store().sizeHistory(saved->id).last().size, 2);

        const CohortMembersPage search = cohorts().store().members(saved->id, QStringLiteral("AN"), 0, 10);
        QCOMPARE(search.total, 1);
        QCOMPARE(search.members[0].userId, QStringLiteral("ann"));
        const CohortMembersPage second = cohorts().store().members(saved->id, {}, 1, 1);
        QCOMPARE(second.total, 2);
        QCOMPARE(second.members[0].userId, QStringLiteral("cy"));
        QVERIFY(second.toCsv().startsWith("user_id,visitor_id\r\ncy,\r\n"));

        // Names are unique per site without case; kinds do not change.
        Cohort twin = c;
        twin.name = QStringLiteral("beta TESTERS");
        QVERIFY(!cohorts().save(twin, &error));
        QVERIFY(error.contains(QLatin1String("exists already")));
        Cohort changed = *saved;
        changed.kind = Cohort::Kind::Dynamic;
        changed.definition = parse(R"({"conditions":[{"type":"first_seen","op":"after","at_ms":1}]})");
        QVERIFY(!cohorts().save(changed, &error));
        QVERIFY(error.contains(QLatin1String("static and dynamic")));
        QVERIFY(cohorts().store().remove(m_site, saved->id));
        QVERIFY(!cohorts().store().get(m_site, saved->id));
    }

    void dynamicCohortsAreRecomputedWhenDue()
    {
        Cohort c;
        c.siteId = m_site;
        c.name = QStringLiteral("Recent buyers");
        c.kind = Cohort::Kind::Dynamic;
        c.refreshHours = 24;
        c.definition = parse(R"({"conditions":[{"type":"performed","event":{"event":"purchase"},"within_days":3}]})");
        QString error;
        std::optional<Cohort> saved = cohorts().save(c, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->size, 1); // ann, 2 days ago
        QCOMPARE(saved->computedAtMs, kT0 + 30 * kDay);
        QString error2;
        QVERIFY(!cohorts().store().addMembers(m_site, saved->id, { QStringLiteral("u:bob") }, &error2));
        QVERIFY(error2.contains(QLatin1String("dynamic")));

        m_ws->clock().advanceMs(12 * kHour);
        QCOMPARE(cohorts().refreshDue(), 0);
        m_ws->clock().advanceMs(13 * kHour); // ann's purchase is now more than 3 days old: out of the window
        QCOMPARE(cohorts().refreshDue(), 1);
        saved = cohorts().store().get(m_site, saved->id);
        QCOMPARE(saved->size, 0);
        QCOMPARE(saved->computedAtMs, kT0 + 31 * kDay + kHour);
        const QList<CohortSizePoint> history = cohorts().store().sizeHistory(saved->id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].size, 1);
        QCOMPARE(history[1].size, 0);

        // Changing the definition recomputes at once.
        Cohort edited = *saved;
        edited.description = QString();
        edited.definition = parse(R"({"conditions":[{"type":"performed","event":{"event":"purchase"}}]})");
        saved = cohorts().save(edited, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->size, 2);
        QCOMPARE(saved->definition, edited.definition);
    }

    void cohortsFilterAndBreakDownRetention()
    {
        Cohort buyers;
        buyers.siteId = m_site;
        buyers.name = QStringLiteral("Buyers");
        buyers.kind = Cohort::Kind::Dynamic;
        buyers.definition = parse(R"({"conditions":[{"type":"performed","event":{"event":"purchase"}}]})");
        Cohort browsers;
        browsers.siteId = m_site;
        browsers.name = QStringLiteral("Browsers");
        QString error;
        const std::optional<Cohort> b = cohorts().save(buyers, &error);
        const std::optional<Cohort> v = cohorts().save(browsers, &error);
        QVERIFY(b && v);
        QVERIFY(cohorts().store().addMembers(m_site, v->id, { QStringLiteral("u:cy") }, &error));

        RetentionQuery q;
        q.siteId = m_site;
        q.fromMs = kT0;
        q.toMs = kT0 + 5 * 7 * kDay;
        q.periods = 5;
        const RetentionResult all = cohorts().retention(q);
        QCOMPARE(all.total.rows[0].users, 2); // ann and bob in week 0 (the bot is left out)
        q.cohortId = b->id;
        const RetentionResult filtered = cohorts().retention(q);
        QCOMPARE(filtered.total.rows[0].users, 2);
        QCOMPARE(filtered.total.rows[1].users, 0); // cy is not a buyer
        q.cohortId = 0;
        q.breakdown = QStringLiteral("cohort");
        q.breakdownCohorts = { b->id, v->id };
        const RetentionResult split = cohorts().retention(q);
        QCOMPARE(split.breakdown.size(), 2);
        QCOMPARE(split.breakdown[0].breakdownValue, QStringLiteral("Buyers"));
        QCOMPARE(split.breakdown[1].breakdownValue, QStringLiteral("Browsers"));
        QCOMPARE(split.breakdown[1].rows[1].users, 1); // cy, first seen in week 1
        QCOMPARE(split.breakdown[1].rows[0].users, 0);

        // A changed member list is seen at once, not served from the cache.
        QVERIFY(cohorts().store().addMembers(m_site, v->id, { QStringLiteral("u:bob") }, &error));
        QCOMPARE(cohorts().retention(q).breakdown[1].rows[0].users, 1);

        q.breakdownCohorts = { 999 };
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, cohorts().retention(q));
    }

    void cohortsFilterAndBreakDownFunnels()
    {
        Cohort chrome;
        chrome.siteId = m_site;
        chrome.name = QStringLiteral("On Chrome");
        chrome.kind = Cohort::Kind::Dynamic;
        chrome.definition = parse(R"({"conditions":[{"type":"property","property":"browser","value":"Chrome"}]})");
        Cohort picked;
        picked.siteId = m_site;
        picked.name = QStringLiteral("Picked");
        QString error;
        const std::optional<Cohort> c = cohorts().save(chrome, &error);
        const std::optional<Cohort> p = cohorts().save(picked, &error);
        QVERIFY(c && p);
        QCOMPARE(c->size, 1); // bob (ann's latest browser is Firefox, cy's Mobile Safari)
        QVERIFY(
            cohorts().store().addMembers(m_site, p->id, { QStringLiteral("u:ann"), QStringLiteral("u:bob") }, &error));

        FunnelQuery q;
        q.siteId = m_site;
        q.fromMs = kT0;
        q.toMs = kT0 + 30 * kDay;
        FunnelStep first, second;
        first.event = QStringLiteral("purchase");
        second.event = QStringLiteral("purchase");
        q.steps = { first, second };
        q.windowMs = 30 * kDay;
        QCOMPARE(cohorts().funnel(q).total.steps[0].users, 2);
        q.cohortId = c->id;
        const FunnelResult filtered = cohorts().funnel(q);
        QCOMPARE(filtered.total.steps[0].users, 1);
        QCOMPARE(filtered.total.steps[1].users, 0);

        q.cohortId = 0;
        q.breakdown = QStringLiteral("cohort");
        q.breakdownCohorts = { c->id, p->id };
        const FunnelResult split = cohorts().funnel(q);
        QCOMPARE(split.breakdown.size(), 2);
        QCOMPARE(split.breakdown[0].breakdownValue, QStringLiteral("On Chrome"));
        QCOMPARE(split.breakdown[0].steps[0].users, 1);
        QCOMPARE(split.breakdown[1].steps[1].users, 1); // ann bought twice

        FunnelUsersQuery users;
        users.funnel = q;
        users.step = 2;
        users.anyBreakdownValue = false;
        users.breakdownValue = QStringLiteral("Picked");
        const FunnelUsersPage page = cohorts().funnelUsers(users);
        QCOMPARE(page.total, 1);
        QCOMPARE(page.users[0].userId, QStringLiteral("ann"));

        // The users behind a step become a static cohort.
        const std::optional<Cohort> buyers
            = cohorts().createFromFunnel(m_site, QStringLiteral("Repeat buyers"), users, &error);
        QVERIFY2(buyers, qPrintable(error));
        QCOMPARE(buyers->size, 1);
        QCOMPARE(cohorts().store().memberKeys(buyers->id), QStringList { QStringLiteral("u:ann") });

        FunnelQuery json;
        json.siteId = m_site;
        QVERIFY2(FunnelQuery::fromJson(q.toJson(), &json, &error), qPrintable(error));
        QCOMPARE(json, q);
        q.breakdownCohorts = { 999 };
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, cohorts().funnel(q));
    }

    void cohortsFilterTheStatistics()
    {
        Cohort picked;
        picked.siteId = m_site;
        picked.name = QStringLiteral("Picked");
        QString error;
        const std::optional<Cohort> c = cohorts().save(picked, &error);
        QVERIFY(c);
        QVERIFY(
            cohorts().store().addMembers(m_site, c->id, { QStringLiteral("u:ann"), QStringLiteral("u:cy") }, &error));
        // An anonymous visitor is a member by visitor id.
        EventRecord anonymous = makeEvent(m_site, -42, kT0 + 3 * kDay);
        QCOMPARE(m_ws->write({ anonymous }).inserted, 1);
        QVERIFY(cohorts().store().addMembers(
            m_site, c->id, { QStringLiteral("v:%1").arg(quint64(-42), 16, 16, QLatin1Char('0')) }, &error));

        StatsQuery q;
        q.siteId = m_site;
        q.fromMs = kT0;
        q.toMs = kT0 + 30 * kDay;
        ReadPool::Lease lease = m_ws->workspace().reads().acquire();
        QCOMPARE(m_ws->workspace().analysis().stats(lease.db(), q).visitors, 4); // ann, bob, cy, the anonymous one
        q.cohortId = c->id;
        QVERIFY(q.hasFilters());
        const StatsResult filtered = m_ws->workspace().analysis().stats(lease.db(), q);
        QCOMPARE(filtered.visitors, 3);
        QCOMPARE(filtered.pageviews, 3); // cy's two, the anonymous one's; ann only purchased

        QString parseError;
        const StatsQuery back = StatsQuery::fromJson(q.toJson(), &parseError);
        QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
        QCOMPARE(back.cohortId, c->id);
        StatsQuery url;
        QVERIFY(StatsQuery::fromUrlQuery(QUrlQuery(QStringLiteral("cohort=%1").arg(c->id)), kT0, &url, &parseError));
        QCOMPARE(url.cohortId, c->id);
        QVERIFY(!StatsQuery::fromUrlQuery(QUrlQuery(QStringLiteral("cohort=x")), kT0, &url, &parseError));
        QVERIFY(parseError.contains(QLatin1String("'cohort'")));
    }

    void membersSurviveReopening()
    {
        Cohort c;
        c.siteId = m_site;
        c.name = QStringLiteral("Buyers");
        c.kind = Cohort::Kind::Dynamic;
        c.definition = parse(R"({"conditions":[{"type":"performed","event":{"event":"purchase"}}]})");
        QString error;
        const std::optional<Cohort> saved = cohorts().save(c, &error);
        QVERIFY(saved);
        m_ws->reopen();
        const std::optional<Cohort> back = cohorts().store().get(m_site, saved->id);
        QVERIFY(back);
        QCOMPARE(*back, *saved);
        QCOMPARE(cohorts().store().memberKeys(saved->id).size(), 2);
        Cohort json;
        json.siteId = m_site;
        QVERIFY2(Cohort::fromJson(saved->toJson(), &json, &error), qPrintable(error));
        QCOMPARE(json.definition, saved->definition);
    }
};

QTEST_GUILESS_MAIN(TestCohorts)
#include "TestCohorts.moc"
