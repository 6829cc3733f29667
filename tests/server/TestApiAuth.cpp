// Authentication of the query API: missing, malformed, unknown, wrong-scope, other-site, revoked and
// expired keys are refused with a message, and guessing is slowed down per client address.
#include "access/KeyStore.h"
#include "access/SiteStore.h"
#include "api/RestApi.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

class TestApiAuth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyProtectedRouteRefusesBadKeys()
    {
        TestServer server;
        server.addSite(QStringLiteral("example.com"));
        const QString ingestOnly = server.createKey(QStringLiteral("ingest"));
        KeyStore &keys = server.tw().workspace().keys();
        const KeyStore::Created revoked = keys.create(QStringLiteral("r"), int(Scope::Read), 0, 0);
        keys.revoke(revoked.key.id);
        const KeyStore::Created expired
            = keys.create(QStringLiteral("e"), int(Scope::Read), 0, server.tw().clock().nowMs() + 1);
        server.tw().clock().advanceMs(1);

        int protectedRoutes = 0;
        for (const Route &route : server.host().api().routes()) {
            if (!route.access.needsScope())
                continue; // the session routes' own refusals: tests/server/TestRouteAuth.cpp
            ++protectedRoutes;
            QString path = route.path + QStringLiteral("?site=example.com");
            path.replace(QStringLiteral("{id}"), QStringLiteral("1"));
            auto call = [&](const QList<QPair<QByteArray, QByteArray>> &headers) {
                return server.request(route.method, path, {}, headers);
            };
            const Reply missing = call({});
            QCOMPARE(missing.status, 401);
            QVERIFY(missing.header("WWW-Authenticate").startsWith("Bearer"));
            QVERIFY(missing.json().value(QLatin1String("detail")).toString().contains(QLatin1String("Authorization")));
            QCOMPARE(call({ { "Authorization", "Bearer " + ingestOnly.toLatin1() } }).status, 403);
            QCOMPARE(call({ { "Authorization", "Bearer " + revoked.secret.toLatin1() } }).status, 401);
            QCOMPARE(call({ { "Authorization", "Bearer " + expired.secret.toLatin1() } }).status, 401);
            server.tw().clock().advanceMs(61000); // keep the failure limiter out of this test
        }
        QVERIFY(protectedRoutes >= 3);
    }

    void aSiteLimitedKeyReadsOnlyItsSite()
    {
        TestServer server;
        server.addSite(QStringLiteral("a.com"));
        server.addSite(QStringLiteral("b.com"));
        const std::optional<Site> a = server.tw().workspace().sites().find(QStringLiteral("a.com"));
        const QString key = server.createKey(QStringLiteral("read"), a->id);
        QCOMPARE(server.get(QStringLiteral("/api/v1/stats?site=a.com"), key).status, 200);
        const Reply other = server.get(QStringLiteral("/api/v1/stats?site=b.com"), key);
        QCOMPARE(other.status, 403);
        QVERIFY(other.json().value(QLatin1String("detail")).toString().contains(QLatin1String("another site")));
        QCOMPARE(
            server.get(QStringLiteral("/api/v1/sites"), key).json().value(QLatin1String("items")).toArray().size(), 1);
    }

    void mistypedKeysAreCaughtByTheChecksum()
    {
        TestServer server;
        server.addSite(QStringLiteral("example.com"));
        QString key = server.createKey(QStringLiteral("read"));
        key[10] = key[10] == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
        const Reply r = server.get(QStringLiteral("/api/v1/stats?site=example.com"), key);
        QCOMPARE(r.status, 401);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("mistyped")));
    }

    void tenFailuresAMinuteThenTooManyRequests()
    {
        TestServer server;
        server.addSite(QStringLiteral("example.com"));
        const QString good = server.createKey(QStringLiteral("read"));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(server.get(QStringLiteral("/api/v1/sites"), QStringLiteral("psk_wrong")).status, 401);
        const Reply limited = server.get(QStringLiteral("/api/v1/sites"), good);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("60"));
        QCOMPARE(limited.header("RateLimit-Limit"), QByteArray("10"));
        QCOMPARE(limited.header("RateLimit-Remaining"), QByteArray("0"));
        QCOMPARE(limited.header("RateLimit-Reset"), QByteArray("60"));
        QVERIFY(limited.json().value(QLatin1String("detail")).toString().contains(QLatin1String("wait 60 seconds")));
        server.tw().clock().advanceMs(60000);
        QCOMPARE(server.get(QStringLiteral("/api/v1/sites"), good).status, 200);
    }

    void badQueryParametersAreNamed()
    {
        TestServer server;
        server.addSite(QStringLiteral("example.com"));
        const QString key = server.createKey(QStringLiteral("read"));
        const Reply noSite = server.get(QStringLiteral("/api/v1/stats"), key);
        QCOMPARE(noSite.status, 400);
        QVERIFY(noSite.json().value(QLatin1String("detail")).toString().contains(QLatin1String("'site'")));
        QCOMPARE(server.get(QStringLiteral("/api/v1/stats?site=nope.com"), key).status, 404);
        const Reply badFrom = server.get(QStringLiteral("/api/v1/stats?site=example.com&from=yesterdayy"), key);
        QCOMPARE(badFrom.status, 400);
        QVERIFY(badFrom.json().value(QLatin1String("detail")).toString().contains(QLatin1String("from")));
        QCOMPARE(server.get(QStringLiteral("/api/v1/quarantine?limit=0"), key).status, 400);
        QCOMPARE(server.get(QStringLiteral("/api/v1/quarantine?cursor=abc"), key).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestApiAuth)
#include "TestApiAuth.moc"
