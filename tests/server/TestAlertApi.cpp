// Alerts over REST against a real server: every route with its scope, bad input refused with a
// problem+json naming the field, 404s for other sites' and unknown rules, the backtest of a saved
// rule and of an unsaved body, the history the scheduler writes when a rule fires on real events, and
// the signed alert.triggered and alert.resolved webhooks reaching a real receiver.
#include "alerts/Alerts.h"
#include "scheduler/AnalysisScheduler.h"
#include "support/TestServer.h"
#include "support/WebhookReceiver.h"
#include "webhooks/WebhookDispatcher.h"
#include "webhooks/WebhookSigner.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kNow = 1704067200000 + 10 * 24 * kHour; // 2024-01-11 00:00 UTC
const QByteArray kBusyRule = R"({"name":"Busy","metric":"pageviews","window_minutes":60,"interval_minutes":15,
    "condition":{"type":"above","threshold":5}})";
} // namespace

class TestAlertApi final : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QString m_read, m_write;
    qint64 m_site = 0;

    Reply call(const QByteArray &method, const QString &path, const QString &secret, const QByteArray &body = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers { { "Authorization", "Bearer " + secret.toLatin1() } };
        if (!body.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return m_server->request(method, path, body, headers);
    }
    qint64 create(const QByteArray &body)
    {
        const Reply r = call("POST", QStringLiteral("/api/v1/alerts?site=shop.example"), m_write, body);
        if (r.status != 201)
            qWarning("create answered %d: %s", r.status, r.body.constData());
        return r.json().value(QLatin1String("id")).toInteger();
    }
    void addPageviews(int count, qint64 atMs)
    {
        QList<EventRecord> events;
        for (int i = 0; i < count; ++i)
            events << makeEvent(m_site, 1000 + i, atMs + i);
        QCOMPARE(m_server->tw().write(events).inserted, count);
    }

private Q_SLOTS:
    void init()
    {
        ServiceOptions options;
        options.schedulerIntervalMs = 0; // the test runs the scheduler itself
        options.webhooksAllowLocal = true; // the receiver is on 127.0.0.1
        options.webhookPollMs = 0; // the dispatcher looks when something is enqueued
        m_server = std::make_unique<TestServer>(kNow, options);
        m_server->addSite(QStringLiteral("shop.example"));
        m_server->addSite(QStringLiteral("other.example"));
        m_site = m_server->tw().count(QStringLiteral("SELECT id FROM sites WHERE domain = 'shop.example'"));
        m_read = m_server->createKey(QStringLiteral("read"));
        m_write = m_server->createKey(QStringLiteral("read,write"));
    }
    void cleanup() { m_server.reset(); }

    void aRuleIsCreatedListedReadChangedAndDeleted()
    {
        const Reply created = call("POST", QStringLiteral("/api/v1/alerts?site=shop.example"), m_write, kBusyRule);
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created.header("Location"), QStringLiteral("/api/v1/alerts/%1").arg(id).toUtf8());
        QCOMPARE(created.json().value(QLatin1String("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(created.json().value(QLatin1String("window_minutes")).toInt(), 60);
        QCOMPARE(created.json().value(QLatin1String("cooldown_minutes")).toInt(), 60);
        QCOMPARE(created.json().value(QLatin1String("created_at")).toString(),
            QStringLiteral("2024-01-11T00:00:00.000+00:00"));

        const Reply list = call("GET", QStringLiteral("/api/v1/alerts?site=shop.example"), m_read);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(QLatin1String("items")).toArray().size(), 1);
        QVERIFY(call("GET", QStringLiteral("/api/v1/alerts?site=other.example"), m_read)
                    .json()
                    .value(QLatin1String("items"))
                    .toArray()
                    .isEmpty());

        const QString path = QStringLiteral("/api/v1/alerts/%1?site=shop.example").arg(id);
        const Reply got = call("GET", path, m_read);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json().value(QLatin1String("name")).toString(), QStringLiteral("Busy"));
        QCOMPARE(call("GET", QStringLiteral("/api/v1/alerts/%1?site=other.example").arg(id), m_read).status, 404);

        // PUT changes what it gives; the rest stays.
        const Reply put = call("PUT", path, m_write,
            R"({"name":"Very busy","condition":{"type":"change","percent":50,"direction":"up"},"enabled":false})");
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json().value(QLatin1String("name")).toString(), QStringLiteral("Very busy"));
        QCOMPARE(put.json().value(QLatin1String("enabled")).toBool(), false);
        QCOMPARE(put.json().value(QLatin1String("interval_minutes")).toInt(), 15);
        QCOMPARE(
            put.json().value(QLatin1String("condition")).toObject().value(QLatin1String("percent")).toDouble(), 50.0);
        // A GET answer can be sent back unchanged.
        QCOMPARE(call("PUT", path, m_write, QJsonDocument(call("GET", path, m_read).json()).toJson()).status, 200);

        QCOMPARE(call("PUT", QStringLiteral("/api/v1/alerts/999?site=shop.example"), m_write, kBusyRule).status, 404);
        QCOMPARE(call("DELETE", path, m_read).status, 403); // changes need the write scope
        QCOMPARE(call("DELETE", path, m_write).status, 204);
        QCOMPARE(call("GET", path, m_read).status, 404);
        QCOMPARE(call("DELETE", path, m_write).status, 404);
        QCOMPARE(
            call("GET", QStringLiteral("/api/v1/alerts/%1/history?site=shop.example").arg(id), m_read).status, 404);
        QCOMPARE(
            call("POST", QStringLiteral("/api/v1/alerts/%1/backtest?site=shop.example").arg(id), m_read).status, 404);
    }

    void changesNeedTheWriteScopeAndAKey()
    {
        QCOMPARE(call("POST", QStringLiteral("/api/v1/alerts?site=shop.example"), m_read, kBusyRule).status, 403);
        QCOMPARE(m_server->get(QStringLiteral("/api/v1/alerts?site=shop.example")).status, 401);
        QCOMPARE(m_server->tw().count(QStringLiteral("SELECT COUNT(*) FROM alert_rules")), 0);
    }

    void badInputIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("name") << QByteArray(R"({"condition":{"type":"above","threshold":1}})") << "name";
        QTest::newRow("metric") << QByteArray(
            R"({"name":"n","metric":"money","condition":{"type":"above","threshold":1}})")
                                << "metric";
        QTest::newRow("window") << QByteArray(
            R"({"name":"n","window_minutes":2,"condition":{"type":"above","threshold":1}})")
                                << "window_minutes";
        QTest::newRow("condition") << QByteArray(R"({"name":"n","condition":{"type":"above"}})")
                                   << "condition.threshold";
        QTest::newRow("periods") << QByteArray(R"({"name":"n","condition":{"type":"anomaly","periods":2}})")
                                 << "condition.periods";
        QTest::newRow("filters") << QByteArray(
            R"({"name":"n","filters":{"colour":"red"},"condition":{"type":"above","threshold":1}})")
                                 << "filters";
        QTest::newRow("unknown funnel") << QByteArray(
            R"({"name":"n","metric":"funnel_conversion","funnel_id":42,"condition":{"type":"below","threshold":1}})")
                                        << "funnel_id";
        QTest::newRow("unknown field") << QByteArray(
            R"({"name":"n","severity":"high","condition":{"type":"above","threshold":1}})")
                                       << "body";
    }
    void badInputIsRefusedNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        for (const QString &path : { QStringLiteral("/api/v1/alerts?site=shop.example"),
                 QStringLiteral("/api/v1/alerts/backtest?site=shop.example") }) {
            const Reply r = call("POST", path, m_write, body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
            QCOMPARE(r.json().value(QLatin1String("field")).toString(), field);
            QVERIFY(r.json().value(QLatin1String("detail")).toString().size() > 10);
        }
        const qint64 id = create(kBusyRule);
        const Reply put = call("PUT", QStringLiteral("/api/v1/alerts/%1?site=shop.example").arg(id), m_write,
            field == QLatin1String("name") ? QByteArray(R"({"name":""})") : body);
        QCOMPARE(put.status, 400);
        QCOMPARE(put.json().value(QLatin1String("field")).toString(), field);
        QCOMPARE(m_server->tw().count(QStringLiteral("SELECT COUNT(*) FROM alert_rules")), 1);
    }

    void notJsonAndBadPagesAreRefused()
    {
        const Reply r = call("POST", QStringLiteral("/api/v1/alerts?site=shop.example"), m_write, "{nope");
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("JSON")));
        const Reply limit = call("GET", QStringLiteral("/api/v1/alerts/history?site=shop.example&limit=0"), m_read);
        QCOMPARE(limit.status, 400);
        QCOMPARE(limit.json().value(QLatin1String("field")).toString(), QStringLiteral("limit"));
        const Reply cursor = call("GET", QStringLiteral("/api/v1/alerts/history?site=shop.example&cursor=x"), m_read);
        QCOMPARE(cursor.json().value(QLatin1String("field")).toString(), QStringLiteral("cursor"));
        QCOMPARE(call("GET", QStringLiteral("/api/v1/alerts/history?site=nowhere.example"), m_read).status, 404);
    }

    void theSchedulerFiresOnRealEventsAndTheHistoryShowsIt()
    {
        const qint64 id = create(kBusyRule);
        AnalysisScheduler &scheduler = m_server->host().scheduler();
        scheduler.runDue(); // evaluated once: nothing there
        const QJsonObject first
            = call("GET", QStringLiteral("/api/v1/alerts/%1?site=shop.example").arg(id), m_read).json();
        QVERIFY(first.value(QLatin1String("last_value")).isDouble());
        QCOMPARE(first.value(QLatin1String("last_value")).toDouble(), 0.0);
        QCOMPARE(first.value(QLatin1String("last_evaluated_at")).toString(),
            QStringLiteral("2024-01-11T00:00:00.000+00:00"));

        addPageviews(9, kNow + 5 * kMinute);
        m_server->tw().clock().advanceMs(10 * kMinute);
        scheduler.runDue(); // not due yet: 10 of 15 minutes
        QCOMPARE(m_server->tw().count(QStringLiteral("SELECT COUNT(*) FROM alert_events")), 0);
        m_server->tw().clock().advanceMs(5 * kMinute);
        scheduler.runDue();
        const QJsonObject rule
            = call("GET", QStringLiteral("/api/v1/alerts/%1?site=shop.example").arg(id), m_read).json();
        QCOMPARE(rule.value(QLatin1String("state")).toString(), QStringLiteral("firing"));
        QCOMPARE(
            rule.value(QLatin1String("last_fired_at")).toString(), QStringLiteral("2024-01-11T00:15:00.000+00:00"));

        m_server->tw().clock().advanceMs(2 * kHour); // many intervals missed: evaluated once, resolves
        scheduler.runDue();
        const Reply history
            = call("GET", QStringLiteral("/api/v1/alerts/%1/history?site=shop.example").arg(id), m_read);
        QCOMPARE(history.status, 200);
        const QJsonArray items = history.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("resolved"));
        QCOMPARE(items[1].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("fired"));
        QCOMPARE(items[1].toObject().value(QLatin1String("value")).toDouble(), 9.0);
        QCOMPARE(items[1].toObject().value(QLatin1String("threshold")).toDouble(), 5.0);

        const Reply site = call("GET", QStringLiteral("/api/v1/alerts/history?site=shop.example&limit=1"), m_read);
        QCOMPARE(site.json().value(QLatin1String("items")).toArray().size(), 1);
        const QString cursor = site.json().value(QLatin1String("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        const Reply next = call(
            "GET", QStringLiteral("/api/v1/alerts/history?site=shop.example&limit=1&cursor=%1").arg(cursor), m_read);
        QCOMPARE(
            next.json().value(QLatin1String("items")).toArray()[0].toObject().value(QLatin1String("kind")).toString(),
            QStringLiteral("fired"));
        QVERIFY(call("GET", QStringLiteral("/api/v1/alerts/history?site=other.example"), m_read)
                    .json()
                    .value(QLatin1String("items"))
                    .toArray()
                    .isEmpty());
    }

    void backtestsASavedRuleAndAnUnsavedOne()
    {
        addPageviews(12, kNow - 5 * 24 * kHour + 20 * kMinute);
        const QByteArray hourly = R"({"name":"Busy","metric":"pageviews","window_minutes":60,"interval_minutes":60,
            "condition":{"type":"above","threshold":10}})";
        const Reply draft = call("POST", QStringLiteral("/api/v1/alerts/backtest?site=shop.example"), m_read, hourly);
        QCOMPARE(draft.status, 200);
        QCOMPARE(draft.json().value(QLatin1String("points")).toArray().size(), 30 * 24);
        QCOMPARE(draft.json().value(QLatin1String("fired")).toInt(), 1);
        const QJsonArray events = draft.json().value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].toObject().value(QLatin1String("at")).toString(),
            QStringLiteral("2024-01-06T01:00:00.000+00:00"));
        QCOMPARE(events[0].toObject().value(QLatin1String("value")).toDouble(), 12.0);
        QCOMPARE(m_server->tw().count(QStringLiteral("SELECT COUNT(*) FROM alert_rules")), 0);

        const qint64 id = create(hourly);
        const Reply saved
            = call("POST", QStringLiteral("/api/v1/alerts/%1/backtest?site=shop.example").arg(id), m_read);
        QCOMPARE(saved.status, 200);
        const QJsonArray savedEvents = saved.json().value(QLatin1String("events")).toArray();
        QCOMPARE(savedEvents.size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            QJsonObject expected = events[i].toObject();
            expected.insert(QStringLiteral("rule_id"), id); // the unsaved rule had none
            QCOMPARE(savedEvents[i].toObject(), expected);
        }
        QCOMPARE(saved.json().value(QLatin1String("rule")).toObject().value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(m_server->tw().count(QStringLiteral("SELECT COUNT(*) FROM alert_events")), 0);
    }

    void aFiringAndItsResolutionReachAReceiverSigned()
    {
        WebhookReceiver receiver;
        const Reply endpoint = call("POST", QStringLiteral("/api/v1/webhooks?site=shop.example"), m_write,
            QStringLiteral(R"({"url":"%1","event_types":["alert.triggered","alert.resolved"]})")
                .arg(receiver.url())
                .toUtf8());
        QCOMPARE(endpoint.status, 201);
        const QString secret = endpoint.json().value(QLatin1String("secret")).toString();
        QSignalSpy attempts(&m_server->host().webhooks(), &WebhookDispatcher::attemptFinished);
        const qint64 id = create(kBusyRule);
        addPageviews(9, kNow - 5 * kMinute);
        m_server->host().scheduler().runDue();
        QVERIFY(attempts.size() > 0 || attempts.wait(5000));
        m_server->tw().clock().advanceMs(2 * kHour);
        m_server->host().scheduler().runDue();
        QVERIFY(attempts.size() > 1 || attempts.wait(5000));

        QCOMPARE(receiver.received.size(), 2);
        const QStringList types { QStringLiteral("alert.triggered"), QStringLiteral("alert.resolved") };
        for (qsizetype i = 0; i < 2; ++i) {
            const HttpRequest &r = receiver.received.at(i);
            QCOMPARE(r.header("webhook-signature"),
                WebhookSigner::signature(
                    secret, r.header("webhook-id"), r.header("webhook-timestamp").toLongLong(), r.body));
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(body.value(QLatin1String("type")).toString(), types.at(i));
            const QJsonObject data = body.value(QLatin1String("data")).toObject();
            QCOMPARE(data.value(QLatin1String("rule_id")).toInteger(), id);
            QCOMPARE(data.value(QLatin1String("value")).toDouble(), i == 0 ? 9.0 : 0.0);
            QCOMPARE(data.value(QLatin1String("rule")).toObject().value(QLatin1String("state")).toString(),
                i == 0 ? QStringLiteral("firing") : QStringLiteral("ok"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAlertApi)
#include "TestAlertApi.moc"
