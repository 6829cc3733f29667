// The live stream (docs/stream.md): takes WebSocket upgrades of GET /api/v1/stream from the HTTP
// server once their key and Origin are checked, lets QWebSocketServer do the handshake, and every
// interval sends each client the aggregates (and sampled feed events) of the sites it subscribed to.
// Lives on the HTTP server's thread; reads LiveAggregator snapshots, which are thread-safe.
#pragma once

#include "access/KeyStore.h"
#include "http/HttpResponse.h"
#include "stream/StreamOptions.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <optional>

class QWebSocketServer;

namespace pulse {

class Clock;
class LiveAggregator;
class ServerMetrics;
class StreamClient;
class Workspace;
struct HttpRequest;

class StreamServer final : public QObject {
    Q_OBJECT
public:
    // Checks a request's key for the stream scope without counting a failure (the REST route that
    // answers a declined upgrade counts it): the key, or nullopt.
    using Authenticator = std::function<std::optional<ApiKey>(const HttpRequest &)>;

    StreamServer(Workspace &workspace, LiveAggregator &live, const Clock &clock, ServerMetrics &metrics,
        StreamOptions options, QObject *parent = nullptr);
    ~StreamServer() override;

    void setAuthenticator(Authenticator authenticator);
    // HttpServer's upgrade handler: takes the socket of an upgrade to the stream path with a valid
    // key, an allowed Origin and room for one more client. Anything else is declined and answered by
    // the REST route, which says why in plain HTTP (401, 403, 429, 503).
    bool offer(const HttpRequest &request, QTcpSocket *socket, const QByteArray &raw, const QByteArray &leftover);
    // Why a request with a valid key may not connect: an Origin its site does not allow (403), or
    // the connection cap (503). nullopt when it may.
    std::optional<HttpResponse> refusal(const HttpRequest &request, const ApiKey &key) const;

    // One interval: aggregates and feed events to every subscriber, pings, and closing the dead and
    // the too slow. A timer calls it every intervalMs unless options.autoTick is false.
    void tick();
    // Closes every client with 1001 (going away); no new ones are taken.
    void closeAll();
    // Takes clients again after closeAll() (the desktop's collector started again).
    void reopen();

    int clientCount() const { return int(m_clients.size()); }
    QList<StreamClient *> clients() const { return m_clients; }
    const StreamOptions &options() const { return m_options; }

Q_SIGNALS:
    void clientCountChanged(int count);

private:
    struct Admission {
        ApiKey key;
        QString secret; // key or session token, checked again every interval: revoked or expired ends the stream
        QString origin;
        QPointer<QTcpSocket> socket;
    };
    static QString peerName(const QHostAddress &address, quint16 port);
    void takeConnections();
    void clientFinished(StreamClient *client);
    void countChanged();
    // Why a client's key or session token no longer lets it stream, or an empty string.
    QString credentialEnded(const QString &secret);

    Workspace &m_workspace;
    LiveAggregator &m_live;
    const Clock &m_clock;
    ServerMetrics &m_metrics;
    const StreamOptions m_options;
    Authenticator m_authenticator;
    QWebSocketServer *m_webSockets;
    QTimer m_timer;
    QHash<QString, Admission> m_handshakes; // by peer address and port, until the handshake ends
    QList<StreamClient *> m_clients;
    QHash<StreamClient *, QString> m_secrets; // the key each client connected with
    QHash<qint64, qint64> m_feedSentUpToMs; // per site: the newest event time the feed has passed
    bool m_closed = false;
};

} // namespace pulse
