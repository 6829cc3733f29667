// The HTTP side of the desktop's remote client: requests to a pulse-server's REST API with the
// analyst's credential, JSON bodies both ways, and problem+json answers (RFC 9457) turned into the
// message a page shows. Reads that fail for network reasons are retried a few times, and whether the
// server can be reached is reported as it changes, so the window can say so plainly.
#pragma once

#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkReply;

namespace pulse::ui {

class SessionCredential;

struct RestResponse {
    int status = 0; // 0: no HTTP answer (the server could not be reached)
    QJsonValue body; // the JSON body, when there is one
    QByteArray raw; // the body as received
    QString error; // empty on 2xx; else the problem's detail, or why the server could not be reached
    QString field; // the problem's "field" member: what to fix, when the server names it
    bool ok() const { return error.isEmpty(); }
    QJsonObject object() const { return body.toObject(); }
};

class RestTransport final : public QObject {
    Q_OBJECT
public:
    // baseUrl: "https://pulse.example.com" (a path prefix is kept, for servers behind a proxy).
    RestTransport(const QUrl &baseUrl, SessionCredential &credential, QObject *parent = nullptr);
    ~RestTransport() override;

    QUrl baseUrl() const { return m_baseUrl; }
    // The full URL of path ("/api/v1/stats") with query.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    // verb "GET", "POST", "PUT", "DELETE". A JSON body is sent as application/json.
    QFuture<RestResponse> send(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
        const QJsonValue &body = QJsonValue::Undefined);
    // A body that is not JSON (a file upload): the device is read as the request goes out and must
    // outlive the reply; contentType names it.
    QFuture<RestResponse> upload(
        const QString &path, const QUrlQuery &query, QIODevice *device, const QByteArray &contentType);

    bool reachable() const { return m_reachable; }
    // The network manager the remote client's other parts share (downloads, the stream's proxy settings).
    QNetworkAccessManager &network() { return m_network; }

    // Reads a finished reply into a RestResponse (exposed for the session credential's own requests).
    static RestResponse read(QNetworkReply *reply);

Q_SIGNALS:
    // The server answered after failures, or stopped answering; message is the network's reason
    // ("Connection refused").
    void reachabilityChanged(bool reachable, const QString &message);

private:
    struct Pending;
    void start(const std::shared_ptr<Pending> &pending);
    void finish(const std::shared_ptr<Pending> &pending, QNetworkReply *reply);
    void noteReachable(bool reachable, const QString &message);

    QUrl m_baseUrl;
    SessionCredential &m_credential;
    QNetworkAccessManager m_network;
    bool m_reachable = true;
};

} // namespace pulse::ui
