// Minimal response parsing (Content-Length framing only, which is all the server sends).
#include "RawHttpClient.h"

#include <QJsonDocument>
#include <QTest>

#include <zlib.h>

namespace pulse::test {

QByteArray RawHttpClient::Response::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RawHttpClient::Response::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (name.compare(entry.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject RawHttpClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RawHttpClient::RawHttpClient(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawHttpClient::readAvailable);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        readAvailable();
        m_disconnected = true;
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        readAvailable();
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            m_disconnected = true;
    });
}

RawHttpClient::~RawHttpClient()
{
    // m_socket aborts in its destructor, after m_buffer is gone: it must not reach our slots then.
    disconnect(&m_socket, nullptr, this, nullptr);
}

bool RawHttpClient::connectTo(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return QTest::qWaitFor(
               [this] { return m_socket.state() == QAbstractSocket::ConnectedState || m_disconnected; }, timeoutMs)
        && m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

void RawHttpClient::readAvailable()
{
    if (!m_paused && m_socket.isOpen())
        m_buffer.append(m_socket.readAll());
}

void RawHttpClient::pauseReading()
{
    m_paused = true;
    m_socket.setReadBufferSize(4096);
}

void RawHttpClient::resumeReading()
{
    m_paused = false;
    m_socket.setReadBufferSize(0);
    readAvailable();
}

std::optional<RawHttpClient::Response> RawHttpClient::nextResponse(bool headOnly, int timeoutMs)
{
    std::optional<Response> response;
    // The result is read from `response`; the wait only runs the event loop until it is there.
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&] {
            response = parse(headOnly);
            return response.has_value() || m_disconnected;
        },
        timeoutMs);
    if (!response)
        response = parse(headOnly);
    return response;
}

std::optional<RawHttpClient::Response> RawHttpClient::parse(bool headOnly)
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = m_buffer.first(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    Response response;
    response.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({ line.first(colon).trimmed().toLower(), line.sliced(colon + 1).trimmed() });
    }
    const bool noBody = headOnly || response.status < 200 || response.status == 204 || response.status == 304;
    const qsizetype length = noBody ? 0 : response.header("content-length").toLongLong();
    if (m_buffer.size() < end + 4 + length)
        return std::nullopt;
    response.body = m_buffer.sliced(end + 4, length);
    m_buffer.remove(0, end + 4 + length);
    return response;
}

bool RawHttpClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_disconnected; }, timeoutMs);
}

QByteArray compress(const QByteArray &data, int windowBits)
{
    z_stream stream {};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace pulse::test
