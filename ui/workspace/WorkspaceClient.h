// The one interface the GUI talks to for data, so a page never knows whether the engine runs in this
// process (LocalWorkspaceClient) or behind a remote server's REST API (a later client). Every call
// that can take time returns a QFuture finished on another thread; the GUI watches it with a
// QFutureWatcher and never waits.
#pragma once

#include "access/SiteStore.h"
#include "analytics/EventCatalog.h"
#include "analytics/StatsQuery.h"
#include "analytics/StatsResult.h"
#include "analytics/cohort/Cohort.h"
#include "analytics/funnel/FunnelQuery.h"
#include "analytics/funnel/FunnelResult.h"
#include "analytics/funnel/FunnelStore.h"
#include "analytics/retention/RetentionQuery.h"
#include "analytics/retention/RetentionReportStore.h"
#include "analytics/retention/RetentionResult.h"
#include "live/LiveAggregator.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

namespace pulse::ui {

// A query's answer, or why there is none: errors travel as values so a future never throws.
struct StatsReply {
    StatsQuery query;
    StatsResult result;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct DemoReply {
    Site site;
    qint64 events = 0;
    QString error;
};

struct SiteReply {
    Site site;
    QString error; // what to change, e.g. "example" is not a domain
};

struct FunnelReply {
    FunnelQuery query;
    FunnelResult result;
    QString error; // the engine's message for an invalid query, or why it failed
    bool ok() const { return error.isEmpty(); }
};

struct RetentionReply {
    RetentionQuery query;
    RetentionResult result;
    QString error; // the engine's message for an invalid query, or why it failed
    bool ok() const { return error.isEmpty(); }
};

struct CohortsReply {
    qint64 siteId = 0;
    QList<Cohort> cohorts; // by name
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The answer to changing one cohort (saving, computing, adding or removing members, deleting): the
// cohort as stored afterwards (as it was, after a delete), or what to change.
struct CohortReply {
    Cohort cohort;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct CohortPreviewReply {
    qint64 size = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct CohortMembersReply {
    qint64 cohortId = 0;
    CohortMembersPage page;
    QList<CohortSizePoint> sizeHistory; // oldest first
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct FunnelUsersReply {
    FunnelUsersQuery query;
    FunnelUsersPage page;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct CatalogReply {
    qint64 siteId = 0;
    EventCatalog catalog;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct SavedFunnelsReply {
    qint64 siteId = 0;
    QList<SavedFunnel> funnels; // by name
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The answer to saving, renaming or deleting one funnel: the stored funnel (empty after a delete).
struct SavedFunnelReply {
    SavedFunnel funnel;
    QString error; // what to change: an empty or taken name, a funnel deleted meanwhile
    bool ok() const { return error.isEmpty(); }
};

struct RetentionReportsReply {
    qint64 siteId = 0;
    QList<SavedRetentionReport> reports; // by name
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The answer to saving, renaming or deleting one retention report (empty after a delete).
struct RetentionReportReply {
    SavedRetentionReport report;
    QString error; // what to change: an empty or taken name, a report deleted meanwhile
    bool ok() const { return error.isEmpty(); }
};

class WorkspaceClient : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~WorkspaceClient() override = default;

    // "now" for date presets; tests inject a manual clock through the local client.
    virtual qint64 nowMs() const = 0;
    // The collector's base URL ("http://127.0.0.1:8420"), empty when it is not running.
    virtual QString collectorUrl() const = 0;

    virtual QFuture<QList<Site>> sites() = 0;
    virtual QFuture<StatsReply> stats(const StatsQuery &query) = 0;
    virtual QFuture<LiveSnapshot> liveSnapshot(qint64 siteId) = 0;
    // Adds a site for the domain and announces it with sitesChanged().
    virtual QFuture<SiteReply> addSite(const QString &domain) = 0;
    // Adds the demo site with weeks of generated traffic, unless it exists.
    virtual QFuture<DemoReply> loadDemoData() = 0;

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

Q_SIGNALS:
    void sitesChanged();
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
