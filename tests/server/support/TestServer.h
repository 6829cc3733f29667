// A real Pulse service on 127.0.0.1 (port 0) over a temporary workspace with a manual clock, and a
// small blocking HTTP client built on QNetworkAccessManager for the tests to talk to it.
#pragma once

#include "ServiceHost.h"
#include "support/TestWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace pulse::test {

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const;
};

class TestServer final
{
public:
    explicit TestServer(qint64 startMs = 1704067200000, ServiceOptions options = {});
    ~TestServer();

    TestWorkspace &tw() { return m_tw; }
    ServiceHost &host() { return *m_host; }
    QUrl url(const QString &pathAndQuery) const;
    // Stops the service and closes the workspace as a server shutdown does, then opens both again
    // on the same data folder.
    void restart();

    // Adds a site; returns its key.
    QString addSite(const QString &domain);
    // Creates a secret key with the given scopes ("read,write"); returns the secret.
    QString createKey(const QString &scopes, qint64 siteId = 0);

    Reply request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &pathAndQuery, const QString &secret = {});
    Reply postJson(const QString &path, const QByteArray &body, const QByteArray &contentType = "application/json",
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    void startHost();

    TestWorkspace m_tw;
    ServiceOptions m_options;
    std::unique_ptr<ServiceHost> m_host;
    QNetworkAccessManager m_network;
};

} // namespace pulse::test
