// HttpServer's refusals and limits over real sockets: problem+json answers, body and header caps,
// timeouts, connection caps, back-pressure from slow readers, and a graceful shutdown.
#include "RawHttpClient.h"
#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pulse;
using pulse::test::RawHttpClient;

namespace {

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n";
}

std::unique_ptr<HttpServer> startServer(const HttpLimits &limits = {})
{
    auto server = std::make_unique<HttpServer>(limits);
    server->setHandler([](const HttpRequest &request, HttpResponder responder) {
        responder.send(HttpResponse::text(200, request.path.toUtf8()));
    });
    if (!server->listen(QHostAddress::LocalHost, 0))
        qFatal("listen failed: %s", qPrintable(server->errorString()));
    return server;
}

} // namespace

class TestHttpServerLimits final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusalsAreProblemJsonAndCloseTheConnection_data();
    void refusalsAreProblemJsonAndCloseTheConnection();
    void bodyOverTheRouteLimitIsRefusedBeforeItIsSent_data();
    void bodyOverTheRouteLimitIsRefusedBeforeItIsSent();
    void slowHeadersAreCutOffByTheHeaderTimeout();
    void silentConnectionIsClosedByTheHeaderTimeout();
    void slowBodyIsCutOffByTheBodyTimeout();
    void idleKeepAliveConnectionIsClosed();
    void connectionCapsAnswer503_data();
    void connectionCapsAnswer503();
    void parsingPausesAtThePipelineLimit();
    void slowReaderStopsFurtherParsing();
    void stopAcceptingAnswersInFlightRequestsThenDrains();
};

void TestHttpServerLimits::refusalsAreProblemJsonAndCloseTheConnection_data()
{
    const auto post = [](const QByteArray &rest) -> QByteArray { return "POST /e HTTP/1.1\r\nHost: test\r\n" + rest; };
    const QByteArray bomb = pulse::test::compress(QByteArray(20 * 1024 * 1024, '\0'));
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detailMentions");
    QTest::newRow("400 malformed") << QByteArray("GET / HTTP/1.1\r\nHo st: x\r\n\r\n") << 400
                                   << QStringLiteral("header");
    QTest::newRow("411 no length") << post("\r\n") << 411 << QStringLiteral("Content-Length");
    QTest::newRow("413 chunked") << post("Transfer-Encoding: chunked\r\n\r\n100001\r\n" + QByteArray(0x100001, 'x'))
                                 << 413 << QStringLiteral("larger than 1 MiB");
    QTest::newRow("413 gzip bomb") << post(
        "Content-Encoding: gzip\r\nContent-Length: " + QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb)
                                   << 413 << QStringLiteral("more than 8 MiB when decompressed");
    QTest::newRow("400 corrupt gzip") << post("Content-Encoding: gzip\r\nContent-Length: 5\r\n\r\nnope!") << 400
                                      << QStringLiteral("not valid gzip");
    QTest::newRow("415 encoding") << post("Content-Encoding: br\r\nContent-Length: 1\r\n\r\nx") << 415
                                  << QStringLiteral("\"br\" is not supported");
    QTest::newRow("431 headers") << QByteArray("GET / HTTP/1.1\r\nHost: test\r\nCookie: " + QByteArray(20000, 'c')
        + "\r\n\r\n") << 431 << QStringLiteral("exceed 16 KiB");
    QTest::newRow("501 transfer-encoding")
        << post("Transfer-Encoding: compress\r\n\r\n") << 501 << QStringLiteral("\"compress\" is not supported");
    QTest::newRow("505 version") << QByteArray("GET / HTTP/3.0\r\nHost: test\r\n\r\n") << 505
                                 << QStringLiteral("HTTP/3.0 is not supported");
}

void TestHttpServerLimits::refusalsAreProblemJsonAndCloseTheConnection()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QString, detailMentions);
    auto server = startServer();
    int handled = 0;
    server->setHandler([&handled](const HttpRequest &, HttpResponder responder) {
        ++handled;
        responder.send(HttpResponse::noContent());
    });
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send(raw);

    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(response->header("connection"), QByteArray("close"));
    const QJsonObject problem = response->json();
    QCOMPARE(problem.value(QStringLiteral("type")).toString(), QStringLiteral("about:blank"));
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), status);
    QCOMPARE(
        problem.value(QStringLiteral("title")).toString(), QString::fromLatin1(HttpResponse::reasonPhrase(status)));
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(detailMentions), qPrintable(detail));
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(handled, 0);
}

void TestHttpServerLimits::bodyOverTheRouteLimitIsRefusedBeforeItIsSent_data()
{
    QTest::addColumn<QByteArray>("expect");
    QTest::newRow("plain") << QByteArray();
    QTest::newRow("expect 100-continue") << QByteArray("Expect: 100-continue\r\n");
}

void TestHttpServerLimits::bodyOverTheRouteLimitIsRefusedBeforeItIsSent()
{
    QFETCH(QByteArray, expect);
    auto server = startServer();
    server->setBodyLimit([](const QByteArray &method, const QString &path) {
        return method == "POST" && path == QStringLiteral("/small") ? qint64(1024) : qint64(-1);
    });
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    // Only the head goes out: the answer must not depend on the body arriving.
    client.send("POST /small HTTP/1.1\r\nHost: test\r\nContent-Length: 2048\r\n" + expect + "\r\n");
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 413); // and no "100 Continue" before it
    QCOMPARE(response->json().value(QStringLiteral("detail")).toString(),
        QStringLiteral("The request body is 2 KiB; this endpoint accepts at most 1 KiB. Send smaller batches."));
    QCOMPARE(response->json().value(QStringLiteral("limit")).toInt(), 1024);
    QVERIFY(client.waitForDisconnected());
}

void TestHttpServerLimits::slowHeadersAreCutOffByTheHeaderTimeout()
{
    HttpLimits limits;
    limits.headerTimeoutMs = 200;
    auto server = startServer(limits);
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QElapsedTimer elapsed;
    elapsed.start();
    client.send("GET /slow HTTP/1.1\r\nHost: te"); // and then nothing
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(elapsed.elapsed() >= 150);
    QVERIFY(client.waitForDisconnected());
}

void TestHttpServerLimits::silentConnectionIsClosedByTheHeaderTimeout()
{
    HttpLimits limits;
    limits.headerTimeoutMs = 200;
    auto server = startServer(limits);
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.waitForDisconnected());
    QVERIFY(client.pending().isEmpty()); // nothing was asked, so nothing is answered
}

void TestHttpServerLimits::slowBodyIsCutOffByTheBodyTimeout()
{
    HttpLimits limits;
    limits.bodyTimeoutMs = 200;
    auto server = startServer(limits);
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send("POST /e HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\nabc");
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(response->json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("body")));
    QVERIFY(client.waitForDisconnected());
}

void TestHttpServerLimits::idleKeepAliveConnectionIsClosed()
{
    HttpLimits limits;
    limits.idleTimeoutMs = 200;
    auto server = startServer(limits);
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send(get("/once"));
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(client.waitForDisconnected());
    QVERIFY(elapsed.elapsed() >= 150);
    QVERIFY(client.pending().isEmpty());
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestHttpServerLimits::connectionCapsAnswer503_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("perIp");
    QTest::addColumn<QString>("detailMentions");
    QTest::newRow("per IP") << 100 << 2 << QStringLiteral("Your address already has 2 open connections");
    QTest::newRow("total") << 2 << 100 << QStringLiteral("limit of 2 open connections");
}

void TestHttpServerLimits::connectionCapsAnswer503()
{
    QFETCH(int, total);
    QFETCH(int, perIp);
    QFETCH(QString, detailMentions);
    HttpLimits limits;
    limits.maxConnections = total;
    limits.maxConnectionsPerIp = perIp;
    auto server = startServer(limits);
    QSignalSpy sent(server.get(), &HttpServer::responseSent);
    RawHttpClient first;
    RawHttpClient second;
    QVERIFY(first.connectTo(server->serverPort()));
    QVERIFY(second.connectTo(server->serverPort()));
    QTRY_COMPARE(server->connectionCount(), 2);

    RawHttpClient third;
    QVERIFY(third.connectTo(server->serverPort()));
    const auto refused = third.nextResponse();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QCOMPARE(refused->header("retry-after"), QByteArray("1"));
    QVERIFY(refused->json().value(QStringLiteral("detail")).toString().contains(detailMentions));
    QVERIFY(third.waitForDisconnected());
    QCOMPARE(server->connectionCount(), 2);
    QCOMPARE(sent.size(), 1);

    first.send(get("/still-served"));
    QVERIFY(first.nextResponse());
    second.socket().disconnectFromHost();
    QTRY_COMPARE(server->connectionCount(), 1);
    RawHttpClient fourth;
    QVERIFY(fourth.connectTo(server->serverPort()));
    fourth.send(get("/room-again"));
    const auto response = fourth.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestHttpServerLimits::parsingPausesAtThePipelineLimit()
{
    HttpLimits limits;
    limits.maxPipelinedRequests = 4;
    auto server = startServer(limits);
    QList<HttpResponder> held;
    bool holding = true;
    server->setHandler([&](const HttpRequest &request, HttpResponder responder) {
        if (holding)
            held.append(responder);
        else
            responder.send(HttpResponse::text(200, request.path.toUtf8()));
    });
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QByteArray burst;
    for (int i = 0; i < 10; ++i)
        burst += get("/" + QByteArray::number(i));
    client.send(burst);
    QTRY_COMPARE(held.size(), 4);
    QTest::qWait(100); // a negative check needs time to pass: nothing more may be parsed meanwhile
    QCOMPARE(held.size(), 4);

    holding = false;
    for (qsizetype i = 0; i < held.size(); ++i)
        held.at(i).send(HttpResponse::text(200, "/" + QByteArray::number(i)));
    for (int i = 0; i < 10; ++i) {
        const auto response = client.nextResponse();
        QVERIFY(response);
        QCOMPARE(response->body, "/" + QByteArray::number(i));
    }
}

void TestHttpServerLimits::slowReaderStopsFurtherParsing()
{
    HttpLimits limits;
    limits.maxPipelinedRequests = 1000; // isolate the unsent-bytes cap
    auto server = startServer(limits);
    const QByteArray big(1024 * 1024, 'b');
    int handled = 0;
    server->setHandler([&](const HttpRequest &, HttpResponder responder) {
        ++handled;
        responder.send(HttpResponse::text(200, big));
    });
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.pauseReading();
    constexpr int requests = 48;
    // One request at a time, for as long as the server takes them: once the peer's kernel buffers are
    // full and more than 1 MiB of answers waits in the server, it must stop taking requests.
    int sent = 0;
    while (sent < requests) {
        client.send(get("/big"));
        ++sent;
        if (!QTest::qWaitFor([&] { return handled == sent; }, 1000))
            break;
    }
    QVERIFY2(sent < requests, "the server kept answering a client that reads nothing");
    while (sent < requests) {
        client.send(get("/big"));
        ++sent;
    }
    const int taken = handled;
    QTest::qWait(300); // a negative check needs time to pass: nothing more may be taken meanwhile
    QCOMPARE(handled, taken);
    QVERIFY(taken < requests);

    client.resumeReading();
    for (int i = 0; i < requests; ++i) {
        const auto response = client.nextResponse(false, 10000);
        QVERIFY(response);
        QCOMPARE(response->body.size(), big.size());
    }
    QCOMPARE(handled, requests);
}

void TestHttpServerLimits::stopAcceptingAnswersInFlightRequestsThenDrains()
{
    auto server = startServer();
    QList<HttpResponder> held;
    server->setHandler([&held](const HttpRequest &request, HttpResponder responder) {
        if (request.path == QStringLiteral("/slow"))
            held.append(responder);
        else
            responder.send(HttpResponse::text(200, "quick"));
    });
    RawHttpClient idle;
    QVERIFY(idle.connectTo(server->serverPort()));
    idle.send(get("/quick"));
    QVERIFY(idle.nextResponse());
    RawHttpClient busy;
    QVERIFY(busy.connectTo(server->serverPort()));
    busy.send(get("/slow"));
    QTRY_COMPARE(held.size(), 1);

    QSignalSpy drained(server.get(), &HttpServer::drained);
    server->stopAccepting();
    QCOMPARE(server->pendingResponses(), 1);
    QVERIFY(idle.waitForDisconnected()); // nothing in flight there
    RawHttpClient late;
    QVERIFY(!late.connectTo(server->serverPort(), 2000));
    QCOMPARE(drained.size(), 0);
    QVERIFY(!busy.isDisconnected());

    held.first().send(HttpResponse::text(200, "finished"));
    const auto response = busy.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->body, QByteArray("finished"));
    QCOMPARE(response->header("connection"), QByteArray("close"));
    QTRY_COMPARE(drained.size(), 1);
    QCOMPARE(server->pendingResponses(), 0);
    QVERIFY(busy.waitForDisconnected());
    QTRY_COMPARE(server->connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestHttpServerLimits)
#include "TestHttpServerLimits.moc"
