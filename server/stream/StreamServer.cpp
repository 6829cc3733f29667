// The handshake is QWebSocketServer's: the HTTP layer has already read the request, so its bytes
// (exactly as sent, and whatever followed them) are put back in front of the socket's read buffer with
// QIODevice::ungetChar before the socket is handed over. QWebSocketServer then peeks, validates and
// answers the request as if it had accepted the connection itself; nothing of the handshake is
// written here.
#include "stream/StreamServer.h"

#include "access/SessionStore.h"
#include "access/SiteStore.h"
#include "api/Problems.h"
#include "api/ServerMetrics.h"
#include "core/Clock.h"
#include "http/HttpRequest.h"
#include "live/LiveAggregator.h"
#include "live/LiveStreamCodec.h"
#include "storage/Workspace.h"
#include "stream/StreamClient.h"
#include "stream/StreamCredentials.h"

#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <optional>
#include <utility>

namespace pulse {

StreamServer::StreamServer(Workspace &workspace, LiveAggregator &live, const Clock &clock, ServerMetrics &metrics,
    StreamOptions options, QObject *parent)
    : QObject(parent),
      m_workspace(workspace),
      m_live(live),
      m_clock(clock),
      m_metrics(metrics),
      m_options(options),
      m_webSockets(new QWebSocketServer(QStringLiteral("Pulse"), QWebSocketServer::NonSecureMode, this))
{
    m_webSockets->setSupportedSubprotocols({ QLatin1String(StreamCredentials::kProtocol) });
    m_webSockets->setMaxPendingConnections(m_options.maxClients);
    connect(m_webSockets, &QWebSocketServer::newConnection, this, &StreamServer::takeConnections);
    connect(&m_timer, &QTimer::timeout, this, &StreamServer::tick);
    if (m_options.autoTick && m_options.intervalMs > 0)
        m_timer.start(int(std::min<qint64>(m_options.intervalMs, 24 * 3600 * 1000)));
    m_metrics.setStreamClients(0);
}

StreamServer::~StreamServer()
{
    m_timer.stop();
    const QList<StreamClient *> clients = std::exchange(m_clients, {});
    for (StreamClient *client : clients) {
        disconnect(client, nullptr, this, nullptr);
        client->closeWith(1001, QStringLiteral("server shutting down"));
        delete client;
    }
    for (const Admission &admission : std::as_const(m_handshakes)) {
        if (admission.socket) {
            disconnect(admission.socket, nullptr, this, nullptr);
            admission.socket->abort();
        }
    }
    m_metrics.setStreamClients(0);
}

void StreamServer::setAuthenticator(Authenticator authenticator)
{
    m_authenticator = std::move(authenticator);
}

QString StreamServer::peerName(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('|') + QString::number(port);
}

std::optional<HttpResponse> StreamServer::refusal(const HttpRequest &request, const ApiKey &key) const
{
    if (m_closed)
        return Problems::unavailable(QStringLiteral("The server is stopping; connect again once it is back."));
    if (m_clients.size() + m_handshakes.size() >= m_options.maxClients)
        return Problems::unavailable(
            QStringLiteral("The live stream already has its maximum of %1 connections; retry later.")
                .arg(m_options.maxClients),
            10);
    const QString origin = QString::fromUtf8(request.header("origin"));
    if (!origin.isEmpty() && key.siteId != 0) {
        const std::optional<Site> site = m_workspace.sites().byId(key.siteId);
        if (site && !site->settings.allowsOrigin(origin))
            return Problems::forbidden(
                QStringLiteral("The origin %1 may not open the live stream of site %2; add it to the site's "
                               "\"allowed_origins\".")
                    .arg(origin.left(200))
                    .arg(key.siteId));
    }
    return std::nullopt;
}

bool StreamServer::offer(
    const HttpRequest &request, QTcpSocket *socket, const QByteArray &raw, const QByteArray &leftover)
{
    if (request.path != QLatin1String(StreamCredentials::kPath) || request.method != "GET" || raw.isEmpty()
        || !m_authenticator || !request.header("upgrade").toLower().contains("websocket")
        || StreamCredentials::keyInUrl(request))
        return false;
    const std::optional<ApiKey> key = m_authenticator(request);
    if (!key || refusal(request, *key))
        return false;

    socket->setParent(this);
    const QByteArray sent = raw + leftover;
    for (qsizetype i = sent.size(); i-- > 0;)
        socket->ungetChar(sent[i]);
    const QString name = peerName(socket->peerAddress(), socket->peerPort());
    m_handshakes.insert(name,
        Admission {
            *key, StreamCredentials::presentedSecret(request), QString::fromUtf8(request.header("origin")), socket });
    // A refused handshake (QWebSocketServer answers it with 400 and deletes the socket) ends here.
    connect(socket, &QTcpSocket::disconnected, this, [this, name, socket] {
        if (m_handshakes.value(name).socket == socket)
            m_handshakes.remove(name);
    });
    m_webSockets->handleConnection(socket);
    return true;
}

void StreamServer::takeConnections()
{
    while (QWebSocket *webSocket = m_webSockets->nextPendingConnection()) {
        const Admission admission = m_handshakes.take(peerName(webSocket->peerAddress(), webSocket->peerPort()));
        if (!admission.socket || m_closed) {
            webSocket->abort();
            webSocket->deleteLater();
            continue;
        }
        disconnect(admission.socket, nullptr, this, nullptr);
        admission.socket->setParent(webSocket); // the WebSocket owns its socket from now on
        auto *client = new StreamClient(
            webSocket, admission.key, admission.origin, m_workspace.sites(), m_live, m_clock, m_options, this);
        m_secrets.insert(client, admission.secret);
        connect(client, &StreamClient::finished, this, &StreamServer::clientFinished);
        m_clients.append(client);
    }
    countChanged();
}

void StreamServer::clientFinished(StreamClient *client)
{
    m_secrets.remove(client);
    if (m_clients.removeOne(client)) {
        client->deleteLater();
        countChanged();
    }
}

void StreamServer::countChanged()
{
    m_metrics.setStreamClients(int(m_clients.size()));
    Q_EMIT clientCountChanged(int(m_clients.size()));
}

void StreamServer::tick()
{
    const qint64 now = m_clock.nowMs();
    // Each site's snapshot is taken and encoded once per interval, whatever the number of clients.
    // Per site: whether anyone wants its feed, and since when (the oldest subscription's start).
    QHash<qint64, std::optional<qint64>> sites;
    for (const StreamClient *client : std::as_const(m_clients)) {
        for (auto it = client->subscriptions().cbegin(); it != client->subscriptions().cend(); ++it) {
            std::optional<qint64> &feedSince = sites[it.key()];
            if (it->feed)
                feedSince = std::min(feedSince.value_or(it->sinceMs), it->sinceMs);
        }
    }
    QHash<qint64, StreamClient::Outgoing> aggregates;
    QHash<qint64, QList<std::pair<qint64, StreamClient::Outgoing>>> feeds; // oldest first
    QHash<qint64, qint64> feedSentUpToMs;
    for (auto site = sites.cbegin(); site != sites.cend(); ++site) {
        const qint64 siteId = site.key();
        const LiveSnapshot snapshot = m_live.snapshot(siteId, now);
        aggregates.insert(siteId, StreamClient::Outgoing::fromJson(LiveStreamCodec::aggregate(snapshot)));
        if (!site.value())
            continue;
        const qint64 since = m_feedSentUpToMs.value(siteId, *site.value());
        QList<std::pair<qint64, StreamClient::Outgoing>> events;
        qint64 newest = since;
        for (const EventRecord &event : snapshot.feed) { // newest first
            if (event.receivedAtMs <= since)
                break;
            newest = std::max(newest, event.receivedAtMs);
            if (events.size() < m_options.maxFeedEventsPerInterval)
                events.prepend({ event.receivedAtMs, StreamClient::Outgoing::fromJson(LiveStreamCodec::event(event)) });
        }
        feedSentUpToMs.insert(siteId, newest);
        feeds.insert(siteId, events);
    }
    m_feedSentUpToMs = feedSentUpToMs; // sites nobody feeds any more start afresh
    // A client may finish (and leave m_clients) while it is checked: walk a copy.
    const QList<StreamClient *> clients = m_clients;
    for (StreamClient *client : clients) {
        if (client->isClosing()) {
            client->checkAt(now);
            continue;
        }
        // Revoking a key or a session, or their expiry, ends the streams opened with them within one interval.
        if (const QString ended = credentialEnded(m_secrets.value(client)); !ended.isEmpty()) {
            client->closeWith(StreamClient::kCloseKeyRefused, ended);
            continue;
        }
        const QMap<qint64, StreamClient::Subscription> subscriptions = client->subscriptions();
        for (auto it = subscriptions.cbegin(); it != subscriptions.cend(); ++it) {
            client->deliverAggregate(it.key(), aggregates.value(it.key()));
            for (const auto &event : feeds.value(it.key()))
                client->deliverEvent(it.key(), event.first, event.second);
        }
        client->checkAt(now);
    }
}

QString StreamServer::credentialEnded(const QString &secret)
{
    ApiKey current;
    if (!SessionToken::hasPrefix(secret)) {
        const KeyStore::Verdict verdict = m_workspace.keys().verify(secret, &current);
        if (verdict == KeyStore::Verdict::Ok)
            return {};
        return verdict == KeyStore::Verdict::Expired ? QStringLiteral("the key has expired")
                                                     : QStringLiteral("the key has been revoked");
    }
    // A stream outlives the token it connected with (tokens last minutes, streams hours) and ends
    // with its session: revoked, at its longest lifetime, or with its key.
    switch (m_workspace.sessions().verify(secret, &current, nullptr, SessionStore::TokenExpiry::Ignore)) {
    case SessionStore::Verdict::Ok:
        return {};
    case SessionStore::Verdict::Ended:
    case SessionStore::Verdict::Expired:
        return QStringLiteral("the session has expired");
    case SessionStore::Verdict::KeyExpired:
        return QStringLiteral("the key has expired");
    case SessionStore::Verdict::KeyRevoked:
        return QStringLiteral("the key has been revoked");
    default:
        return QStringLiteral("the session has been revoked");
    }
}

void StreamServer::closeAll()
{
    m_closed = true;
    m_timer.stop();
    const QList<StreamClient *> clients = m_clients;
    for (StreamClient *client : clients)
        client->closeWith(1001, QStringLiteral("server shutting down"));
}

void StreamServer::reopen()
{
    m_closed = false;
    if (m_options.autoTick && m_options.intervalMs > 0)
        m_timer.start(int(std::min<qint64>(m_options.intervalMs, 24 * 3600 * 1000)));
}

} // namespace pulse
