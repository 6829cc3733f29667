// Webhook endpoints and the durable outbox on a real workspace: validation, CRUD, rotation, one
// delivery per matching endpoint, the retry schedule under a manual clock, Retry-After, 410, and
// pending deliveries surviving a reopen.
#include "support/TestWorkspace.h"
#include "webhooks/WebhookEndpointStore.h"
#include "webhooks/WebhookOutbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;

WebhookEndpoint endpointFor(qint64 siteId, const QStringList &types, bool enabled = true)
{
    WebhookEndpoint e;
    e.siteId = siteId;
    e.url = QStringLiteral("https://hooks.example.com/pulse");
    e.description = QStringLiteral("ops");
    e.eventTypes = types;
    e.enabled = enabled;
    return e;
}

WebhookAttemptResult answered(int status)
{
    WebhookAttemptResult r;
    r.status = status;
    r.latencyMs = 12;
    r.responseExcerpt = QByteArray(3000, 'x'); // longer than the 1 KiB kept
    return r;
}

// No jitter: the random source always answers the middle, which is the nominal wait.
RetrySchedule exactSchedule()
{
    return RetrySchedule(RetrySchedule::defaultWaitsMs(), [] { return 0.5; });
}
} // namespace

class TestWebhookOutbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void endpointJsonIsValidatedFieldByField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no url") << QByteArray("{\"event_types\":[\"import.completed\"]}") << "url";
        QTest::newRow("ftp") << QByteArray("{\"url\":\"ftp://x.com/\",\"event_types\":[\"import.completed\"]}")
                             << "url";
        QTest::newRow("no host") << QByteArray("{\"url\":\"https:///path\",\"event_types\":[\"import.completed\"]}")
                                 << "url";
        QTest::newRow("credentials") << QByteArray(
            "{\"url\":\"https://u:p@x.com/\",\"event_types\":[\"import.completed\"]}")
                                     << "url";
        QTest::newRow("unknown type") << QByteArray("{\"url\":\"https://x.com/\",\"event_types\":[\"alert.exploded\"]}")
                                      << "event_types";
        QTest::newRow("no types") << QByteArray("{\"url\":\"https://x.com/\",\"event_types\":[]}") << "event_types";
        QTest::newRow("long description")
            << QByteArray("{\"url\":\"https://x.com/\",\"event_types\":[\"import.completed\"],\"description\":\""
                   + QByteArray(501, 'd') + "\"}")
            << "description";
        QTest::newRow("enabled not bool")
            << QByteArray("{\"url\":\"https://x.com/\",\"event_types\":[\"import.completed\"],\"enabled\":\"yes\"}")
            << "enabled";
    }
    void endpointJsonIsValidatedFieldByField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        WebhookEndpoint e;
        QString gotField, error;
        QVERIFY(!WebhookEndpoint::fromJson(QJsonDocument::fromJson(body).object(), &e, &gotField, &error));
        QCOMPARE(gotField, field);
        QVERIFY(!error.isEmpty());
    }

    void endpointsAreStoredPerSiteAndSecretsRotateWithAGracePeriod()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("a.com"));
        const qint64 other = tw.addSite(QStringLiteral("b.com"));
        WebhookEndpointStore &store = tw.workspace().webhookEndpoints();
        const WebhookEndpoint created = store.create(endpointFor(site, { QStringLiteral("import.completed") }));
        QVERIFY(created.id > 0);
        QVERIFY(created.secret.startsWith(QLatin1String("whsec_")));
        QVERIFY(!created.toJson().contains(QLatin1String("secret")));
        QCOMPARE(created.toJson(true).value(QLatin1String("secret")).toString(), created.secret);
        QCOMPARE(store.get(site, created.id), created);
        QVERIFY(!store.get(other, created.id)); // another site's key cannot see it
        QCOMPARE(store.list(site).size(), 1);
        QVERIFY(store.list(other).isEmpty());

        WebhookEndpoint changed = created;
        changed.url = QStringLiteral("https://elsewhere.example.com/x");
        changed.enabled = false;
        QCOMPARE(store.update(changed)->url, changed.url);
        QVERIFY(!store.get(site, created.id)->enabled);

        tw.clock().advanceMs(1000);
        const WebhookEndpoint rotated = *store.rotate(site, created.id, 2 * kHour);
        QVERIFY(rotated.secret != created.secret);
        QCOMPARE(rotated.previousSecret, created.secret);
        QCOMPARE(rotated.signingSecrets(tw.clock().nowMs()), (QStringList { rotated.secret, created.secret }));
        QCOMPARE(rotated.signingSecrets(tw.clock().nowMs() + 2 * kHour), QStringList { rotated.secret });
        QVERIFY(!store.rotate(other, created.id));

        QVERIFY(!store.remove(other, created.id));
        QVERIFY(store.remove(site, created.id));
        QVERIFY(!store.get(site, created.id));
    }

    void anEventBecomesOneDeliveryPerEnabledEndpointThatWantsIt()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("a.com"));
        const qint64 other = tw.addSite(QStringLiteral("b.com"));
        WebhookEndpointStore &store = tw.workspace().webhookEndpoints();
        const WebhookEndpoint imports = store.create(endpointFor(site, { QStringLiteral("import.completed") }));
        store.create(endpointFor(site, { QStringLiteral("alert.triggered") }));
        store.create(endpointFor(site, { QStringLiteral("import.completed") }, false));
        const WebhookEndpoint both = store.create(
            endpointFor(site, { QStringLiteral("alert.triggered"), QStringLiteral("import.completed") }));
        store.create(endpointFor(other, { QStringLiteral("import.completed") }));

        const QList<qint64> ids = tw.workspace().webhooks().enqueue(
            site, QStringLiteral("import.completed"), QJsonObject { { QStringLiteral("rows"), 3 } });
        QCOMPARE(ids.size(), 2);
        const QList<WebhookDelivery> due = tw.workspace().webhooks().due(tw.clock().nowMs(), 10);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due[0].endpointId, imports.id);
        QCOMPARE(due[1].endpointId, both.id);
        QCOMPARE(due[0].webhookId, due[1].webhookId); // one message
        QVERIFY(due[0].webhookId.startsWith(QLatin1String("msg_")));
        const QJsonObject body = QJsonDocument::fromJson(due[0].body).object();
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("import.completed"));
        QCOMPARE(body.value(QLatin1String("data")).toObject().value(QLatin1String("rows")).toInt(), 3);
        QCOMPARE(body.value(QLatin1String("timestamp")).toString(), QStringLiteral("2024-01-01T00:00:00.000+00:00"));

        QVERIFY(tw.workspace().webhooks().enqueue(site, QStringLiteral("export.completed"), {}).isEmpty());
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM webhook_messages")), 1);
    }

    void failuresAreRetriedOnTheDocumentedScheduleThenGivenUp()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("a.com"));
        tw.workspace().webhookEndpoints().create(endpointFor(site, { QStringLiteral("alert.triggered") }));
        WebhookOutbox &outbox = tw.workspace().webhooks();
        outbox.setSchedule(exactSchedule());
        const qint64 id = outbox.enqueue(site, QStringLiteral("alert.triggered"), {}).first();

        // 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h: ten attempts over 3 days 3 h 35 min.
        const QList<qint64> waits { 5 * kSecond, 300 * kSecond, 1800 * kSecond, 2 * kHour, 5 * kHour, 10 * kHour,
            14 * kHour, 20 * kHour, 24 * kHour };
        const qint64 start = tw.clock().nowMs();
        for (int attempt = 1; attempt <= 10; ++attempt) {
            const QList<WebhookDelivery> due = outbox.due(tw.clock().nowMs(), 10);
            QCOMPARE(due.size(), 1);
            const WebhookDelivery after = outbox.recordAttempt(id, tw.clock().nowMs(), answered(500));
            QCOMPARE(after.attempts, attempt);
            if (attempt == 10) {
                QCOMPARE(after.state, WebhookDelivery::State::Failed);
                QVERIFY(after.lastError.contains(QLatin1String("Gave up after 10 attempts")));
                break;
            }
            QCOMPARE(after.state, WebhookDelivery::State::Pending);
            QCOMPARE(after.nextAttemptAtMs - tw.clock().nowMs(), waits[attempt - 1]);
            // Nothing is due a millisecond early.
            tw.clock().advanceMs(waits[attempt - 1] - 1);
            QVERIFY(outbox.due(tw.clock().nowMs(), 10).isEmpty());
            tw.clock().advanceMs(1);
        }
        QCOMPARE(tw.clock().nowMs() - start, 3 * 24 * kHour + 3 * kHour + 35 * 60 * kSecond + 5 * kSecond);
        QVERIFY(outbox.due(tw.clock().nowMs() + 100 * kHour, 10).isEmpty());
        const WebhookDelivery logged = *outbox.delivery(site, id);
        QCOMPARE(logged.attemptLog.size(), 10);
        QCOMPARE(logged.attemptLog.first().status, 500);
        QCOMPARE(logged.attemptLog.first().latencyMs, 12);
        QCOMPARE(logged.attemptLog.first().responseExcerpt.size(), 1024);
    }

    void jitterStaysWithinTenPercent()
    {
        const RetrySchedule low(RetrySchedule::defaultWaitsMs(), [] { return 0.0; });
        const RetrySchedule high(RetrySchedule::defaultWaitsMs(), [] { return 0.999999; });
        QCOMPARE(*low.waitMs(2), qint64(270 * kSecond));
        QVERIFY(*high.waitMs(2) <= 330 * kSecond && *high.waitMs(2) > 329 * kSecond);
        QCOMPARE(low.maxAttempts(), 10);
        QVERIFY(!low.waitMs(10));
    }

    void retryAfterIsHonouredAndSuccessEndsTheDelivery()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("a.com"));
        tw.workspace().webhookEndpoints().create(endpointFor(site, { QStringLiteral("alert.triggered") }));
        WebhookOutbox &outbox = tw.workspace().webhooks();
        outbox.setSchedule(exactSchedule());
        const qint64 id = outbox.enqueue(site, QStringLiteral("alert.triggered"), {}).first();
        WebhookAttemptResult busy = answered(503);
        busy.retryAfterMs = 120 * kSecond;
        QCOMPARE(
            outbox.recordAttempt(id, tw.clock().nowMs(), busy).nextAttemptAtMs, tw.clock().nowMs() + 120 * kSecond);
        tw.clock().advanceMs(120 * kSecond);
        const WebhookDelivery done = outbox.recordAttempt(id, tw.clock().nowMs(), answered(204));
        QCOMPARE(done.state, WebhookDelivery::State::Succeeded);
        QCOMPARE(done.lastStatus, 204);
        QVERIFY(!outbox.nextDueAtMs());
    }

    void goneDisablesTheEndpointAndHoldsItsOtherDeliveries()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("a.com"));
        const WebhookEndpoint e
            = tw.workspace().webhookEndpoints().create(endpointFor(site, { QStringLiteral("alert.triggered") }));
        WebhookOutbox &outbox = tw.workspace().webhooks();
        const qint64 first = outbox.enqueue(site, QStringLiteral("alert.triggered"), {}).first();
        outbox.enqueue(site, QStringLiteral("alert.triggered"), {});
        const WebhookDelivery gone = outbox.recordAttempt(first, tw.clock().nowMs(), answered(410));
        QCOMPARE(gone.state, WebhookDelivery::State::Failed);
        const WebhookEndpoint after = *tw.workspace().webhookEndpoints().get(site, e.id);
        QVERIFY(!after.enabled);
        QVERIFY(after.disabledReason.contains(QLatin1String("410")));
        QVERIFY(outbox.due(tw.clock().nowMs(), 10).isEmpty()); // the second waits for the endpoint
        QVERIFY(outbox.enqueue(site, QStringLiteral("alert.triggered"), {}).isEmpty());

        WebhookEndpoint enable = after;
        enable.enabled = true;
        QVERIFY(tw.workspace().webhookEndpoints().update(enable)->disabledReason.isEmpty());
        QCOMPARE(outbox.due(tw.clock().nowMs(), 10).size(), 1);
    }

    void pendingDeliveriesSurviveAReopen()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("a.com"));
        tw.workspace().webhookEndpoints().create(endpointFor(site, { QStringLiteral("import.completed") }));
        const qint64 id = tw.workspace().webhooks().enqueue(site, QStringLiteral("import.completed"), {}).first();
        tw.workspace().webhooks().recordAttempt(id, tw.clock().nowMs(), answered(500));
        tw.reopen();
        tw.clock().advanceMs(6 * kSecond);
        const QList<WebhookDelivery> due = tw.workspace().webhooks().due(tw.clock().nowMs(), 10);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().id, id);
        QCOMPARE(due.first().attempts, 1);
    }

    void redeliveryAndTestEventsAreNewDeliveries()
    {
        TestWorkspace tw;
        const qint64 site = tw.addSite(QStringLiteral("a.com"));
        const qint64 other = tw.addSite(QStringLiteral("b.com"));
        const WebhookEndpoint e
            = tw.workspace().webhookEndpoints().create(endpointFor(site, { QStringLiteral("import.completed") }));
        WebhookOutbox &outbox = tw.workspace().webhooks();
        const qint64 id = outbox.enqueue(site, QStringLiteral("import.completed"), {}).first();
        outbox.recordAttempt(id, tw.clock().nowMs(), answered(204));
        const WebhookDelivery again = *outbox.redeliver(site, id);
        QVERIFY(again.id != id);
        QCOMPARE(again.webhookId, outbox.delivery(site, id)->webhookId);
        QCOMPARE(again.state, WebhookDelivery::State::Pending);
        QVERIFY(!outbox.redeliver(other, id));

        const WebhookDelivery test = *outbox.enqueueTest(site, e.id);
        QCOMPARE(test.eventType, QStringLiteral("webhook.test"));
        QVERIFY(!outbox.enqueueTest(other, e.id));
        const QList<WebhookDelivery> page = outbox.deliveries(site, e.id, 0, 2);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page[0].id, test.id);
        QCOMPARE(outbox.deliveries(site, e.id, page[1].id, 10).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWebhookOutbox)
#include "TestWebhookOutbox.moc"
