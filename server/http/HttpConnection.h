// One client connection: reads and parses requests, hands them to the server, writes the answers in
// request order, and owns every per-connection limit (timeouts, pipelining depth, unsent bytes).
// Internal to HttpServer; lives on the server's thread.
#pragma once

#include "http/HttpError.h"
#include "http/HttpRequestParser.h"
#include "http/HttpResponse.h"
#include "http/HttpResponseWriter.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

class QFile;
class QTcpSocket;

namespace pulse {

class HttpServer;

class HttpConnection final : public QObject {
    Q_OBJECT

public:
    // Takes ownership of socket. id 0 marks a connection that is only refused (see reject()).
    HttpConnection(QTcpSocket *socket, quint64 id, HttpServer *server);
    ~HttpConnection() override;

    // The address the per-IP cap counts: IPv4-mapped IPv6 addresses count as the IPv4 address.
    static QHostAddress clientAddress(const QTcpSocket &socket);

    quint64 id() const { return m_id; }
    const QHostAddress &peer() const { return m_peer; }

    void start();
    // Answers with response without reading anything, then closes.
    void reject(const HttpResponse &response);
    // The handler's answer to request number sequence on this connection.
    void deliver(quint64 sequence, HttpResponse response);
    // No new requests: answer those already received, then close.
    void beginShutdown();
    // Response bytes still in Qt's buffer: lost if the process exits now.
    bool hasUnsentOutput() const;
    // A request whose bytes are still arriving: a shutdown waits for it (bounded by the body timeout)
    // so that it is answered rather than cut off after its events were committed.
    bool hasRequestInProgress() const;

Q_SIGNALS:
    void responseWritten(int status);
    // After beginShutdown(): everything written so far has reached the kernel.
    void outputFlushed();
    // The connection is finished and will be deleted; it no longer counts against any cap.
    void closed(quint64 id);

private:
    enum class State { Open, Flushing, Lingering, Done };
    enum class Wait { None, Head, Body, Idle, Flush, Linger }; // what m_timer is timing
    struct Slot {
        quint64 sequence = 0;
        HttpResponseWriter::Framing framing;
        std::optional<HttpResponse> response; // empty while the handler works on it
    };

    void attachSocket();
    void detachSocket();
    void onReadyRead();
    void onBytesWritten();
    void onTimeout();
    void processInput();
    void parseAvailable();
    void accept(HttpRequest request);
    void refuse(const HttpError &error);
    void flush();
    // Sends more of m_file while Qt's buffer is low; true once all of it is queued.
    bool pumpFile();
    void tryUpgrade();
    void maybeSendContinue();
    bool throttled() const;
    void updateTimer();
    void closeAfterFlush();
    void startLinger();
    void finish();

    HttpServer *m_server;
    QTcpSocket *m_socket;
    const quint64 m_id;
    const HttpLimits m_limits;
    QHostAddress m_peer;
    HttpRequestParser m_parser;
    QTimer m_timer;
    Wait m_wait = Wait::None;
    State m_state = State::Open;

    QByteArray m_input; // read from the socket, not yet parsed past m_inputOffset
    qsizetype m_inputOffset = 0;
    std::deque<Slot> m_queue; // requests in arrival order, answered or not
    quint64 m_nextSequence = 1;
    std::optional<HttpRequest> m_upgradeRequest; // waits until every earlier response is out
    QByteArray m_rawRequest; // the bytes of the head being read, while an upgrade handler is set
    QByteArray m_upgradeRaw; // m_upgradeRequest as sent
    bool m_rawTooLong = false; // the request being read outgrew a head: its bytes are not kept
    bool m_servedAny = false;
    bool m_stopParsing = false;
    bool m_shuttingDown = false;
    bool m_inProcessInput = false;
    bool m_processAgain = false;
    // A response's bodyFile being sent: later responses wait until it is all queued.
    std::unique_ptr<QFile> m_file;
    qint64 m_fileLeft = 0;
    bool m_fileKeepAlive = true;
};

} // namespace pulse
