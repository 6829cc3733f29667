#include "webhooks/WebhookHttpClient.h"

#include "http/HttpResponseParser.h"

#include <QSslSocket>

namespace pulse {

namespace {
constexpr qsizetype kExcerptBytes = 1024;
}

WebhookHttpClient::WebhookHttpClient(QObject *parent) : QObject(parent) { }

WebhookHttpClient::~WebhookHttpClient()
{
    abort();
}

void WebhookHttpClient::post(const QUrl &url, const QHostAddress &address,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();

    m_request = "POST " + target + " HTTP/1.1\r\n";
    // The name the receiver's virtual host expects, never the IP the socket connects to.
    m_request += "Host: " + url.authority(QUrl::FullyEncoded).toLatin1() + "\r\n";
    m_request += "User-Agent: Pulse-Webhooks/1\r\n";
    m_request += "Content-Type: application/json\r\n";
    m_request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    m_request += "Connection: close\r\n";
    for (const auto &h : headers)
        m_request += h.first + ": " + h.second + "\r\n";
    m_request += "\r\n" + body;

    m_parser = std::make_unique<HttpResponseParser>(kExcerptBytes);
    m_done = false;
    if (tls) {
        if (!QSslSocket::supportsSsl()) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    WebhookHttpResult r;
                    r.error = QStringLiteral("TLS is not available in this build of Qt");
                    complete(r);
                },
                Qt::QueuedConnection);
            return;
        }
        auto *ssl = new QSslSocket;
        m_socket.reset(ssl);
        connect(ssl, &QSslSocket::encrypted, this, &WebhookHttpClient::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            WebhookHttpResult r;
            r.error = QStringLiteral("TLS: %1").arg(
                errors.isEmpty() ? QStringLiteral("handshake failed") : errors.first().errorString());
            complete(r);
        });
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &WebhookHttpClient::onConnected);
    }
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &WebhookHttpClient::onReadyRead);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, &WebhookHttpClient::onDisconnected);
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &WebhookHttpClient::onError);
    if (tls)
        static_cast<QSslSocket *>(m_socket.get())->connectToHostEncrypted(address.toString(), port, url.host());
    else
        m_socket->connectToHost(address, port);
}

void WebhookHttpClient::abort()
{
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket.release()->deleteLater(); // may be inside one of its own signals
    }
}

void WebhookHttpClient::onConnected()
{
    m_socket->write(m_request);
}

void WebhookHttpClient::onReadyRead()
{
    if (m_done)
        return;
    const QByteArray data = m_socket->readAll();
    if (m_parser->feed(data) == HttpResponseParser::State::NeedMoreData)
        return;
    WebhookHttpResult r;
    if (m_parser->state() == HttpResponseParser::State::Error) {
        r.error = m_parser->error();
    } else {
        r.status = m_parser->status();
        r.bodyExcerpt = m_parser->body();
        r.retryAfter = m_parser->header("retry-after");
        r.location = m_parser->header("location");
    }
    complete(r);
}

void WebhookHttpClient::onDisconnected()
{
    if (m_done)
        return;
    if (m_socket->bytesAvailable() > 0)
        m_parser->feed(m_socket->readAll());
    m_parser->finish();
    WebhookHttpResult r;
    if (m_parser->state() == HttpResponseParser::State::Complete) {
        r.status = m_parser->status();
        r.bodyExcerpt = m_parser->body();
        r.retryAfter = m_parser->header("retry-after");
        r.location = m_parser->header("location");
    } else {
        r.error = m_parser->error();
    }
    complete(r);
}

void WebhookHttpClient::onError()
{
    if (m_done)
        return;
    // The peer closing after its answer is how a Connection: close response ends, not a failure.
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return onDisconnected();
    WebhookHttpResult r;
    r.error = m_socket->errorString();
    complete(r);
}

void WebhookHttpClient::complete(WebhookHttpResult result)
{
    if (m_done)
        return;
    abort();
    Q_EMIT finished(result);
}

} // namespace pulse
