// RemoteWorkspaceClient: the connection (credential, REST transport, live stream), sites, stats, live
// figures and funnels. Retention, cohorts, jobs, alerts and webhooks are in the Remote*Calls.cpp files.
#include "workspace/RemoteWorkspaceClient.h"

#include "core/Clock.h"

#include "workspace/Keychain.h"
#include "workspace/RemoteCalls.h"
#include "workspace/RemoteDecode.h"
#include "workspace/RemoteLiveStream.h"
#include "workspace/ServerProfiles.h"
#include "workspace/SessionCredential.h"

#include <QDateTime>
#include <QTimeZone>

namespace pulse::ui {

namespace {
// While the server cannot be reached, it is asked this often whether it is back.
constexpr int kProbeIntervalMs = 10000;

QUrl streamUrl(const QUrl &server)
{
    QUrl url = server;
    url.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1/stream"));
    return url;
}
} // namespace

RemoteWorkspaceClient::RemoteWorkspaceClient(const QUrl &serverUrl, const QString &secret, QObject *parent)
    : WorkspaceClient(parent), m_serverUrl(serverUrl)
{
    m_credential = new SessionCredential(serverUrl, secret, this);
    m_rest = new RestTransport(serverUrl, *m_credential, this);
    m_live = new RemoteLiveStream(streamUrl(serverUrl), *m_credential, this);
    connect(m_rest, &RestTransport::reachabilityChanged, this, &RemoteWorkspaceClient::onReachability);
    m_probe = new QTimer(this);
    m_probe->setInterval(kProbeIntervalMs);
    connect(m_probe, &QTimer::timeout, this, [this] { m_rest->send("GET", QStringLiteral("/healthz")); });
    // The stream's figures say when new events arrived; the pages refresh on it as they do locally.
    connect(m_live, &RemoteLiveStream::activity, this, &WorkspaceClient::eventsCommitted);
}

RemoteWorkspaceClient::~RemoteWorkspaceClient() = default;

void RemoteWorkspaceClient::onReachability(bool isReachable, const QString &message)
{
    if (isReachable)
        m_probe->stop();
    else
        m_probe->start();
    Q_EMIT reachabilityChanged(isReachable, message);
}

std::unique_ptr<RemoteWorkspaceClient> RemoteWorkspaceClient::open(
    const QUrl &serverUrl, const Keychain &keychain, QString *error)
{
    const KeychainReply reply = Keychain::wait(keychain.read(ServerProfiles::keychainName(serverUrl)));
    if (!reply.ok() || reply.secret.isEmpty()) {
        *error = reply.notFound || reply.ok()
            ? tr("The system keychain has no key for %1. Connect to it again in File > Workspace.")
                  .arg(serverUrl.toString())
            : reply.error;
        return nullptr;
    }
    return std::make_unique<RemoteWorkspaceClient>(serverUrl, reply.secret);
}

QFuture<void> RemoteWorkspaceClient::endSession()
{
    return m_credential->endSession();
}

bool RemoteWorkspaceClient::reachable() const
{
    return m_rest->reachable();
}

QUrlQuery RemoteWorkspaceClient::siteQuery(qint64 siteId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("site"), QString::number(siteId));
    return query;
}

qint64 RemoteWorkspaceClient::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

QString RemoteWorkspaceClient::collectorUrl() const
{
    // The server collects on its own address: tracker snippets point there.
    return m_serverUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

QFuture<QList<Site>> RemoteWorkspaceClient::sites()
{
    return m_rest->send("GET", QStringLiteral("/api/v1/sites")).then([](const RestResponse &response) {
        return remote::items<Site>(response.object(), &Site::fromJson);
    });
}

QFuture<StatsReply> RemoteWorkspaceClient::stats(const StatsQuery &query)
{
    QUrlQuery url = query.toUrlQuery();
    url.addQueryItem(QStringLiteral("site"), QString::number(query.siteId));
    return call<StatsReply>("GET", QStringLiteral("/api/v1/stats"), url, {},
        [query](const QJsonObject &json, StatsReply *reply) {
            reply->query = query;
            reply->result = StatsResult::fromJson(json);
        })
        .then([query](StatsReply reply) {
            reply.query = query;
            return reply;
        });
}

QFuture<LiveSnapshot> RemoteWorkspaceClient::liveSnapshot(qint64 siteId)
{
    return m_live->snapshot(siteId);
}

QFuture<SiteReply> RemoteWorkspaceClient::addSite(const QString &domain)
{
    // As locally: the new site counts days in the zone of the computer it was added from.
    const QJsonObject body { { QStringLiteral("domain"), domain },
        { QStringLiteral("timezone"), QString::fromUtf8(QTimeZone::systemTimeZoneId()) } };
    return change<SiteReply>(
        "POST", QStringLiteral("/api/v1/sites"), {}, body,
        [](const QJsonObject &json, SiteReply *reply) { reply->site = Site::fromJson(json).value_or(Site {}); },
        [this] { Q_EMIT sitesChanged(); });
}

QFuture<DemoReply> RemoteWorkspaceClient::loadDemoData()
{
    DemoReply reply;
    reply.error = tr("Demo data is loaded into the workspace on this computer, not into a server. Switch to "
                     "This computer in File > Workspace to load it.");
    return QtFuture::makeReadyFuture(reply);
}

QFuture<FunnelReply> RemoteWorkspaceClient::funnel(const FunnelQuery &query)
{
    return call<FunnelReply>("POST", QStringLiteral("/api/v1/funnels/query"), siteQuery(query.siteId), query.toJson(),
        [query](const QJsonObject &json, FunnelReply *reply) { reply->result = FunnelResult::fromJson(json); })
        .then([query](FunnelReply reply) {
            reply.query = query;
            return reply;
        });
}

QFuture<FunnelUsersReply> RemoteWorkspaceClient::funnelUsers(const FunnelUsersQuery &query)
{
    return call<FunnelUsersReply>("POST", QStringLiteral("/api/v1/funnels/users"), siteQuery(query.funnel.siteId),
        query.toJson(),
        [](const QJsonObject &json, FunnelUsersReply *reply) { reply->page = FunnelUsersPage::fromJson(json); })
        .then([query](FunnelUsersReply reply) {
            reply.query = query;
            return reply;
        });
}

QFuture<CatalogReply> RemoteWorkspaceClient::catalog(qint64 siteId)
{
    return call<CatalogReply>("GET", QStringLiteral("/api/v1/events/catalog"), siteQuery(siteId), {},
        [](const QJsonObject &json, CatalogReply *reply) { reply->catalog = EventCatalog::fromJson(json); })
        .then([siteId](CatalogReply reply) {
            reply.siteId = siteId;
            return reply;
        });
}

QFuture<SavedFunnelsReply> RemoteWorkspaceClient::savedFunnels(qint64 siteId)
{
    return call<SavedFunnelsReply>("GET", QStringLiteral("/api/v1/funnels"), siteQuery(siteId), {},
        [](const QJsonObject &json, SavedFunnelsReply *reply) {
            reply->funnels = remote::items<SavedFunnel>(json, &remote::savedFunnel);
        })
        .then([siteId](SavedFunnelsReply reply) {
            reply.siteId = siteId;
            return reply;
        });
}

QFuture<SavedFunnelReply> RemoteWorkspaceClient::saveFunnel(const SavedFunnel &funnel)
{
    const bool create = funnel.id <= 0;
    const qint64 siteId = funnel.siteId;
    return change<SavedFunnelReply>(
        create ? "POST" : "PUT", create ? QStringLiteral("/api/v1/funnels") : remote::idPath("funnels", funnel.id),
        siteQuery(siteId), funnel.toJson(),
        [](const QJsonObject &json, SavedFunnelReply *reply) {
            reply->funnel = remote::savedFunnel(json).value_or(SavedFunnel {});
        },
        [this, siteId] { Q_EMIT savedFunnelsChanged(siteId); });
}

QFuture<SavedFunnelReply> RemoteWorkspaceClient::renameFunnel(qint64 siteId, qint64 id, const QString &name)
{
    // The API replaces a funnel whole: read it, then put it back under the new name.
    return call<SavedFunnelReply>("GET", remote::idPath("funnels", id), siteQuery(siteId), {},
        [](const QJsonObject &json, SavedFunnelReply *reply) {
            reply->funnel = remote::savedFunnel(json).value_or(SavedFunnel {});
        })
        .then(this,
            [this, name](SavedFunnelReply current) {
                if (!current.ok())
                    return QtFuture::makeReadyFuture(current);
                current.funnel.name = name;
                return saveFunnel(current.funnel);
            })
        .unwrap();
}

QFuture<SavedFunnelReply> RemoteWorkspaceClient::deleteFunnel(qint64 siteId, qint64 id)
{
    return change<SavedFunnelReply>(
        "DELETE", remote::idPath("funnels", id), siteQuery(siteId), {}, [](const QJsonObject &, SavedFunnelReply *) {},
        [this, siteId] { Q_EMIT savedFunnelsChanged(siteId); });
}

} // namespace pulse::ui
