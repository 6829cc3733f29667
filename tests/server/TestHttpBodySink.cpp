// Streamed request bodies: a route that asks for a sink gets the body piece by piece as sent (chunked
// framing removed, gzip kept), within the route's limit, and never in HttpRequest::body; a refusal
// from the sink factory answers before any body byte is taken; FileBodySink keeps the file only for
// a handler that takes it.
#include "RawHttpClient.h"
#include "http/FileBodySink.h"
#include "http/HttpRequestParser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pulse;

namespace {

class RecordingSink final : public HttpBodySink {
public:
    bool write(QByteArrayView data) override
    {
        ++pieces;
        bytes.append(data);
        return !failWrites;
    }
    bool finish() override
    {
        finished = true;
        return true;
    }
    QString errorString() const override { return QStringLiteral("No space left on device"); }

    QByteArray bytes;
    int pieces = 0;
    bool finished = false;
    bool failWrites = false;
};

struct Parsed {
    HttpRequestParser::Event event = HttpRequestParser::Event::NeedMoreData;
    HttpRequest request;
};

// Feeds input in pieces of `piece` bytes until a request or an error comes out.
Parsed feed(HttpRequestParser &parser, const QByteArray &input, qsizetype piece)
{
    Parsed parsed;
    for (qsizetype offset = 0; offset < input.size();) {
        const auto progress = parser.feed(QByteArrayView(input).sliced(offset, std::min(piece, input.size() - offset)));
        offset += progress.consumed;
        parsed.event = progress.event;
        if (progress.event == HttpRequestParser::Event::Request)
            parsed.request = parser.takeRequest();
        if (progress.event != HttpRequestParser::Event::NeedMoreData)
            return parsed;
    }
    return parsed;
}

} // namespace

class TestHttpBodySink final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aStreamedBodyGoesToTheSinkNotIntoTheRequest()
    {
        HttpRequestParser parser;
        auto sink = std::make_shared<RecordingSink>();
        QByteArray seenTarget;
        parser.setBodySinkFactory([&](const HttpRequest &head, HttpError *) -> std::shared_ptr<HttpBodySink> {
            seenTarget = head.target;
            return head.path == QLatin1String("/upload") ? sink : nullptr;
        });
        const QByteArray body = QByteArray("0123456789").repeated(1000);
        const Parsed parsed = feed(parser,
            "POST /upload?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                + body,
            997);
        QCOMPARE(parsed.event, HttpRequestParser::Event::Request);
        QCOMPARE(seenTarget, QByteArray("/upload?x=1"));
        QVERIFY(parsed.request.body.isEmpty());
        QVERIFY(parsed.request.bodySink == std::static_pointer_cast<HttpBodySink>(sink));
        QCOMPARE(sink->bytes, body);
        QVERIFY(sink->pieces > 1); // as it arrived, not at the end
        QVERIFY(sink->finished);

        // Other routes keep their bodies in memory as before.
        const Parsed other = feed(parser, "POST /other HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc", 1 << 20);
        QCOMPARE(other.event, HttpRequestParser::Event::Request);
        QCOMPARE(other.request.body, QByteArray("abc"));
        QVERIFY(!other.request.bodySink);
    }

    void chunkedFramingIsRemovedAndGzipKept()
    {
        HttpRequestParser parser;
        auto sink = std::make_shared<RecordingSink>();
        parser.setBodySinkFactory([&](const HttpRequest &, HttpError *) { return sink; });
        const QByteArray gz = pulse::test::compress(QByteArray("a,b,c\n").repeated(500));
        QByteArray chunked;
        for (qsizetype i = 0; i < gz.size(); i += 100) {
            const QByteArray piece = gz.mid(i, 100);
            chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        chunked += "0\r\n\r\n";
        const Parsed parsed = feed(parser,
            "POST /u HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" + chunked,
            64);
        QCOMPARE(parsed.event, HttpRequestParser::Event::Request);
        QCOMPARE(sink->bytes, gz); // the reader of the sink decodes it
    }

    void aChunkedBodyOverTheLimitStopsTheStreamWith413()
    {
        HttpRequestParser parser;
        std::weak_ptr<RecordingSink> watched;
        parser.setBodyLimit([](const QByteArray &, const QString &) { return qint64(1000); });
        parser.setBodySinkFactory([&](const HttpRequest &, HttpError *) {
            auto sink = std::make_shared<RecordingSink>();
            watched = sink;
            return sink;
        });
        QByteArray chunked;
        for (int i = 0; i < 20; ++i)
            chunked += "64\r\n" + QByteArray(100, 'x') + "\r\n";
        const Parsed parsed
            = feed(parser, "POST /u HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked, 150);
        QCOMPARE(parsed.event, HttpRequestParser::Event::Error);
        QCOMPARE(parser.error().status, 413);
        QCOMPARE(parser.error().extra.value(QLatin1String("limit")).toInteger(), 1000);
        QVERIFY(watched.expired()); // the partial body is let go at once
    }

    void aRefusalAnswersBeforeTheBodyIsRead()
    {
        HttpRequestParser parser;
        parser.setBodySinkFactory([](const HttpRequest &, HttpError *refusal) -> std::shared_ptr<HttpBodySink> {
            HttpResponse response = HttpResponse::problem(401, QStringLiteral("Unauthorized"), QStringLiteral("key"));
            response.setHeader("WWW-Authenticate", "Bearer");
            refusal->status = 401;
            refusal->response = response;
            return nullptr;
        });
        const auto progress = parser.feed("POST /u HTTP/1.1\r\nHost: h\r\nContent-Length: 1000000\r\n\r\n");
        QCOMPARE(progress.event, HttpRequestParser::Event::Error);
        QCOMPARE(parser.error().status, 401);
        QVERIFY(parser.error().response);
        QCOMPARE(parser.error().response->header("WWW-Authenticate"), QByteArray("Bearer"));
    }

    void aFailingSinkAnswers507()
    {
        HttpRequestParser parser;
        auto sink = std::make_shared<RecordingSink>();
        sink->failWrites = true;
        parser.setBodySinkFactory([&](const HttpRequest &, HttpError *) { return sink; });
        const Parsed parsed = feed(parser, "POST /u HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc", 1 << 20);
        QCOMPARE(parsed.event, HttpRequestParser::Event::Error);
        QCOMPARE(parser.error().status, 507);
        QVERIFY(parser.error().detail.contains(QLatin1String("No space left on device")));
    }

    void expectContinueHoldsUntilTheFirstStreamedByte()
    {
        HttpRequestParser parser;
        auto sink = std::make_shared<RecordingSink>();
        parser.setBodySinkFactory([&](const HttpRequest &, HttpError *) { return sink; });
        parser.feed("POST /u HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        QVERIFY(parser.awaitsContinue());
        QVERIFY(parser.streamsBody());
        parser.feed("ab");
        QVERIFY(!parser.awaitsContinue());
    }

    void aFileSinkKeepsItsFileOnlyWhenTaken()
    {
        QTemporaryDir dir;
        QString kept;
        {
            FileBodySink taken(dir.path());
            QVERIFY(taken.isOpen());
            QVERIFY(taken.write("hello "));
            QVERIFY(taken.write("world"));
            QVERIFY(taken.finish());
            QCOMPARE(taken.size(), 11);
            kept = taken.takeFile();
            FileBodySink dropped(dir.path());
            QVERIFY(dropped.write("partial")); // (on Linux an unnamed O_TMPFILE until someone asks its name)
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QFileInfo(kept).fileName() });
        QFile file(kept);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("hello world"));
        QVERIFY(QFileInfo(kept).fileName().endsWith(QLatin1String(".part")));
    }
};

QTEST_GUILESS_MAIN(TestHttpBodySink)
#include "TestHttpBodySink.moc"
