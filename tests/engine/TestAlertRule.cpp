// The alert rule's JSON codec: every condition round-trips through the stored definition, and bad
// input is refused with the field to fix named.
#include "alerts/AlertRule.h"

#include <QJsonDocument>
#include <QTest>

using namespace pulse;

namespace {
QJsonObject parse(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestAlertRule final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyConditionRoundTripsThroughItsDefinition_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("above") << QByteArray(
            R"({"name":"Busy","metric":"visitors","window_minutes":60,"condition":{"type":"above","threshold":100}})");
        QTest::newRow("below, filtered") << QByteArray(
            R"({"name":"Quiet pricing","metric":"pageviews","filters":{"path":"/pricing","props":[{"key":"plan","value":"pro"}]},
                "window_minutes":30,"condition":{"type":"below","threshold":2},"interval_minutes":10,"cooldown_minutes":0})");
        QTest::newRow("change") << QByteArray(
            R"({"name":"Signups fell","metric":"event_count","event":"signup","window_minutes":1440,
                "condition":{"type":"change","percent":20,"direction":"down"},"enabled":false})");
        QTest::newRow("anomaly") << QByteArray(
            R"({"name":"Odd bounce","metric":"bounce_rate","window_minutes":5,
                "condition":{"type":"anomaly","z":2.5,"period":"week","periods":6,"direction":"up"}})");
        QTest::newRow("funnel") << QByteArray(
            R"({"name":"Checkout","metric":"funnel_conversion","funnel_id":3,"condition":{"type":"below","threshold":5}})");
    }
    void everyConditionRoundTripsThroughItsDefinition()
    {
        QFETCH(QByteArray, body);
        AlertRule rule;
        QString field, error;
        QVERIFY2(AlertRule::fromJson(parse(body), &rule, &field, &error), qPrintable(field + QLatin1Char(' ') + error));
        AlertRule stored;
        stored.id = 9;
        stored.name = rule.name;
        AlertRule::readDefinition(rule.definitionJson(), &stored);
        stored.id = 0;
        stored.intervalMs = rule.intervalMs;
        stored.cooldownMs = rule.cooldownMs;
        stored.enabled = rule.enabled;
        QCOMPARE(stored, rule);
        // A GET answer can be sent back as it is.
        AlertRule again = rule;
        again.id = 9;
        QVERIFY2(AlertRule::fromJson(rule.toJson(), &again, &field, &error), qPrintable(error));
        again.id = 0;
        QCOMPARE(again, rule);
    }

    void defaultsApplyToWhatIsLeftOut()
    {
        AlertRule rule;
        QString field, error;
        QVERIFY(AlertRule::fromJson(
            parse(R"({"name":"n","metric":"sessions","condition":{"type":"anomaly"}})"), &rule, &field, &error));
        QCOMPARE(rule.windowMs, 60 * AlertRule::kMinuteMs);
        QCOMPARE(rule.intervalMs, 5 * AlertRule::kMinuteMs);
        QCOMPARE(rule.cooldownMs, 60 * AlertRule::kMinuteMs);
        QCOMPARE(rule.threshold, 3.0);
        QCOMPARE(rule.periods, 8);
        QCOMPARE(rule.period, AlertRule::Period::Day);
        QCOMPARE(rule.direction, AlertRule::Direction::Either);
        QVERIFY(rule.enabled);
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QByteArray cond = R"("condition":{"type":"above","threshold":1})";
        QTest::newRow("no name") << QByteArray("{\"metric\":\"visitors\"," + cond + "}") << "name";
        QTest::newRow("long name") << QByteArray("{\"name\":\"" + QByteArray(300, 'a') + "\"," + cond + "}") << "name";
        QTest::newRow("metric") << QByteArray("{\"name\":\"n\",\"metric\":\"revenue\"," + cond + "}") << "metric";
        QTest::newRow("event missing") << QByteArray("{\"name\":\"n\",\"metric\":\"event_count\"," + cond + "}")
                                       << "event";
        QTest::newRow("funnel missing") << QByteArray("{\"name\":\"n\",\"metric\":\"funnel_conversion\"," + cond + "}")
                                        << "funnel_id";
        QTest::newRow("funnel id") << QByteArray("{\"name\":\"n\",\"metric\":\"funnel_conversion\",\"funnel_id\":1.5,"
            + cond + "}") << "funnel_id";
        QTest::newRow("window small") << QByteArray("{\"name\":\"n\",\"window_minutes\":4," + cond + "}")
                                      << "window_minutes";
        QTest::newRow("window large") << QByteArray("{\"name\":\"n\",\"window_minutes\":1441," + cond + "}")
                                      << "window_minutes";
        QTest::newRow("window text") << QByteArray("{\"name\":\"n\",\"window_minutes\":\"60\"," + cond + "}")
                                     << "window_minutes";
        QTest::newRow("interval") << QByteArray("{\"name\":\"n\",\"interval_minutes\":1," + cond + "}")
                                  << "interval_minutes";
        QTest::newRow("cooldown") << QByteArray("{\"name\":\"n\",\"cooldown_minutes\":-1," + cond + "}")
                                  << "cooldown_minutes";
        QTest::newRow("no condition") << QByteArray("{\"name\":\"n\"}") << "condition";
        QTest::newRow("condition type") << QByteArray("{\"name\":\"n\",\"condition\":{\"type\":\"spike\"}}")
                                        << "condition.type";
        QTest::newRow("threshold") << QByteArray("{\"name\":\"n\",\"condition\":{\"type\":\"above\"}}")
                                   << "condition.threshold";
        QTest::newRow("percent") << QByteArray("{\"name\":\"n\",\"condition\":{\"type\":\"change\",\"percent\":0}}")
                                 << "condition.percent";
        QTest::newRow("direction") << QByteArray(
            "{\"name\":\"n\",\"condition\":{\"type\":\"change\",\"percent\":5,\"direction\":\"sideways\"}}")
                                   << "condition.direction";
        QTest::newRow("z") << QByteArray("{\"name\":\"n\",\"condition\":{\"type\":\"anomaly\",\"z\":-1}}")
                           << "condition.z";
        QTest::newRow("periods") << QByteArray("{\"name\":\"n\",\"condition\":{\"type\":\"anomaly\",\"periods\":3}}")
                                 << "condition.periods";
        QTest::newRow("period") << QByteArray(
            "{\"name\":\"n\",\"condition\":{\"type\":\"anomaly\",\"period\":\"month\"}}")
                                << "condition.period";
        QTest::newRow("condition extra") << QByteArray(
            "{\"name\":\"n\",\"condition\":{\"type\":\"above\",\"threshold\":1,\"z\":2}}")
                                         << "condition";
        QTest::newRow("filter key") << QByteArray("{\"name\":\"n\",\"filters\":{\"site_id\":2}," + cond + "}")
                                    << "filters";
        QTest::newRow("filter value") << QByteArray("{\"name\":\"n\",\"filters\":{\"props\":5}," + cond + "}")
                                      << "filters";
        QTest::newRow("funnel filters") << QByteArray(
            "{\"name\":\"n\",\"metric\":\"funnel_conversion\",\"funnel_id\":1,\"filters\":{\"path\":\"/\"}," + cond
            + "}") << "filters";
        QTest::newRow("enabled") << QByteArray("{\"name\":\"n\",\"enabled\":\"yes\"," + cond + "}") << "enabled";
        QTest::newRow("unknown") << QByteArray("{\"name\":\"n\",\"severity\":1," + cond + "}") << "body";
    }
    void badInputNamesTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        AlertRule rule;
        QString gotField, error;
        QVERIFY(!AlertRule::fromJson(parse(body), &rule, &gotField, &error));
        QCOMPARE(gotField, field);
        QVERIFY2(error.size() > 10, qPrintable(error));
        QCOMPARE(rule, AlertRule {}); // untouched
    }
};

QTEST_GUILESS_MAIN(TestAlertRule)
#include "TestAlertRule.moc"
