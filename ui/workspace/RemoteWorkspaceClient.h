// WorkspaceClient over a remote pulse-server: every call is a request to its REST API (docs/openapi.json)
// made with the analyst's key, and the live figures come from its WebSocket stream. Pages cannot tell
// it from the local client; the answers are the server's own.
#pragma once

#include "workspace/WorkspaceClient.h"

#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace pulse {
class Clock;
}

namespace pulse::ui {

class Keychain;
class RemoteLiveStream;
class RestTransport;
class SessionCredential;

class RemoteWorkspaceClient final : public WorkspaceClient {
    Q_OBJECT
public:
    // serverUrl: "https://pulse.example.com"; secret: a secret key with the read scope (write, export
    // and admin for the pages that change things).
    RemoteWorkspaceClient(const QUrl &serverUrl, const QString &secret, QObject *parent = nullptr);
    ~RemoteWorkspaceClient() override;
    // A client for a saved server (ServerProfiles) with its key from the keychain; waits for the
    // keychain (it may ask the user to unlock it). nullptr with *error saying why when there is no key.
    static std::unique_ptr<RemoteWorkspaceClient> open(const QUrl &serverUrl, const Keychain &keychain, QString *error);

    QUrl serverUrl() const override { return m_serverUrl; }
    // "now" for date presets; the system clock unless a test sets a manual one (kept by the caller).
    void setClock(const Clock *clock) { m_clock = clock; }
    // Where opened exports are downloaded (default: Downloads/Pulse exports/HOST); tests use their own.
    void setDownloadFolder(const QString &folder) { m_downloadFolder = folder; }
    // Ends the server-side session this client holds (the workbench switches away or closes).
    QFuture<void> endSession();
    // Whether the last request reached the server.
    bool reachable() const;

    qint64 nowMs() const override;
    QString collectorUrl() const override;
    QFuture<QList<Site>> sites() override;
    QFuture<StatsReply> stats(const StatsQuery &query) override;
    QFuture<LiveSnapshot> liveSnapshot(qint64 siteId) override;
    QFuture<SiteReply> addSite(const QString &domain) override;
    QFuture<SiteReply> saveSite(qint64 id, const QJsonObject &json) override;
    QFuture<SiteReply> deleteSite(qint64 id) override;
    QFuture<ApiKeysReply> apiKeys() override;
    QFuture<ApiKeyReply> createApiKey(const NewApiKey &key) override;
    QFuture<ApiKeyReply> rotateApiKey(qint64 id, qint64 graceSeconds) override;
    QFuture<ApiKeyReply> revokeApiKey(qint64 id) override;
    QFuture<DemoReply> loadDemoData() override;
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
    // Sends a request and decodes a 2xx answer into Reply; any other answer sets Reply::error (and
    // Reply::field, when the problem names one and the reply has one).
    template<typename Reply>
    QFuture<Reply> call(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QJsonValue &body,
        std::function<void(const QJsonObject &, Reply *)> decode);
    // As call(), then emits the change signal on success.
    template<typename Reply>
    QFuture<Reply> change(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QJsonValue &body,
        std::function<void(const QJsonObject &, Reply *)> decode, std::function<void()> announce);
    static QUrlQuery siteQuery(qint64 siteId);
    // Where a server's exports are downloaded to on this computer.
    QString downloadFolder() const;
    // Downloads the export of reply.job through its signed link (a path and query on the server).
    QFuture<ExportJobReply> download(ExportJobReply reply, const QString &link);
    void onReachability(bool reachable, const QString &message);

    QUrl m_serverUrl;
    const Clock *m_clock = nullptr;
    QString m_downloadFolder;
    SessionCredential *m_credential = nullptr;
    RestTransport *m_rest = nullptr;
    RemoteLiveStream *m_live = nullptr;
    QTimer *m_probe = nullptr; // while the server cannot be reached: asks /healthz until it answers
};

} // namespace pulse::ui
