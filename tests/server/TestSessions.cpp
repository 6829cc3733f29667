// Sessions (docs/sites-and-keys.md, "Sessions"): a secret key is exchanged for a short-lived signed
// session token, which reads with the key's scopes (or fewer), is refreshed, expires on the injected
// clock, ends with its absolute lifetime, is revoked by its holder or an admin, dies at once with its
// key, cannot be forged, tampered with or carried to another server, opens the live stream, and
// counts in the failed-authentication limiter like a bad key.
#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "access/SessionStore.h"
#include "access/SessionToken.h"
#include "access/SiteStore.h"
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
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kStreamInterval = 10 * 1000;
const QString kStats = QStringLiteral("/api/v1/stats?site=example.com");

ServiceOptions testOptions(qint64 sessionTtlMs = 15 * kMinute)
{
    ServiceOptions options;
    options.port = 0;
    options.address = QHostAddress::LocalHost;
    options.schedulerIntervalMs = 0;
    options.webhookPollMs = 0;
    options.streamIntervalMs = kStreamInterval;
    options.streamAutoTick = false;
    options.sessionTtlMs = sessionTtlMs;
    return options;
}

QList<QPair<QByteArray, QByteArray>> bearer(const QString &credential)
{
    return { { "Authorization", "Bearer " + credential.toLatin1() }, { "Content-Type", "application/json" },
        { "User-Agent", "Pulse-Desktop/1.0 (test)" } };
}

QString detailOf(const Reply &reply)
{
    return reply.json().value(QLatin1String("detail")).toString();
}

bool isProblem(const Reply &reply)
{
    return reply.header("Content-Type").startsWith("application/problem+json") && !detailOf(reply).isEmpty();
}

QString isoAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

Reply openSession(TestServer &server, const QString &key, const QByteArray &body = {})
{
    return server.request("POST", QStringLiteral("/api/v1/sessions"), body, bearer(key));
}

// The token of a freshly opened session, or an empty string (with the test failed).
QString tokenFor(TestServer &server, const QString &key, const QByteArray &body = {})
{
    const Reply opened = openSession(server, key, body);
    if (opened.status != 201) {
        qWarning("open session: %d %s", opened.status, opened.body.constData());
        return {};
    }
    return opened.json().value(QLatin1String("token")).toString();
}

Reply refresh(TestServer &server, const QString &token)
{
    return server.request("POST", QStringLiteral("/api/v1/sessions/refresh"), {}, bearer(token));
}

// A copy of text with the character at index changed to another of the base64url alphabet.
QString flipped(QString text, qsizetype index)
{
    text[index] = text[index] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return text;
}

class WsClient final {
public:
    WsClient()
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
            m_types.append(QJsonDocument::fromJson(text.toUtf8()).object().value(QLatin1String("type")).toString());
        });
        // A declined upgrade takes the socket back to unconnected (Qt 6.4 has no errorOccurred here).
        QObject::connect(&m_socket, &QWebSocket::stateChanged, &m_socket, [this](QAbstractSocket::SocketState state) {
            if (state == QAbstractSocket::UnconnectedState)
                m_failed = true;
        });
    }
    bool open(quint16 port, const QString &token, const QStringList &subprotocols = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(port)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QWebSocketHandshakeOptions options;
        options.setSubprotocols(subprotocols);
        m_socket.open(request, options);
        m_failed = false;
        return QTest::qWaitFor([this] { return m_failed || m_socket.state() == QAbstractSocket::ConnectedState; }, 5000)
            && m_socket.state() == QAbstractSocket::ConnectedState;
    }
    bool saidHello()
    {
        return QTest::qWaitFor([this] { return m_types.contains(QStringLiteral("hello")); }, 5000);
    }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QStringList m_types;
    bool m_failed = false;
};
} // namespace

class TestSessions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aKeyIsExchangedForATokenThatReadsWithItsScopes()
    {
        TestServer server(kNow, testOptions());
        server.addSite(QStringLiteral("example.com"));
        KeyStore &keys = server.tw().workspace().keys();
        const KeyStore::Created key
            = keys.create(QStringLiteral("desktop"), int(Scope::Read) | int(Scope::Stream), 0, 0);

        const Reply opened = openSession(server, key.secret);
        QCOMPARE(opened.status, 201);
        QCOMPARE(opened.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject body = opened.json();
        const QString token = body.value(QLatin1String("token")).toString();
        QVERIFY(token.startsWith(QLatin1String("st_")));
        QVERIFY(!token.contains(key.secret));
        QCOMPARE(body.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(body.value(QLatin1String("session_id")).toInteger() > 0);
        QCOMPARE(body.value(QLatin1String("key_id")).toInteger(), key.key.id);
        QVERIFY(body.value(QLatin1String("site_id")).isNull());
        QCOMPARE(body.value(QLatin1String("scopes")).toArray(),
            QJsonArray({ QStringLiteral("read"), QStringLiteral("stream") }));
        QCOMPARE(body.value(QLatin1String("expires_at")).toString(), isoAt(kNow + 15 * kMinute));
        QCOMPARE(body.value(QLatin1String("expires_in")).toInteger(), 900);
        QCOMPARE(body.value(QLatin1String("ends_at")).toString(), isoAt(kNow + 12 * 60 * kMinute));

        const Reply stats = server.get(kStats, token);
        QVERIFY2(stats.status == 200, stats.body.constData());
        const Reply current = server.get(QStringLiteral("/api/v1/sessions/current"), token);
        QCOMPARE(current.status, 200);
        QCOMPARE(
            current.json().value(QLatin1String("id")).toInteger(), body.value(QLatin1String("session_id")).toInteger());
        QCOMPARE(current.json().value(QLatin1String("client")).toString(), QStringLiteral("Pulse-Desktop/1.0 (test)"));
        QVERIFY(current.json().value(QLatin1String("active")).toBool());

        // Exactly its scopes: writing needs a scope the key never had.
        const Reply write = server.request("POST", QStringLiteral("/api/v1/funnels?site=example.com"),
            R"({"name":"f","steps":[{"event":"a"},{"event":"b"}]})", bearer(token));
        QCOMPARE(write.status, 403);
        QVERIFY2(
            detailOf(write).contains(QLatin1String("session lacks the 'write' scope")), qPrintable(detailOf(write)));
    }

    void aSessionMayHaveFewerScopesThanItsKeyNeverMore()
    {
        TestServer server(kNow, testOptions());
        server.addSite(QStringLiteral("example.com"));
        const QString key = server.createKey(QStringLiteral("read,write"));

        const Reply narrowed = openSession(server, key, R"({"scopes":["read"]})");
        QCOMPARE(narrowed.status, 201);
        QCOMPARE(narrowed.json().value(QLatin1String("scopes")).toArray(), QJsonArray({ QStringLiteral("read") }));
        const QString token = narrowed.json().value(QLatin1String("token")).toString();
        QCOMPARE(server.get(kStats, token).status, 200);
        const Reply write = server.request("POST", QStringLiteral("/api/v1/funnels?site=example.com"),
            R"({"name":"f","steps":[{"event":"a"},{"event":"b"}]})", bearer(token));
        QCOMPARE(write.status, 403);
        QVERIFY(detailOf(write).contains(QLatin1String("'write'")));

        const Reply more = openSession(server, key, R"({"scopes":["read","export"]})");
        QCOMPARE(more.status, 403);
        QVERIFY(isProblem(more));
        QVERIFY2(detailOf(more).contains(QLatin1String("lacks the 'export' scope")), qPrintable(detailOf(more)));
        const Reply admin = openSession(server, key, R"({"scopes":["admin"]})");
        QCOMPARE(admin.status, 403);
        QVERIFY(detailOf(admin).contains(QLatin1String("'admin'")));

        const Reply unknown = openSession(server, key, R"({"scopes":["reed"]})");
        QCOMPARE(unknown.status, 400);
        QVERIFY(detailOf(unknown).contains(QLatin1String("reed")));
        const Reply empty = openSession(server, key, R"({"scopes":[]})");
        QCOMPARE(empty.status, 400);
        QVERIFY(detailOf(empty).contains(QLatin1String("\"scopes\"")));
        const Reply text = openSession(server, key, R"({"scopes":"read"})");
        QCOMPARE(text.status, 400);
        QVERIFY(detailOf(text).contains(QLatin1String("\"scopes\"")));
        const Reply broken = openSession(server, key, "{\"scopes\":");
        QCOMPARE(broken.status, 400);
        QVERIFY(detailOf(broken).contains(QLatin1String("not valid JSON")));

        // An admin key may give a session any scope.
        const QString adminKey = server.createKey(QStringLiteral("admin"));
        QCOMPARE(openSession(server, adminKey, R"({"scopes":["export","stream"]})").status, 201);
    }

    void requestsWithATokenCountAsUsesOfItsKey()
    {
        TestServer server(kNow, testOptions());
        server.addSite(QStringLiteral("example.com"));
        KeyStore &keys = server.tw().workspace().keys();
        const KeyStore::Created key = keys.create(QStringLiteral("desktop"), int(Scope::Read), 0, 0);
        const QString token = tokenFor(server, key.secret); // one use of the key itself
        QVERIFY(!token.isEmpty());

        server.tw().clock().advanceMs(5 * kMinute);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(server.get(kStats, token).status, 200);
        const std::optional<ApiKey> used = keys.byId(key.key.id);
        QVERIFY(used);
        QCOMPARE(used->useCount, 4);
        QCOMPARE(used->lastUsedAtMs, kNow + 5 * kMinute);

        // A refused token is not a use.
        QCOMPARE(server.get(kStats, flipped(token, token.size() - 3)).status, 401);
        QCOMPARE(keys.byId(key.key.id)->useCount, 4);
    }

    void refreshGivesTheSameSessionALaterExpiry()
    {
        TestServer server(kNow, testOptions());
        server.addSite(QStringLiteral("example.com"));
        const QString key = server.createKey(QStringLiteral("read"));
        const Reply opened = openSession(server, key);
        const QString first = opened.json().value(QLatin1String("token")).toString();
        const qint64 sessionId = opened.json().value(QLatin1String("session_id")).toInteger();

        server.tw().clock().advanceMs(10 * kMinute);
        const Reply refreshed = refresh(server, first);
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(refreshed.header("Cache-Control"), QByteArray("no-store"));
        const QString second = refreshed.json().value(QLatin1String("token")).toString();
        QVERIFY(second.startsWith(QLatin1String("st_")));
        QVERIFY(second != first);
        QCOMPARE(refreshed.json().value(QLatin1String("session_id")).toInteger(), sessionId);
        QCOMPARE(refreshed.json().value(QLatin1String("expires_at")).toString(), isoAt(kNow + 25 * kMinute));
        QCOMPARE(refreshed.json().value(QLatin1String("scopes")).toArray(), QJsonArray({ QStringLiteral("read") }));

        // The earlier token works until its own expiry, then only the new one does.
        QCOMPARE(server.get(kStats, first).status, 200);
        server.tw().clock().advanceMs(6 * kMinute);
        const Reply old = server.get(kStats, first);
        QCOMPARE(old.status, 401);
        QVERIFY(detailOf(old).contains(QLatin1String("expired")));
        QCOMPARE(server.get(kStats, second).status, 200);

        // Refreshing takes the session token, not the key.
        const Reply withKey = refresh(server, key);
        QCOMPARE(withKey.status, 403);
        QVERIFY(detailOf(withKey).contains(QLatin1String("session token")));
        const Reply nothing = server.request("POST", QStringLiteral("/api/v1/sessions/refresh"));
        QCOMPARE(nothing.status, 401);
        QVERIFY(detailOf(nothing).contains(QLatin1String("Authorization: Bearer st_")));
    }

    void anExpiredTokenIsRefusedAndCannotBeRefreshed()
    {
        TestServer server(kNow, testOptions());
        server.addSite(QStringLiteral("example.com"));
        const QString token = tokenFor(server, server.createKey(QStringLiteral("read")));
        server.tw().clock().advanceMs(15 * kMinute - 1);
        QCOMPARE(server.get(kStats, token).status, 200);
        server.tw().clock().advanceMs(1);
        const Reply expired = server.get(kStats, token);
        QCOMPARE(expired.status, 401);
        QVERIFY(isProblem(expired));
        QVERIFY(expired.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(detailOf(expired).contains(QLatin1String("expired")));
        QVERIFY(detailOf(expired).contains(QLatin1String("exchange your key again at POST /api/v1/sessions")));
        const Reply late = refresh(server, token);
        QCOMPARE(late.status, 401);
        QVERIFY(detailOf(late).contains(QLatin1String("expired")));
    }

    void theTokenLifetimeIsConfigurable()
    {
        TestServer server(kNow, testOptions(2 * kMinute));
        server.addSite(QStringLiteral("example.com"));
        const Reply opened = openSession(server, server.createKey(QStringLiteral("read")));
        QCOMPARE(opened.json().value(QLatin1String("expires_in")).toInteger(), 120);
        server.tw().clock().advanceMs(2 * kMinute);
        QCOMPARE(server.get(kStats, opened.json().value(QLatin1String("token")).toString()).status, 401);

        // --session-ttl, $PULSE_SESSION_TTL and session-ttl= in the config file: tests/server/TestServerCli.cpp.
    }

    void theSessionEndsAtItsLongestLifetime()
    {
        TestServer server(kNow, testOptions());
        server.addSite(QStringLiteral("example.com"));
        QString token = tokenFor(server, server.createKey(QStringLiteral("read")));
        const qint64 end = kNow + 12 * 60 * kMinute;
        Reply last;
        // Refreshed every 14 minutes, the session lives 12 hours and no longer.
        while (server.tw().clock().nowMs() + 14 * kMinute < end) {
            server.tw().clock().advanceMs(14 * kMinute);
            last = refresh(server, token);
            QCOMPARE(last.status, 200);
            token = last.json().value(QLatin1String("token")).toString();
        }
        QCOMPARE(last.json().value(QLatin1String("ends_at")).toString(), isoAt(end));
        QVERIFY(last.json().value(QLatin1String("expires_at")).toString() <= isoAt(end));
        server.tw().clock().setMs(end - 1);
        QCOMPARE(server.get(kStats, token).status, 200);
        server.tw().clock().setMs(end);
        const Reply ended = refresh(server, token);
        QCOMPARE(ended.status, 401);
        QVERIFY2(detailOf(ended).contains(QLatin1String("longest lifetime")), qPrintable(detailOf(ended)));
        QVERIFY(detailOf(ended).contains(QLatin1String("POST /api/v1/sessions")));
        QCOMPARE(server.get(kStats, token).status, 401);
    }

    void revokingTheCurrentSessionEndsItAtOnce()
    {
        TestServer server(kNow, testOptions());
        server.addSite(QStringLiteral("example.com"));
        const QString token = tokenFor(server, server.createKey(QStringLiteral("read")));
        QCOMPARE(server.get(kStats, token).status, 200); // valid, and cached, before the revocation
        const Reply ended = server.request("DELETE", QStringLiteral("/api/v1/sessions/current"), {}, bearer(token));
        QCOMPARE(ended.status, 204);
        const Reply after = server.get(kStats, token);
        QCOMPARE(after.status, 401);
        QVERIFY(detailOf(after).contains(QLatin1String("revoked")));
        QCOMPARE(refresh(server, token).status, 401);
    }

    void anAdminListsAndRevokesSessionsById()
    {
        TestServer server(kNow, testOptions());
        server.addSite(QStringLiteral("example.com"));
        const QString admin = server.createKey(QStringLiteral("admin"));
        const QString reader = server.createKey(QStringLiteral("read"));
        const Reply opened = openSession(server, reader);
        const QString token = opened.json().value(QLatin1String("token")).toString();
        const qint64 id = opened.json().value(QLatin1String("session_id")).toInteger();

        const Reply listed = server.get(QStringLiteral("/api/v1/sessions"), admin);
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.body.contains(token.toLatin1()));
        const QJsonArray items = listed.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject session = items.at(0).toObject();
        QCOMPARE(session.value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(session.value(QLatin1String("scopes")).toArray(), QJsonArray({ QStringLiteral("read") }));
        QVERIFY(session.value(QLatin1String("active")).toBool());
        QVERIFY(session.value(QLatin1String("revoked_at")).isNull());
        QCOMPARE(session.value(QLatin1String("expires_at")).toString(), isoAt(kNow + 15 * kMinute));

        // Listing and revoking need the admin scope; a reader's own session cannot.
        QCOMPARE(server.get(QStringLiteral("/api/v1/sessions"), reader).status, 403);
        QCOMPARE(server.get(QStringLiteral("/api/v1/sessions"), token).status, 403);
        // An admin session token can, with exactly the admin key's powers.
        const QString adminToken = tokenFor(server, admin);
        QCOMPARE(server.get(QStringLiteral("/api/v1/sessions"), adminToken).status, 200);

        QCOMPARE(
            server.request("DELETE", QStringLiteral("/api/v1/sessions/%1").arg(id), {}, bearer(admin)).status, 204);
        const Reply refused = server.get(kStats, token);
        QCOMPARE(refused.status, 401);
        QVERIFY(detailOf(refused).contains(QLatin1String("revoked")));
        const QJsonObject after = server.get(QStringLiteral("/api/v1/sessions"), admin)
                                      .json()
                                      .value(QLatin1String("items"))
                                      .toArray()
                                      .last()
                                      .toObject();
        QCOMPARE(after.value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(after.value(QLatin1String("revoked_at")).toString(), isoAt(kNow));
        QVERIFY(!after.value(QLatin1String("active")).toBool());

        const Reply missing = server.request("DELETE", QStringLiteral("/api/v1/sessions/999999"), {}, bearer(admin));
        QCOMPARE(missing.status, 404);
        QVERIFY(detailOf(missing).contains(QLatin1String("GET /api/v1/sessions")));
    }

    void aSiteLimitedAdminSeesOnlyItsSitesSessions()
    {
        TestServer server(kNow, testOptions());
        server.addSite(QStringLiteral("a.com"));
        server.addSite(QStringLiteral("b.com"));
        const qint64 a = server.tw().workspace().sites().find(QStringLiteral("a.com"))->id;
        const qint64 b = server.tw().workspace().sites().find(QStringLiteral("b.com"))->id;
        const Reply ofB = openSession(server, server.createKey(QStringLiteral("read"), b));
        QCOMPARE(ofB.json().value(QLatin1String("site_id")).toInteger(), b);
        const QString adminOfA = server.createKey(QStringLiteral("admin"), a);
        QCOMPARE(server.get(QStringLiteral("/api/v1/sessions"), adminOfA)
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
            0);
        const qint64 id = ofB.json().value(QLatin1String("session_id")).toInteger();
        QCOMPARE(
            server.request("DELETE", QStringLiteral("/api/v1/sessions/%1").arg(id), {}, bearer(adminOfA)).status, 404);
        // A session of a site-limited key reads that site only.
        const QString token = ofB.json().value(QLatin1String("token")).toString();
        QCOMPARE(server.get(QStringLiteral("/api/v1/stats?site=b.com"), token).status, 200);
        QCOMPARE(server.get(QStringLiteral("/api/v1/stats?site=a.com"), token).status, 403);
    }

    void revokingTheKeyEndsItsSessionsAtOnce()
    {
        TestServer server(kNow, testOptions());
        server.addSite(QStringLiteral("example.com"));
        KeyStore &keys = server.tw().workspace().keys();
        const KeyStore::Created key = keys.create(QStringLiteral("desktop"), int(Scope::Read), 0, 0);
        const QString token = tokenFor(server, key.secret);
        QCOMPARE(server.get(kStats, token).status, 200); // cached now
        QVERIFY(keys.revoke(key.key.id));
        const Reply refused = server.get(kStats, token);
        QCOMPARE(refused.status, 401);
        QVERIFY2(detailOf(refused).contains(QLatin1String("key this session was opened with has been revoked")),
            qPrintable(detailOf(refused)));
        QCOMPARE(refresh(server, token).status, 401);

        // The same over REST, and for a key that expires: its sessions end with it.
        const QString admin = server.createKey(QStringLiteral("admin"));
        const KeyStore::Created other = keys.create(QStringLiteral("laptop"), int(Scope::Read), 0, 0);
        const QString otherToken = tokenFor(server, other.secret);
        QCOMPARE(server.get(kStats, otherToken).status, 200);
        QCOMPARE(
            server.request("DELETE", QStringLiteral("/api/v1/keys/%1").arg(other.key.id), {}, bearer(admin)).status,
            204);
        QCOMPARE(server.get(kStats, otherToken).status, 401);

        const KeyStore::Created brief
            = keys.create(QStringLiteral("brief"), int(Scope::Read), 0, server.tw().clock().nowMs() + 5 * kMinute);
        const Reply opened = openSession(server, brief.secret);
        QCOMPARE(
            opened.json().value(QLatin1String("ends_at")).toString(), isoAt(server.tw().clock().nowMs() + 5 * kMinute));
        QCOMPARE(opened.json().value(QLatin1String("expires_in")).toInteger(), 300); // not past the key
        const QString briefToken = opened.json().value(QLatin1String("token")).toString();
        server.tw().clock().advanceMs(5 * kMinute);
        QCOMPARE(server.get(kStats, briefToken).status, 401);
    }

    void tamperedForgedAndForeignTokensAreRefused()
    {
        TestServer server(kNow, testOptions());
        server.addSite(QStringLiteral("example.com"));
        const QString token = tokenFor(server, server.createKey(QStringLiteral("read")));
        const qsizetype dot = token.indexOf(QLatin1Char('.'));
        QVERIFY(dot > 3);

        const auto refusedAsChanged = [&server](const QString &bad) {
            const Reply r = server.get(kStats, bad);
            return r.status == 401 && isProblem(r) && detailOf(r).contains(QLatin1String("not issued by this server"));
        };
        QVERIFY(refusedAsChanged(flipped(token, token.size() - 1))); // the signature's last character
        QVERIFY(refusedAsChanged(flipped(token, dot + 1)));
        QVERIFY(refusedAsChanged(flipped(token, 5))); // the payload

        // A payload rewritten to claim the admin scope, with the genuine signature, is refused.
        const QByteArray payload = QByteArray::fromBase64(
            token.mid(3, dot - 3).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QList<QByteArray> fields = payload.split(':');
        QCOMPARE(fields.size(), 5);
        fields[3] = QByteArray::number(int(Scope::Admin));
        const QString raised = QStringLiteral("st_")
            + QString::fromLatin1(
                fields.join(':').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            + token.mid(dot);
        QVERIFY(refusedAsChanged(raised));

        const Reply truncated = server.get(kStats, token.left(dot));
        QCOMPARE(truncated.status, 401);
        QVERIFY(detailOf(truncated).contains(QLatin1String("copy it again")));
        const Reply wrongPrefix = server.get(kStats, QStringLiteral("sx_") + token.mid(3));
        QCOMPARE(wrongPrefix.status, 401);
        QVERIFY(isProblem(wrongPrefix));

        // Signed with another key (another server's pepper): same shape, same session id, refused.
        SessionClaims claims;
        claims.sessionId = 1;
        claims.keyId = 1;
        claims.scopes = int(Scope::Read);
        claims.expiresAtMs = kNow + 15 * kMinute;
        QVERIFY(refusedAsChanged(SessionToken(QByteArray(32, 'x')).sign(claims)));
        server.tw().clock().advanceMs(kMinute); // let the limiter forget these failures

        // A real token of another server (another workspace, another pepper) is refused too.
        TestServer other(kNow + kMinute, testOptions());
        const QString foreign = tokenFor(other, other.createKey(QStringLiteral("read")));
        QVERIFY(refusedAsChanged(foreign));
        QCOMPARE(server.get(kStats, token).status, 200);
    }

    void aSessionCannotOpenAnotherButMayManageKeysWithAdmin()
    {
        TestServer server(kNow, testOptions());
        const QString admin = server.createKey(QStringLiteral("admin"));
        const QString token = tokenFor(server, admin);
        const Reply chained = openSession(server, token);
        QCOMPARE(chained.status, 403);
        QVERIFY(isProblem(chained));
        QVERIFY(detailOf(chained).contains(QLatin1String("cannot open another session")));
        const Reply created = server.request(
            "POST", QStringLiteral("/api/v1/keys"), R"({"name":"from a session","scopes":["read"]})", bearer(token));
        QCOMPARE(created.status, 201);
        const QString readToken = tokenFor(server, server.createKey(QStringLiteral("read,write")));
        QCOMPARE(
            server
                .request("POST", QStringLiteral("/api/v1/keys"), R"({"name":"x","scopes":["read"]})", bearer(readToken))
                .status,
            403);
    }

    void theStreamTakesATokenAndEndsWithTheSession()
    {
        TestServer server(kNow, testOptions());
        const QString key = server.createKey(QStringLiteral("read,stream"));
        const Reply opened = openSession(server, key);
        const QString token = opened.json().value(QLatin1String("token")).toString();
        const qint64 id = opened.json().value(QLatin1String("session_id")).toInteger();

        WsClient byHeader;
        QVERIFY(byHeader.open(server.host().port(), token));
        QVERIFY(byHeader.saidHello());
        WsClient bySubprotocol;
        QVERIFY(bySubprotocol.open(
            server.host().port(), {}, { QStringLiteral("pulse.v1"), QStringLiteral("pulse.key.") + token }));
        QVERIFY(bySubprotocol.saidHello());
        QTRY_COMPARE(server.host().stream().clientCount(), 2);

        // A token without the stream scope is declined at the upgrade.
        const QString readOnly = tokenFor(server, key, R"({"scopes":["read"]})");
        WsClient refused;
        QVERIFY(!refused.open(server.host().port(), readOnly));
        const Reply plain = server.get(QStringLiteral("/api/v1/stream"), readOnly);
        QCOMPARE(plain.status, 403);
        QVERIFY(detailOf(plain).contains(QLatin1String("'stream'")));

        // The open streams outlive the token they connected with, and end with the session.
        server.tw().clock().advanceMs(16 * kMinute);
        server.host().stream().tick();
        QCOMPARE(byHeader.socket().state(), QAbstractSocket::ConnectedState);
        WsClient late;
        QVERIFY(!late.open(server.host().port(), token)); // an expired token opens nothing new
        QVERIFY(server.tw().workspace().sessions().revoke(id));
        server.host().stream().tick();
        QTRY_COMPARE(byHeader.socket().state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(int(byHeader.socket().closeCode()), StreamClient::kCloseKeyRefused);
        QVERIFY(byHeader.socket().closeReason().contains(QLatin1String("session has been revoked")));
        QTRY_COMPARE(bySubprotocol.socket().state(), QAbstractSocket::UnconnectedState);
    }

    void badTokensCountInTheFailedAuthenticationLimiter()
    {
        TestServer server(kNow, testOptions());
        server.addSite(QStringLiteral("example.com"));
        const QString key = server.createKey(QStringLiteral("read"));
        const QString token = tokenFor(server, key);
        const QString forged = flipped(token, token.size() - 2);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(server.get(kStats, forged).status, 401);
        const Reply limited = server.get(kStats, token);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("60"));
        QVERIFY(detailOf(limited).contains(QLatin1String("wait 60 seconds")));
        QCOMPARE(openSession(server, key).status, 429);
        server.tw().clock().advanceMs(kMinute);
        QCOMPARE(server.get(kStats, token).status, 200);
        // Expired tokens count as well.
        server.tw().clock().advanceMs(15 * kMinute);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(server.get(kStats, token).status, 401);
        QCOMPARE(server.get(kStats, key).status, 429);
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "TestSessions.moc"
