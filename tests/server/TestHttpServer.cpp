// HttpServer over real sockets: what a client sees for ordinary requests, keep-alive, pipelining,
// request bodies, HEAD, HTTP/1.0, protocol upgrades, and answers from another thread that travel to
// the network thread together.
#include "RawHttpClient.h"
#include "http/HttpServer.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <thread>

using namespace pulse;
using pulse::test::RawHttpClient;

namespace {

// Answers with what it received, so tests can check what the handler saw.
void echo(const HttpRequest &request, HttpResponder responder)
{
    QJsonObject query;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        query.insert(key, value);
    responder.send(HttpResponse::json(200,
        QJsonObject {
            { QStringLiteral("method"), QString::fromLatin1(request.method) },
            { QStringLiteral("path"), request.path },
            { QStringLiteral("query"), query },
            { QStringLiteral("body"), QString::fromUtf8(request.body) },
            { QStringLiteral("userAgent"), QString::fromLatin1(request.header("user-agent")) },
            { QStringLiteral("peer"), request.peerAddress.toString() },
            { QStringLiteral("keepAlive"), request.keepAlive },
        }));
}

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &headers = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: test\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
        + headers + "\r\n" + body;
}

std::unique_ptr<HttpServer> startServer(const HttpLimits &limits = {})
{
    auto server = std::make_unique<HttpServer>(limits);
    server->setHandler(&echo);
    if (!server->listen(QHostAddress::LocalHost, 0))
        qFatal("listen failed: %s", qPrintable(server->errorString()));
    return server;
}

} // namespace

class TestHttpServer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void getIsAnsweredWithFramingHeaders();
    void postBodyReachesTheHandler();
    void keepAliveReusesOneConnection();
    void pipelinedRequestsAreAnsweredInOrderWhenHandlersFinishInReverse();
    void chunkedBodyIsReassembled();
    void compressedBodiesAreDecoded_data();
    void compressedBodiesAreDecoded();
    void expectContinueGetsAnInterimResponse();
    void connectionCloseIsHonoured();
    void headGetsHeadersOnly();
    void http10KeepsTheConnectionOnlyWhenAsked_data();
    void http10KeepsTheConnectionOnlyWhenAsked();
    void upgradeHandlerReceivesTheSocketAndLeftoverBytes();
    void declinedUpgradeIsAnsweredByTheHandler();
    void forgottenResponderAnswers500();
    void answersPostedTogetherReachEachTheirConnection();
};

void TestHttpServer::getIsAnsweredWithFramingHeaders()
{
    auto server = startServer();
    QSignalSpy sent(server.get(), &HttpServer::responseSent);
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send("GET /hello%20world?name=a+b HTTP/1.1\r\nHost: test\r\nUser-Agent: Tester/1\r\n\r\n");

    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("server"), QByteArray("Pulse"));
    QDateTime date = QDateTime::fromString(
        QString::fromLatin1(response->header("date")), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    QVERIFY2(date.isValid(), response->header("date").constData());
    date.setTimeZone(QTimeZone::utc()); // the string says GMT; fromString assumed local time
    QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 5);
    QCOMPARE(response->header("content-length").toLongLong(), response->body.size());
    QCOMPARE(response->header("content-type"), QByteArray("application/json"));
    const QJsonObject seen = response->json();
    QCOMPARE(seen.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(seen.value(QStringLiteral("path")).toString(), QStringLiteral("/hello world"));
    QCOMPARE(
        seen.value(QStringLiteral("query")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("a b"));
    QCOMPARE(seen.value(QStringLiteral("userAgent")).toString(), QStringLiteral("Tester/1"));
    QCOMPARE(seen.value(QStringLiteral("peer")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().toInt(), 200);
}

void TestHttpServer::postBodyReachesTheHandler()
{
    auto server = startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send(post("/events", "{\"n\":\"signup\"}"));
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->json().value(QStringLiteral("body")).toString(), QStringLiteral("{\"n\":\"signup\"}"));
}

void TestHttpServer::keepAliveReusesOneConnection()
{
    auto server = startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    for (const QByteArray path : { "/one", "/two", "/three" }) {
        client.send(get(path));
        const auto response = client.nextResponse();
        QVERIFY(response);
        QCOMPARE(response->json().value(QStringLiteral("path")).toString(), QString::fromLatin1(path));
        QVERIFY(!response->hasHeader("connection"));
    }
    QVERIFY(!client.isDisconnected());
    QCOMPARE(server->connectionCount(), 1);
}

void TestHttpServer::pipelinedRequestsAreAnsweredInOrderWhenHandlersFinishInReverse()
{
    auto server = startServer();
    QList<QPair<QString, HttpResponder>> held;
    server->setHandler([&held](const HttpRequest &request, HttpResponder responder) {
        held.append({ request.path, responder });
    });
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send(get("/1") + get("/2") + post("/3", "body"));
    QTRY_COMPARE(held.size(), 3);
    QCOMPARE(server->pendingResponses(), 3);

    std::thread worker([held] {
        for (qsizetype i = held.size() - 1; i >= 0; --i)
            held.at(i).second.send(HttpResponse::text(200, held.at(i).first.toUtf8()));
    });
    worker.join();
    for (const char *expected : { "/1", "/2", "/3" }) {
        const auto response = client.nextResponse();
        QVERIFY(response);
        QCOMPARE(response->body, QByteArray(expected));
    }
    QCOMPARE(server->pendingResponses(), 0);
}

void TestHttpServer::chunkedBodyIsReassembled()
{
    auto server = startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send("POST /c HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nhello,\r\n");
    QTRY_VERIFY(client.socket().bytesToWrite() == 0);
    client.send("6\r\n world\r\n0\r\n\r\n");
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->json().value(QStringLiteral("body")).toString(), QStringLiteral("hello, world"));
}

void TestHttpServer::compressedBodiesAreDecoded_data()
{
    QTest::addColumn<QByteArray>("contentEncoding");
    QTest::addColumn<int>("windowBits");
    QTest::newRow("gzip") << QByteArray("gzip") << 31;
    QTest::newRow("x-gzip") << QByteArray("x-gzip") << 31;
    QTest::newRow("deflate") << QByteArray("deflate") << 15;
    QTest::newRow("raw deflate") << QByteArray("deflate") << -15;
}

void TestHttpServer::compressedBodiesAreDecoded()
{
    QFETCH(QByteArray, contentEncoding);
    QFETCH(int, windowBits);
    auto server = startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    const QByteArray body = QByteArray("[{\"name\":\"pageview\"}]").repeated(500);
    client.send(post("/e", pulse::test::compress(body, windowBits), "Content-Encoding: " + contentEncoding + "\r\n"));
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->json().value(QStringLiteral("body")).toString().toUtf8(), body);
}

void TestHttpServer::expectContinueGetsAnInterimResponse()
{
    auto server = startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send("POST /e HTTP/1.1\r\nHost: test\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
    const auto interim = client.nextResponse();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    client.send("body");
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->json().value(QStringLiteral("body")).toString(), QStringLiteral("body"));
}

void TestHttpServer::connectionCloseIsHonoured()
{
    auto server = startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send("GET /bye HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n" + get("/ignored"));
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("connection"), QByteArray("close"));
    QVERIFY(client.waitForDisconnected());
    QVERIFY(client.pending().isEmpty()); // the pipelined request after "close" was not answered
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestHttpServer::headGetsHeadersOnly()
{
    auto server = startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send("HEAD /page HTTP/1.1\r\nHost: test\r\n\r\n" + get("/after"));
    const auto head = client.nextResponse(true);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QVERIFY(head->header("content-length").toInt() > 0); // the length the GET body would have
    // If a body had been sent, it would be parsed as the next response's status line.
    const auto next = client.nextResponse();
    QVERIFY(next);
    QCOMPARE(next->status, 200);
    QCOMPARE(next->json().value(QStringLiteral("path")).toString(), QStringLiteral("/after"));
}

void TestHttpServer::http10KeepsTheConnectionOnlyWhenAsked_data()
{
    QTest::addColumn<QByteArray>("connectionHeader");
    QTest::addColumn<bool>("staysOpen");
    QTest::newRow("default") << QByteArray() << false;
    QTest::newRow("keep-alive") << QByteArray("Connection: keep-alive\r\n") << true;
}

void TestHttpServer::http10KeepsTheConnectionOnlyWhenAsked()
{
    QFETCH(QByteArray, connectionHeader);
    QFETCH(bool, staysOpen);
    auto server = startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send("GET /old HTTP/1.0\r\n" + connectionHeader + "\r\n");
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->json().value(QStringLiteral("keepAlive")).toBool(), staysOpen);
    if (staysOpen) {
        QCOMPARE(response->header("connection"), QByteArray("keep-alive"));
        client.send("GET /again HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QVERIFY(client.nextResponse());
        QVERIFY(!client.isDisconnected());
    } else {
        QCOMPARE(response->header("connection"), QByteArray("close"));
        QVERIFY(client.waitForDisconnected());
    }
}

void TestHttpServer::upgradeHandlerReceivesTheSocketAndLeftoverBytes()
{
    auto server = startServer();
    std::unique_ptr<QTcpSocket> taken;
    HttpRequest upgradeRequest;
    QByteArray received;
    QByteArray raw;
    server->setUpgradeHandler(
        [&](const HttpRequest &request, QTcpSocket *socket, const QByteArray &asSent, const QByteArray &leftover) {
            upgradeRequest = request;
            raw = asSent;
            taken.reset(socket);
            received = leftover;
            connect(socket, &QTcpSocket::readyRead, this, [socket, &received] { received += socket->readAll(); });
            socket->write("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n");
            return true;
        });
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send(get("/before") + "GET /ws HTTP/1.1\r\nHost: test\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\nearly");

    const auto before = client.nextResponse();
    QVERIFY(before); // answered first: the upgrade waits for earlier responses
    QCOMPARE(before->json().value(QStringLiteral("path")).toString(), QStringLiteral("/before"));
    const auto switching = client.nextResponse();
    QVERIFY(switching);
    QCOMPARE(switching->status, 101);
    QVERIFY(taken);
    QCOMPARE(upgradeRequest.path, QStringLiteral("/ws"));
    QCOMPARE(upgradeRequest.header("upgrade"), QByteArray("echo"));
    QCOMPARE(raw, QByteArray("GET /ws HTTP/1.1\r\nHost: test\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n"));
    QTRY_COMPARE(received, QByteArray("early"));
    QTRY_COMPARE(server->connectionCount(), 0); // no longer an HTTP connection

    client.send("GET / HTTP/1.1\r\n\r\n"); // now just bytes of the new protocol
    QTRY_COMPARE(received, QByteArray("earlyGET / HTTP/1.1\r\n\r\n"));
    QVERIFY(!client.isDisconnected());
}

void TestHttpServer::declinedUpgradeIsAnsweredByTheHandler()
{
    auto server = startServer();
    server->setUpgradeHandler(
        [](const HttpRequest &, QTcpSocket *, const QByteArray &, const QByteArray &) { return false; });
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send("GET /ws HTTP/1.1\r\nHost: test\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n" + get("/next"));
    for (const char *path : { "/ws", "/next" }) {
        const auto response = client.nextResponse();
        QVERIFY(response);
        QCOMPARE(response->json().value(QStringLiteral("path")).toString(), QString::fromLatin1(path));
    }
}

void TestHttpServer::forgottenResponderAnswers500()
{
    auto server = startServer();
    server->setHandler([](const HttpRequest &, HttpResponder) {});
    RawHttpClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    client.send(get("/forgotten"));
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 500);
    QCOMPARE(response->header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(server->pendingResponses(), 0);
}

void TestHttpServer::answersPostedTogetherReachEachTheirConnection()
{
    // The writer answers every request of a commit at once, from its own thread: the answers travel
    // to the network thread together and must still go out each on its own connection.
    auto server = startServer();
    QList<QPair<QString, HttpResponder>> held;
    server->setHandler([&held](const HttpRequest &request, HttpResponder responder) {
        held.append({ request.path, responder });
    });
    constexpr int kClients = 12;
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<RawHttpClient>());
        QVERIFY(clients.back()->connectTo(server->serverPort()));
        clients.back()->send(
            get("/client/" + QByteArray::number(i)) + get("/client/" + QByteArray::number(i) + "/again"));
    }
    QTRY_COMPARE(held.size(), 2 * kClients);
    std::thread worker([held] {
        for (const auto &[path, responder] : held)
            responder.send(HttpResponse::text(200, path.toUtf8()));
    });
    worker.join();
    for (int i = 0; i < kClients; ++i) {
        for (const char *suffix : { "", "/again" }) {
            const auto response = clients[size_t(i)]->nextResponse();
            QVERIFY(response);
            QCOMPARE(response->body, "/client/" + QByteArray::number(i) + suffix);
        }
    }
    QCOMPARE(server->pendingResponses(), 0);
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "TestHttpServer.moc"
