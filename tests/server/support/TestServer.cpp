#include "support/TestServer.h"

#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "access/SiteStore.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace pulse::test {

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

TestServer::TestServer(qint64 startMs, ServiceOptions options) : m_tw(startMs), m_options(options)
{
    m_options.schedulerIntervalMs = 0; // tests run the scheduler with runDue() and the manual clock
    m_options.port = 0;
    startHost();
}

void TestServer::startHost()
{
    m_host = std::make_unique<ServiceHost>(m_tw.workspace(), m_tw.clock());
    QString error;
    if (!m_host->start(m_options, &error))
        qWarning("cannot start the test server: %s", qPrintable(error));
}

void TestServer::restart()
{
    m_host.reset();
    m_tw.reopen();
    startHost();
}

TestServer::~TestServer() { m_host.reset(); }

QUrl TestServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_host->port()).arg(pathAndQuery));
}

QString TestServer::addSite(const QString &domain)
{
    QString error;
    const std::optional<Site> site = m_tw.workspace().sites().add(domain, QString(), QString(), &error);
    return site ? site->key : QString();
}

QString TestServer::createKey(const QString &scopes, qint64 siteId)
{
    QString error;
    return m_tw.workspace().keys().create(QStringLiteral("test"), SecretKey::parseScopes(scopes, &error), siteId, 0).secret;
}

Reply TestServer::request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(pathAndQuery));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    reply->deleteLater();
    return result;
}

Reply TestServer::get(const QString &pathAndQuery, const QString &secret)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!secret.isEmpty())
        headers.append({"Authorization", "Bearer " + secret.toLatin1()});
    return request("GET", pathAndQuery, {}, headers);
}

Reply TestServer::postJson(const QString &path, const QByteArray &body, const QByteArray &contentType,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append({"Content-Type", contentType});
    return request("POST", path, body, all);
}

} // namespace pulse::test
