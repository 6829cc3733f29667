// The service's analysis scheduler with a manual clock: a dynamic cohort is recomputed once its
// refresh interval has passed, and each site's nightly retention snapshot is stored after 02:00.
#include "access/SiteStore.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "scheduler/AnalysisScheduler.h"
#include "support/TestServer.h"

#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kNow = 1704067200000 + 3 * 24 * kHour + 12 * kHour; // 2024-01-04 12:00 UTC

} // namespace

class TestAnalysisScheduler final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recomputesDueCohortsAndStoresNightlySnapshots()
    {
        TestServer server(kNow);
        server.addSite(QStringLiteral("shop.example"));
        const qint64 site = server.tw().workspace().sites().find(QStringLiteral("shop.example"))->id;
        QCOMPARE(server.tw().write({ makeEvent(site, 7, kNow - kHour, QStringLiteral("purchase")) }).inserted, 1);
        CohortService &cohorts = server.tw().workspace().cohorts();
        Cohort c;
        c.siteId = site;
        c.name = QStringLiteral("Bought today");
        c.kind = Cohort::Kind::Dynamic;
        c.refreshHours = 6;
        QString error;
        QVERIFY(CohortGroup::fromJson(QJsonDocument::fromJson(R"({"conditions":[{"type":"performed",
            "event":{"event":"purchase"},"within_days":1}]})")
                                          .object(),
            &c.definition, &error));
        const std::optional<Cohort> saved = cohorts.save(c, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->size, 1);

        AnalysisScheduler &scheduler = server.host().scheduler();
        QCOMPARE(scheduler.runDue(), 2); // the first check stores the site's snapshot and the cohort's
        QCOMPARE(scheduler.runDue(), 0);
        server.tw().clock().advanceMs(6 * kHour);
        QCOMPARE(scheduler.runDue(), 1); // the cohort's refresh
        QCOMPARE(cohorts.store().get(site, saved->id)->computedAtMs, kNow + 6 * kHour);
        server.tw().clock().advanceMs(24 * kHour); // past the next 02:00 and the purchase's day
        QCOMPARE(scheduler.runDue(), 3);
        QCOMPARE(cohorts.store().get(site, saved->id)->size, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisScheduler)
#include "TestAnalysisScheduler.moc"
