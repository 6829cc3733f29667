// LiveStreamCodec: the stream's aggregate and event messages decode to the values they were made
// from, and a message a client cannot trust is refused with the member that is wrong.
#include "live/LiveStreamCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pulse;

namespace {
LiveSnapshot sampleSnapshot()
{
    LiveSnapshot s;
    s.siteId = 3;
    s.nowMs = 1718000010000;
    s.firstMinuteStartMs = 1717996440000;
    for (int i = 0; i < LiveSnapshot::kMinutes; ++i)
        s.eventsPerMinute.append(i % 7);
    s.visitors = 12;
    s.events = 40;
    s.topPages = { { QStringLiteral("/pricing"), 5, 0, 0 }, { QStringLiteral("/"), 4, 0, 0 } };
    s.topSources = { { QStringLiteral("Direct / None"), 9, 0, 0 } };
    return s;
}

// Through text, as a client receives it.
QJsonObject overTheWire(const QJsonObject &message)
{
    return QJsonDocument::fromJson(QJsonDocument(message).toJson(QJsonDocument::Compact)).object();
}
} // namespace

class TestLiveStreamCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anAggregateDecodesToTheSnapshotItWasMadeFrom()
    {
        const LiveSnapshot snapshot = sampleSnapshot();
        const QJsonObject message = overTheWire(LiveStreamCodec::aggregate(snapshot));
        QCOMPARE(LiveStreamCodec::typeOf(message), QStringLiteral("aggregate"));
        QCOMPARE(message.value(QLatin1String("visitors_now")).toInt(), 12);
        QString error;
        const std::optional<LiveSnapshot> decoded = LiveStreamCodec::snapshotFromAggregate(message, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(*decoded, snapshot);
    }

    void aBrokenAggregateNamesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("words");
        QTest::newRow("version") << "v" << QJsonValue(2) << "version 1";
        QTest::newRow("type") << "type" << QJsonValue(QStringLiteral("event")) << "aggregate";
        QTest::newRow("site") << "site" << QJsonValue(QStringLiteral("one")) << "\"site\"";
        QTest::newRow("negative visitors") << "visitors_now" << QJsonValue(-1) << "\"visitors_now\"";
        QTest::newRow("fractional events") << "events_in_window" << QJsonValue(1.5) << "\"events_in_window\"";
        QTest::newRow("pages") << "top_pages" << QJsonValue(QStringLiteral("/")) << "\"top_pages\"";
        QTest::newRow("page row") << "top_pages" << QJsonValue(QJsonArray { 1 }) << "\"top_pages\"";
        QTest::newRow("minutes") << "events_per_minute" << QJsonValue(QJsonArray { 1, 2 }) << "60";
    }

    void aBrokenAggregateNamesWhatIsWrong()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, words);
        QJsonObject message = LiveStreamCodec::aggregate(sampleSnapshot());
        message.insert(member, value);
        QString error;
        QVERIFY(!LiveStreamCodec::snapshotFromAggregate(message, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void anEventKeepsWhatTheFeedShowsAndLeavesOutIdentities()
    {
        EventRecord e;
        e.siteId = 3;
        e.name = QStringLiteral("signup");
        e.receivedAtMs = 1718000001000;
        e.timestampMs = 1718000000500;
        e.path = QStringLiteral("/join");
        e.host = QStringLiteral("shop.example");
        e.referrer = QStringLiteral("https://news.example/");
        e.source = QStringLiteral("news.example");
        e.browser = QStringLiteral("Firefox");
        e.os = QStringLiteral("Linux");
        e.device = QStringLiteral("desktop");
        e.propsJson = "{\"plan\":\"pro\"}";
        e.visitorId = 77;
        e.userId = QStringLiteral("u-1");
        const QJsonObject message = overTheWire(LiveStreamCodec::event(e));
        const QJsonObject body = message.value(QLatin1String("event")).toObject();
        QVERIFY(!body.contains(QLatin1String("visitor_id")) && !body.contains(QLatin1String("user_id")));
        QVERIFY(!QJsonDocument(message).toJson().contains("u-1"));

        QString error;
        const std::optional<EventRecord> decoded = LiveStreamCodec::eventFromMessage(message, &error);
        QVERIFY2(decoded, qPrintable(error));
        EventRecord expected = e;
        expected.visitorId = 0;
        expected.userId.clear();
        QCOMPARE(*decoded, expected);

        QJsonObject broken = message;
        broken.insert(QStringLiteral("event"), QJsonObject { { QStringLiteral("name"), 1 } });
        QVERIFY(!LiveStreamCodec::eventFromMessage(broken, &error));
        QVERIFY2(error.contains(QLatin1String("received_at")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLiveStreamCodec)
#include "TestLiveStreamCodec.moc"
