// The collect body decoder: every body shape a client may send, and every malformed one.
#include "ingest/EventDecoder.h"

#include <QTest>

using namespace pulse;

class TestEventDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleObjectIsOneItem()
    {
        const DecodeResult r = EventDecoder::decode(R"({"site":"pk_x","name":"pageview"})", EventDecoder::Format::Json, {});
        QVERIFY(r.ok());
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items[0].object.value(QLatin1String("name")).toString(), QStringLiteral("pageview"));
    }

    void arrayKeepsGoodItemsBesideBadOnes()
    {
        const QByteArray body = "[ {\"name\":\"a\"}, {\"name\":tru}, 5, {\"name\":\"b, with ] and \\\" inside\"} ]";
        const DecodeResult r = EventDecoder::decode(body, EventDecoder::Format::Json, {});
        QVERIFY(r.ok());
        QCOMPARE(r.items.size(), 4);
        QVERIFY(r.items[0].errorReason.isEmpty());
        QCOMPARE(r.items[1].errorReason, QStringLiteral("invalid_json"));
        QCOMPARE(r.items[1].raw, QByteArray(R"({"name":tru})"));
        QCOMPARE(r.items[2].errorReason, QStringLiteral("not_an_object"));
        QCOMPARE(r.items[3].object.value(QLatin1String("name")).toString(), QStringLiteral("b, with ] and \" inside"));
    }

    void ndjsonSkipsBlankLinesAndFlagsBadOnes()
    {
        const QByteArray body = "{\"name\":\"a\"}\r\n\n{\"name\":\n{\"name\":\"c\"}\n";
        const DecodeResult r = EventDecoder::decode(body, EventDecoder::Format::Ndjson, {});
        QVERIFY(r.ok());
        QCOMPARE(r.items.size(), 3);
        QVERIFY(r.items[0].errorReason.isEmpty());
        QCOMPARE(r.items[1].errorReason, QStringLiteral("invalid_json"));
        QVERIFY(r.items[2].errorReason.isEmpty());
    }

    void wholeBodyFailures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty_body");
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << QStringLiteral("empty_body");
        QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("empty_body");
        QTest::newRow("unclosed array") << QByteArray("[{\"a\":1}") << QStringLiteral("invalid_json");
        QTest::newRow("unclosed string") << QByteArray("{\"a\":\"x}") << QStringLiteral("invalid_json");
        QTest::newRow("stray bracket") << QByteArray("}") << QStringLiteral("invalid_json");
        QTest::newRow("trailing data") << QByteArray("{} {}") << QStringLiteral("invalid_json");
        QTest::newRow("scalar") << QByteArray("42") << QStringLiteral("not_an_object");
        QTest::newRow("string") << QByteArray("\"pageview\"") << QStringLiteral("not_an_object");
    }

    void wholeBodyFailures()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const DecodeResult r = EventDecoder::decode(body, EventDecoder::Format::Json, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.errorReason, reason);
        QVERIFY(!r.errorMessage.isEmpty());
    }

    void nestingBeyondTheLimitIsRejectedPerItem()
    {
        IngestLimits limits;
        QByteArray deep = "{\"name\":\"x\",\"props\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}";
        const DecodeResult r = EventDecoder::decode(QByteArray("[" + deep + ",{\"name\":\"ok\"}]"), EventDecoder::Format::Json, limits);
        QVERIFY(r.ok());
        QCOMPARE(r.items[0].errorReason, QStringLiteral("too_deep"));
        QVERIFY(r.items[1].errorReason.isEmpty());
    }

    void thousandsOfLevelsDoNotReachQtsParser()
    {
        // Qt's parser allows 1024 levels; Pulse refuses long before that without recursion.
        const QByteArray deep = QByteArray(QByteArray(5000, '[') + QByteArray(5000, ']'));
        const DecodeResult r = EventDecoder::decode(deep, EventDecoder::Format::Json, {});
        QVERIFY(r.ok());
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items[0].errorReason, QStringLiteral("too_deep"));
    }

    void oversizedEventIsRejected()
    {
        IngestLimits limits;
        const QByteArray big = QByteArray("{\"name\":\"x\",\"props\":{\"a\":\"" + QByteArray(limits.maxEventBytes, 'a') + "\"}}");
        const DecodeResult r = EventDecoder::decode(big, EventDecoder::Format::Json, limits);
        QCOMPARE(r.items[0].errorReason, QStringLiteral("event_too_large"));
        QCOMPARE(r.items[0].raw.size(), qsizetype(limits.quarantinePayloadBytes));
    }

    void tooManyEventsIsAWholeBodyError()
    {
        IngestLimits limits;
        limits.maxEventsPerRequest = 3;
        const DecodeResult r = EventDecoder::decode("[{},{},{},{}]", EventDecoder::Format::Json, limits);
        QCOMPARE(r.errorReason, QStringLiteral("too_many_events"));
        const DecodeResult n = EventDecoder::decode("{}\n{}\n{}\n{}\n", EventDecoder::Format::Ndjson, limits);
        QCOMPARE(n.errorReason, QStringLiteral("too_many_events"));
    }

    void byteOrderMarkIsTolerated()
    {
        const DecodeResult r = EventDecoder::decode("\xEF\xBB\xBF{\"name\":\"a\"}", EventDecoder::Format::Json, {});
        QVERIFY(r.ok());
        QVERIFY(r.items[0].errorReason.isEmpty());
    }

    void contentTypesSelectTheFormat()
    {
        QCOMPARE(EventDecoder::formatForContentType("application/x-ndjson"), EventDecoder::Format::Ndjson);
        QCOMPARE(EventDecoder::formatForContentType("Application/JSONL; charset=utf-8"), EventDecoder::Format::Ndjson);
        QCOMPARE(EventDecoder::formatForContentType("text/plain;charset=UTF-8"), EventDecoder::Format::Json);
        QCOMPARE(EventDecoder::formatForContentType(""), EventDecoder::Format::Json);
    }
};

QTEST_GUILESS_MAIN(TestEventDecoder)
#include "TestEventDecoder.moc"
