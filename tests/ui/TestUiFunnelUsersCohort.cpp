// "Save as cohort…" in the funnel users dialog: the users behind a step (all of them, not only the
// page on screen) become a static cohort through WorkspaceClient::cohortFromFunnel; success and the
// engine's refusals are reported in the dialog.
#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "live/LiveAggregator.h"
#include "pages/FunnelUsersDialog.h"
#include "support/TestWorkspace.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pulse;
using namespace pulse::ui;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kWaitMs = 20000;
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// 150 users land on "/"; the first 40 sign up an hour later. So 110 drop off before signing up: more
// than one page of the dialog.
QList<EventRecord> seedEvents(qint64 site)
{
    QList<EventRecord> events;
    for (int u = 1; u <= 150; ++u) {
        EventRecord e = test::makeEvent(site, 100 + u, kNow - 2 * kDay + u * kMinute, QStringLiteral("pageview"));
        e.userId = QStringLiteral("u%1").arg(u, 3, 10, QLatin1Char('0'));
        events.append(e);
        if (u <= 40) {
            EventRecord signup = e;
            signup.timestampMs = signup.receivedAtMs = e.timestampMs + kHour;
            signup.name = QStringLiteral("signup");
            events.append(signup);
        }
    }
    std::sort(events.begin(), events.end(),
        [](const EventRecord &a, const EventRecord &b) { return a.receivedAtMs < b.receivedAtMs; });
    return events;
}

FunnelUsersQuery droppedBeforeSignup(qint64 siteId)
{
    FunnelUsersQuery query;
    query.funnel.siteId = siteId;
    query.funnel.fromMs = kNow - 7 * kDay;
    query.funnel.toMs = kNow;
    FunnelStep landing;
    landing.event = QStringLiteral("pageview");
    FunnelStep signup;
    signup.event = QStringLiteral("signup");
    query.funnel.steps = { landing, signup };
    query.step = 2;
    query.outcome = FunnelUsersQuery::Outcome::Dropped;
    return query;
}
} // namespace

class TestUiFunnelUsersCohort final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savesEveryUserOfTheListAsAStaticCohort();
    void refusalsAreReportedInTheDialog();
};

void TestUiFunnelUsersCohort::savesEveryUserOfTheListAsAStaticCohort()
{
    test::TestWorkspace tw(kNow);
    const qint64 siteId = tw.addSite(QStringLiteral("example.com"));
    tw.write(seedEvents(siteId));
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient client(tw.workspace(), live);
    QSignalSpy changed(&client, &WorkspaceClient::cohortsChanged);
    FunnelUsersDialog dialog(
        client, droppedBeforeSignup(siteId), QStringLiteral("Dropped before signup"), QTimeZone::utc());
    dialog.show();
    QVERIFY(!dialog.saveCohortButton()->isEnabled()); // nothing listed yet
    QSignalSpy shown(&dialog, &FunnelUsersDialog::pageShown);
    QVERIFY(shown.wait(kWaitMs));
    QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("1–100 of 110"));
    QVERIFY(dialog.saveCohortButton()->isVisible());
    QVERIFY(dialog.saveCohortButton()->isEnabled());

    QSignalSpy saved(&dialog, &FunnelUsersDialog::cohortSaved);
    dialog.saveAsCohort(QStringLiteral("  Left before signing up "));
    QVERIFY(!dialog.saveCohortButton()->isEnabled()); // one save at a time
    QVERIFY(saved.wait(kWaitMs));
    QCOMPARE(saved.first().at(1).toString(), QString());
    const auto cohort = saved.first().at(0).value<Cohort>();
    QCOMPARE(cohort.name, QStringLiteral("Left before signing up"));
    QCOMPARE(cohort.kind, Cohort::Kind::Static);
    QCOMPARE(cohort.size, 110); // every user of the list, not the 100 on screen
    QCOMPARE(dialog.statusLabel()->text(),
        QStringLiteral("Saved the cohort “Left before signing up” with 110 users. Find it on the Cohorts page."));
    QVERIFY(dialog.saveCohortButton()->isEnabled());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toLongLong(), siteId);

    const CohortMembersPage members = tw.workspace().cohorts().store().members(cohort.id, QString(), 0, 1000);
    QCOMPARE(members.total, 110);
    QCOMPARE(members.members.first().userId, QStringLiteral("u041"));
    QCOMPARE(members.members.last().userId, QStringLiteral("u150"));
}

void TestUiFunnelUsersCohort::refusalsAreReportedInTheDialog()
{
    test::TestWorkspace tw(kNow);
    const qint64 siteId = tw.addSite(QStringLiteral("example.com"));
    tw.write(seedEvents(siteId));
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient client(tw.workspace(), live);
    FunnelUsersDialog dialog(client, droppedBeforeSignup(siteId), QStringLiteral("Dropped"), QTimeZone::utc());
    QSignalSpy shown(&dialog, &FunnelUsersDialog::pageShown);
    QVERIFY(shown.wait(kWaitMs));

    QSignalSpy saved(&dialog, &FunnelUsersDialog::cohortSaved);
    dialog.saveAsCohort(QStringLiteral("   "));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Give the cohort a name."));

    dialog.saveAsCohort(QStringLiteral("Dropped"));
    QVERIFY(saved.wait(kWaitMs));
    QCOMPARE(saved.last().at(1).toString(), QString());
    // The name is taken now: the engine says so, in the dialog.
    dialog.saveAsCohort(QStringLiteral("Dropped"));
    QVERIFY(saved.wait(kWaitMs));
    const QString error = saved.last().at(1).toString();
    QCOMPARE(error, QStringLiteral("A cohort named 'Dropped' exists already; choose another name."));
    QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Could not save the cohort: %1").arg(error));
    QCOMPARE(tw.workspace().cohorts().store().list(siteId).size(), 1);
}

QTEST_MAIN(TestUiFunnelUsersCohort)
#include "TestUiFunnelUsersCohort.moc"
