// The webhook dispatcher against a real receiver on loopback: signed deliveries, retries at the
// scheduled time under a manual clock, Retry-After, 410, timeouts, no redirects, the outbound-address
// guard, and pending deliveries sent after a restart.
#include "support/TestWorkspace.h"
#include "support/WebhookReceiver.h"
#include "webhooks/OutboundAddressGuard.h"
#include "webhooks/WebhookDispatcher.h"
#include "webhooks/WebhookEndpointStore.h"
#include "webhooks/WebhookOutbox.h"
#include "webhooks/WebhookSigner.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace pulse;
using namespace pulse::test;

namespace {
constexpr qint64 kSecond = 1000;

struct Setup {
    explicit Setup(WebhookDispatcherOptions options = local())
    {
        site = tw.addSite(QStringLiteral("a.com"));
        tw.workspace().webhooks().setSchedule(RetrySchedule(RetrySchedule::defaultWaitsMs(), [] { return 0.5; }));
        options.pollIntervalMs = 0;
        dispatcher = std::make_unique<WebhookDispatcher>(
            tw.workspace().webhooks(), tw.workspace().webhookEndpoints(), tw.clock(), options);
        dispatcher->start(); // nothing is due yet; tests run what falls due with runDue()
    }
    static WebhookDispatcherOptions local()
    {
        WebhookDispatcherOptions o;
        o.allowLocal = true;
        return o;
    }
    WebhookEndpoint addEndpoint(const QString &url)
    {
        WebhookEndpoint e;
        e.siteId = site;
        e.url = url;
        e.eventTypes = QStringList { QStringLiteral("alert.triggered") };
        return tw.workspace().webhookEndpoints().create(e);
    }
    qint64 enqueue() { return tw.workspace().webhooks().enqueue(site, QStringLiteral("alert.triggered"), {}).first(); }
    // Runs what is due and waits for the attempt to be recorded.
    WebhookDelivery attempt()
    {
        QSignalSpy spy(dispatcher.get(), &WebhookDispatcher::attemptFinished);
        dispatcher->runDue();
        if (spy.isEmpty() && !spy.wait(5000))
            return {};
        return spy.first().first().value<WebhookDelivery>();
    }

    TestWorkspace tw;
    qint64 site = 0;
    WebhookReceiver receiver;
    std::unique_ptr<WebhookDispatcher> dispatcher;
};

HttpResponse answer(int status, const QByteArray &body = {})
{
    return HttpResponse::text(status, body);
}
} // namespace

class TestWebhookDispatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aDeliveryArrivesSignedAndIsMarkedDone()
    {
        Setup s;
        const WebhookEndpoint e = s.addEndpoint(s.receiver.url(QStringLiteral("/hook?x=1")));
        const qint64 id = s.enqueue();
        s.dispatcher->start();
        QSignalSpy spy(s.dispatcher.get(), &WebhookDispatcher::attemptFinished);
        QVERIFY(spy.wait(5000));
        const WebhookDelivery done = spy.first().first().value<WebhookDelivery>();
        QCOMPARE(done.id, id);
        QCOMPARE(done.state, WebhookDelivery::State::Succeeded);
        QCOMPARE(done.attemptLog.size(), 1);
        QCOMPARE(done.attemptLog.first().status, 200);
        QCOMPARE(done.attemptLog.first().responseExcerpt, QStringLiteral("thanks"));

        QCOMPARE(s.receiver.received.size(), 1);
        const HttpRequest &r = s.receiver.received.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/hook"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
        QCOMPARE(r.header("host"), QByteArray(QByteArray("127.0.0.1:") + QByteArray::number(s.receiver.port())));
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.header("webhook-id"), done.webhookId.toLatin1());
        const qint64 ts = s.tw.clock().nowMs() / 1000;
        QCOMPARE(r.header("webhook-timestamp"), QByteArray::number(ts));
        QCOMPARE(
            r.header("webhook-signature"), WebhookSigner::signature(e.secret, done.webhookId.toLatin1(), ts, r.body));
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("type")).toString(),
            QStringLiteral("alert.triggered"));
    }

    void aFailureIsRetriedAtTheScheduledTimeWithTheSameId()
    {
        Setup s;
        s.addEndpoint(s.receiver.url());
        s.receiver.script = { answer(500, "down") };
        const qint64 id = s.enqueue();
        const WebhookDelivery first = s.attempt();
        QCOMPARE(first.state, WebhookDelivery::State::Pending);
        QCOMPARE(first.lastStatus, 500);
        QCOMPARE(first.nextAttemptAtMs, s.tw.clock().nowMs() + 5 * kSecond);

        s.tw.clock().advanceMs(5 * kSecond - 1);
        s.dispatcher->runDue();
        QCOMPARE(s.dispatcher->inFlight(), 0); // not yet
        s.tw.clock().advanceMs(1);
        const WebhookDelivery second = s.attempt();
        QCOMPARE(second.id, id);
        QCOMPARE(second.state, WebhookDelivery::State::Succeeded);
        QCOMPARE(second.attempts, 2);
        QCOMPARE(s.receiver.received.size(), 2);
        QCOMPARE(s.receiver.received[0].header("webhook-id"), s.receiver.received[1].header("webhook-id"));
        // Signed again at the time of the retry.
        QCOMPARE(s.receiver.received[1].header("webhook-timestamp"), QByteArray::number(s.tw.clock().nowMs() / 1000));
    }

    void retryAfterIsHonoured()
    {
        Setup s;
        s.addEndpoint(s.receiver.url());
        HttpResponse busy = answer(503);
        busy.setHeader("Retry-After", "120");
        s.receiver.script = { busy };
        s.enqueue();
        const WebhookDelivery d = s.attempt();
        QCOMPARE(d.nextAttemptAtMs, s.tw.clock().nowMs() + 120 * kSecond);

        const qint64 now = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(WebhookDispatcher::parseRetryAfter("Mon, 01 Jan 2024 00:10:00 GMT", now), 600 * kSecond);
        QCOMPARE(WebhookDispatcher::parseRetryAfter(" 30 ", now), 30 * kSecond);
        QVERIFY(!WebhookDispatcher::parseRetryAfter("soon", now));
    }

    void goneDisablesTheEndpoint()
    {
        Setup s;
        const WebhookEndpoint e = s.addEndpoint(s.receiver.url());
        s.receiver.script = { answer(410) };
        s.enqueue();
        QCOMPARE(s.attempt().state, WebhookDelivery::State::Failed);
        QVERIFY(!s.tw.workspace().webhookEndpoints().get(s.site, e.id)->enabled);
        // Nobody listens any more.
        QVERIFY(s.tw.workspace().webhooks().enqueue(s.site, QStringLiteral("alert.triggered"), {}).isEmpty());
        QCOMPARE(s.tw.count(QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries")), 1);
    }

    void aReceiverThatNeverAnswersTimesOut()
    {
        WebhookDispatcherOptions options = Setup::local();
        options.timeoutMs = 150;
        Setup s(options);
        s.addEndpoint(s.receiver.url());
        s.receiver.holdAnswers = true;
        s.enqueue();
        const WebhookDelivery d = s.attempt();
        QCOMPARE(d.state, WebhookDelivery::State::Pending);
        QCOMPARE(d.attemptLog.size(), 1);
        QCOMPARE(d.attemptLog.first().status, 0);
        QVERIFY2(d.attemptLog.first().error.contains(QLatin1String("no answer within 150 ms")),
            qPrintable(d.attemptLog.first().error));
    }

    void redirectsAreNotFollowed()
    {
        Setup s;
        s.addEndpoint(s.receiver.url());
        HttpResponse moved = answer(302);
        moved.setHeader("Location", s.receiver.url(QStringLiteral("/elsewhere")).toLatin1());
        s.receiver.script = { moved };
        s.enqueue();
        const WebhookDelivery d = s.attempt();
        QCOMPARE(d.state, WebhookDelivery::State::Pending);
        QCOMPARE(d.lastStatus, 302);
        QVERIFY(d.lastError.contains(QLatin1String("redirects are not followed")));
        QCOMPARE(s.receiver.received.size(), 1);
        QCOMPARE(s.receiver.received.first().path, QStringLiteral("/hook"));
    }

    void httpsSpeaksTlsAndAFailedHandshakeIsLogged()
    {
        Setup s;
        // The receiver speaks plain HTTP: the TLS client hello gets no TLS answer.
        s.addEndpoint(QStringLiteral("https://127.0.0.1:%1/hook").arg(s.receiver.port()));
        s.enqueue();
        const WebhookDelivery d = s.attempt();
        QCOMPARE(d.state, WebhookDelivery::State::Pending);
        QCOMPARE(d.lastStatus, 0);
        QVERIFY2(d.lastError.contains(QLatin1String("SSL"), Qt::CaseInsensitive), qPrintable(d.lastError));
        QCOMPARE(d.attemptLog.first().error, d.lastError);
        QVERIFY(s.receiver.received.isEmpty()); // nothing was sent in the clear
    }

    void theGuardRefusesLocalTargets_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1");
        QTest::newRow("private") << QStringLiteral("10.0.0.1");
        QTest::newRow("metadata") << QStringLiteral("169.254.169.254");
        QTest::newRow("ipv6 loopback") << QStringLiteral("[::1]");
        QTest::newRow("mapped") << QStringLiteral("[::ffff:127.0.0.1]");
        QTest::newRow("decimal") << QStringLiteral("2130706433");
        QTest::newRow("hex") << QStringLiteral("0x7f.1");
        QTest::newRow("name") << QStringLiteral("localhost");
    }
    void theGuardRefusesLocalTargets()
    {
        QFETCH(QString, host);
        Setup s(WebhookDispatcherOptions {});
        s.addEndpoint(QStringLiteral("http://%1:%2/hook").arg(host).arg(s.receiver.port()));
        s.enqueue();
        const WebhookDelivery d = s.attempt();
        QCOMPARE(d.state, WebhookDelivery::State::Pending);
        QVERIFY2(d.lastError.contains(QLatin1String("refused by the outbound-address guard")), qPrintable(d.lastError));
        QVERIFY(s.receiver.received.isEmpty());
    }

    void theGuardKnowsTheDeniedRanges()
    {
        for (const char *denied : { "127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                 "100.64.0.1", "169.254.169.254", "0.0.0.0", "224.0.0.1", "::1", "::", "fc00::1", "fd12::1", "fe80::1",
                 "ff02::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::127.0.0.1", "64:ff9b::a00:1", "2002:7f00:1::" })
            QVERIFY2(!OutboundAddressGuard::refusal(QHostAddress(QLatin1String(denied))).isEmpty(), denied);
        for (const char *allowed : { "8.8.8.8", "1.1.1.1", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8" })
            QVERIFY2(OutboundAddressGuard::refusal(QHostAddress(QLatin1String(allowed))).isEmpty(), allowed);
        QString why;
        QCOMPARE(
            OutboundAddressGuard::firstAllowed(
                { QHostAddress(QStringLiteral("10.0.0.1")), QHostAddress(QStringLiteral("8.8.8.8")) }, false, &why),
            QHostAddress(QStringLiteral("8.8.8.8")));
    }

    void pendingDeliveriesAreSentAfterARestart()
    {
        Setup s;
        s.addEndpoint(s.receiver.url());
        s.receiver.script = { answer(500) };
        s.enqueue();
        QCOMPARE(s.attempt().state, WebhookDelivery::State::Pending);
        s.dispatcher.reset();
        s.tw.reopen();
        s.tw.clock().advanceMs(10 * kSecond);
        WebhookDispatcherOptions options = Setup::local();
        options.pollIntervalMs = 0;
        s.dispatcher = std::make_unique<WebhookDispatcher>(
            s.tw.workspace().webhooks(), s.tw.workspace().webhookEndpoints(), s.tw.clock(), options);
        QSignalSpy spy(s.dispatcher.get(), &WebhookDispatcher::attemptFinished);
        s.dispatcher->start();
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.first().first().value<WebhookDelivery>().state, WebhookDelivery::State::Succeeded);
        QCOMPARE(s.receiver.received.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWebhookDispatcher)
#include "TestWebhookDispatcher.moc"
