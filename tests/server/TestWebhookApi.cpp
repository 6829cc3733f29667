// Webhooks over REST against a real server and a real receiver: every route, its scope, the secret
// shown only on create and rotate, bad input naming the field, the test event and the import.completed
// event reaching the receiver signed, the delivery log with its cursor, and redelivery.
#include "import/ImportJobs.h"
#include "support/TestServer.h"
#include "support/WebhookReceiver.h"
#include "webhooks/WebhookDispatcher.h"
#include "webhooks/WebhookSigner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {
ServiceOptions localWebhooks()
{
    ServiceOptions o;
    o.webhooksAllowLocal = true;
    o.webhookPollMs = 0;
    return o;
}
} // namespace

class TestWebhookApi : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<WebhookReceiver> m_receiver;
    QString m_read, m_write;
    qint64 m_siteId = 0;
    std::unique_ptr<QSignalSpy> m_attempts;
    qsizetype m_seen = 0;

    Reply call(const QByteArray &method, const QString &path, const QString &secret, const QByteArray &body = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers { { "Authorization", "Bearer " + secret.toLatin1() } };
        if (!body.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return m_server->request(method, path, body, headers);
    }
    QJsonObject create(const QByteArray &body)
    {
        const Reply r = call("POST", QStringLiteral("/api/v1/webhooks?site=shop.example"), m_write, body);
        if (r.status != 201)
            qWarning("create answered %d: %s", r.status, r.body.constData());
        return r.json();
    }
    QByteArray endpointBody(const QString &types = QStringLiteral("\"import.completed\""))
    {
        return QStringLiteral("{\"url\":\"%1\",\"description\":\"ops\",\"event_types\":[%2]}")
            .arg(m_receiver->url(), types)
            .toUtf8();
    }
    // The next attempt the dispatcher recorded, waiting for it if it has not happened yet (it may
    // have happened while a request's answer was awaited).
    WebhookDelivery nextAttempt()
    {
        if (m_attempts->size() <= m_seen && !m_attempts->wait(5000))
            return {};
        return m_attempts->at(m_seen++).first().value<WebhookDelivery>();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>(1704067200000, localWebhooks());
        m_receiver = std::make_unique<WebhookReceiver>();
        m_server->addSite(QStringLiteral("shop.example"));
        m_server->addSite(QStringLiteral("other.example"));
        m_siteId = m_server->tw().count(QStringLiteral("SELECT id FROM sites WHERE domain = 'shop.example'"));
        m_read = m_server->createKey(QStringLiteral("read"));
        m_write = m_server->createKey(QStringLiteral("read,write"));
        m_attempts = std::make_unique<QSignalSpy>(&m_server->host().webhooks(), &WebhookDispatcher::attemptFinished);
        m_seen = 0;
    }
    void cleanup()
    {
        m_attempts.reset();
        m_server.reset();
        m_receiver.reset();
    }

    void anEndpointIsCreatedReadChangedAndDeleted()
    {
        const QJsonObject created = create(endpointBody());
        const qint64 id = created.value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        QVERIFY(created.value(QLatin1String("secret")).toString().startsWith(QLatin1String("whsec_")));
        QCOMPARE(created.value(QLatin1String("enabled")).toBool(), true);

        const Reply list = call("GET", QStringLiteral("/api/v1/webhooks?site=shop.example"), m_read);
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QVERIFY(!items[0].toObject().contains(QLatin1String("secret")));
        QVERIFY(call("GET", QStringLiteral("/api/v1/webhooks?site=other.example"), m_read)
                    .json()
                    .value(QLatin1String("items"))
                    .toArray()
                    .isEmpty());

        const QString path = QStringLiteral("/api/v1/webhooks/%1?site=shop.example").arg(id);
        const Reply got = call("GET", path, m_read);
        QCOMPARE(got.status, 200);
        QVERIFY(!got.json().contains(QLatin1String("secret")));
        QCOMPARE(call("GET", QStringLiteral("/api/v1/webhooks/%1?site=other.example").arg(id), m_read).status, 404);

        const Reply put = call("PUT", path, m_write,
            QStringLiteral(
                "{\"url\":\"%1\",\"event_types\":[\"alert.triggered\",\"alert.resolved\"],\"enabled\":false}")
                .arg(m_receiver->url(QStringLiteral("/v2")))
                .toUtf8());
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json().value(QLatin1String("enabled")).toBool(), false);
        QCOMPARE(put.json().value(QLatin1String("event_types")).toArray().size(), 2);
        QVERIFY(!put.json().contains(QLatin1String("secret")));
        QCOMPARE(
            call("PUT", QStringLiteral("/api/v1/webhooks/999?site=shop.example"), m_write, endpointBody()).status, 404);

        QCOMPARE(call("DELETE", path, m_read).status, 403); // changes need the write scope
        QCOMPARE(call("DELETE", path, m_write).status, 204);
        QCOMPARE(call("GET", path, m_read).status, 404);
        QCOMPARE(call("DELETE", path, m_write).status, 404);
    }

    void changesNeedTheWriteScope()
    {
        const Reply r = call("POST", QStringLiteral("/api/v1/webhooks?site=shop.example"), m_read, endpointBody());
        QCOMPARE(r.status, 403);
        QCOMPARE(m_server->get(QStringLiteral("/api/v1/webhooks?site=shop.example")).status, 401);
    }

    void badInputIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("scheme") << QByteArray("{\"url\":\"ftp://x.example/\",\"event_types\":[\"import.completed\"]}")
                                << "url";
        QTest::newRow("no host") << QByteArray("{\"url\":\"https://\",\"event_types\":[\"import.completed\"]}")
                                 << "url";
        QTest::newRow("not a string") << QByteArray("{\"url\":5,\"event_types\":[\"import.completed\"]}") << "url";
        QTest::newRow("event type") << QByteArray("{\"url\":\"https://x.example/\",\"event_types\":[\"user.created\"]}")
                                    << "event_types";
        QTest::newRow("no event types") << QByteArray("{\"url\":\"https://x.example/\"}") << "event_types";
        QTest::newRow("description") << QByteArray(
            "{\"url\":\"https://x.example/\",\"event_types\":[\"import.completed\"],\"description\":\""
            + QByteArray(600, 'a') + "\"}")
                                     << "description";
        QTest::newRow("unknown field") << QByteArray(
            "{\"url\":\"https://x.example/\",\"event_types\":[\"import.completed\"],\"secret\":\"x\"}")
                                       << "body";
    }
    void badInputIsRefusedNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Reply r = call("POST", QStringLiteral("/api/v1/webhooks?site=shop.example"), m_write, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(r.json().value(QLatin1String("field")).toString(), field);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().size() > 10);
        QCOMPARE(m_server->tw().count(QStringLiteral("SELECT COUNT(*) FROM webhook_endpoints")), 0);
    }

    void notJsonIsRefused()
    {
        const Reply r = call("POST", QStringLiteral("/api/v1/webhooks?site=shop.example"), m_write, "{nope");
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("JSON")));
    }

    void rotationReturnsTheNewSecretAndBothSignDuringTheGracePeriod()
    {
        const QJsonObject created = create(endpointBody(QStringLiteral("\"webhook.test\"")));
        const qint64 id = created.value(QLatin1String("id")).toInteger();
        const QString oldSecret = created.value(QLatin1String("secret")).toString();
        const QString base = QStringLiteral("/api/v1/webhooks/%1").arg(id);

        const Reply bad
            = call("POST", base + QStringLiteral("/rotate?site=shop.example"), m_write, "{\"grace_seconds\":-5}");
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value(QLatin1String("field")).toString(), QStringLiteral("grace_seconds"));
        QCOMPARE(call("POST", QStringLiteral("/api/v1/webhooks/999/rotate?site=shop.example"), m_write).status, 404);

        const Reply rotated
            = call("POST", base + QStringLiteral("/rotate?site=shop.example"), m_write, "{\"grace_seconds\":3600}");
        QCOMPARE(rotated.status, 200);
        const QString newSecret = rotated.json().value(QLatin1String("secret")).toString();
        QVERIFY(newSecret.startsWith(QLatin1String("whsec_")) && newSecret != oldSecret);
        QCOMPARE(rotated.json().value(QLatin1String("previous_secret_expires_at")).toString(),
            QStringLiteral("2024-01-01T01:00:00.000+00:00"));

        QCOMPARE(call("POST", base + QStringLiteral("/test?site=shop.example"), m_write).status, 202);
        QCOMPARE(nextAttempt().state, WebhookDelivery::State::Succeeded);
        const HttpRequest &r = m_receiver->received.last();
        const QByteArray id1 = r.header("webhook-id");
        const qint64 ts = r.header("webhook-timestamp").toLongLong();
        QCOMPARE(r.header("webhook-signature"),
            QByteArray(WebhookSigner::signature(newSecret, id1, ts, r.body) + ' '
                + WebhookSigner::signature(oldSecret, id1, ts, r.body)));

        // After the grace period only the new secret signs.
        m_server->tw().clock().advanceMs(3600 * 1000);
        QCOMPARE(call("POST", base + QStringLiteral("/test?site=shop.example"), m_write).status, 202);
        QCOMPARE(nextAttempt().state, WebhookDelivery::State::Succeeded);
        const HttpRequest &r2 = m_receiver->received.last();
        QCOMPARE(r2.header("webhook-signature"),
            WebhookSigner::signature(
                newSecret, r2.header("webhook-id"), r2.header("webhook-timestamp").toLongLong(), r2.body));
    }

    void theDeliveryLogPagesAndRedeliverySendsAgain()
    {
        const qint64 id = create(endpointBody()).value(QLatin1String("id")).toInteger();
        const QString base = QStringLiteral("/api/v1/webhooks/%1").arg(id);
        m_receiver->script = { HttpResponse::text(500, "broken") };
        const Reply test = call("POST", base + QStringLiteral("/test?site=shop.example"), m_write);
        QCOMPARE(test.status, 202);
        QCOMPARE(test.json().value(QLatin1String("event_type")).toString(), QStringLiteral("webhook.test"));
        QCOMPARE(nextAttempt().lastStatus, 500);
        QCOMPARE(call("POST", base + QStringLiteral("/test?site=shop.example"), m_write).status, 202);
        QCOMPARE(nextAttempt().state, WebhookDelivery::State::Succeeded);

        const Reply first = call("GET", base + QStringLiteral("/deliveries?site=shop.example&limit=1"), m_read);
        QCOMPARE(first.status, 200);
        const QJsonArray items = first.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].toObject().value(QLatin1String("state")).toString(), QStringLiteral("succeeded"));
        const QString cursor = first.json().value(QLatin1String("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        const Reply second
            = call("GET", base + QStringLiteral("/deliveries?site=shop.example&limit=1&cursor=%1").arg(cursor), m_read);
        const QJsonObject failed = second.json().value(QLatin1String("items")).toArray()[0].toObject();
        QCOMPARE(failed.value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        const QJsonObject attempt = failed.value(QLatin1String("attempt_log")).toArray()[0].toObject();
        QCOMPARE(attempt.value(QLatin1String("status")).toInt(), 500);
        QCOMPARE(attempt.value(QLatin1String("attempt")).toInt(), 1);
        QCOMPARE(attempt.value(QLatin1String("response_excerpt")).toString(), QStringLiteral("broken"));
        QVERIFY(attempt.contains(QLatin1String("latency_ms")));
        QCOMPARE(call("GET", base + QStringLiteral("/deliveries?site=shop.example&limit=0"), m_read).status, 400);
        QCOMPARE(call("GET", base + QStringLiteral("/deliveries?site=shop.example&cursor=x"), m_read).status, 400);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/webhooks/999/deliveries?site=shop.example"), m_read).status, 404);

        const qint64 failedId = failed.value(QLatin1String("id")).toInteger();
        const Reply again = call("POST",
            QStringLiteral("/api/v1/webhooks/deliveries/%1/redeliver?site=shop.example").arg(failedId), m_write);
        QCOMPARE(again.status, 202);
        QCOMPARE(again.json().value(QLatin1String("webhook_id")), failed.value(QLatin1String("webhook_id")));
        QCOMPARE(nextAttempt().state, WebhookDelivery::State::Succeeded);
        QCOMPARE(
            call("POST", QStringLiteral("/api/v1/webhooks/deliveries/%1/redeliver?site=other.example").arg(failedId),
                m_write)
                .status,
            404);
    }

    void aTestEventToADisabledEndpointIsAConflict()
    {
        const qint64 id = create(endpointBody()).value(QLatin1String("id")).toInteger();
        call("PUT", QStringLiteral("/api/v1/webhooks/%1?site=shop.example").arg(id), m_write,
            QStringLiteral("{\"url\":\"%1\",\"event_types\":[\"import.completed\"],\"enabled\":false}")
                .arg(m_receiver->url())
                .toUtf8());
        const Reply r = call("POST", QStringLiteral("/api/v1/webhooks/%1/test?site=shop.example").arg(id), m_write);
        QCOMPARE(r.status, 409);
        QCOMPARE(call("POST", QStringLiteral("/api/v1/webhooks/999/test?site=shop.example"), m_write).status, 404);
    }

    void aCompletedImportIsAnnounced()
    {
        const QString secret = create(endpointBody()).value(QLatin1String("secret")).toString();
        ImportJobs &jobs = m_server->host().imports();
        const QString upload = QDir(jobs.uploadFolder()).filePath(QStringLiteral("upload-test.part"));
        QFile file(upload);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("timestamp,event,user_id,path\n1704067200,pageview,u1,/a\n");
        file.close();
        QString error;
        const std::optional<ImportJob> job
            = jobs.submit({ m_siteId, QStringLiteral("a.csv"), ImportOptions::Format::Csv, {}, {} }, upload, &error);
        QVERIFY2(job, qPrintable(error));
        const WebhookDelivery d = nextAttempt();
        QCOMPARE(d.state, WebhookDelivery::State::Succeeded);
        QCOMPARE(d.eventType, QStringLiteral("import.completed"));
        const HttpRequest &r = m_receiver->received.last();
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("import.completed"));
        QCOMPARE(body.value(QLatin1String("data")).toObject().value(QLatin1String("id")).toInteger(), job->id);
        QCOMPARE(body.value(QLatin1String("data")).toObject().value(QLatin1String("rows_imported")).toInt(), 1);
        QCOMPARE(r.header("webhook-signature"),
            WebhookSigner::signature(
                secret, r.header("webhook-id"), r.header("webhook-timestamp").toLongLong(), r.body));
    }
};

QTEST_GUILESS_MAIN(TestWebhookApi)
#include "TestWebhookApi.moc"
