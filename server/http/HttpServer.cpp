// Accepting, connection caps, and the bookkeeping between connections, the handler and responders.
#include "http/HttpServer.h"

#include "http/HttpConnection.h"

#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <exception>

namespace pulse {

namespace {

// Refused connections still cost a socket while their 503 goes out; past this many we just close.
constexpr int maxRejectingConnections = 64;

} // namespace

HttpServer::HttpServer(HttpLimits limits, QObject *parent)
    : QObject(parent),
      m_limits(limits),
      m_listener(new QTcpServer(this)),
      m_channel(std::make_shared<HttpResponseChannel>(
          this, [this](quint64 connectionId, quint64 sequence, HttpResponse response) {
              deliver(connectionId, sequence, std::move(response));
          }))
{
    connect(m_listener, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer()
{
    // Responders may outlive us on other threads; from now on their answers go nowhere.
    m_channel->detach();
    for (HttpConnection *connection : std::as_const(m_connections))
        disconnect(connection, nullptr, this, nullptr);
}

void HttpServer::setHandler(HttpHandler handler)
{
    m_handler = std::move(handler);
}

void HttpServer::setBodyLimit(BodyLimit bodyLimit)
{
    m_bodyLimit = std::move(bodyLimit);
}

void HttpServer::setBodySinkFactory(BodySinkFactory factory)
{
    m_bodySinkFactory = std::move(factory);
}

void HttpServer::setUpgradeHandler(UpgradeHandler handler)
{
    m_upgradeHandler = std::move(handler);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    m_stopped = false;
    m_drainedEmitted = false;
    return m_listener->listen(address, port);
}

quint16 HttpServer::serverPort() const
{
    return m_listener->serverPort();
}

QString HttpServer::errorString() const
{
    return m_listener->errorString();
}

void HttpServer::stopAccepting()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_listener->close();
    const auto connections = m_connections.values();
    for (HttpConnection *connection : connections)
        connection->beginShutdown();
    // Queued, so a caller that connects to drained() right after this call still sees it.
    QMetaObject::invokeMethod(this, &HttpServer::checkDrained, Qt::QueuedConnection);
}

int HttpServer::connectionCount() const
{
    return static_cast<int>(m_connections.size());
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        const QHostAddress peer = HttpConnection::clientAddress(*socket);
        const int fromPeer = m_connectionsPerIp.value(peer);
        const bool overTotal = m_connections.size() >= m_limits.maxConnections;
        if (overTotal || fromPeer >= m_limits.maxConnectionsPerIp) {
            if (m_rejecting >= maxRejectingConnections) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            ++m_rejecting;
            auto *connection = new HttpConnection(socket, 0, this);
            connect(connection, &HttpConnection::responseWritten, this, &HttpServer::responseSent);
            connect(connection, &HttpConnection::closed, this, &HttpServer::connectionClosed);
            const QString detail = overTotal
                ? QStringLiteral("The server is at its limit of %1 open connections. Retry shortly, and reuse "
                                 "keep-alive connections instead of opening new ones.")
                      .arg(m_limits.maxConnections)
                : QStringLiteral("Your address already has %1 open connections, the most this server allows per "
                                 "client. Close idle connections or reuse keep-alive connections, then retry.")
                      .arg(m_limits.maxConnectionsPerIp);
            HttpResponse response = HttpResponse::problem(503, QStringLiteral("Service Unavailable"), detail,
                { { QStringLiteral("limit"), overTotal ? m_limits.maxConnections : m_limits.maxConnectionsPerIp } });
            response.setHeader("Retry-After", "1");
            connection->reject(response);
            continue;
        }
        m_connectionsPerIp.insert(peer, fromPeer + 1);
        const quint64 id = m_nextConnectionId++;
        auto *connection = new HttpConnection(socket, id, this);
        m_connections.insert(id, connection);
        connect(connection, &HttpConnection::responseWritten, this, &HttpServer::responseSent);
        connect(connection, &HttpConnection::closed, this, &HttpServer::connectionClosed);
        connect(connection, &HttpConnection::outputFlushed, this, &HttpServer::checkDrained);
        connection->start();
    }
}

void HttpServer::connectionClosed(quint64 connectionId)
{
    if (connectionId == 0) {
        --m_rejecting;
        return;
    }
    HttpConnection *connection = m_connections.take(connectionId);
    if (!connection)
        return;
    const auto it = m_connectionsPerIp.find(connection->peer());
    if (it != m_connectionsPerIp.end() && --it.value() <= 0)
        m_connectionsPerIp.erase(it);
    checkDrained();
}

void HttpServer::dispatch(quint64 connectionId, quint64 sequence, const HttpRequest &request)
{
    ++m_pending;
    const HttpResponder responder(m_channel, connectionId, sequence);
    if (m_drainedEmitted) {
        // The owner may already be closing what the handler needs: refuse rather than act unanswered.
        responder.send(HttpResponse::problem(503, QStringLiteral("Service Unavailable"),
            QStringLiteral("The server is stopping; nothing of this request was kept. Retry shortly.")));
        return;
    }
    if (!m_handler) {
        responder.send(HttpResponse::problem(503, QStringLiteral("Service Unavailable"),
            QStringLiteral("The server is starting and cannot answer requests yet. Retry shortly.")));
        return;
    }
    // An exception must not unwind through Qt's event loop; the client gets a 500 instead.
    try {
        m_handler(request, responder);
    } catch (const std::exception &error) {
        qWarning(
            "HTTP handler threw for %s %s: %s", request.method.constData(), request.target.constData(), error.what());
        responder.send(HttpResponse::problem(500, QStringLiteral("Internal Server Error"),
            QStringLiteral("The server failed while handling this request. Retry later; if it persists, report it.")));
    } catch (...) {
        qWarning("HTTP handler threw a non-standard exception for %s %s", request.method.constData(),
            request.target.constData());
        responder.send(HttpResponse::problem(500, QStringLiteral("Internal Server Error"),
            QStringLiteral("The server failed while handling this request. Retry later; if it persists, report it.")));
    }
}

qint64 HttpServer::bodyLimit(const QByteArray &method, const QString &path) const
{
    return m_bodyLimit ? m_bodyLimit(method, path) : -1;
}

std::shared_ptr<HttpBodySink> HttpServer::bodySink(const HttpRequest &head, HttpError *refusal) const
{
    return m_bodySinkFactory ? m_bodySinkFactory(head, refusal) : nullptr;
}

bool HttpServer::offerUpgrade(
    const HttpRequest &request, QTcpSocket *socket, const QByteArray &raw, const QByteArray &leftover)
{
    return m_upgradeHandler && m_upgradeHandler(request, socket, raw, leftover);
}

void HttpServer::deliver(quint64 connectionId, quint64 sequence, HttpResponse response)
{
    --m_pending;
    if (HttpConnection *connection = m_connections.value(connectionId))
        connection->deliver(sequence, std::move(response));
    checkDrained();
}

void HttpServer::checkDrained()
{
    if (!m_stopped || m_pending > 0 || m_drainedEmitted)
        return;
    // Answers still in Qt's buffers would be lost if the caller exits on drained(): wait for them too.
    for (const HttpConnection *connection : std::as_const(m_connections)) {
        if (connection->hasUnsentOutput() || connection->hasRequestInProgress())
            return;
    }
    m_drainedEmitted = true;
    Q_EMIT drained();
}

} // namespace pulse
