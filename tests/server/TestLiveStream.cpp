// The live stream, end to end over 127.0.0.1: QWebSocket clients (and, for a peer that stops reading,
// a raw socket that does the handshake by hand) against the real server. Time is the test's manual
// clock and every interval is one explicit tick(), so what is sent when is exact.
#include "RawHttpClient.h"
#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "access/SiteStore.h"
#include "api/ServerMetrics.h"
#include "http/HttpServer.h"
#include "live/LiveAggregator.h"
#include "live/LiveStreamCodec.h"
#include "stream/StreamClient.h"
#include "stream/StreamServer.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QNetworkRequest>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace pulse;
using namespace pulse::test;

namespace {
constexpr qint64 kNow = 1718000000000; // 2024-06-10
constexpr qint64 kInterval = 10 * 1000;
const QByteArray kChrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                           "Chrome/124.0.0.0 Safari/537.36";

ServiceOptions manualTicks()
{
    ServiceOptions options;
    options.port = 0;
    options.address = QHostAddress::LocalHost;
    options.schedulerIntervalMs = 0;
    options.webhookPollMs = 0;
    options.streamIntervalMs = kInterval;
    options.streamAutoTick = false;
    return options;
}

Site addSite(TestServer &server, const QString &domain, const QStringList &origins = {})
{
    SiteSettings settings;
    settings.allowedOrigins = origins;
    QString error;
    return *server.tw().workspace().sites().add(domain, QString(), QString(), &error, settings);
}

void collect(TestServer &server, const Site &site, const QString &path)
{
    const QByteArray body = "{\"site\":\"" + site.key.toLatin1() + "\",\"name\":\"pageview\",\"url\":\"https://"
        + site.domain.toLatin1() + path.toLatin1() + "\"}";
    const Reply reply
        = server.postJson(QStringLiteral("/api/v1/collect"), body, "text/plain", { { "User-Agent", kChrome } });
    QVERIFY2(reply.status == 200, reply.body.constData());
}

QByteArray handshake(const QByteArray &extraHeaders, const QByteArray &target = "/api/v1/stream")
{
    return "GET " + target
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        + extraHeaders + "\r\n";
}

QByteArray bearer(const QString &secret)
{
    return "Authorization: Bearer " + secret.toLatin1() + "\r\n";
}

// A client frame as RFC 6455 wants it: masked (with a zero key, which leaves the payload as is).
QByteArray clientFrame(quint8 opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    frame.append(QByteArray(4, '\0'));
    return frame + payload;
}

struct ServerFrame {
    quint8 opcode = 0;
    QByteArray payload;
};

// The server's (unmasked) frames in data, as far as they are complete.
QList<ServerFrame> serverFrames(const QByteArray &data)
{
    QList<ServerFrame> frames;
    qsizetype at = 0;
    while (data.size() - at >= 2) {
        const quint8 opcode = quint8(data[at]) & 0x0f;
        qint64 length = quint8(data[at + 1]) & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (data.size() - at < 4)
                break;
            length = (qint64(quint8(data[at + 2])) << 8) | quint8(data[at + 3]);
            header = 4;
        } else if (length == 127) {
            if (data.size() - at < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | quint8(data[at + 2 + i]);
            header = 10;
        }
        if (data.size() - at < header + length)
            break;
        frames.append({ opcode, data.mid(at + header, length) });
        at += header + length;
    }
    return frames;
}

// A QWebSocket that keeps every message it gets.
class WsClient final {
public:
    explicit WsClient(const QString &origin = {}) : m_socket(origin)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
            [this](const QString &text) { m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    }
    bool open(quint16 port, const QString &secret, const QStringList &subprotocols = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(port)));
        if (!secret.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + secret.toLatin1());
        QWebSocketHandshakeOptions options;
        options.setSubprotocols(subprotocols);
        m_socket.open(request, options);
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    void send(const QByteArray &text) { m_socket.sendTextMessage(QString::fromUtf8(text)); }
    // The next message of this type after the last one taken, waiting for it.
    QJsonObject next(const QString &type)
    {
        QJsonObject found;
        [[maybe_unused]] const bool arrived = QTest::qWaitFor(
            [&] {
                for (; m_cursor < m_messages.size(); ++m_cursor) {
                    if (m_messages[m_cursor].value(QLatin1String("type")).toString() == type) {
                        found = m_messages[m_cursor++];
                        return true;
                    }
                }
                return false;
            },
            5000);
        return found;
    }
    // Every message since the last one taken, after a round trip proves nothing else is on its way.
    QList<QJsonObject> drain()
    {
        const qsizetype from = m_cursor;
        send("{\"type\":\"sync\"}"); // answered with an error, after everything sent before it
        const QJsonObject marker = next(QStringLiteral("error"));
        return marker.isEmpty() ? QList<QJsonObject>() : m_messages.mid(from, m_cursor - 1 - from);
    }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    qsizetype m_cursor = 0;
};

QString detailOf(const RawHttpClient::Response &response)
{
    return response.json().value(QLatin1String("detail")).toString();
}

std::optional<RawHttpClient::Response> upgrade(
    TestServer &server, const QByteArray &headers, const QByteArray &target = "/api/v1/stream")
{
    RawHttpClient client;
    if (!client.connectTo(server.host().port()))
        return std::nullopt;
    client.send(handshake(headers, target));
    return client.nextResponse();
}

qint64 streamClientsMetric(TestServer &server)
{
    const QByteArray body = server.get(QStringLiteral("/metrics")).body;
    const QByteArray prefix = "\npulse_stream_clients ";
    const qsizetype at = body.indexOf(prefix);
    return at < 0 ? -1 : body.mid(at + prefix.size(), body.indexOf('\n', at + 1) - at - prefix.size()).toLongLong();
}
} // namespace

class TestLiveStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void subscriberGetsAggregatesOfItsSiteOnly()
    {
        TestServer server(kNow, manualTicks());
        const Site shop = addSite(server, QStringLiteral("shop.example"));
        const Site blog = addSite(server, QStringLiteral("blog.example"));
        WsClient client;
        QVERIFY(client.open(server.host().port(), server.createKey(QStringLiteral("stream"))));
        const QJsonObject hello = client.next(QStringLiteral("hello"));
        QCOMPARE(hello.value(QLatin1String("v")).toInt(), 1);
        QCOMPARE(hello.value(QLatin1String("interval_ms")).toInteger(), kInterval);

        client.send("{\"v\":1,\"type\":\"subscribe\",\"site\":\"" + shop.key.toLatin1() + "\"}");
        QCOMPARE(client.next(QStringLiteral("subscribed")).value(QLatin1String("site")).toInteger(), shop.id);
        const QJsonObject first = client.next(QStringLiteral("aggregate")); // at once, not after an interval
        QCOMPARE(first.value(QLatin1String("site")).toInteger(), shop.id);
        QCOMPARE(first.value(QLatin1String("visitors_now")).toInteger(), 0);
        QCOMPARE(streamClientsMetric(server), 1);

        collect(server, shop, QStringLiteral("/pricing"));
        collect(server, shop, QStringLiteral("/pricing"));
        collect(server, shop, QStringLiteral("/docs"));
        collect(server, blog, QStringLiteral("/post"));
        server.tw().clock().advanceMs(kInterval);
        server.host().stream().tick();

        const QList<QJsonObject> messages = client.drain();
        QCOMPARE(messages.size(), 1); // one aggregate, for the subscribed site; nothing about the blog
        QString error;
        const std::optional<LiveSnapshot> live = LiveStreamCodec::snapshotFromAggregate(messages[0], &error);
        QVERIFY2(live, qPrintable(error));
        QCOMPARE(live->siteId, shop.id);
        QCOMPARE(live->nowMs, kNow + kInterval);
        QCOMPARE(live->events, 3);
        QCOMPARE(live->visitors, 1);
        QCOMPARE(live->eventsPerMinute.size(), LiveSnapshot::kMinutes);
        QCOMPARE(live->eventsPerMinute.last(), 3);
        QCOMPARE(live->topPages.size(), 2);
        QCOMPARE(live->topPages[0].value, QStringLiteral("/docs")); // equal visitors: by name
        QCOMPARE(live->topPages[1].value, QStringLiteral("/pricing"));
        QCOMPARE(live->topSources.size(), 1);

        // What the server's aggregator holds and what the client decoded are the same figures.
        LiveSnapshot expected = server.host().live().snapshot(shop.id, kNow + kInterval);
        expected.feed.clear();
        QCOMPARE(*live, expected);

        client.send("{\"type\":\"unsubscribe\",\"site\":" + QByteArray::number(shop.id) + "}");
        QCOMPARE(client.next(QStringLiteral("unsubscribed")).value(QLatin1String("site")).toInteger(), shop.id);
        server.tw().clock().advanceMs(kInterval);
        server.host().stream().tick();
        QVERIFY(client.drain().isEmpty());
    }

    void feedSendsNewEventsWhenAskedFor()
    {
        TestServer server(kNow, manualTicks());
        const Site shop = addSite(server, QStringLiteral("shop.example"));
        WsClient client;
        QVERIFY(client.open(server.host().port(), server.createKey(QStringLiteral("stream"), shop.id)));
        QCOMPARE(client.next(QStringLiteral("hello")).value(QLatin1String("site")).toInteger(), shop.id);
        client.send("{\"type\":\"subscribe\",\"site\":\"shop.example\",\"feed\":true}");
        QVERIFY(client.next(QStringLiteral("subscribed")).value(QLatin1String("feed")).toBool());
        server.tw().clock().advanceMs(1000);
        collect(server, shop, QStringLiteral("/a"));
        server.tw().clock().advanceMs(1000);
        collect(server, shop, QStringLiteral("/b"));
        server.tw().clock().advanceMs(kInterval);
        server.host().stream().tick();
        server.tw().clock().advanceMs(kInterval);
        server.host().stream().tick(); // nothing new: no events again

        QList<QJsonObject> messages = client.drain();
        QStringList types;
        for (const QJsonObject &m : messages)
            types << m.value(QLatin1String("type")).toString();
        QCOMPARE(types,
            QStringList({ QStringLiteral("aggregate"), QStringLiteral("aggregate"), QStringLiteral("event"),
                QStringLiteral("event"), QStringLiteral("aggregate") }));
        QString error;
        const std::optional<EventRecord> a = LiveStreamCodec::eventFromMessage(messages[2], &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->path, QStringLiteral("/a")); // oldest first
        QCOMPARE(a->receivedAtMs, kNow + 1000);
        QCOMPARE(a->siteId, shop.id);
        const QJsonObject b = messages[3].value(QLatin1String("event")).toObject();
        QCOMPARE(b.value(QLatin1String("path")).toString(), QStringLiteral("/b"));
        QVERIFY(!b.contains(QLatin1String("visitor_id")) && !b.contains(QLatin1String("user_id")));
    }

    void browsersSendTheKeyAsASubprotocol()
    {
        TestServer server(kNow, manualTicks());
        const QString key = server.createKey(QStringLiteral("stream"));
        WsClient client;
        QVERIFY(
            client.open(server.host().port(), {}, { QStringLiteral("pulse.v1"), QStringLiteral("pulse.key.") + key }));
        QCOMPARE(client.socket().subprotocol(), QStringLiteral("pulse.v1"));
        QVERIFY(!client.next(QStringLiteral("hello")).isEmpty());
    }

    void upgradeRefusalsArePlainHttp()
    {
        TestServer server(kNow, manualTicks());
        const Site shop = addSite(server, QStringLiteral("shop.example"), { QStringLiteral("https://shop.example") });
        KeyStore &keys = server.tw().workspace().keys();

        const auto missing = upgrade(server, {});
        QVERIFY(missing);
        QCOMPARE(missing->status, 401);
        QVERIFY(missing->header("content-type").startsWith("application/problem+json"));
        QVERIFY2(detailOf(*missing).contains(QLatin1String("pulse.key.")), qPrintable(detailOf(*missing)));
        QVERIFY(missing->header("www-authenticate").startsWith("Bearer"));

        const QString stream = server.createKey(QStringLiteral("stream"));
        const auto inUrl = upgrade(server, {}, "/api/v1/stream?key=" + stream.toLatin1());
        QCOMPARE(inUrl->status, 401);
        QVERIFY(detailOf(*inUrl).contains(QLatin1String("URL")));
        const auto inUrlToo = upgrade(server, bearer(stream), "/api/v1/stream?key=" + stream.toLatin1());
        QCOMPARE(inUrlToo->status, 400);

        const auto wrongScope = upgrade(server, bearer(server.createKey(QStringLiteral("read,write"))));
        QCOMPARE(wrongScope->status, 403);
        QVERIFY2(detailOf(*wrongScope).contains(QLatin1String("stream")), qPrintable(detailOf(*wrongScope)));

        const KeyStore::Created revoked = keys.create(QStringLiteral("revoked"), int(pulse::Scope::Stream), 0, 0);
        QVERIFY(keys.revoke(revoked.key.id));
        const auto gone = upgrade(server, bearer(revoked.secret));
        QCOMPARE(gone->status, 401);
        QVERIFY(detailOf(*gone).contains(QLatin1String("revoked")));

        const QString shopKey = server.createKey(QStringLiteral("stream"), shop.id);
        const auto badOrigin = upgrade(server, bearer(shopKey) + "Origin: https://evil.example\r\n");
        QCOMPARE(badOrigin->status, 403);
        QVERIFY2(detailOf(*badOrigin).contains(QLatin1String("allowed_origins")), qPrintable(detailOf(*badOrigin)));

        const auto goodOrigin = upgrade(server, bearer(shopKey) + "Origin: https://shop.example\r\n");
        QCOMPARE(goodOrigin->status, 101);
        QCOMPARE(goodOrigin->header("sec-websocket-accept"), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));

        const Reply plain = server.get(QStringLiteral("/api/v1/stream"), stream);
        QCOMPARE(plain.status, 426);
        QCOMPARE(plain.header("Upgrade"), QByteArray("websocket"));
    }

    void failedUpgradesCountTowardsTheAuthLimit()
    {
        TestServer server(kNow, manualTicks());
        QString mistyped = server.createKey(QStringLiteral("stream"));
        mistyped[12] = mistyped[12] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        for (int i = 0; i < 10; ++i)
            QCOMPARE(upgrade(server, bearer(mistyped))->status, 401);
        const auto limited = upgrade(server, bearer(server.createKey(QStringLiteral("stream"))));
        QCOMPARE(limited->status, 429);
        QVERIFY(limited->hasHeader("retry-after"));
    }

    void originNotAllowedForTheSubscribedSiteCloses4003()
    {
        TestServer server(kNow, manualTicks());
        const Site shop = addSite(server, QStringLiteral("shop.example"), { QStringLiteral("https://shop.example") });
        WsClient client(QStringLiteral("https://evil.example"));
        QVERIFY(client.open(server.host().port(), server.createKey(QStringLiteral("stream")))); // any site: open
        QVERIFY(!client.next(QStringLiteral("hello")).isEmpty());
        client.send("{\"type\":\"subscribe\",\"site\":" + QByteArray::number(shop.id) + "}");
        QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(int(client.socket().closeCode()), 4003);
        QVERIFY(client.socket().closeReason().contains(QLatin1String("evil.example")));
    }

    void badMessagesGetErrorsAndTheConnectionStays()
    {
        TestServer server(kNow, manualTicks());
        const Site shop = addSite(server, QStringLiteral("shop.example"));
        const Site other = addSite(server, QStringLiteral("other.example"));
        WsClient client;
        QVERIFY(client.open(server.host().port(), server.createKey(QStringLiteral("stream"), shop.id)));
        QVERIFY(!client.next(QStringLiteral("hello")).isEmpty());
        const QList<QPair<QByteArray, QString>> cases = {
            { "not json", QStringLiteral("malformed_json") },
            { "[1,2]", QStringLiteral("malformed_json") },
            { "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":1}}}}}", QStringLiteral("malformed_json") },
            { "{\"type\":\"dance\"}", QStringLiteral("unknown_type") },
            { "{\"v\":2,\"type\":\"subscribe\",\"site\":1}", QStringLiteral("unsupported_version") },
            { "{\"type\":\"subscribe\",\"site\":99999}", QStringLiteral("unknown_site") },
            { "{\"type\":\"subscribe\",\"site\":" + QByteArray::number(other.id) + "}",
                QStringLiteral("unknown_site") },
            { "{\"type\":\"subscribe\"}", QStringLiteral("bad_message") },
            { "{\"type\":\"subscribe\",\"site\":1,\"feed\":\"yes\"}", QStringLiteral("bad_message") },
            { "{\"type\":\"unsubscribe\",\"site\":1}", QStringLiteral("not_subscribed") },
            { "{\"type\":\"subscribe\",\"pad\":\"" + QByteArray(5000, 'x') + "\"}",
                QStringLiteral("message_too_large") },
        };
        for (const auto &c : cases) {
            client.send(c.first);
            const QJsonObject error = client.next(QStringLiteral("error"));
            QVERIFY2(error.value(QLatin1String("code")).toString() == c.second, c.first.left(60).constData());
            QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        }
        client.socket().sendBinaryMessage("\x01\x02");
        QCOMPARE(client.next(QStringLiteral("error")).value(QLatin1String("code")).toString(),
            QStringLiteral("binary_message"));
        QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
        client.send("{\"type\":\"subscribe\",\"site\":" + QByteArray::number(shop.id) + "}");
        QCOMPARE(client.next(QStringLiteral("subscribed")).value(QLatin1String("site")).toInteger(), shop.id);

        // Past the hard limit Qt stops reading and closes: 1009, message too big.
        client.send(QByteArray(server.host().stream().options().hardMaxMessageBytes + 1, 'x'));
        QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(client.socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    }

    void aClientThatStopsReadingStaysUnderTheCapAndIsClosed()
    {
        TestServer server(kNow, manualTicks());
        const Site shop = addSite(server, QStringLiteral("shop.example"));
        // Long paths make big aggregates, so the kernel's buffers fill in fewer intervals.
        for (int i = 0; i < 10; ++i)
            collect(server, shop, QStringLiteral("/") + QString(900, QLatin1Char(char('a' + i))));
        StreamServer &stream = server.host().stream();
        const qint64 cap = stream.options().maxQueuedBytes;

        RawHttpClient raw;
        QVERIFY(raw.connectTo(server.host().port()));
        raw.send(handshake(bearer(server.createKey(QStringLiteral("stream")))));
        const auto switching = raw.nextResponse();
        QVERIFY(switching);
        QCOMPARE(switching->status, 101);
        raw.pauseReading();
        raw.send(clientFrame(0x1, "{\"type\":\"subscribe\",\"site\":" + QByteArray::number(shop.id) + "}"));
        QTRY_VERIFY(stream.clientCount() == 1 && !stream.clients().constFirst()->subscriptions().isEmpty());
        StreamClient *client = stream.clients().constFirst();

        qint64 largest = 0;
        int intervals = 0;
        for (; intervals < 20000 && !client->isClosing(); ++intervals) {
            server.tw().clock().advanceMs(kInterval);
            // Alive: it sends pongs, only its reading stopped. Each is read before the tick, so the
            // server holds no unread input when it closes (closing with unread input resets the
            // connection, and the peer would lose the close frame).
            const qint64 pongs = client->pongsReceived();
            raw.send(clientFrame(0xA, {}));
            QTRY_COMPARE(client->pongsReceived(), pongs + 1);
            stream.tick();
            largest = std::max(largest, client->bytesQueued());
            QVERIFY2(client->bytesQueued() <= cap, qPrintable(QString::number(client->bytesQueued())));
            QVERIFY(client->pendingAggregates() <= 1); // coalesced: the newest aggregate only
        }
        QVERIFY2(client->isClosing(), qPrintable(QString::number(intervals)));
        QVERIFY2(largest > cap / 2, qPrintable(QString::number(largest))); // it did fill up
        QCOMPARE(client->closeCode(), StreamClient::kCloseTooSlow);

        // Once it reads again, the close frame with the code and the reason is what it gets last.
        raw.resumeReading();
        QTRY_VERIFY_WITH_TIMEOUT(
            !serverFrames(raw.pending()).isEmpty() && serverFrames(raw.pending()).constLast().opcode == 0x8, 20000);
        const QByteArray close = serverFrames(raw.pending()).constLast().payload;
        QCOMPARE((quint8(close[0]) << 8) | quint8(close[1]), 4008);
        QVERIFY2(close.mid(2).contains("too slow"), close.constData() + 2);
        QTRY_COMPARE(stream.clientCount(), 0);
        QCOMPARE(streamClientsMetric(server), 0);
    }

    void aClientThatAnswersNoPingIsDropped()
    {
        TestServer server(kNow, manualTicks());
        StreamServer &stream = server.host().stream();
        RawHttpClient raw;
        QVERIFY(raw.connectTo(server.host().port()));
        raw.send(handshake(bearer(server.createKey(QStringLiteral("stream")))));
        QCOMPARE(raw.nextResponse()->status, 101);
        QTRY_COMPARE(stream.clientCount(), 1);
        stream.tick(); // ping
        server.tw().clock().advanceMs(kInterval);
        stream.tick();
        QCOMPARE(stream.clientCount(), 1); // one interval without a pong is allowed
        server.tw().clock().advanceMs(kInterval);
        QTRY_COMPARE(stream.clients().constFirst()->bytesQueued(), 0);
        stream.tick();
        QTRY_COMPARE(stream.clientCount(), 0);
        QVERIFY(raw.waitForDisconnected());
    }

    void revokingTheKeyEndsTheStreamWithin1Interval()
    {
        TestServer server(kNow, manualTicks());
        KeyStore &keys = server.tw().workspace().keys();
        const KeyStore::Created created = keys.create(QStringLiteral("watcher"), int(pulse::Scope::Stream), 0, 0);
        WsClient client;
        QVERIFY(client.open(server.host().port(), created.secret));
        QVERIFY(!client.next(QStringLiteral("hello")).isEmpty());
        server.host().stream().tick();
        QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
        QVERIFY(keys.revoke(created.key.id));
        server.tw().clock().advanceMs(kInterval);
        server.host().stream().tick();
        QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(int(client.socket().closeCode()), StreamClient::kCloseKeyRefused);
        QVERIFY(client.socket().closeReason().contains(QLatin1String("revoked")));
    }

    // The cap counts handshakes and open connections; past it an upgrade is declined and the route
    // answers 503 with Retry-After. (A StreamServer of its own, so the cap can be 1.)
    void theConnectionCapRefusesWith503()
    {
        TestWorkspace tw(kNow);
        LiveAggregator live(tw.clock());
        ServerMetrics metrics;
        StreamOptions options;
        options.maxClients = 1;
        options.autoTick = false;
        StreamServer stream(tw.workspace(), live, tw.clock(), metrics, options);
        const KeyStore::Created key
            = tw.workspace().keys().create(QStringLiteral("s"), int(pulse::Scope::Stream), 0, 0);
        stream.setAuthenticator([&key](const HttpRequest &) { return std::optional<ApiKey>(key.key); });
        HttpServer http;
        http.setUpgradeHandler(
            [&stream](const HttpRequest &request, QTcpSocket *socket, const QByteArray &raw,
                const QByteArray &leftover) { return stream.offer(request, socket, raw, leftover); });
        http.setHandler([&stream, &key](const HttpRequest &request, HttpResponder responder) {
            const std::optional<HttpResponse> refusal = stream.refusal(request, key.key);
            responder.send(refusal ? *refusal : HttpResponse::problem(426, QStringLiteral("Upgrade Required"), {}));
        });
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));

        auto first = std::make_unique<WsClient>();
        QVERIFY(first->open(http.serverPort(), key.secret));
        QVERIFY(!first->next(QStringLiteral("hello")).isEmpty());
        RawHttpClient second;
        QVERIFY(second.connectTo(http.serverPort()));
        second.send(handshake(bearer(key.secret)));
        const auto full = second.nextResponse();
        QVERIFY(full);
        QCOMPARE(full->status, 503);
        QVERIFY(full->hasHeader("retry-after"));
        QVERIFY2(detailOf(*full).contains(QLatin1String("maximum of 1")), qPrintable(detailOf(*full)));

        first.reset(); // gone: room again
        QTRY_COMPARE(stream.clientCount(), 0);
        RawHttpClient third;
        QVERIFY(third.connectTo(http.serverPort()));
        third.send(handshake(bearer(key.secret)));
        QCOMPARE(third.nextResponse()->status, 101);
    }

    void shutdownClosesClientsWithGoingAway()
    {
        TestServer server(kNow, manualTicks());
        WsClient client;
        QVERIFY(client.open(server.host().port(), server.createKey(QStringLiteral("stream"))));
        QVERIFY(!client.next(QStringLiteral("hello")).isEmpty());
        server.host().shutdown();
        QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(client.socket().closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    }
};

QTEST_GUILESS_MAIN(TestLiveStream)
#include "TestLiveStream.moc"
