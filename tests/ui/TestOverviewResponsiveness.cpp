// Queries never block the GUI: with an artificially slow client the event loop keeps turning, the
// page shows that it is loading, and an older answer arriving after a newer one is ignored.
#include "analytics/AnalysisEngine.h"
#include "live/LiveAggregator.h"
#include "models/KpiFormat.h"
#include "pages/OverviewPage.h"
#include "storage/ReadPool.h"
#include "support/TestWorkspace.h"
#include "widgets/KpiTile.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace pulse;
using namespace pulse::ui;

namespace {
constexpr qint64 kDay = 24 * 3600 * 1000;
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// Wraps the local client and holds each stats answer back for a chosen time, like a slow server.
class SlowClient final : public WorkspaceClient {
public:
    explicit SlowClient(LocalWorkspaceClient &inner) : m_inner(inner) { }
    void setDelays(QList<int> delaysMs) { m_delays = std::move(delaysMs); }
    bool allFinished() const
    {
        return std::all_of(
            m_futures.cbegin(), m_futures.cend(), [](const QFuture<StatsReply> &f) { return f.isFinished(); });
    }

    qint64 nowMs() const override { return m_inner.nowMs(); }
    QString collectorUrl() const override { return {}; }
    QFuture<QList<Site>> sites() override { return m_inner.sites(); }
    QFuture<StatsReply> stats(const StatsQuery &query) override
    {
        const int delay = m_delays.isEmpty() ? 0 : m_delays.takeFirst();
        QFuture<StatsReply> answer = m_inner.stats(query);
        QFuture<StatsReply> slow = QtConcurrent::run(&m_pool, [answer, delay] {
            QThread::msleep(ulong(delay)); // the artificial slowness under test, not synchronisation
            return answer.result();
        });
        m_futures.append(slow);
        return slow;
    }
    QFuture<LiveSnapshot> liveSnapshot(qint64 siteId) override { return m_inner.liveSnapshot(siteId); }
    QFuture<SiteReply> addSite(const QString &domain) override { return m_inner.addSite(domain); }
    QFuture<DemoReply> loadDemoData() override { return m_inner.loadDemoData(); }
    QFuture<SiteReply> saveSite(qint64 id, const QJsonObject &json) override { return m_inner.saveSite(id, json); }
    QFuture<SiteReply> deleteSite(qint64 id) override { return m_inner.deleteSite(id); }
    QFuture<ApiKeysReply> apiKeys() override { return m_inner.apiKeys(); }
    QFuture<ApiKeyReply> createApiKey(const NewApiKey &key) override { return m_inner.createApiKey(key); }
    QFuture<ApiKeyReply> rotateApiKey(qint64 id, qint64 graceSeconds) override
    {
        return m_inner.rotateApiKey(id, graceSeconds);
    }
    QFuture<ApiKeyReply> revokeApiKey(qint64 id) override { return m_inner.revokeApiKey(id); }
    QFuture<FunnelReply> funnel(const FunnelQuery &query) override { return m_inner.funnel(query); }
    QFuture<RetentionReply> retention(const RetentionQuery &query) override { return m_inner.retention(query); }
    QFuture<RetentionReportsReply> retentionReports(qint64 siteId) override { return m_inner.retentionReports(siteId); }
    QFuture<RetentionReportReply> saveRetentionReport(const SavedRetentionReport &r) override
    {
        return m_inner.saveRetentionReport(r);
    }
    QFuture<RetentionReportReply> renameRetentionReport(qint64 siteId, qint64 id, const QString &name) override
    {
        return m_inner.renameRetentionReport(siteId, id, name);
    }
    QFuture<RetentionReportReply> deleteRetentionReport(qint64 siteId, qint64 id) override
    {
        return m_inner.deleteRetentionReport(siteId, id);
    }
    QFuture<CohortsReply> cohorts(qint64 siteId) override { return m_inner.cohorts(siteId); }
    QFuture<CohortReply> saveCohort(const Cohort &c) override { return m_inner.saveCohort(c); }
    QFuture<CohortReply> deleteCohort(qint64 siteId, qint64 id) override { return m_inner.deleteCohort(siteId, id); }
    QFuture<CohortReply> computeCohort(qint64 siteId, qint64 id) override { return m_inner.computeCohort(siteId, id); }
    QFuture<CohortReply> addCohortMembers(qint64 siteId, qint64 id, const QStringList &keys) override
    {
        return m_inner.addCohortMembers(siteId, id, keys);
    }
    QFuture<CohortReply> removeCohortMembers(qint64 siteId, qint64 id, const QStringList &keys) override
    {
        return m_inner.removeCohortMembers(siteId, id, keys);
    }
    QFuture<CohortReply> cohortFromFunnel(qint64 siteId, const QString &name, const FunnelUsersQuery &q) override
    {
        return m_inner.cohortFromFunnel(siteId, name, q);
    }
    QFuture<CohortPreviewReply> previewCohort(qint64 siteId, const CohortGroup &definition) override
    {
        return m_inner.previewCohort(siteId, definition);
    }
    QFuture<CohortMembersReply> cohortMembers(
        qint64 siteId, qint64 id, const QString &search, int offset, int limit) override
    {
        return m_inner.cohortMembers(siteId, id, search, offset, limit);
    }
    QFuture<ImportPreviewReply> previewImport(
        const QString &path, ImportOptions::Format format, const ImportMapping &mapping) override
    {
        return m_inner.previewImport(path, format, mapping);
    }
    QFuture<ImportPresetsReply> importPresets() override { return m_inner.importPresets(); }
    QFuture<ImportPresetReply> saveImportPreset(const QString &name, const ImportMapping &mapping) override
    {
        return m_inner.saveImportPreset(name, mapping);
    }
    QFuture<ImportPresetReply> deleteImportPreset(qint64 id) override { return m_inner.deleteImportPreset(id); }
    QFuture<ImportJobReply> startImport(const ImportStart &start) override { return m_inner.startImport(start); }
    QFuture<ImportJobsReply> importJobs(qint64 siteId) override { return m_inner.importJobs(siteId); }
    QFuture<ImportJobReply> cancelImport(qint64 siteId, qint64 id) override { return m_inner.cancelImport(siteId, id); }
    QFuture<ImportRejectionsReply> importRejections(qint64 siteId, qint64 id) override
    {
        return m_inner.importRejections(siteId, id);
    }
    QFuture<ExportJobsReply> exportJobs(qint64 siteId) override { return m_inner.exportJobs(siteId); }
    QFuture<ExportJobReply> startExport(const ExportRequest &request) override { return m_inner.startExport(request); }
    QFuture<ExportJobReply> cancelExport(qint64 siteId, qint64 id) override { return m_inner.cancelExport(siteId, id); }
    QFuture<ExportJobReply> deleteExport(qint64 siteId, qint64 id) override { return m_inner.deleteExport(siteId, id); }
    QFuture<ExportJobReply> exportFile(qint64 siteId, qint64 id) override { return m_inner.exportFile(siteId, id); }
    QFuture<ExportSchedulesReply> exportSchedules(qint64 siteId) override { return m_inner.exportSchedules(siteId); }
    QFuture<ExportScheduleReply> saveExportSchedule(
        qint64 siteId, qint64 id, const QJsonObject &json, const QString &folder) override
    {
        return m_inner.saveExportSchedule(siteId, id, json, folder);
    }
    QFuture<ExportScheduleReply> deleteExportSchedule(qint64 siteId, qint64 id) override
    {
        return m_inner.deleteExportSchedule(siteId, id);
    }
    QFuture<ExportJobReply> runExportSchedule(qint64 siteId, qint64 id) override
    {
        return m_inner.runExportSchedule(siteId, id);
    }
    QFuture<AlertRulesReply> alertRules(qint64 siteId) override { return m_inner.alertRules(siteId); }
    QFuture<AlertRuleReply> saveAlertRule(qint64 siteId, qint64 id, const QJsonObject &json) override
    {
        return m_inner.saveAlertRule(siteId, id, json);
    }
    QFuture<AlertRuleReply> deleteAlertRule(qint64 siteId, qint64 id) override
    {
        return m_inner.deleteAlertRule(siteId, id);
    }
    QFuture<AlertBacktestReply> backtestAlert(qint64 siteId, const QJsonObject &json) override
    {
        return m_inner.backtestAlert(siteId, json);
    }
    QFuture<AlertHistoryReply> alertHistory(qint64 siteId, qint64 ruleId, int limit) override
    {
        return m_inner.alertHistory(siteId, ruleId, limit);
    }
    QFuture<WebhookEndpointsReply> webhookEndpoints(qint64 siteId) override { return m_inner.webhookEndpoints(siteId); }
    QFuture<WebhookEndpointReply> saveWebhookEndpoint(qint64 siteId, qint64 id, const QJsonObject &json) override
    {
        return m_inner.saveWebhookEndpoint(siteId, id, json);
    }
    QFuture<WebhookEndpointReply> deleteWebhookEndpoint(qint64 siteId, qint64 id) override
    {
        return m_inner.deleteWebhookEndpoint(siteId, id);
    }
    QFuture<WebhookEndpointReply> rotateWebhookSecret(qint64 siteId, qint64 id) override
    {
        return m_inner.rotateWebhookSecret(siteId, id);
    }
    QFuture<WebhookDeliveryReply> sendWebhookTest(qint64 siteId, qint64 endpointId) override
    {
        return m_inner.sendWebhookTest(siteId, endpointId);
    }
    QFuture<WebhookDeliveriesReply> webhookDeliveries(qint64 siteId, qint64 endpointId, int limit) override
    {
        return m_inner.webhookDeliveries(siteId, endpointId, limit);
    }
    QFuture<WebhookDeliveryReply> redeliverWebhook(qint64 siteId, qint64 deliveryId) override
    {
        return m_inner.redeliverWebhook(siteId, deliveryId);
    }
    QFuture<FunnelUsersReply> funnelUsers(const FunnelUsersQuery &query) override { return m_inner.funnelUsers(query); }
    QFuture<CatalogReply> catalog(qint64 siteId) override { return m_inner.catalog(siteId); }
    QFuture<SavedFunnelsReply> savedFunnels(qint64 siteId) override { return m_inner.savedFunnels(siteId); }
    QFuture<SavedFunnelReply> saveFunnel(const SavedFunnel &f) override { return m_inner.saveFunnel(f); }
    QFuture<SavedFunnelReply> renameFunnel(qint64 siteId, qint64 id, const QString &name) override
    {
        return m_inner.renameFunnel(siteId, id, name);
    }
    QFuture<SavedFunnelReply> deleteFunnel(qint64 siteId, qint64 id) override
    {
        return m_inner.deleteFunnel(siteId, id);
    }

private:
    LocalWorkspaceClient &m_inner;
    QThreadPool m_pool;
    QList<int> m_delays;
    QList<QFuture<StatsReply>> m_futures;
};

void seed(test::TestWorkspace &tw, qint64 site)
{
    QList<EventRecord> events;
    for (int v = 0; v < 200; ++v)
        events.append(test::makeEvent(
            site, v, kNow - (v % 60) * kDay / 2, QStringLiteral("pageview"), QStringLiteral("/p%1").arg(v % 9)));
    QVERIFY(tw.write(events).ok);
}
} // namespace

class TestOverviewResponsiveness final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void slowQueryDoesNotBlockTheEventLoop();
    void olderAnswerArrivingLateIsDiscarded();
};

void TestOverviewResponsiveness::slowQueryDoesNotBlockTheEventLoop()
{
    test::TestWorkspace tw(kNow);
    const qint64 siteId = tw.addSite(QStringLiteral("example.com"));
    seed(tw, siteId);
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient local(tw.workspace(), live);
    SlowClient client(local);
    client.setDelays({ 1500, 1500 });
    OverviewPage page(client);
    page.show();

    qint64 maxGapMs = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] { maxGapMs = std::max(maxGapMs, sinceTick.restart()); });
    ticker.start();

    QSignalSpy loaded(&page, &OverviewPage::loaded);
    QElapsedTimer total;
    total.start();
    page.setContext(tw.workspace().sites().byId(siteId),
        DateRange::preset(DateRange::Preset::Last90Days, QDate(2024, 3, 31)), true);
    QVERIFY(page.isLoading());
    QVERIFY(page.tile(OverviewPage::Kpi::Visitors)->valueText() != KpiFormat::count(200));
    QVERIFY(loaded.wait(30000));
    QVERIFY(total.elapsed() >= 1500); // the answer really was slow...
    QVERIFY2(maxGapMs < 200,
        qPrintable(QStringLiteral("event loop stalled for %1 ms").arg(maxGapMs))); // ...and the GUI was not
    QVERIFY(!page.isLoading());
    QCOMPARE(page.tile(OverviewPage::Kpi::Visitors)->valueText(), KpiFormat::count(200));
}

void TestOverviewResponsiveness::olderAnswerArrivingLateIsDiscarded()
{
    test::TestWorkspace tw(kNow);
    const qint64 siteId = tw.addSite(QStringLiteral("example.com"));
    seed(tw, siteId);
    LiveAggregator live(tw.clock());
    LocalWorkspaceClient local(tw.workspace(), live);
    SlowClient client(local);
    client.setDelays({ 1000, 0 });
    OverviewPage page(client);
    QSignalSpy loaded(&page, &OverviewPage::loaded);
    const std::optional<Site> site = tw.workspace().sites().byId(siteId);
    page.setContext(site, DateRange::preset(DateRange::Preset::Last90Days, QDate(2024, 3, 31)), false); // slow
    page.setContext(site, DateRange::preset(DateRange::Preset::Today, QDate(2024, 3, 31)), false); // fast
    QVERIFY(loaded.wait(30000));
    StatsResult today;
    {
        ReadPool::Lease lease = tw.workspace().reads().acquire();
        today = tw.workspace().analysis().stats(lease.db(), page.currentQuery());
    }
    QVERIFY(today.visitors != 200);
    QCOMPARE(page.tile(OverviewPage::Kpi::Visitors)->valueText(), KpiFormat::count(today.visitors));

    // Let the slow, older answer arrive and be delivered: nothing changes.
    QTRY_VERIFY_WITH_TIMEOUT(client.allFinished(), 30000);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(page.tile(OverviewPage::Kpi::Visitors)->valueText(), KpiFormat::count(today.visitors));
}

QTEST_MAIN(TestOverviewResponsiveness)
#include "TestOverviewResponsiveness.moc"
