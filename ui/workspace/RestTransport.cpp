#include "workspace/RestTransport.h"

#include "workspace/SessionCredential.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPromise>
#include <QTimer>

namespace pulse::ui {

namespace {
// A query over months of a busy site can take a while; a server that says nothing for this long is
// treated as unreachable.
constexpr int kTransferTimeoutMs = 120 * 1000;
// Reads are retried after these pauses when the server cannot be reached or says it is busy (503).
constexpr int kRetryDelaysMs[] = { 1000, 3000 };

bool isRetriable(const RestResponse &response)
{
    return response.status == 0 || response.status == 503;
}
} // namespace

struct RestTransport::Pending {
    QByteArray verb;
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QIODevice *device = nullptr;
    int attempt = 0;
    bool retriedAuth = false;
    QString bearer;
    QPromise<RestResponse> promise;
};

RestTransport::RestTransport(const QUrl &baseUrl, SessionCredential &credential, QObject *parent)
    : QObject(parent), m_baseUrl(baseUrl), m_credential(credential)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RestTransport::~RestTransport() = default;

QUrl RestTransport::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_baseUrl;
    QString base = u.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    u.setPath(base + path);
    u.setQuery(query);
    return u;
}

QFuture<RestResponse> RestTransport::send(
    const QByteArray &verb, const QString &path, const QUrlQuery &query, const QJsonValue &body)
{
    auto pending = std::make_shared<Pending>();
    pending->verb = verb;
    pending->url = url(path, query);
    if (body.isObject())
        pending->body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        pending->body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    if (!pending->body.isEmpty())
        pending->contentType = "application/json";
    pending->promise.start();
    QFuture<RestResponse> future = pending->promise.future();
    start(pending);
    return future;
}

QFuture<RestResponse> RestTransport::upload(
    const QString &path, const QUrlQuery &query, QIODevice *device, const QByteArray &contentType)
{
    auto pending = std::make_shared<Pending>();
    pending->verb = "POST";
    pending->url = url(path, query);
    pending->device = device;
    pending->contentType = contentType;
    pending->promise.start();
    QFuture<RestResponse> future = pending->promise.future();
    start(pending);
    return future;
}

void RestTransport::start(const std::shared_ptr<Pending> &pending)
{
    m_credential.bearer().then(this, [this, pending](const QString &bearer) {
        pending->bearer = bearer;
        QNetworkRequest request(pending->url);
        request.setTransferTimeout(kTransferTimeoutMs);
        request.setRawHeader("Authorization", bearer.toUtf8());
        request.setRawHeader("Accept", "application/json, application/problem+json");
        if (!pending->contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, pending->contentType);
        QNetworkReply *reply = pending->device ? m_network.sendCustomRequest(request, pending->verb, pending->device)
                                               : m_network.sendCustomRequest(request, pending->verb, pending->body);
        connect(reply, &QNetworkReply::finished, this, [this, pending, reply] { finish(pending, reply); });
    });
}

void RestTransport::finish(const std::shared_ptr<Pending> &pending, QNetworkReply *reply)
{
    reply->deleteLater();
    const RestResponse response = read(reply);
    const bool isRead = pending->verb == "GET";
    if (response.status == 401 && !pending->retriedAuth && !pending->device && m_credential.refused(pending->bearer)) {
        pending->retriedAuth = true; // a session token expired or was revoked: once more with a fresh one
        start(pending);
        return;
    }
    if (isRetriable(response)) {
        if (response.status == 0)
            noteReachable(false, reply->errorString());
        if (isRead && pending->attempt < int(std::size(kRetryDelaysMs))) {
            QTimer::singleShot(kRetryDelaysMs[pending->attempt++], this, [this, pending] { start(pending); });
            return;
        }
    } else {
        noteReachable(true, QString());
    }
    pending->promise.addResult(response);
    pending->promise.finish();
}

void RestTransport::noteReachable(bool reachable, const QString &message)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachabilityChanged(reachable, message);
}

RestResponse RestTransport::read(QNetworkReply *reply)
{
    RestResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.raw = reply->readAll();
    if (!response.raw.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(response.raw, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            response.body = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    if (response.status == 0) {
        response.error = tr("The server could not be reached: %1").arg(reply->errorString());
        return response;
    }
    if (response.status >= 200 && response.status < 300)
        return response;
    const QJsonObject problem = response.body.toObject();
    response.field = problem.value(QStringLiteral("field")).toString();
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    if (!detail.isEmpty())
        response.error = detail;
    else if (response.status == 401)
        response.error = tr("The server refused the key (HTTP 401): connect again with a valid key in File > Workspace > Connect to a server….");
    else
        response.error = tr("The server answered HTTP %1 %2.")
                             .arg(response.status)
                             .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    return response;
}

} // namespace pulse::ui
