// Local client: the engine's calls wrapped in QtConcurrent so the GUI thread never touches SQLite.
#include "workspace/LocalWorkspaceClient.h"

#include "analytics/AnalysisEngine.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/funnel/FunnelStore.h"
#include "core/Clock.h"
#include "demo/DemoDataGenerator.h"
#include "storage/ReadPool.h"
#include "storage/Workspace.h"

#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
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
    Workspace *workspace = &m_workspace;
    return QtConcurrent::run(&m_pool, [workspace, query] {
        StatsReply reply;
        reply.query = query;
        try {
            ReadPool::Lease lease = workspace->reads().acquire();
            reply.result = workspace->analysis().stats(lease.db(), query);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
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
    QFuture<SiteReply> future = QtConcurrent::run(&m_pool, [workspace, domain, zone] {
        SiteReply reply;
        try {
            const std::optional<Site> site = workspace->sites().add(domain, QString(), zone, &reply.error);
            if (site)
                reply.site = *site;
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this](const SiteReply &reply) {
        if (reply.error.isEmpty())
            Q_EMIT sitesChanged();
        return reply;
    });
}

QFuture<DemoReply> LocalWorkspaceClient::loadDemoData()
{
    Workspace *workspace = &m_workspace;
    QFuture<DemoReply> future = QtConcurrent::run(&m_pool, [workspace] {
        DemoReply reply;
        try {
            const DemoDataGenerator::Outcome outcome = DemoDataGenerator::ensureDemoSite(*workspace);
            reply.site = outcome.site;
            reply.events = outcome.events;
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    // Announce the new site once it is stored, on this (the GUI) thread.
    return future.then(this, [this](const DemoReply &reply) {
        Q_EMIT sitesChanged();
        return reply;
    });
}

QFuture<FunnelReply> LocalWorkspaceClient::funnel(const FunnelQuery &query)
{
    Workspace *workspace = &m_workspace;
    return QtConcurrent::run(&m_pool, [workspace, query] {
        FunnelReply reply;
        reply.query = query;
        try {
            reply.result = workspace->cohorts().funnel(query); // resolves cohort filters
        } catch (const std::exception &e) { // std::invalid_argument names the field to change
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<RetentionReply> LocalWorkspaceClient::retention(const RetentionQuery &query)
{
    Workspace *workspace = &m_workspace;
    return QtConcurrent::run(&m_pool, [workspace, query] {
        RetentionReply reply;
        reply.query = query;
        try {
            reply.result = workspace->cohorts().retention(query); // resolves the site's zone and cohorts
        } catch (const std::exception &e) { // std::invalid_argument names the field to change
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<FunnelUsersReply> LocalWorkspaceClient::funnelUsers(const FunnelUsersQuery &query)
{
    Workspace *workspace = &m_workspace;
    return QtConcurrent::run(&m_pool, [workspace, query] {
        FunnelUsersReply reply;
        reply.query = query;
        try {
            reply.page = workspace->cohorts().funnelUsers(query);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<CatalogReply> LocalWorkspaceClient::catalog(qint64 siteId)
{
    Workspace *workspace = &m_workspace;
    return QtConcurrent::run(&m_pool, [workspace, siteId] {
        CatalogReply reply;
        reply.siteId = siteId;
        try {
            reply.catalog = workspace->analysis().catalog(siteId);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<SavedFunnelsReply> LocalWorkspaceClient::savedFunnels(qint64 siteId)
{
    Workspace *workspace = &m_workspace;
    return QtConcurrent::run(&m_pool, [workspace, siteId] {
        SavedFunnelsReply reply;
        reply.siteId = siteId;
        try {
            reply.funnels = workspace->funnels().list(siteId);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<SavedFunnelReply> LocalWorkspaceClient::saveFunnel(const SavedFunnel &funnel)
{
    Workspace *workspace = &m_workspace;
    return announce(QtConcurrent::run(&m_pool,
                        [workspace, funnel] {
                            SavedFunnelReply reply;
                            try {
                                const std::optional<SavedFunnel> saved
                                    = workspace->funnels().save(funnel, &reply.error);
                                if (saved)
                                    reply.funnel = *saved;
                            } catch (const std::exception &e) {
                                reply.error = QString::fromUtf8(e.what());
                            }
                            return reply;
                        }),
        funnel.siteId);
}

QFuture<SavedFunnelReply> LocalWorkspaceClient::renameFunnel(qint64 siteId, qint64 id, const QString &name)
{
    Workspace *workspace = &m_workspace;
    return announce(QtConcurrent::run(&m_pool,
                        [workspace, siteId, id, name] {
                            SavedFunnelReply reply;
                            try {
                                const std::optional<SavedFunnel> renamed
                                    = workspace->funnels().rename(siteId, id, name, &reply.error);
                                if (renamed)
                                    reply.funnel = *renamed;
                            } catch (const std::exception &e) {
                                reply.error = QString::fromUtf8(e.what());
                            }
                            return reply;
                        }),
        siteId);
}

QFuture<SavedFunnelReply> LocalWorkspaceClient::deleteFunnel(qint64 siteId, qint64 id)
{
    Workspace *workspace = &m_workspace;
    return announce(QtConcurrent::run(&m_pool,
                        [workspace, siteId, id] {
                            SavedFunnelReply reply;
                            try {
                                if (!workspace->funnels().remove(siteId, id))
                                    reply.error = tr("This funnel no longer exists.");
                            } catch (const std::exception &e) {
                                reply.error = QString::fromUtf8(e.what());
                            }
                            return reply;
                        }),
        siteId);
}

QFuture<SavedFunnelReply> LocalWorkspaceClient::announce(QFuture<SavedFunnelReply> future, qint64 siteId)
{
    return future.then(this, [this, siteId](const SavedFunnelReply &reply) {
        if (reply.ok())
            Q_EMIT savedFunnelsChanged(siteId);
        return reply;
    });
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
