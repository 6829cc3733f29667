// Pulse's webhooks verified by the Standard Webhooks reference library: a node receiver
// (webhooks/verify.mjs, npm standardwebhooks) checks the signature and timestamp of every delivery
// sent by a real in-process server, through a receiver outage with retries and a secret rotation.
// Skipped only when node is not installed.
#include "access/SiteStore.h"
#include "support/TestServer.h"
#include "webhooks/WebhookDispatcher.h"
#include "webhooks/WebhookEndpointStore.h"
#include "webhooks/WebhookOutbox.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

class TestWebhooksE2e : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    quint16 m_port = 0;

    QByteArray control(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

private Q_SLOTS:
    void everyDeliveryVerifiesWithTheReferenceLibrary()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not installed (scripts/setup.sh installs it)");
        const QString e2e = qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/tests/e2e");
        QVERIFY2(QFileInfo::exists(e2e + QStringLiteral("/node_modules/standardwebhooks")),
            "npm standardwebhooks is missing: run scripts/setup.sh (npm install in tests/e2e)");

        QProcess receiver;
        receiver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        receiver.start(node, { e2e + QStringLiteral("/webhooks/verify.mjs") });
        QVERIFY(receiver.waitForStarted(10000));
        QVERIFY(receiver.waitForReadyRead(10000));
        const QByteArray line = receiver.readLine().trimmed();
        QVERIFY2(line.startsWith("listening "), line.constData());
        m_port = quint16(line.mid(10).toUInt());

        // The reference library refuses timestamps more than 5 minutes from its own clock: the manual
        // clock starts 3 minutes behind it and moves 5 min 36 s, so every attempt stays within the window.
        ServiceOptions options;
        options.webhooksAllowLocal = true;
        options.webhookPollMs = 0;
        TestServer server(QDateTime::currentMSecsSinceEpoch() - 3 * 60 * 1000, options);
        Workspace &workspace = server.tw().workspace();
        const QString siteKey = server.addSite(QStringLiteral("shop.example"));
        const qint64 siteId = workspace.sites().find(siteKey)->id;
        WebhookEndpoint endpoint;
        endpoint.siteId = siteId;
        endpoint.url = QStringLiteral("http://127.0.0.1:%1/hook").arg(m_port);
        endpoint.eventTypes = QStringList { QStringLiteral("alert.triggered") };
        endpoint = workspace.webhookEndpoints().create(endpoint);
        const QString first = endpoint.secret;
        control("PUT", QStringLiteral("/control/secrets"), QJsonDocument(QJsonArray { first }).toJson());

        WebhookDispatcher &dispatcher = server.host().webhooks();
        QSignalSpy attempts(&dispatcher, &WebhookDispatcher::attemptFinished);
        const auto send = [&] {
            const qsizetype before = attempts.size();
            dispatcher.runDue();
            return attempts.size() > before || attempts.wait(10000);
        };

        // 1. Delivered and verified.
        workspace.webhooks().enqueue(siteId, QStringLiteral("alert.triggered"), { { QStringLiteral("n"), 1 } });
        QVERIFY(send());
        QCOMPARE(attempts.last().first().value<WebhookDelivery>().state, WebhookDelivery::State::Succeeded);

        // 2. The receiver is down twice; the retry after 5 s fails too, the one after 5 min gets through.
        control("PUT", QStringLiteral("/control/fail"), "2");
        workspace.webhooks().enqueue(siteId, QStringLiteral("alert.triggered"), { { QStringLiteral("n"), 2 } });
        QVERIFY(send());
        QCOMPARE(attempts.last().first().value<WebhookDelivery>().lastStatus, 503);
        server.tw().clock().advanceMs(6 * 1000);
        QVERIFY(send());
        server.tw().clock().advanceMs(330 * 1000); // 5 min and the most jitter can add (10 %)
        QVERIFY(send());
        const WebhookDelivery recovered = attempts.last().first().value<WebhookDelivery>();
        QCOMPARE(recovered.state, WebhookDelivery::State::Succeeded);
        QCOMPARE(recovered.attempts, 3);

        // 3. After a rotation both secrets verify the same delivery.
        const QString second = workspace.webhookEndpoints().rotate(siteId, endpoint.id)->secret;
        control("PUT", QStringLiteral("/control/secrets"), QJsonDocument(QJsonArray { first, second }).toJson());
        workspace.webhooks().enqueue(siteId, QStringLiteral("alert.triggered"), { { QStringLiteral("n"), 3 } });
        QVERIFY(send());
        QCOMPARE(attempts.last().first().value<WebhookDelivery>().state, WebhookDelivery::State::Succeeded);

        const QJsonArray results = QJsonDocument::fromJson(control("GET", QStringLiteral("/control/results"))).array();
        QCOMPARE(results.size(), 5);
        QSet<QString> acknowledged;
        for (const QJsonValue &v : results) {
            const QJsonObject r = v.toObject();
            QVERIFY2(r.value(QLatin1String("verified")).toArray().first().toBool(),
                QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
            if (r.value(QLatin1String("status")).toInt() == 204) {
                QVERIFY(!acknowledged.contains(r.value(QLatin1String("id")).toString())); // acknowledged once
                acknowledged.insert(r.value(QLatin1String("id")).toString());
            }
        }
        QCOMPARE(acknowledged.size(), 3);
        const QJsonArray rotated = results.last().toObject().value(QLatin1String("verified")).toArray();
        QCOMPARE(rotated, (QJsonArray { true, true }));

        receiver.closeWriteChannel();
        if (!receiver.waitForFinished(5000))
            receiver.kill();
    }
};

QTEST_GUILESS_MAIN(TestWebhooksE2e)
#include "TestWebhooksE2e.moc"
