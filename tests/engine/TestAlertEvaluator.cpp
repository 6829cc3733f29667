// Alert evaluation on a real workspace with events written through the writer and a manual clock:
// above and below a threshold, percentage change, anomaly by z-score (fires on a spike, stays silent
// with too little history), the cooldown, resolution, the history rows, the alert.triggered and
// alert.resolved messages in the webhook outbox, and which rules are due.
#include "alerts/Alerts.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"
#include "support/TestWorkspace.h"
#include "webhooks/WebhookEndpointStore.h"

#include <QJsonDocument>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kStart = 1704067200000 + 20 * kDay + 12 * kHour; // 2024-01-21 12:00 UTC
} // namespace

class TestAlertEvaluator final : public QObject {
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<Alerts> m_alerts;
    qint64 m_site = 0;
    qint64 m_nextVisitor = 1;

    // count events, each by a new visitor, at atMs.
    void addEvents(int count, qint64 atMs, const QString &name = QStringLiteral("pageview"))
    {
        QList<EventRecord> events;
        for (int i = 0; i < count; ++i)
            events << makeEvent(m_site, m_nextVisitor++, atMs + i, name);
        QCOMPARE(m_tw->write(events).inserted, count);
    }
    AlertRule rule(const QByteArray &json)
    {
        QString field, error;
        const std::optional<AlertRule> r
            = m_alerts->create(m_site, QJsonDocument::fromJson(json).object(), &field, &error);
        if (!r)
            qWarning("%s: %s", qPrintable(field), qPrintable(error));
        return r.value_or(AlertRule {});
    }
    AlertEvaluator::Outcome evaluateAt(qint64 ruleId, qint64 atMs)
    {
        m_tw->clock().setMs(atMs);
        return m_alerts->evaluate(*m_alerts->rules().get(m_site, ruleId), atMs);
    }
    qint64 messages(const char *type)
    {
        return m_tw->count(
            QStringLiteral("SELECT COUNT(*) FROM webhook_messages WHERE event_type = '%1'").arg(QLatin1String(type)));
    }

private Q_SLOTS:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>(kStart);
        m_site = m_tw->addSite(QStringLiteral("shop.example"));
        m_alerts = std::make_unique<Alerts>(m_tw->workspace());
        WebhookEndpoint endpoint;
        endpoint.siteId = m_site;
        endpoint.url = QStringLiteral("https://hooks.example.com/pulse");
        endpoint.eventTypes = { QStringLiteral("alert.triggered"), QStringLiteral("alert.resolved") };
        m_tw->workspace().webhookEndpoints().create(endpoint);
        m_nextVisitor = 1;
    }
    void cleanup()
    {
        m_alerts.reset();
        m_tw.reset();
    }

    void aboveFiresOnceThenResolvesWithHistoryAndWebhooks()
    {
        const AlertRule r = rule(R"({"name":"Busy","metric":"pageviews","window_minutes":60,
            "condition":{"type":"above","threshold":5}})");
        QVERIFY(r.id > 0);
        addEvents(8, kStart + 10 * kMinute);

        const auto fired = evaluateAt(r.id, kStart + kHour);
        QCOMPARE(fired.check.value, std::optional<double>(8));
        QCOMPARE(fired.check.verdict, AlertCheck::Verdict::Breached);
        QVERIFY(fired.decision.event);
        QCOMPARE(fired.decision.event->kind, AlertEvent::Kind::Fired);
        QVERIFY(fired.decision.event->id > 0);
        AlertRule stored = *m_alerts->rules().get(m_site, r.id);
        QCOMPARE(stored.state, AlertRule::State::Firing);
        QCOMPARE(stored.lastFiredAtMs, kStart + kHour);
        QCOMPARE(stored.lastValue, std::optional<double>(8));
        QCOMPARE(messages("alert.triggered"), 1);
        QCOMPARE(m_tw->count(QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries")), 1);
        const QJsonObject body
            = QJsonDocument::fromJson(m_tw->workspace()
                                          .reads()
                                          .acquire()
                                          .db()
                                          .queryText(QStringLiteral("SELECT body FROM webhook_messages"))
                                          .toUtf8())
                  .object();
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("alert.triggered"));
        const QJsonObject data = body.value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("value")).toDouble(), 8.0);
        QCOMPARE(data.value(QLatin1String("threshold")).toDouble(), 5.0);
        QCOMPARE(data.value(QLatin1String("rule")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("Busy"));
        QCOMPARE(data.value(QLatin1String("rule")).toObject().value(QLatin1String("state")).toString(),
            QStringLiteral("firing"));

        // Still above: no second firing, no second message.
        addEvents(6, kStart + kHour + 5 * kMinute);
        const auto still = evaluateAt(r.id, kStart + kHour + 10 * kMinute);
        QCOMPARE(still.check.verdict, AlertCheck::Verdict::Breached);
        QVERIFY(!still.decision.event);
        QCOMPARE(messages("alert.triggered"), 1);

        // Back to normal: resolved, with the value that resolved it.
        const auto resolved = evaluateAt(r.id, kStart + 3 * kHour);
        QCOMPARE(resolved.check.value, std::optional<double>(0));
        QVERIFY(resolved.decision.event);
        QCOMPARE(resolved.decision.event->kind, AlertEvent::Kind::Resolved);
        QCOMPARE(m_alerts->rules().get(m_site, r.id)->state, AlertRule::State::Ok);
        QCOMPARE(messages("alert.resolved"), 1);

        const QList<AlertEvent> history = m_alerts->history().list(m_site, r.id, 0, 10);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].kind, AlertEvent::Kind::Resolved); // newest first
        QCOMPARE(history[0].value, 0.0);
        QCOMPARE(history[1].kind, AlertEvent::Kind::Fired);
        QCOMPARE(history[1].value, 8.0);
        QCOMPARE(history[1].atMs, kStart + kHour);
        QCOMPARE(history[1].windowFromMs, kStart);
    }

    void belowFiresOnTooFewOfANamedEvent()
    {
        const AlertRule r = rule(R"({"name":"Few signups","metric":"event_count","event":"signup",
            "window_minutes":60,"condition":{"type":"below","threshold":3}})");
        addEvents(2, kStart + 5 * kMinute, QStringLiteral("signup"));
        addEvents(10, kStart + 5 * kMinute, QStringLiteral("pageview")); // not counted
        const auto low = evaluateAt(r.id, kStart + kHour);
        QCOMPARE(low.check.value, std::optional<double>(2));
        QCOMPARE(low.decision.event->kind, AlertEvent::Kind::Fired);

        addEvents(3, kStart + kHour + 5 * kMinute, QStringLiteral("signup"));
        const auto enough = evaluateAt(r.id, kStart + 2 * kHour);
        QCOMPARE(enough.check.value, std::optional<double>(3));
        QCOMPARE(enough.decision.event->kind, AlertEvent::Kind::Resolved);
    }

    void filtersApplyToTheMetric()
    {
        const AlertRule r = rule(R"({"name":"Pricing","metric":"visitors","filters":{"path":"/pricing"},
            "window_minutes":60,"condition":{"type":"above","threshold":1}})");
        QList<EventRecord> events { makeEvent(m_site, 1, kStart + kMinute, QStringLiteral("pageview"),
                                        QStringLiteral("/pricing")),
            makeEvent(m_site, 2, kStart + kMinute, QStringLiteral("pageview"), QStringLiteral("/")),
            makeEvent(m_site, 3, kStart + kMinute, QStringLiteral("pageview"), QStringLiteral("/")) };
        QCOMPARE(m_tw->write(events).inserted, 3);
        const auto outcome = evaluateAt(r.id, kStart + kHour);
        QCOMPARE(outcome.check.value, std::optional<double>(1));
        QCOMPARE(outcome.check.verdict, AlertCheck::Verdict::Normal);
    }

    void percentageChangeAgainstThePreviousWindow()
    {
        const AlertRule up = rule(R"({"name":"Surge","metric":"events","window_minutes":60,
            "condition":{"type":"change","percent":50,"direction":"up"}})");
        const AlertRule down = rule(R"({"name":"Drop","metric":"events","window_minutes":60,
            "condition":{"type":"change","percent":50,"direction":"down"}})");
        addEvents(10, kStart + 10 * kMinute); // previous window [12:00, 13:00)
        addEvents(20, kStart + kHour + 10 * kMinute); // current window [13:00, 14:00)
        const auto surge = evaluateAt(up.id, kStart + 2 * kHour);
        QCOMPARE(surge.check.baseline, std::optional<double>(10));
        QCOMPARE(surge.check.score, std::optional<double>(100));
        QCOMPARE(surge.decision.event->kind, AlertEvent::Kind::Fired);
        QCOMPARE(surge.decision.event->score, std::optional<double>(100));
        const auto drop = evaluateAt(down.id, kStart + 2 * kHour);
        QCOMPARE(drop.check.verdict, AlertCheck::Verdict::Normal);
        QVERIFY(!drop.decision.event);

        // From an empty previous window a percentage means nothing: no verdict, nothing fires.
        const auto fromNothing = evaluateAt(up.id, kStart + kHour);
        QCOMPARE(fromNothing.check.verdict, AlertCheck::Verdict::Unknown);
        QVERIFY(!fromNothing.check.note.isEmpty());
    }

    void anomalyFiresOnASpikeAgainstTheSameHourOfEarlierDays()
    {
        const AlertRule r = rule(R"({"name":"Odd","metric":"pageviews","window_minutes":60,
            "condition":{"type":"anomaly","z":3,"period":"day","periods":7}})");
        const qint64 at = kStart + 8 * kDay;
        const int usual[] = { 10, 12, 9, 11, 10, 13, 8 };
        addEvents(1, at - 9 * kDay); // data starts before the oldest period used
        for (int k = 1; k <= 7; ++k)
            addEvents(usual[k - 1], at - k * kDay - 30 * kMinute);
        addEvents(10, at - 30 * kMinute);
        const auto normal = evaluateAt(r.id, at);
        QCOMPARE(normal.check.verdict, AlertCheck::Verdict::Normal);
        QVERIFY(qAbs(*normal.check.baseline - 73.0 / 7) < 1e-9);

        addEvents(40, at + kDay - 30 * kMinute); // 40 where the history says about 10
        const auto spike = evaluateAt(r.id, at + kDay);
        QCOMPARE(spike.check.verdict, AlertCheck::Verdict::Breached);
        QVERIFY(*spike.check.score > 3);
        QCOMPARE(spike.decision.event->kind, AlertEvent::Kind::Fired);
        QCOMPARE(spike.decision.event->threshold, 3.0);
        QCOMPARE(messages("alert.triggered"), 1);
    }

    void anomalyNeedsFourPeriodsOfHistoryWithSomeSpread()
    {
        const AlertRule r = rule(R"({"name":"Odd","metric":"pageviews","window_minutes":60,
            "condition":{"type":"anomaly","z":2,"period":"day","periods":8}})");
        const qint64 at = kStart + 8 * kDay;
        // Data for only three earlier days: a huge spike does not fire.
        for (int k = 1; k <= 3; ++k)
            addEvents(10 + k, at - k * kDay - 30 * kMinute);
        addEvents(100, at - 30 * kMinute);
        const auto early = evaluateAt(r.id, at);
        QCOMPARE(early.check.verdict, AlertCheck::Verdict::Unknown);
        QVERIFY(early.check.note.contains(QLatin1String("Not enough history")));
        QVERIFY(!early.decision.event);
        QCOMPARE(m_alerts->history().list(m_site, r.id, 0, 10).size(), 0);
        QCOMPARE(messages("alert.triggered"), 0);

        // A fourth day of history with the same value as every other: no spread, still no verdict.
        const AlertRule flat = rule(R"({"name":"Flat","metric":"pageviews","window_minutes":60,
            "condition":{"type":"anomaly","z":2,"period":"day","periods":4}})");
        const qint64 later = at + 10 * kDay;
        for (int k = 1; k <= 4; ++k)
            addEvents(5, later - k * kDay - 30 * kMinute);
        addEvents(50, later - 30 * kMinute);
        const auto noSpread = evaluateAt(flat.id, later);
        QCOMPARE(noSpread.check.verdict, AlertCheck::Verdict::Unknown);
        QCOMPARE(noSpread.check.baseline, std::optional<double>(5));
    }

    void cooldownSuppressesFiringAgainSoonAfterTheLastFiring()
    {
        const AlertRule r = rule(R"({"name":"Busy","metric":"pageviews","window_minutes":30,
            "condition":{"type":"above","threshold":5},"cooldown_minutes":120})");
        addEvents(10, kStart + 10 * kMinute);
        QCOMPARE(evaluateAt(r.id, kStart + 30 * kMinute).decision.event->kind, AlertEvent::Kind::Fired);
        QCOMPARE(evaluateAt(r.id, kStart + 60 * kMinute).decision.event->kind, AlertEvent::Kind::Resolved);
        addEvents(10, kStart + 70 * kMinute);
        const auto suppressed = evaluateAt(r.id, kStart + 90 * kMinute); // 90 min after firing: within 120
        QCOMPARE(suppressed.check.verdict, AlertCheck::Verdict::Breached);
        QVERIFY(suppressed.decision.suppressed);
        QVERIFY(!suppressed.decision.event);
        QCOMPARE(m_alerts->rules().get(m_site, r.id)->state, AlertRule::State::Ok);
        addEvents(10, kStart + 125 * kMinute);
        const auto again = evaluateAt(r.id, kStart + 155 * kMinute); // 125 min after firing
        QCOMPARE(again.decision.event->kind, AlertEvent::Kind::Fired);
        QCOMPARE(messages("alert.triggered"), 2);
        QCOMPARE(messages("alert.resolved"), 1);
    }

    void dueRulesAreEvaluatedOnceEvenAfterManyMissedIntervals()
    {
        const AlertRule r = rule(R"({"name":"Busy","metric":"pageviews","window_minutes":60,
            "condition":{"type":"above","threshold":5},"interval_minutes":15})");
        const AlertRule off = rule(R"({"name":"Off","metric":"pageviews","window_minutes":60,
            "condition":{"type":"above","threshold":5},"enabled":false})");
        QVERIFY(off.id > 0);
        QCOMPARE(m_alerts->evaluateDue(), 1); // never evaluated: due at once; the disabled one never
        QCOMPARE(m_alerts->rules().get(m_site, r.id)->lastEvaluatedAtMs, kStart);
        QCOMPARE(m_alerts->evaluateDue(), 0);
        m_tw->clock().advanceMs(14 * kMinute);
        QCOMPARE(m_alerts->evaluateDue(), 0);
        m_tw->clock().advanceMs(kMinute);
        QCOMPARE(m_alerts->evaluateDue(), 1);
        m_tw->clock().advanceMs(10 * kHour); // forty intervals missed
        QCOMPARE(m_alerts->evaluateDue(), 1);
        QCOMPARE(m_alerts->evaluateDue(), 0);
        QCOMPARE(m_alerts->rules().get(m_site, r.id)->lastEvaluatedAtMs, kStart + 15 * kMinute + 10 * kHour);
    }

    void aRuleWhoseFunnelIsGoneWaitsForItsNextInterval()
    {
        QString field, error;
        QVERIFY(!m_alerts->create(m_site,
            QJsonDocument::fromJson(R"({"name":"Checkout","metric":"funnel_conversion","funnel_id":77,
                "condition":{"type":"below","threshold":5}})")
                .object(),
            &field, &error));
        QCOMPARE(field, QStringLiteral("funnel_id"));
        QVERIFY(error.contains(QLatin1String("77")));
    }
};

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "TestAlertEvaluator.moc"
