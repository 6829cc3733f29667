// HttpRequestParser without sockets: framing, limits and refusals exactly as a client sends them.
#include "RawHttpClient.h"
#include "http/HttpRequestParser.h"

#include <QTest>

using namespace pulse;

namespace {

struct Outcome {
    QList<HttpRequest> requests;
    HttpError error;
    bool upgraded = false;
    QByteArray rest; // bytes after an upgrade request
};

// Feeds input in pieces of at most `piece` bytes, taking requests as they complete.
Outcome parseAll(HttpRequestParser &parser, const QByteArray &input, qsizetype piece = 1 << 30)
{
    Outcome outcome;
    for (qsizetype offset = 0; offset < input.size();) {
        QByteArrayView chunk = QByteArrayView(input).sliced(offset, std::min(piece, input.size() - offset));
        const auto progress = parser.feed(chunk);
        offset += progress.consumed;
        switch (progress.event) {
        case HttpRequestParser::Event::NeedMoreData:
            break;
        case HttpRequestParser::Event::Request:
            outcome.requests.append(parser.takeRequest());
            break;
        case HttpRequestParser::Event::Upgrade:
            outcome.requests.append(parser.takeRequest());
            outcome.upgraded = true;
            outcome.rest = input.sliced(offset);
            return outcome;
        case HttpRequestParser::Event::Error:
            outcome.error = parser.error();
            return outcome;
        }
    }
    return outcome;
}

} // namespace

class TestHttpRequestParser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestSplitAtEveryByteParsesTheSame();
    void pipelinedRequestsComeOutOneAtATime();
    void headersAreLowerCasedTrimmedAndKeptInOrder();
    void pathIsDecodedAndPlusInQueryIsSpace();
    void absoluteFormTargetYieldsPath();
    void keepAliveFollowsVersionAndConnectionHeader_data();
    void keepAliveFollowsVersionAndConnectionHeader();
    void chunkedBodyIsJoinedAndTrailersDropped();
    void gzipBodyIsDecoded();
    void headerLimitCountsRequestLineAndHeadersExactly();
    void bodyLimitIsAskedWithMethodAndPath();
    void refusals_data();
    void refusals();
    void errorsAreStickyUntilReset();
    void upgradeStopsAtTheEndOfTheRequest();
    void expectContinueIsReportedUntilBodyArrives();
};

void TestHttpRequestParser::requestSplitAtEveryByteParsesTheSame()
{
    const QByteArray raw = "POST /e?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nX-Empty:\r\n\r\nhello";
    HttpRequestParser whole;
    HttpRequestParser bytewise;
    const Outcome expected = parseAll(whole, raw);
    const Outcome actual = parseAll(bytewise, raw, 1);
    QCOMPARE(expected.requests.size(), 1);
    QCOMPARE(actual.requests, expected.requests);
    QCOMPARE(actual.requests.first().body, QByteArray("hello"));
    QCOMPARE(actual.requests.first().header("x-empty"), QByteArray(""));
    QVERIFY(actual.requests.first().hasHeader("x-empty"));
}

void TestHttpRequestParser::pipelinedRequestsComeOutOneAtATime()
{
    HttpRequestParser parser;
    const QByteArray raw = "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n";
    const auto first = parser.feed(raw);
    QCOMPARE(first.event, HttpRequestParser::Event::Request);
    QCOMPARE(first.consumed, raw.indexOf("GET /b"));
    QCOMPARE(parser.takeRequest().path, QStringLiteral("/a"));
    const auto second = parser.feed(QByteArrayView(raw).sliced(first.consumed));
    QCOMPARE(second.event, HttpRequestParser::Event::Request);
    QCOMPARE(parser.takeRequest().path, QStringLiteral("/b"));
}

void TestHttpRequestParser::headersAreLowerCasedTrimmedAndKeptInOrder()
{
    HttpRequestParser parser;
    const Outcome outcome = parseAll(parser, "GET / HTTP/1.1\r\nHost: h\r\nX-Tag:  one \r\nx-tag: two\r\n\r\n");
    QCOMPARE(outcome.requests.size(), 1);
    const HttpRequest &request = outcome.requests.first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.header("X-TAG"), QByteArray("one"));
    QCOMPARE(request.headerValues("x-tag"), (QList<QByteArray> { "one", "two" }));
    QCOMPARE(request.headers.first().first, QByteArray("host"));
}

void TestHttpRequestParser::pathIsDecodedAndPlusInQueryIsSpace()
{
    HttpRequestParser parser;
    const Outcome outcome
        = parseAll(parser, "GET /sites/caf%C3%A9/stats?q=a+b&plus=%2B&x=%C3%A9 HTTP/1.1\r\nHost: h\r\n\r\n");
    QCOMPARE(outcome.requests.size(), 1);
    const HttpRequest &request = outcome.requests.first();
    QCOMPARE(request.target, QByteArray("/sites/caf%C3%A9/stats?q=a+b&plus=%2B&x=%C3%A9"));
    QCOMPARE(request.path, QStringLiteral("/sites/caf\u00e9/stats"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), QStringLiteral("a b"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("plus"), QUrl::FullyDecoded), QStringLiteral("+"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("x"), QUrl::FullyDecoded), QStringLiteral("\u00e9"));
}

void TestHttpRequestParser::absoluteFormTargetYieldsPath()
{
    HttpRequestParser parser;
    const Outcome outcome = parseAll(parser, "GET http://example.com:8080/api/x?y=1 HTTP/1.1\r\nHost: h\r\n\r\n");
    QCOMPARE(outcome.requests.size(), 1);
    QCOMPARE(outcome.requests.first().path, QStringLiteral("/api/x"));
    QCOMPARE(outcome.requests.first().query.queryItemValue(QStringLiteral("y")), QStringLiteral("1"));
}

void TestHttpRequestParser::keepAliveFollowsVersionAndConnectionHeader_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<int>("httpMinor");
    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n") << true << 1;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n") << false << 1;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false << 0;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true << 0;
}

void TestHttpRequestParser::keepAliveFollowsVersionAndConnectionHeader()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, keepAlive);
    QFETCH(int, httpMinor);
    HttpRequestParser parser;
    const Outcome outcome = parseAll(parser, raw);
    QCOMPARE(outcome.requests.size(), 1);
    QCOMPARE(outcome.requests.first().keepAlive, keepAlive);
    QCOMPARE(outcome.requests.first().httpMinor, httpMinor);
}

void TestHttpRequestParser::chunkedBodyIsJoinedAndTrailersDropped()
{
    HttpRequestParser parser;
    const Outcome outcome = parseAll(parser,
        "POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
        "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n",
        3);
    QCOMPARE(outcome.error.status, 0);
    QCOMPARE(outcome.requests.size(), 1);
    QCOMPARE(outcome.requests.first().body, QByteArray("hello, world"));
    QVERIFY(!outcome.requests.first().hasHeader("x-trailer"));
}

void TestHttpRequestParser::gzipBodyIsDecoded()
{
    const QByteArray body = QByteArray("{\"name\":\"signup\"}").repeated(1000);
    const QByteArray gz = pulse::test::compress(body);
    HttpRequestParser parser;
    const Outcome outcome = parseAll(parser,
        "POST /e HTTP/1.1\r\nHost: h\r\nContent-Encoding: gzip\r\nContent-Length: " + QByteArray::number(gz.size())
            + "\r\n\r\n" + gz);
    QCOMPARE(outcome.requests.size(), 1);
    QCOMPARE(outcome.requests.first().body, body);
}

void TestHttpRequestParser::headerLimitCountsRequestLineAndHeadersExactly()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 256;
    const QByteArray head = "GET / HTTP/1.1\r\nHost: h\r\nX-Pad: ";
    const QByteArray exact = head + QByteArray(256 - head.size() - 4, 'p') + "\r\n\r\n";
    QCOMPARE(exact.size(), 256);
    HttpRequestParser fits(limits);
    QCOMPARE(parseAll(fits, exact).requests.size(), 1);

    const QByteArray over = head + QByteArray(256 - head.size() - 3, 'p') + "\r\n\r\n";
    HttpRequestParser tooLarge(limits);
    QCOMPARE(parseAll(tooLarge, over, 7).error.status, 431);
}

void TestHttpRequestParser::bodyLimitIsAskedWithMethodAndPath()
{
    HttpRequestParser parser;
    QByteArray seenMethod;
    QString seenPath;
    parser.setBodyLimit([&](const QByteArray &method, const QString &path) {
        seenMethod = method;
        seenPath = path;
        return qint64(4);
    });
    const Outcome outcome = parseAll(parser, "PUT /small%20route HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\n");
    QCOMPARE(seenMethod, QByteArray("PUT"));
    QCOMPARE(seenPath, QStringLiteral("/small route"));
    QCOMPARE(outcome.error.status, 413);
    QVERIFY(outcome.error.detail.contains(
        QStringLiteral("The request body is 5 bytes; this endpoint accepts at most 4 bytes")));
}

void TestHttpRequestParser::refusals_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detailMentions");
    const auto post = [](const QByteArray &rest) -> QByteArray { return "POST /e HTTP/1.1\r\nHost: h\r\n" + rest; };
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02") << 501 << QStringLiteral("method");
    QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nHo st: h\r\n\r\n") << 400 << QStringLiteral("header");
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << QStringLiteral("Host");
    QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400
                               << QStringLiteral("Host");
    QTest::newRow("no length") << post("\r\n") << 411 << QStringLiteral("Content-Length");
    QTest::newRow("bad length") << post("Content-Length: 1x\r\n\r\n") << 400 << QStringLiteral("Content-Length");
    QTest::newRow("two lengths") << post("Content-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 400
                                 << QStringLiteral("Content-Length");
    QTest::newRow("te gzip") << post("Transfer-Encoding: gzip, chunked\r\n\r\n") << 501 << QStringLiteral("gzip");
    QTest::newRow("te and length") << post("Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n") << 400
                                   << QStringLiteral("Content-Length");
    QTest::newRow("bad chunk") << post("Transfer-Encoding: chunked\r\n\r\nzz\r\n") << 400 << QStringLiteral("chunk");
    QTest::newRow("chunk size past 64 bits") << post("Transfer-Encoding: chunked\r\n\r\n1FFFFFFFFFFFFFFFF\r\nabc")
                                             << 400 << QStringLiteral("chunk size is too large");
    QTest::newRow("http/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505 << QStringLiteral("HTTP/2.0");
    QTest::newRow("brotli") << post("Content-Encoding: br\r\nContent-Length: 1\r\n\r\nx") << 415
                            << QStringLiteral("br");
    QTest::newRow("expect") << post("Expect: magic\r\nContent-Length: 1\r\n\r\nx") << 417
                            << QStringLiteral("100-continue");
    QTest::newRow("connect") << QByteArray("CONNECT a:443 HTTP/1.1\r\nHost: a\r\n\r\n") << 501
                             << QStringLiteral("proxy");
    QTest::newRow("relative") << QByteArray("OPTIONS x HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << QStringLiteral("target");
    QTest::newRow("nul") << QByteArray("GET /a%00 HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << QStringLiteral("NUL");
    QTest::newRow("headers") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nCookie: " + QByteArray(17000, 'c')
        + "\r\n\r\n") << 431 << QStringLiteral("16 KiB");
    QTest::newRow("declared body") << post("Content-Length: 2097152\r\n\r\n") << 413
                                   << QStringLiteral("The request body is 2 MiB; this endpoint accepts at most 1 MiB. "
                                                     "Send smaller batches.");
    QTest::newRow("chunked body") << post(
        "Transfer-Encoding: chunked\r\n\r\n100000\r\n" + QByteArray(0x100000, 'a') + "\r\n1\r\nb\r\n0\r\n\r\n")
                                  << 413 << QStringLiteral("larger than 1 MiB");
    const QByteArray bomb = pulse::test::compress(QByteArray(9 * 1024 * 1024, '\0'));
    QTest::newRow("gzip bomb") << post(
        "Content-Encoding: gzip\r\nContent-Length: " + QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb)
                               << 413 << QStringLiteral("8 MiB when decompressed");
    QTest::newRow("corrupt gzip") << post("Content-Encoding: gzip\r\nContent-Length: 4\r\n\r\nabcd") << 400
                                  << QStringLiteral("gzip");
}

void TestHttpRequestParser::refusals()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QString, detailMentions);
    HttpRequestParser parser;
    const Outcome outcome = parseAll(parser, raw);
    QVERIFY(outcome.requests.isEmpty());
    QCOMPARE(outcome.error.status, status);
    QVERIFY2(outcome.error.detail.contains(detailMentions), qPrintable(outcome.error.detail));
}

void TestHttpRequestParser::errorsAreStickyUntilReset()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed("BAD REQUEST\r\n\r\n").event, HttpRequestParser::Event::Error);
    const QByteArray good = "GET / HTTP/1.1\r\nHost: h\r\n\r\n";
    QCOMPARE(parser.feed(good).event, HttpRequestParser::Event::Error);
    parser.reset();
    QCOMPARE(parser.feed(good).event, HttpRequestParser::Event::Request);
}

void TestHttpRequestParser::upgradeStopsAtTheEndOfTheRequest()
{
    HttpRequestParser parser;
    const Outcome outcome = parseAll(
        parser, "GET /ws HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n\x81\x05hello");
    QVERIFY(outcome.upgraded);
    QCOMPARE(outcome.requests.first().path, QStringLiteral("/ws"));
    QCOMPARE(outcome.rest, QByteArray("\x81\x05hello"));
}

void TestHttpRequestParser::expectContinueIsReportedUntilBodyArrives()
{
    HttpRequestParser parser;
    const QByteArray head = "POST /e HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n";
    QCOMPARE(parser.feed(head).event, HttpRequestParser::Event::NeedMoreData);
    QVERIFY(parser.awaitsContinue());
    parser.markContinueSent();
    QVERIFY(!parser.awaitsContinue());
    QCOMPARE(parser.feed("abc").event, HttpRequestParser::Event::Request);
    QCOMPARE(parser.takeRequest().body, QByteArray("abc"));
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "TestHttpRequestParser.moc"
