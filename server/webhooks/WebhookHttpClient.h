// Sends one webhook request (a POST) to one already-checked IP address and reads the answer.
// Hand-written on QTcpSocket / QSslSocket because QNetworkAccessManager resolves the host name
// itself: it cannot be told to connect to the address the outbound guard checked, so a DNS answer
// could change between check and connection (DNS rebinding). For https the socket connects to the
// IP and verifies the certificate against the URL's host name (also sent as SNI); the Host header
// carries the name too. One request per connection (Connection: close), redirects never followed;
// the response is parsed by HttpResponseParser (Debian's libhttp-parser). No timeout of its own:
// the dispatcher bounds the whole attempt and calls abort().
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace pulse {

class HttpResponseParser;

struct WebhookHttpResult {
    int status = 0; // 0: no answer
    QByteArray bodyExcerpt; // at most 1 KiB
    QByteArray retryAfter; // the Retry-After header as sent
    QByteArray location; // a redirect's target, for the log only
    QString error; // network failure, TLS failure, malformed answer
};

class WebhookHttpClient final : public QObject {
    Q_OBJECT
public:
    explicit WebhookHttpClient(QObject *parent = nullptr);
    ~WebhookHttpClient() override;

    // POSTs body to url, connecting to address (already checked), with these extra headers.
    void post(const QUrl &url, const QHostAddress &address, const QList<QPair<QByteArray, QByteArray>> &headers,
        const QByteArray &body);
    // Drops the connection; finished() is not emitted after this.
    void abort();

Q_SIGNALS:
    void finished(const pulse::WebhookHttpResult &result);

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError();
    void complete(WebhookHttpResult result);

    std::unique_ptr<QTcpSocket> m_socket;
    std::unique_ptr<HttpResponseParser> m_parser;
    QByteArray m_request;
    bool m_done = false;
};

} // namespace pulse
