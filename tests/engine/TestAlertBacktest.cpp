// The 30-day backtest of a rule on a real workspace: one point per evaluation interval, firings and
// resolutions where the scheduler would have made them (cooldown included), the same answer for a
// saved rule and an unsaved one, and nothing written.
#include "alerts/Alerts.h"
#include "support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kNow = 1704067200000 + 40 * kDay; // 2024-02-10 00:00 UTC
} // namespace

class TestAlertBacktest final : public QObject {
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    qint64 m_site = 0;
    qint64 m_nextVisitor = 1;

    void addEvents(int count, qint64 atMs)
    {
        QList<EventRecord> events;
        for (int i = 0; i < count; ++i)
            events << makeEvent(m_site, m_nextVisitor++, atMs + i);
        QCOMPARE(m_tw->write(events).inserted, count);
    }
    AlertRule draft(Alerts &alerts, const QByteArray &json)
    {
        QString field, error;
        const std::optional<AlertRule> r = alerts.draft(m_site, QJsonDocument::fromJson(json).object(), &field, &error);
        if (!r)
            qWarning("%s: %s", qPrintable(field), qPrintable(error));
        return r.value_or(AlertRule {});
    }

private Q_SLOTS:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>(kNow);
        m_site = m_tw->addSite(QStringLiteral("shop.example"));
        m_nextVisitor = 1;
        // A steady 2 pageviews an hour for 35 days, and two busy hours.
        for (qint64 h = 35 * 24; h >= 1; --h)
            addEvents(2, kNow - h * kHour + 10 * kMinute);
    }
    void cleanup() { m_tw.reset(); }

    void showsWhereAThresholdRuleWouldHaveFiredAndResolved()
    {
        addEvents(20, kNow - 10 * kDay + 5 * kHour + 20 * kMinute); // the hour [+5h, +6h) of day -10
        addEvents(20, kNow - 3 * kDay + 7 * kHour + 20 * kMinute);
        Alerts alerts(m_tw->workspace());
        const AlertRule rule = draft(alerts, R"({"name":"Busy","metric":"pageviews","window_minutes":60,
            "interval_minutes":60,"cooldown_minutes":0,"condition":{"type":"above","threshold":10}})");
        const AlertBacktestResult result = alerts.backtest(rule);
        QCOMPARE(result.points.size(), 30 * 24);
        QCOMPARE(result.points.first().atMs, kNow - 30 * kDay + kHour);
        QCOMPARE(result.points.last().atMs, kNow);
        QCOMPARE(result.points.last().value, std::optional<double>(2));
        QCOMPARE(result.events.size(), 4);
        QCOMPARE(result.events[0].kind, AlertEvent::Kind::Fired);
        QCOMPARE(result.events[0].atMs, kNow - 10 * kDay + 6 * kHour);
        QCOMPARE(result.events[0].value, 22.0);
        QCOMPARE(result.events[1].kind, AlertEvent::Kind::Resolved);
        QCOMPARE(result.events[1].atMs, kNow - 10 * kDay + 7 * kHour);
        QCOMPARE(result.events[2].atMs, kNow - 3 * kDay + 8 * kHour);
        QCOMPARE(result.events[3].kind, AlertEvent::Kind::Resolved);
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(QLatin1String("fired")).toInt(), 2);
        QCOMPARE(json.value(QLatin1String("points")).toArray().size(), 30 * 24);
        // Nothing is written.
        QCOMPARE(m_tw->count(QStringLiteral("SELECT COUNT(*) FROM alert_events")), 0);
        QCOMPARE(m_tw->count(QStringLiteral("SELECT COUNT(*) FROM webhook_messages")), 0);
    }

    void honoursTheCooldown()
    {
        addEvents(20, kNow - 10 * kDay + 5 * kHour + 20 * kMinute);
        addEvents(20, kNow - 10 * kDay + 8 * kHour + 20 * kMinute); // three hours later
        Alerts alerts(m_tw->workspace());
        const AlertRule quiet = draft(alerts, R"({"name":"Busy","metric":"pageviews","window_minutes":60,
            "interval_minutes":60,"cooldown_minutes":1440,"condition":{"type":"above","threshold":10}})");
        const AlertBacktestResult result = alerts.backtest(quiet);
        QCOMPARE(result.events.size(), 2); // fired and resolved once; the second busy hour is within the cooldown
        QCOMPARE(result.events[0].atMs, kNow - 10 * kDay + 6 * kHour);

        AlertRule eager = quiet;
        eager.cooldownMs = 0;
        QCOMPARE(alerts.backtest(eager).events.size(), 4);
    }

    void anAnomalyRuleComputesEachWindowOnce()
    {
        addEvents(30, kNow - 2 * kDay + 14 * kHour + 20 * kMinute);
        Alerts alerts(m_tw->workspace());
        const AlertRule rule = draft(alerts, R"({"name":"Odd","metric":"pageviews","window_minutes":60,
            "interval_minutes":60,"condition":{"type":"anomaly","z":3,"periods":4}})");
        const AlertBacktestResult result = alerts.backtest(rule);
        // Every hour of the history has the same 2 pageviews: no spread, no verdict, until the spike
        // hour (whose history is flat too), so nothing fires; but the windows repeat, so the 30 days
        // plus 4 days of history cost one computation per hour.
        QCOMPARE(result.events.size(), 0);
        QCOMPARE(result.windowsComputed, 34 * 24);
        QVERIFY(result.points.first().note.contains(QLatin1String("same value")));
    }
};

QTEST_GUILESS_MAIN(TestAlertBacktest)
#include "TestAlertBacktest.moc"
