// WorkspaceClient over a Workspace open in this process: queries run on a small thread pool with
// read connections, live snapshots come from the LiveAggregator fed by the writer.
#pragma once

#include "workspace/WorkspaceClient.h"

#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <optional>

namespace pulse {
class Alerts;
class ExportJobs;
class ExportSchedules;
class ImportJobs;
class Workspace;
} // namespace pulse

namespace pulse::ui {

class LocalWorkspaceClient final : public WorkspaceClient {
    Q_OBJECT
public:
    LocalWorkspaceClient(Workspace &workspace, LiveAggregator &live, QObject *parent = nullptr);
    // Waits for queries in flight: they hold references to the workspace.
    ~LocalWorkspaceClient() override;

    // Where the collector listens ("http://127.0.0.1:8420"), empty while it does not.
    void setCollectorUrl(const QString &url)
    {
        if (url == m_collectorUrl)
            return;
        m_collectorUrl = url;
        Q_EMIT collectorUrlChanged();
    }
    // The job queues of the service host; without them imports and exports answer that they are not
    // running. They must outlive this client.
    void setJobs(ImportJobs *imports, ExportJobs *exports, ExportSchedules *schedules);
    // The service's alerts (rules, evaluation, history); without it alert calls answer that alerts
    // are not running. It must outlive this client.
    void setAlerts(Alerts *alerts) { m_alerts = alerts; }

    qint64 nowMs() const override;
    QString collectorUrl() const override { return m_collectorUrl; }
    QFuture<QList<Site>> sites() override;
    QFuture<StatsReply> stats(const StatsQuery &query) override;
    QFuture<LiveSnapshot> liveSnapshot(qint64 siteId) override;
    QFuture<SiteReply> addSite(const QString &domain) override;
    QFuture<DemoReply> loadDemoData() override;
    QFuture<SiteReply> saveSite(qint64 id, const QJsonObject &json) override;
    QFuture<SiteReply> deleteSite(qint64 id) override;
    QFuture<ApiKeysReply> apiKeys() override;
    QFuture<ApiKeyReply> createApiKey(const NewApiKey &key) override;
    QFuture<ApiKeyReply> rotateApiKey(qint64 id, qint64 graceSeconds) override;
    QFuture<ApiKeyReply> revokeApiKey(qint64 id) override;
    QFuture<FunnelReply> funnel(const FunnelQuery &query) override;
    QFuture<FunnelUsersReply> funnelUsers(const FunnelUsersQuery &query) override;
    QFuture<CatalogReply> catalog(qint64 siteId) override;
    QFuture<SavedFunnelsReply> savedFunnels(qint64 siteId) override;
    QFuture<SavedFunnelReply> saveFunnel(const SavedFunnel &funnel) override;
    QFuture<SavedFunnelReply> renameFunnel(qint64 siteId, qint64 id, const QString &name) override;
    QFuture<SavedFunnelReply> deleteFunnel(qint64 siteId, qint64 id) override;
    QFuture<RetentionReply> retention(const RetentionQuery &query) override;
    QFuture<RetentionReportsReply> retentionReports(qint64 siteId) override;
    QFuture<RetentionReportReply> saveRetentionReport(const SavedRetentionReport &report) override;
    QFuture<RetentionReportReply> renameRetentionReport(qint64 siteId, qint64 id, const QString &name) override;
    QFuture<RetentionReportReply> deleteRetentionReport(qint64 siteId, qint64 id) override;
    QFuture<CohortsReply> cohorts(qint64 siteId) override;
    QFuture<CohortReply> saveCohort(const Cohort &cohort) override;
    QFuture<CohortReply> deleteCohort(qint64 siteId, qint64 id) override;
    QFuture<CohortReply> computeCohort(qint64 siteId, qint64 id) override;
    QFuture<CohortReply> addCohortMembers(qint64 siteId, qint64 id, const QStringList &keys) override;
    QFuture<CohortReply> removeCohortMembers(qint64 siteId, qint64 id, const QStringList &keys) override;
    QFuture<CohortReply> cohortFromFunnel(qint64 siteId, const QString &name, const FunnelUsersQuery &query) override;
    QFuture<CohortPreviewReply> previewCohort(qint64 siteId, const CohortGroup &definition) override;
    QFuture<CohortMembersReply> cohortMembers(
        qint64 siteId, qint64 id, const QString &search, int offset, int limit) override;
    QFuture<ImportPreviewReply> previewImport(
        const QString &path, ImportOptions::Format format, const ImportMapping &mapping) override;
    QFuture<ImportPresetsReply> importPresets() override;
    QFuture<ImportPresetReply> saveImportPreset(const QString &name, const ImportMapping &mapping) override;
    QFuture<ImportPresetReply> deleteImportPreset(qint64 id) override;
    QFuture<ImportJobReply> startImport(const ImportStart &start) override;
    QFuture<ImportJobsReply> importJobs(qint64 siteId) override;
    QFuture<ImportJobReply> cancelImport(qint64 siteId, qint64 id) override;
    QFuture<ImportRejectionsReply> importRejections(qint64 siteId, qint64 id) override;
    QFuture<ExportJobsReply> exportJobs(qint64 siteId) override;
    QFuture<ExportJobReply> startExport(const ExportRequest &request) override;
    QFuture<ExportJobReply> cancelExport(qint64 siteId, qint64 id) override;
    QFuture<ExportJobReply> deleteExport(qint64 siteId, qint64 id) override;
    QFuture<ExportJobReply> exportFile(qint64 siteId, qint64 id) override;
    QFuture<ExportSchedulesReply> exportSchedules(qint64 siteId) override;
    QFuture<ExportScheduleReply> saveExportSchedule(
        qint64 siteId, qint64 id, const QJsonObject &json, const QString &folder) override;
    QFuture<ExportScheduleReply> deleteExportSchedule(qint64 siteId, qint64 id) override;
    QFuture<ExportJobReply> runExportSchedule(qint64 siteId, qint64 id) override;
    QFuture<AlertRulesReply> alertRules(qint64 siteId) override;
    QFuture<AlertRuleReply> saveAlertRule(qint64 siteId, qint64 id, const QJsonObject &json) override;
    QFuture<AlertRuleReply> deleteAlertRule(qint64 siteId, qint64 id) override;
    QFuture<AlertBacktestReply> backtestAlert(qint64 siteId, const QJsonObject &json) override;
    QFuture<AlertHistoryReply> alertHistory(qint64 siteId, qint64 ruleId, int limit) override;
    QFuture<WebhookEndpointsReply> webhookEndpoints(qint64 siteId) override;
    QFuture<WebhookEndpointReply> saveWebhookEndpoint(qint64 siteId, qint64 id, const QJsonObject &json) override;
    QFuture<WebhookEndpointReply> deleteWebhookEndpoint(qint64 siteId, qint64 id) override;
    QFuture<WebhookEndpointReply> rotateWebhookSecret(qint64 siteId, qint64 id) override;
    QFuture<WebhookDeliveryReply> sendWebhookTest(qint64 siteId, qint64 endpointId) override;
    QFuture<WebhookDeliveriesReply> webhookDeliveries(qint64 siteId, qint64 endpointId, int limit) override;
    QFuture<WebhookDeliveryReply> redeliverWebhook(qint64 siteId, qint64 deliveryId) override;

private:
    void onSiteChanged(qint64 siteId);
    void flushChanges();
    // Runs fill(Reply &) on the pool; an exception becomes the reply's error (LocalPoolCall.h).
    template<typename Reply, typename Fill> QFuture<Reply> onPool(Reply reply, Fill fill);
    // future's reply, after announce() ran on this (the GUI) thread when the reply is ok: how a change
    // makes the pages reload (LocalPoolCall.h).
    template<typename Reply, typename Announce> QFuture<Reply> announceIfOk(QFuture<Reply> future, Announce announce);
    // Runs a retention report change on the pool and emits retentionReportsChanged on this thread when
    // it succeeded.
    QFuture<RetentionReportReply> changeRetentionReport(
        qint64 siteId, std::function<std::optional<SavedRetentionReport>(Workspace &, QString *)> change);
    // Runs a cohort change on the pool and emits cohortsChanged on this thread when it succeeded.
    QFuture<CohortReply> changeCohort(
        qint64 siteId, std::function<std::optional<Cohort>(Workspace &, QString *)> change);
    // Runs an endpoint change on the pool and emits webhooksChanged on this thread when it succeeded.
    QFuture<WebhookEndpointReply> changeWebhook(qint64 siteId, std::function<WebhookEndpointReply(Workspace &)> change);
    // Runs a key change on the pool and emits keysChanged on this thread when it succeeded.
    QFuture<ApiKeyReply> changeKey(std::function<ApiKeyReply(Workspace &)> change);

    Workspace &m_workspace;
    LiveAggregator &m_live;
    QString m_collectorUrl;
    ImportJobs *m_imports = nullptr;
    ExportJobs *m_exports = nullptr;
    ExportSchedules *m_schedules = nullptr;
    Alerts *m_alerts = nullptr;
    QThreadPool m_pool;
    QTimer m_throttle;
    QSet<qint64> m_changedSites;
};

} // namespace pulse::ui
