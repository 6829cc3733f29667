// Local client: the engine's calls wrapped in QtConcurrent so the GUI thread never touches SQLite.
#include "workspace/LocalWorkspaceClient.h"

#include "analytics/AnalysisEngine.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/funnel/FunnelStore.h"
#include "core/Clock.h"
#include "demo/DemoDataGenerator.h"
#include "storage/ReadPool.h"
#include "storage/Workspace.h"
#include "workspace/LocalPoolCall.h"

#include <QTimeZone>

#include <utility>

namespace pulse::ui {

namespace {
// Commit notifications can arrive thousands of times a second; pages only need a few refreshes.
constexpr int kChangeThrottleMs = 250;
} // namespace

LocalWorkspaceClient::LocalWorkspaceClient(Workspace &workspace, LiveAggregator &live, QObject *parent)
    : WorkspaceClient(parent), m_workspace(workspace), m_live(live)
{
    m_pool.setMaxThreadCount(2); // two cores shared with the collector: leave room for ingest
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(kChangeThrottleMs);
    connect(&m_throttle, &QTimer::timeout, this, &LocalWorkspaceClient::flushChanges);
    // Queued: siteChanged is emitted on the writer thread.
    connect(&m_live, &LiveAggregator::siteChanged, this, &LocalWorkspaceClient::onSiteChanged, Qt::QueuedConnection);
}

LocalWorkspaceClient::~LocalWorkspaceClient()
{
    m_pool.waitForDone();
}

qint64 LocalWorkspaceClient::nowMs() const
{
    return m_workspace.clock().nowMs();
}

QFuture<QList<Site>> LocalWorkspaceClient::sites()
{
    // The site store is in memory behind a lock: cheap, but keep one code path for local and remote.
    Workspace *workspace = &m_workspace;
    return QtConcurrent::run(&m_pool, [workspace] { return workspace->sites().list(); });
}

QFuture<StatsReply> LocalWorkspaceClient::stats(const StatsQuery &query)
{
    StatsReply reply;
    reply.query = query;
    return onPool(reply, [workspace = &m_workspace, query](StatsReply &r) {
        ReadPool::Lease lease = workspace->reads().acquire();
        r.result = workspace->analysis().stats(lease.db(), query);
    });
}

QFuture<LiveSnapshot> LocalWorkspaceClient::liveSnapshot(qint64 siteId)
{
    LiveAggregator *live = &m_live;
    const qint64 now = nowMs();
    return QtConcurrent::run(&m_pool, [live, siteId, now] { return live->snapshot(siteId, now); });
}

QFuture<SiteReply> LocalWorkspaceClient::addSite(const QString &domain)
{
    Workspace *workspace = &m_workspace;
    // New sites count days in the zone of the computer they were added on.
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    QFuture<SiteReply> future = onPool(SiteReply {}, [workspace, domain, zone](SiteReply &reply) {
        if (const std::optional<Site> site = workspace->sites().add(domain, QString(), zone, &reply.error))
            reply.site = *site;
    });
    return announceIfOk(std::move(future), [this] { Q_EMIT sitesChanged(); });
}

QFuture<DemoReply> LocalWorkspaceClient::loadDemoData()
{
    QFuture<DemoReply> future = onPool(DemoReply {}, [workspace = &m_workspace](DemoReply &reply) {
        const DemoDataGenerator::Outcome outcome = DemoDataGenerator::ensureDemoSite(*workspace);
        reply.site = outcome.site;
        reply.events = outcome.events;
    });
    // Announce the new site once it is stored, on this (the GUI) thread.
    return future.then(this, [this](const DemoReply &reply) {
        Q_EMIT sitesChanged();
        return reply;
    });
}

QFuture<FunnelReply> LocalWorkspaceClient::funnel(const FunnelQuery &query)
{
    FunnelReply reply;
    reply.query = query;
    return onPool(reply, [workspace = &m_workspace, query](FunnelReply &r) {
        r.result = workspace->cohorts().funnel(query); // resolves cohort filters
    });
}

QFuture<RetentionReply> LocalWorkspaceClient::retention(const RetentionQuery &query)
{
    RetentionReply reply;
    reply.query = query;
    return onPool(reply, [workspace = &m_workspace, query](RetentionReply &r) {
        r.result = workspace->cohorts().retention(query); // resolves the site's zone and cohorts
    });
}

QFuture<FunnelUsersReply> LocalWorkspaceClient::funnelUsers(const FunnelUsersQuery &query)
{
    FunnelUsersReply reply;
    reply.query = query;
    return onPool(reply,
        [workspace = &m_workspace, query](FunnelUsersReply &r) { r.page = workspace->cohorts().funnelUsers(query); });
}

QFuture<CatalogReply> LocalWorkspaceClient::catalog(qint64 siteId)
{
    CatalogReply reply;
    reply.siteId = siteId;
    return onPool(reply,
        [workspace = &m_workspace, siteId](CatalogReply &r) { r.catalog = workspace->analysis().catalog(siteId); });
}

QFuture<SavedFunnelsReply> LocalWorkspaceClient::savedFunnels(qint64 siteId)
{
    SavedFunnelsReply reply;
    reply.siteId = siteId;
    return onPool(reply,
        [workspace = &m_workspace, siteId](SavedFunnelsReply &r) { r.funnels = workspace->funnels().list(siteId); });
}

QFuture<SavedFunnelReply> LocalWorkspaceClient::saveFunnel(const SavedFunnel &funnel)
{
    QFuture<SavedFunnelReply> future
        = onPool(SavedFunnelReply {}, [workspace = &m_workspace, funnel](SavedFunnelReply &reply) {
              if (const std::optional<SavedFunnel> saved = workspace->funnels().save(funnel, &reply.error))
                  reply.funnel = *saved;
          });
    return announceIfOk(std::move(future), [this, siteId = funnel.siteId] { Q_EMIT savedFunnelsChanged(siteId); });
}

QFuture<SavedFunnelReply> LocalWorkspaceClient::renameFunnel(qint64 siteId, qint64 id, const QString &name)
{
    QFuture<SavedFunnelReply> future = onPool(
        SavedFunnelReply {}, [workspace = &m_workspace, siteId, id, name](SavedFunnelReply &reply) {
            if (const std::optional<SavedFunnel> renamed = workspace->funnels().rename(siteId, id, name, &reply.error))
                reply.funnel = *renamed;
        });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT savedFunnelsChanged(siteId); });
}

QFuture<SavedFunnelReply> LocalWorkspaceClient::deleteFunnel(qint64 siteId, qint64 id)
{
    QFuture<SavedFunnelReply> future
        = onPool(SavedFunnelReply {}, [workspace = &m_workspace, siteId, id](SavedFunnelReply &reply) {
              if (!workspace->funnels().remove(siteId, id))
                  reply.error = tr("This funnel no longer exists.");
          });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT savedFunnelsChanged(siteId); });
}

void LocalWorkspaceClient::onSiteChanged(qint64 siteId)
{
    m_changedSites.insert(siteId);
    if (!m_throttle.isActive())
        m_throttle.start();
}

void LocalWorkspaceClient::flushChanges()
{
    const QSet<qint64> sites = std::exchange(m_changedSites, {});
    for (qint64 siteId : sites)
        Q_EMIT eventsCommitted(siteId);
}

} // namespace pulse::ui
