// Pulse's HTTP/1.1 server: accepts connections on one thread, enforces the connection caps, and hands
// each complete request to one handler. See ARCHITECTURE.md "Network front end" for why not QHttpServer.
#pragma once

#include "http/HttpBodySink.h"
#include "http/HttpError.h"
#include "http/HttpLimits.h"
#include "http/HttpRequest.h"
#include "http/HttpResponder.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace pulse {

class HttpConnection;

using HttpHandler = std::function<void(const HttpRequest &, HttpResponder)>;

class HttpServer final : public QObject {
    Q_OBJECT

public:
    using BodyLimit = std::function<qint64(const QByteArray &method, const QString &path)>;
    // Called on this object's thread once a request's head is accepted: a sink for routes that stream
    // their body to disk (nullptr for the rest), or a refusal that is answered before the body is read.
    using BodySinkFactory = std::function<std::shared_ptr<HttpBodySink>(const HttpRequest &head, HttpError *refusal)>;
    // Returns true to take the socket; the socket is then the handler's to parent and delete. raw is
    // the request exactly as sent (empty if it had a body), leftover the bytes already read past it,
    // so a library that wants to read the request itself can be given both. Returning false leaves
    // the request to the normal handler.
    using UpgradeHandler = std::function<bool(
        const HttpRequest &, QTcpSocket *socket, const QByteArray &raw, const QByteArray &leftover)>;

    explicit HttpServer(HttpLimits limits = {}, QObject *parent = nullptr);
    ~HttpServer() override;

    // Called on this object's thread for every accepted request; answer through the responder, from any thread.
    void setHandler(HttpHandler handler);
    // Per-route body limit in bytes; negative means limits().defaultMaxBodyBytes.
    void setBodyLimit(BodyLimit bodyLimit);
    void setBodySinkFactory(BodySinkFactory factory);
    void setUpgradeHandler(UpgradeHandler handler);

    bool listen(const QHostAddress &address, quint16 port);
    quint16 serverPort() const;
    QString errorString() const;
    const HttpLimits &limits() const { return m_limits; }

    // Closes the listening socket. Connections answer what they have already received, then close.
    void stopAccepting();
    int connectionCount() const;
    // Requests handed to the handler and not answered yet.
    int pendingResponses() const { return m_pending; }

Q_SIGNALS:
    void responseSent(int status);
    // Once after stopAccepting(), when no request waits for its handler and every answer has been handed
    // to the kernel, so the process may exit. Queued: emitted even if nothing was pending at the call.
    void drained();

private:
    friend class HttpConnection;

    void acceptConnections();
    void connectionClosed(quint64 connectionId);
    void dispatch(quint64 connectionId, quint64 sequence, const HttpRequest &request);
    qint64 bodyLimit(const QByteArray &method, const QString &path) const;
    std::shared_ptr<HttpBodySink> bodySink(const HttpRequest &head, HttpError *refusal) const;
    bool hasUpgradeHandler() const { return bool(m_upgradeHandler); }
    bool offerUpgrade(
        const HttpRequest &request, QTcpSocket *socket, const QByteArray &raw, const QByteArray &leftover);
    void deliver(quint64 connectionId, quint64 sequence, HttpResponse response);
    void checkDrained();

    HttpLimits m_limits;
    QTcpServer *m_listener;
    HttpHandler m_handler;
    BodyLimit m_bodyLimit;
    BodySinkFactory m_bodySinkFactory;
    UpgradeHandler m_upgradeHandler;
    std::shared_ptr<HttpResponseChannel> m_channel;
    QHash<quint64, HttpConnection *> m_connections;
    QHash<QHostAddress, int> m_connectionsPerIp;
    quint64 m_nextConnectionId = 1;
    int m_pending = 0;
    int m_rejecting = 0; // refused connections still sending their 503
    bool m_stopped = false;
    bool m_drainedEmitted = false;
};

} // namespace pulse
