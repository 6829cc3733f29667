#include "workspace/SessionCredential.h"

#include "workspace/RestTransport.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

namespace pulse::ui {

namespace {
// A token is refreshed this long before it expires, so a request never leaves with one about to lapse.
constexpr qint64 kRefreshMarginMs = 60 * 1000;
constexpr int kTimeoutMs = 30 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

SessionCredential::SessionCredential(const QUrl &serverUrl, const QString &secret, QObject *parent)
    : QObject(parent), m_serverUrl(serverUrl), m_secret(secret), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // the key goes nowhere else
}

SessionCredential::~SessionCredential() = default;

QUrl SessionCredential::url(const QString &path) const
{
    QUrl u = m_serverUrl;
    QString base = u.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    u.setPath(base + path);
    return u;
}

QFuture<QString> SessionCredential::bearer()
{
    if (m_sessionsUnsupported)
        return QtFuture::makeReadyFuture(QString(QStringLiteral("Bearer ") + m_secret));
    if (m_inFlight)
        return *m_inFlight;
    const qint64 now = nowMs();
    if (!m_token.isEmpty() && now < m_expiresAtMs - kRefreshMarginMs)
        return QtFuture::makeReadyFuture(QString(QStringLiteral("Bearer ") + m_token));
    const bool canRefresh = !m_token.isEmpty() && now < m_expiresAtMs && now < m_endsAtMs - kRefreshMarginMs;
    return request(canRefresh ? Step::Refresh : Step::Exchange);
}

QFuture<QString> SessionCredential::request(Step step)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    QNetworkRequest req(
        url(step == Step::Refresh ? QStringLiteral("/api/v1/sessions/refresh") : QStringLiteral("/api/v1/sessions")));
    req.setTransferTimeout(kTimeoutMs);
    req.setRawHeader(
        "Authorization", (QStringLiteral("Bearer ") + (step == Step::Refresh ? m_token : m_secret)).toUtf8());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->post(req, QByteArrayLiteral("{}"));
    const qint64 sentAt = nowMs();
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise, step, sentAt] {
        reply->deleteLater();
        m_inFlight.reset();
        const RestResponse response = RestTransport::read(reply);
        const QJsonObject body = response.object();
        const QString token = body.value(QStringLiteral("token")).toString();
        if (response.ok() && !token.isEmpty()) {
            m_token = token;
            // Times relative to when the request left: the server's clock may differ from this one.
            m_expiresAtMs = sentAt + body.value(QStringLiteral("expires_in")).toInteger() * 1000;
            const QDateTime ends
                = QDateTime::fromString(body.value(QStringLiteral("ends_at")).toString(), Qt::ISODateWithMs);
            const QDateTime expires
                = QDateTime::fromString(body.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
            m_endsAtMs = ends.isValid() && expires.isValid()
                ? m_expiresAtMs + (ends.toMSecsSinceEpoch() - expires.toMSecsSinceEpoch())
                : m_expiresAtMs;
            promise->addResult(QStringLiteral("Bearer ") + m_token);
        } else {
            if (step == Step::Exchange && (response.status == 404 || response.status == 405))
                m_sessionsUnsupported = true; // an older server: the key itself, as before sessions
            m_token.clear(); // a refused refresh: exchange again next time
            // The key: the request it goes with is then refused (or not) with the server's own words.
            promise->addResult(QStringLiteral("Bearer ") + m_secret);
        }
        promise->finish();
    });
    m_inFlight = promise->future();
    return *m_inFlight;
}

bool SessionCredential::refused(const QString &bearerValue)
{
    if (m_token.isEmpty() || bearerValue != QStringLiteral("Bearer ") + m_token)
        return false;
    m_token.clear();
    return true;
}

QFuture<void> SessionCredential::endSession()
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    if (m_token.isEmpty()) {
        promise->finish();
        return promise->future();
    }
    QNetworkRequest req(url(QStringLiteral("/api/v1/sessions/current")));
    req.setTransferTimeout(5000);
    req.setRawHeader("Authorization", (QStringLiteral("Bearer ") + m_token).toUtf8());
    m_token.clear();
    QNetworkReply *reply = m_network->deleteResource(req);
    connect(reply, &QNetworkReply::finished, this, [reply, promise] {
        reply->deleteLater();
        promise->finish();
    });
    return promise->future();
}

} // namespace pulse::ui
