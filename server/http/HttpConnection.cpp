// Connection life cycle: Open (parse, dispatch, answer in order) → Flushing (last response queued)
// → Lingering (write side shut, input drained so the peer reads the answer instead of a reset) → Done.
#include "http/HttpConnection.h"

#include "http/HttpRequestRules.h"
#include "http/HttpServer.h"

#include <QFile>
#include <QTcpSocket>

#include <algorithm>
#include <utility>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace pulse {

namespace {

constexpr qint64 readChunkBytes = 64 * 1024;

// Closing a socket with unread input makes the kernel send a reset, which can destroy the response
// the peer has not read yet. Shutting down only our side sends FIN after the response instead.
void shutdownWrite(qintptr descriptor)
{
    if (descriptor < 0)
        return;
#if defined(Q_OS_WIN)
    ::shutdown(static_cast<SOCKET>(descriptor), SD_SEND);
#else
    ::shutdown(static_cast<int>(descriptor), SHUT_WR);
#endif
}

bool asksToClose(const HttpResponse &response)
{
    return response.header("connection").compare("close", Qt::CaseInsensitive) == 0;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, quint64 id, HttpServer *server)
    : QObject(server),
      m_server(server),
      m_socket(socket),
      m_id(id),
      m_limits(server->limits()),
      m_peer(clientAddress(*socket)),
      m_parser(m_limits)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Bounded so that when we stop reading (back-pressure), Qt stops too and TCP pushes back on the peer.
    m_socket->setReadBufferSize(readChunkBytes);
    m_parser.setBodyLimit(
        [server](const QByteArray &method, const QString &path) { return server->bodyLimit(method, path); });
    m_parser.setBodySinkFactory(
        [server](const HttpRequest &head, HttpError *refusal) { return server->bodySink(head, refusal); });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    attachSocket();
}

HttpConnection::~HttpConnection()
{
    // The socket is our child and outlives this destructor's body: keep its signals away from us.
    if (m_socket)
        detachSocket();
}

QHostAddress HttpConnection::clientAddress(const QTcpSocket &socket)
{
    QHostAddress address = socket.peerAddress();
    bool isIPv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIPv4);
    if (isIPv4)
        return QHostAddress(ipv4);
    address.setScopeId(QString());
    return address;
}

void HttpConnection::attachSocket()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpConnection::finish);
}

void HttpConnection::detachSocket()
{
    disconnect(m_socket, nullptr, this, nullptr);
}

void HttpConnection::start()
{
    processInput();
}

void HttpConnection::reject(const HttpResponse &response)
{
    m_stopParsing = true;
    m_socket->write(HttpResponseWriter::serialize(response, { false, false, 1 }));
    Q_EMIT responseWritten(response.status);
    closeAfterFlush();
}

void HttpConnection::beginShutdown()
{
    m_shuttingDown = true;
    const bool idle = m_queue.empty() && !m_upgradeRequest && m_parser.phase() == HttpRequestParser::Phase::Idle;
    if (m_state == State::Open && idle)
        closeAfterFlush();
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Open) {
        processInput();
    } else if (m_state != State::Done) {
        // Closing: the input no longer matters, but draining it keeps the peer from seeing a reset.
        m_socket->skip(m_socket->bytesAvailable());
    }
}

bool HttpConnection::hasRequestInProgress() const
{
    return m_state == State::Open && m_parser.phase() != HttpRequestParser::Phase::Idle;
}

bool HttpConnection::hasUnsentOutput() const
{
    return m_socket && m_state != State::Done && (m_socket->bytesToWrite() > 0 || m_file);
}

void HttpConnection::onBytesWritten()
{
    if (m_shuttingDown && m_socket->bytesToWrite() == 0 && !m_file)
        Q_EMIT outputFlushed();
    if (m_state == State::Flushing && m_socket->bytesToWrite() == 0) {
        startLinger();
        return;
    }
    if (m_state != State::Open)
        return;
    if (m_wait == Wait::Idle)
        m_timer.start(); // a slow reader is still reading: that is not idleness
    if (m_file) {
        flush(); // the next chunk of a file, then the responses waiting behind it
        return;
    }
    if (!throttled())
        processInput(); // output drained below the cap: resume pipelined requests
}

void HttpConnection::processInput()
{
    // Handlers and flush() can lead back here; run the loop again instead of nesting it.
    if (m_inProcessInput) {
        m_processAgain = true;
        return;
    }
    m_inProcessInput = true;
    do {
        m_processAgain = false;
        parseAvailable();
    } while (m_processAgain && m_state == State::Open);
    m_inProcessInput = false;
    maybeSendContinue();
    updateTimer();
}

void HttpConnection::parseAvailable()
{
    while (m_state == State::Open && !m_stopParsing && !m_upgradeRequest && !throttled()) {
        if (m_shuttingDown && m_parser.phase() == HttpRequestParser::Phase::Idle)
            break; // finish the request in progress, start no new one
        if (m_inputOffset >= m_input.size()) {
            // Read only what is there: an idle connection then holds no read buffer at all.
            const qint64 available = std::min(m_socket->bytesAvailable(), readChunkBytes);
            m_input = available > 0 ? m_socket->read(available) : QByteArray();
            m_inputOffset = 0;
            if (m_input.isEmpty())
                break;
        }
        const bool inHead = m_parser.phase() != HttpRequestParser::Phase::Body;
        const auto progress = m_parser.feed(QByteArrayView(m_input).sliced(m_inputOffset));
        // An upgrade handler may hand the socket to a library that reads the request itself (the
        // WebSocket handshake): keep the request's bytes as sent, but only while a head is read.
        // A head is at most maxHeaderBytes, so more than that is a request with a body: an upgrade
        // request with a body is not handed over, so its bytes need not be kept.
        if (inHead && m_server->hasUpgradeHandler() && !m_rawTooLong) {
            if (m_rawRequest.size() + progress.consumed > m_limits.maxHeaderBytes) {
                m_rawRequest.clear();
                m_rawTooLong = true;
            } else {
                m_rawRequest += QByteArrayView(m_input).sliced(m_inputOffset, progress.consumed);
            }
        }
        m_inputOffset += progress.consumed;
        if (m_parser.phase() == HttpRequestParser::Phase::Body)
            m_rawRequest.clear();
        // A streamed upload may take far longer than the body timeout: for it the timeout means
        // "nothing arrived for that long", so every piece restarts it.
        if (progress.consumed > 0 && m_wait == Wait::Body && m_parser.streamsBody())
            m_timer.start();
        switch (progress.event) {
        case HttpRequestParser::Event::NeedMoreData:
            break;
        case HttpRequestParser::Event::Request:
            m_rawRequest.clear();
            m_rawTooLong = false;
            accept(m_parser.takeRequest());
            break;
        case HttpRequestParser::Event::Upgrade:
            if (m_server->hasUpgradeHandler()) {
                m_upgradeRequest = m_parser.takeRequest();
                m_upgradeRequest->peerAddress = m_peer;
                m_upgradeRaw = std::exchange(m_rawRequest, QByteArray());
                m_rawTooLong = false;
            } else {
                accept(m_parser.takeRequest());
            }
            break;
        case HttpRequestParser::Event::Error:
            m_rawRequest.clear();
            m_rawTooLong = false;
            refuse(m_parser.error());
            break;
        }
    }
    if (m_state == State::Open && m_upgradeRequest && m_queue.empty())
        tryUpgrade();
}

void HttpConnection::accept(HttpRequest request)
{
    request.peerAddress = m_peer;
    Slot slot;
    slot.sequence = m_nextSequence++;
    slot.framing = { request.method == "HEAD", request.keepAlive, request.httpMinor };
    m_stopParsing = m_stopParsing || !request.keepAlive;
    m_servedAny = true;
    m_queue.push_back(std::move(slot));
    m_server->dispatch(m_id, m_queue.back().sequence, request);
}

void HttpConnection::refuse(const HttpError &error)
{
    Slot slot;
    slot.sequence = m_nextSequence++;
    slot.framing = { false, false, 1 };
    slot.response = error.response
        ? *error.response
        : HttpResponse::problem(
            error.status, QString::fromLatin1(HttpResponse::reasonPhrase(error.status)), error.detail, error.extra);
    m_stopParsing = true;
    m_queue.push_back(std::move(slot));
    flush();
}

void HttpConnection::deliver(quint64 sequence, HttpResponse response)
{
    if (m_state != State::Open)
        return;
    for (Slot &slot : m_queue) {
        if (slot.sequence == sequence) {
            slot.response = std::move(response);
            flush();
            return;
        }
    }
}

bool HttpConnection::pumpFile()
{
    constexpr qint64 kChunk = 64 * 1024;
    while (m_fileLeft > 0 && m_socket->bytesToWrite() < 4 * kChunk) {
        const QByteArray chunk = m_file->read(std::min(kChunk, m_fileLeft));
        if (chunk.isEmpty()) { // the file shrank or broke: the client must not take a short body for whole
            m_file.reset();
            finish();
            return false;
        }
        m_socket->write(chunk);
        m_fileLeft -= chunk.size();
    }
    if (m_fileLeft > 0)
        return false;
    m_file.reset();
    if (!m_fileKeepAlive) {
        closeAfterFlush();
        return false;
    }
    return true;
}

void HttpConnection::flush()
{
    if (m_state != State::Open)
        return;
    if (m_file && !pumpFile())
        return;
    while (!m_queue.empty() && m_queue.front().response) {
        Slot slot = std::move(m_queue.front());
        m_queue.pop_front();
        const bool lastBeforeShutdown
            = m_shuttingDown && m_queue.empty() && m_parser.phase() == HttpRequestParser::Phase::Idle;
        slot.framing.keepAlive = slot.framing.keepAlive && !asksToClose(*slot.response) && !lastBeforeShutdown;
        m_socket->write(HttpResponseWriter::serialize(*slot.response, slot.framing));
        Q_EMIT responseWritten(slot.response->status);
        if (!slot.response->bodyFile.isEmpty() && !slot.framing.headRequest && slot.response->bodyFileSize > 0) {
            m_file = std::make_unique<QFile>(slot.response->bodyFile);
            m_fileLeft = slot.response->bodyFileSize;
            m_fileKeepAlive = slot.framing.keepAlive;
            if (!m_file->open(QIODevice::ReadOnly)) {
                m_file.reset();
                finish();
                return;
            }
            if (!pumpFile())
                return;
            continue;
        }
        if (!slot.framing.keepAlive) {
            closeAfterFlush();
            return;
        }
    }
    if (m_queue.empty() && m_upgradeRequest) {
        tryUpgrade();
        return;
    }
    if (m_queue.empty() && m_shuttingDown && m_parser.phase() == HttpRequestParser::Phase::Idle) {
        closeAfterFlush();
        return;
    }
    if (!throttled())
        processInput();
    else
        updateTimer();
}

void HttpConnection::tryUpgrade()
{
    HttpRequest request = std::move(*m_upgradeRequest);
    m_upgradeRequest.reset();
    const QByteArray leftover = m_input.sliced(m_inputOffset);
    const QByteArray raw = std::exchange(m_upgradeRaw, QByteArray());
    m_input.clear();
    m_inputOffset = 0;
    detachSocket();
    m_timer.stop();
    m_wait = Wait::None;
    m_socket->setReadBufferSize(0); // hand it over with Qt's default
    if (m_server->offerUpgrade(request, m_socket, raw, leftover)) {
        if (m_socket->parent() == this)
            m_socket->setParent(nullptr);
        m_socket = nullptr;
        finish();
        return;
    }
    // Declined: the client gets an ordinary answer and may go on speaking HTTP.
    m_socket->setReadBufferSize(readChunkBytes);
    attachSocket();
    m_input = leftover;
    accept(std::move(request));
    processInput();
}

void HttpConnection::maybeSendContinue()
{
    // Only when every earlier response is out: a 100 Continue belongs to the request being read.
    if (m_state == State::Open && m_queue.empty() && m_parser.awaitsContinue()) {
        m_socket->write(HttpResponseWriter::continueLine());
        m_parser.markContinueSent();
    }
}

bool HttpConnection::throttled() const
{
    return m_file || m_queue.size() >= static_cast<size_t>(m_limits.maxPipelinedRequests)
        || m_socket->bytesToWrite() > m_limits.maxBufferedOutputBytes;
}

void HttpConnection::updateTimer()
{
    if (m_state != State::Open)
        return;
    Wait wait = Wait::None;
    const auto phase = m_parser.phase();
    if (m_upgradeRequest || m_stopParsing || throttled())
        wait = Wait::None; // waiting on us, not on the client
    else if (phase == HttpRequestParser::Phase::Body)
        wait = Wait::Body;
    else if (phase == HttpRequestParser::Phase::Headers || (!m_servedAny && m_queue.empty()))
        wait = Wait::Head; // a new connection gets the header timeout for its first request
    else if (m_queue.empty())
        wait = Wait::Idle;
    if (wait == m_wait)
        return;
    m_wait = wait;
    switch (wait) {
    case Wait::Head:
        m_timer.start(m_limits.headerTimeoutMs);
        break;
    case Wait::Body:
        m_timer.start(m_limits.bodyTimeoutMs);
        break;
    case Wait::Idle:
        m_timer.start(m_limits.idleTimeoutMs);
        break;
    default:
        m_timer.stop();
        break;
    }
}

void HttpConnection::onTimeout()
{
    const Wait wait = std::exchange(m_wait, Wait::None);
    switch (wait) {
    case Wait::Head:
        if (m_parser.phase() == HttpRequestParser::Phase::Idle) {
            closeAfterFlush(); // nothing was sent at all: no one to answer
        } else {
            refuse(HttpRequestRules::headTimedOut(m_limits.headerTimeoutMs));
        }
        break;
    case Wait::Body:
        refuse(HttpRequestRules::bodyTimedOut(m_limits.bodyTimeoutMs));
        break;
    case Wait::Idle:
        closeAfterFlush();
        break;
    case Wait::Flush:
    case Wait::Linger:
        finish(); // the peer stopped reading, or never closed its side
        break;
    case Wait::None:
        break;
    }
}

void HttpConnection::closeAfterFlush()
{
    if (m_state != State::Open)
        return;
    m_state = State::Flushing;
    m_queue.clear();
    m_upgradeRequest.reset();
    m_input.clear();
    m_inputOffset = 0;
    m_wait = Wait::Flush;
    m_timer.start(m_limits.idleTimeoutMs); // a peer that never reads must not keep us forever
    if (m_socket->bytesToWrite() == 0)
        startLinger();
}

void HttpConnection::startLinger()
{
    m_state = State::Lingering;
    shutdownWrite(m_socket->socketDescriptor());
    m_wait = Wait::Linger;
    m_timer.start(m_limits.lingerMs);
    m_socket->skip(m_socket->bytesAvailable());
}

void HttpConnection::finish()
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_timer.stop();
    m_queue.clear();
    m_upgradeRequest.reset();
    if (m_socket) {
        detachSocket();
        m_socket->abort();
    }
    Q_EMIT closed(m_id);
    deleteLater();
}

} // namespace pulse
