// The one interface the GUI talks to for data, so a page never knows whether the engine runs in this
// process (LocalWorkspaceClient) or behind a remote server's REST API (RemoteWorkspaceClient). Every call
// that can take time returns a QFuture finished on another thread; the GUI watches it with a
// QFutureWatcher and never waits.
#pragma once

#include "live/LiveAggregator.h"
#include "workspace/AccessReplies.h"
#include "workspace/AnalysisReplies.h"
#include "workspace/JobReplies.h"
#include "workspace/NotificationReplies.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace pulse::ui {

class WorkspaceClient : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~WorkspaceClient() override = default;

    // "now" for date presets; tests inject a manual clock through the local client.
    virtual qint64 nowMs() const = 0;
    // The collector's base URL ("http://127.0.0.1:8420"), empty when it is not running.
    virtual QString collectorUrl() const = 0;
    // A remote server's address; empty for the workspace on this computer.
    virtual QUrl serverUrl() const { return {}; }

    virtual QFuture<QList<Site>> sites() = 0;
    virtual QFuture<StatsReply> stats(const StatsQuery &query) = 0;
    virtual QFuture<LiveSnapshot> liveSnapshot(qint64 siteId) = 0;
    // Adds a site for the domain and announces it with sitesChanged().
    virtual QFuture<SiteReply> addSite(const QString &domain) = 0;
    // Adds the demo site with weeks of generated traffic, unless it exists.
    virtual QFuture<DemoReply> loadDemoData() = 0;
    // Creates (id 0) or changes a site from its JSON, as REST's POST and PUT /api/v1/sites take it
    // (domain, name, timezone and the settings of docs/sites-and-keys.md; absent members keep their
    // value). Announces sitesChanged().
    virtual QFuture<SiteReply> saveSite(qint64 id, const QJsonObject &json) = 0;
    // Deletes the site and everything stored for it (events, sessions, reports, cohorts, imports, keys
    // limited to it). Announces sitesChanged() and keysChanged().
    virtual QFuture<SiteReply> deleteSite(qint64 id) = 0;

    // Secret API keys (docs/sites-and-keys.md). The changing calls announce keysChanged().
    virtual QFuture<ApiKeysReply> apiKeys() = 0;
    virtual QFuture<ApiKeyReply> createApiKey(const NewApiKey &key) = 0;
    // A new secret for the key; the old one keeps working for graceSeconds (0: refused at once).
    virtual QFuture<ApiKeyReply> rotateApiKey(qint64 id, qint64 graceSeconds) = 0;
    // Stops the key's current and previous secret at once.
    virtual QFuture<ApiKeyReply> revokeApiKey(qint64 id) = 0;

    // Funnels (docs/funnels.md). Invalid queries answer with an error, never an exception.
    virtual QFuture<FunnelReply> funnel(const FunnelQuery &query) = 0;
    virtual QFuture<FunnelUsersReply> funnelUsers(const FunnelUsersQuery &query) = 0;
    // Event names, paths and property keys the site has received, for completion in the builder.
    virtual QFuture<CatalogReply> catalog(qint64 siteId) = 0;
    virtual QFuture<SavedFunnelsReply> savedFunnels(qint64 siteId) = 0;
    // Saves a new funnel (id 0) or replaces one; these three announce success with savedFunnelsChanged().
    virtual QFuture<SavedFunnelReply> saveFunnel(const SavedFunnel &funnel) = 0;
    virtual QFuture<SavedFunnelReply> renameFunnel(qint64 siteId, qint64 id, const QString &name) = 0;
    virtual QFuture<SavedFunnelReply> deleteFunnel(qint64 siteId, qint64 id) = 0;

    // Retention grids (docs/retention.md); calendar periods follow the site's zone unless the query
    // names one. Invalid queries answer with an error, never an exception.
    virtual QFuture<RetentionReply> retention(const RetentionQuery &query) = 0;
    // Saved retention reports; the changing calls announce success with retentionReportsChanged().
    virtual QFuture<RetentionReportsReply> retentionReports(qint64 siteId) = 0;
    virtual QFuture<RetentionReportReply> saveRetentionReport(const SavedRetentionReport &report) = 0;
    virtual QFuture<RetentionReportReply> renameRetentionReport(qint64 siteId, qint64 id, const QString &name) = 0;
    virtual QFuture<RetentionReportReply> deleteRetentionReport(qint64 siteId, qint64 id) = 0;

    // Cohorts (docs/cohorts.md). The changing calls announce success with cohortsChanged().
    virtual QFuture<CohortsReply> cohorts(qint64 siteId) = 0;
    // Saves a new cohort (id 0) or changes one; a dynamic cohort comes back computed.
    virtual QFuture<CohortReply> saveCohort(const Cohort &cohort) = 0;
    virtual QFuture<CohortReply> deleteCohort(qint64 siteId, qint64 id) = 0;
    virtual QFuture<CohortReply> computeCohort(qint64 siteId, qint64 id) = 0;
    // keys as CohortMember::key(); static cohorts only.
    virtual QFuture<CohortReply> addCohortMembers(qint64 siteId, qint64 id, const QStringList &keys) = 0;
    virtual QFuture<CohortReply> removeCohortMembers(qint64 siteId, qint64 id, const QStringList &keys) = 0;
    // A new static cohort of every user behind a funnel step.
    virtual QFuture<CohortReply> cohortFromFunnel(qint64 siteId, const QString &name, const FunnelUsersQuery &query)
        = 0;
    // How many users a definition matches now, without saving it.
    virtual QFuture<CohortPreviewReply> previewCohort(qint64 siteId, const CohortGroup &definition) = 0;
    // A page of members whose id contains search, with the cohort's size history.
    virtual QFuture<CohortMembersReply> cohortMembers(
        qint64 siteId, qint64 id, const QString &search, int offset, int limit)
        = 0;

    // Imports (docs/imports.md). The file is read where the engine runs: a local workspace copies it
    // into its data folder so the job can resume after a restart.
    virtual QFuture<ImportPreviewReply> previewImport(
        const QString &path, ImportOptions::Format format, const ImportMapping &mapping)
        = 0;
    virtual QFuture<ImportPresetsReply> importPresets() = 0;
    // Saves under name, replacing a saved preset of that name; announces importPresetsChanged().
    virtual QFuture<ImportPresetReply> saveImportPreset(const QString &name, const ImportMapping &mapping) = 0;
    virtual QFuture<ImportPresetReply> deleteImportPreset(qint64 id) = 0;
    virtual QFuture<ImportJobReply> startImport(const ImportStart &start) = 0;
    virtual QFuture<ImportJobsReply> importJobs(qint64 siteId) = 0;
    virtual QFuture<ImportJobReply> cancelImport(qint64 siteId, qint64 id) = 0;
    virtual QFuture<ImportRejectionsReply> importRejections(qint64 siteId, qint64 id) = 0;

    // Exports (docs/exports.md): jobs written off the GUI thread; schedules with a folder of their own.
    virtual QFuture<ExportJobsReply> exportJobs(qint64 siteId) = 0;
    virtual QFuture<ExportJobReply> startExport(const ExportRequest &request) = 0;
    virtual QFuture<ExportJobReply> cancelExport(qint64 siteId, qint64 id) = 0;
    // Deletes a finished job and its file.
    virtual QFuture<ExportJobReply> deleteExport(qint64 siteId, qint64 id) = 0;
    // The finished export's file on this computer (reply.filePath): where it was written, or for a
    // server's export, a copy downloaded into this computer's Downloads folder.
    virtual QFuture<ExportJobReply> exportFile(qint64 siteId, qint64 id) = 0;
    virtual QFuture<ExportSchedulesReply> exportSchedules(qint64 siteId) = 0;
    // Creates (id 0) or changes a schedule from its JSON (ExportSchedule::fromJson); folder empty: the
    // exports folder. Announces exportSchedulesChanged().
    virtual QFuture<ExportScheduleReply> saveExportSchedule(
        qint64 siteId, qint64 id, const QJsonObject &json, const QString &folder)
        = 0;
    virtual QFuture<ExportScheduleReply> deleteExportSchedule(qint64 siteId, qint64 id) = 0;
    // Queues a run now; the reply's schedule is unchanged, the new job shows in exportJobs().
    virtual QFuture<ExportJobReply> runExportSchedule(qint64 siteId, qint64 id) = 0;

    // Alerts (docs/alerts.md). A rule travels as its JSON (AlertRule::fromJson), as over REST.
    virtual QFuture<AlertRulesReply> alertRules(qint64 siteId) = 0;
    // Creates (id 0) or changes a rule; announces alertRulesChanged().
    virtual QFuture<AlertRuleReply> saveAlertRule(qint64 siteId, qint64 id, const QJsonObject &json) = 0;
    virtual QFuture<AlertRuleReply> deleteAlertRule(qint64 siteId, qint64 id) = 0;
    // What the rule, saved or not, would have done over the last 30 days; nothing is stored.
    virtual QFuture<AlertBacktestReply> backtestAlert(qint64 siteId, const QJsonObject &json) = 0;
    // The newest firings and resolutions of one rule, or of every rule of the site (ruleId 0).
    virtual QFuture<AlertHistoryReply> alertHistory(qint64 siteId, qint64 ruleId, int limit) = 0;

    // Webhooks (docs/webhooks.md). An endpoint travels as its JSON (WebhookEndpoint::fromJson).
    virtual QFuture<WebhookEndpointsReply> webhookEndpoints(qint64 siteId) = 0;
    // Creates (id 0, with a new secret) or changes an endpoint; announces webhooksChanged().
    virtual QFuture<WebhookEndpointReply> saveWebhookEndpoint(qint64 siteId, qint64 id, const QJsonObject &json) = 0;
    virtual QFuture<WebhookEndpointReply> deleteWebhookEndpoint(qint64 siteId, qint64 id) = 0;
    // A new secret; the old one keeps signing for a day so receivers can switch over.
    virtual QFuture<WebhookEndpointReply> rotateWebhookSecret(qint64 siteId, qint64 id) = 0;
    virtual QFuture<WebhookDeliveryReply> sendWebhookTest(qint64 siteId, qint64 endpointId) = 0;
    virtual QFuture<WebhookDeliveriesReply> webhookDeliveries(qint64 siteId, qint64 endpointId, int limit) = 0;
    virtual QFuture<WebhookDeliveryReply> redeliverWebhook(qint64 siteId, qint64 deliveryId) = 0;

Q_SIGNALS:
    // A remote server stopped answering (message: why; the client keeps trying) or answers again.
    void reachabilityChanged(bool reachable, const QString &message);
    void sitesChanged();
    // A secret API key was created, rotated or revoked (or went with its site).
    void keysChanged();
    // The collector started, stopped or moved: collectorUrl() (tracker snippets, Live heading) changed.
    void collectorUrlChanged();
    void webhooksChanged(qint64 siteId);
    void alertRulesChanged(qint64 siteId);
    void importPresetsChanged();
    // An import or export job of siteId was queued, cancelled or deleted.
    void jobsChanged(qint64 siteId);
    void exportSchedulesChanged(qint64 siteId);
    // New events of siteId were stored (throttled by the client: at most a few times a second).
    void eventsCommitted(qint64 siteId);
    // A saved funnel of siteId was added, changed or deleted.
    void savedFunnelsChanged(qint64 siteId);
    // A saved retention report of siteId was added, changed or deleted.
    void retentionReportsChanged(qint64 siteId);
    // A cohort of siteId was added, changed, computed or deleted.
    void cohortsChanged(qint64 siteId);
};

} // namespace pulse::ui
