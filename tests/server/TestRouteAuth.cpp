// The route-enumeration auth test: walks RestApi::routes() and checks that every route that is not
// public refuses a missing, malformed, wrong-scope, revoked and expired key, and a revoked and an
// expired session token, with a problem+json answer that says what to do; that a valid key or session
// token with the right scope gets through; and that the only public routes are the ones listed here.
// A route added later without a scope, or with the wrong answers, fails this test.
#include "access/KeyStore.h"
#include "access/SessionStore.h"
#include "api/RestApi.h"
#include "support/TestServer.h"

#include <QSet>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {
// Public on purpose: health and metrics for probes, the tracker script, the collector (which
// authenticates by the site key inside each event, not by a secret key), and export downloads (the
// signed link is the credential; tests/server/TestExportApi.cpp refuses tampered and expired ones).
const QSet<QString> kPublicRoutes = {
    QStringLiteral("GET /healthz"),
    QStringLiteral("GET /metrics"),
    QStringLiteral("GET /pulse.js"),
    QStringLiteral("POST /api/v1/collect"),
    QStringLiteral("OPTIONS /api/v1/collect"),
    QStringLiteral("GET /api/v1/exports/{id}/download"),
};

QString routeName(const Route &route)
{
    return QString::fromLatin1(route.method) + QLatin1Char(' ') + route.path;
}

// Every scope except the one needed and admin (which implies every scope).
QString wrongScopes(Scope needed)
{
    const int all = int(Scope::Ingest) | int(Scope::Read) | int(Scope::Write) | int(Scope::Export) | int(Scope::Stream)
        | int(Scope::Admin);
    return SecretKey::scopeNames(all & ~int(needed) & ~int(Scope::Admin)).join(QLatin1Char(','));
}

QString detailOf(const Reply &reply)
{
    return reply.json().value(QLatin1String("detail")).toString();
}

bool isProblem(const Reply &reply)
{
    return reply.header("Content-Type").startsWith("application/problem+json") && !detailOf(reply).isEmpty()
        && reply.json().value(QLatin1String("status")).toInt() == reply.status;
}
} // namespace

class TestRouteAuth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onlyTheListedRoutesArePublic()
    {
        TestServer server;
        QSet<QString> seen;
        QSet<QString> publicRoutes;
        for (const Route &route : server.host().api().routes()) {
            const QString name = routeName(route);
            QVERIFY2(!seen.contains(name), qPrintable(name + QStringLiteral(" is declared twice")));
            seen.insert(name);
            QVERIFY2(route.handler, qPrintable(name + QStringLiteral(" has no handler")));
            if (route.access.isPublic()) {
                QVERIFY2(kPublicRoutes.contains(name),
                    qPrintable(name
                        + QStringLiteral(" has no scope; give it one in RestApi.cpp, or add it to "
                                         "kPublicRoutes here if it must be public")));
                publicRoutes.insert(name);
            }
        }
        QCOMPARE(publicRoutes, kPublicRoutes);
    }

    void everyScopedRouteRefusesMissingMalformedWrongRevokedAndExpiredKeysAndSessions()
    {
        TestServer server;
        server.addSite(QStringLiteral("example.com"));
        KeyStore &keys = server.tw().workspace().keys();
        SessionStore &sessions = server.tw().workspace().sessions();
        ManualClock &clock = server.tw().clock();
        QString mistyped = server.createKey(QStringLiteral("admin"));
        mistyped[12] = mistyped[12] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        // A session opened directly in the store (the exchange route is tested in tests/server/TestSessions.cpp).
        const auto openSession = [&keys, &sessions](int scopes) {
            const KeyStore::Created key = keys.create(QStringLiteral("session"), scopes, 0, 0);
            return sessions.open(key.key, scopes, QStringLiteral("route test"));
        };

        int scopedRoutes = 0;
        for (const Route &route : server.host().api().routes()) {
            if (route.access.isPublic())
                continue;
            ++scopedRoutes;
            // The session routes take any scope: read stands for "some scope" there.
            const Scope needed = route.access.needsScope() ? route.access.scope : Scope::Read;
            const Access::Kind kind = route.access.kind;
            const QString name = routeName(route);
            // An id no record has, so a request that gets through changes nothing.
            QString path = route.path + QStringLiteral("?site=example.com");
            path.replace(QStringLiteral("{id}"), QStringLiteral("999999"));
            const auto call = [&server, &route, &path](const QString &secret) {
                QList<QPair<QByteArray, QByteArray>> headers;
                if (!secret.isEmpty())
                    headers.append({ "Authorization", "Bearer " + secret.toLatin1() });
                return server.request(route.method, path, {}, headers);
            };
            const auto expect = [&name](const Reply &reply, int status, const char *words) {
                const QString what = name + QStringLiteral(": ") + QString::number(reply.status) + QLatin1Char(' ')
                    + QString::fromUtf8(reply.body.left(300));
                QVERIFY2(reply.status == status, qPrintable(what));
                QVERIFY2(isProblem(reply), qPrintable(what));
                QVERIFY2(detailOf(reply).contains(QLatin1String(words)), qPrintable(what));
            };
            const auto getsThrough = [&name](const Reply &reply) {
                QVERIFY2(reply.status != 401 && reply.status != 403,
                    qPrintable(name + QStringLiteral(": ") + QString::number(reply.status) + QLatin1Char(' ')
                        + QString::fromUtf8(reply.body.left(300))));
            };

            const Reply missing = call({});
            expect(missing, 401, "Authorization: Bearer");
            QVERIFY(missing.header("WWW-Authenticate").startsWith("Bearer"));
            expect(call(mistyped), 401, "copy it again");

            if (kind == Access::Kind::Scope) {
                const QString wrong = server.createKey(wrongScopes(needed));
                const Reply forbidden = call(wrong);
                expect(forbidden, 403, "scope");
                QVERIFY2(
                    detailOf(forbidden).contains(SecretKey::scopeNames(int(needed)).constFirst()), qPrintable(name));
                const Reply forbiddenSession
                    = call(openSession(SecretKey::parseScopes(wrongScopes(needed), nullptr)).token);
                expect(forbiddenSession, 403, "session lacks");
                QVERIFY2(detailOf(forbiddenSession).contains(SecretKey::scopeNames(int(needed)).constFirst()),
                    qPrintable(name));
            }

            const KeyStore::Created revoked = keys.create(QStringLiteral("revoked"), int(needed), 0, 0);
            QVERIFY(call(revoked.secret).status != 401); // valid (and cached) before the revocation
            QVERIFY(keys.revoke(revoked.key.id));
            expect(call(revoked.secret), 401, "revoked");

            const KeyStore::Created expiring
                = keys.create(QStringLiteral("expiring"), int(needed), 0, clock.nowMs() + 30 * 1000);
            const Reply before = call(expiring.secret);
            if (kind == Access::Kind::SessionToken)
                expect(before, 403, "session token"); // a key, however valid, is not the session
            else
                getsThrough(before);
            clock.advanceMs(30 * 1000);
            expect(call(expiring.secret), 401, "expired");

            // Session tokens: a valid one with the scope gets through (except where a key is needed:
            // no session opens another), a revoked or expired one is refused.
            const SessionStore::Issued valid = openSession(int(needed));
            if (kind == Access::Kind::SecretKey)
                expect(call(valid.token), 403, "cannot open another session");
            else
                getsThrough(call(valid.token));
            const SessionStore::Issued revokedSession = openSession(int(needed));
            QVERIFY(call(revokedSession.token).status != 401); // valid (and cached) before the revocation
            QVERIFY(sessions.revoke(revokedSession.session.id));
            expect(call(revokedSession.token), 401, "revoked");
            const SessionStore::Issued expiringSession = openSession(int(needed));
            clock.advanceMs(sessions.tokenLifetimeMs());
            expect(call(expiringSession.token), 401, "expired");

            clock.advanceMs(61 * 1000); // let the failed-authentication limiter forget this route's failures
            if (QTest::currentTestFailed())
                return; // one route's failures are enough to read
        }
        QVERIFY(scopedRoutes >= 30);
    }
};

QTEST_GUILESS_MAIN(TestRouteAuth)
#include "TestRouteAuth.moc"
