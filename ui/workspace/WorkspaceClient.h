// The one interface the GUI talks to for data, so a page never knows whether the engine runs in this
// process (LocalWorkspaceClient) or behind a remote server's REST API (a later client). Every call
// that can take time returns a QFuture finished on another thread; the GUI watches it with a
// QFutureWatcher and never waits.
#pragma once

#include "access/SiteStore.h"
#include "analytics/StatsQuery.h"
#include "analytics/StatsResult.h"
#include "live/LiveAggregator.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

namespace pulse::ui {

// A query's answer, or why there is none: errors travel as values so a future never throws.
struct StatsReply
{
    StatsQuery query;
    StatsResult result;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct DemoReply
{
    Site site;
    qint64 events = 0;
    QString error;
};

struct SiteReply
{
    Site site;
    QString error; // what to change, e.g. "example" is not a domain
};

class WorkspaceClient : public QObject
{
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

Q_SIGNALS:
    void sitesChanged();
    // New events of siteId were stored (throttled by the client: at most a few times a second).
    void eventsCommitted(qint64 siteId);
};

} // namespace pulse::ui
