// Secret keys over REST: created with the secret shown once, listed without it, rotated with a grace
// period on the injected clock, revoked at once; bad input answered with 400 naming the field; a key
// limited to one site manages only that site's keys.
#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {
QList<QPair<QByteArray, QByteArray>> bearer(const QString &secret)
{
    return { { "Authorization", "Bearer " + secret.toLatin1() }, { "Content-Type", "application/json" } };
}

QString detailOf(const Reply &reply)
{
    return reply.json().value(QLatin1String("detail")).toString();
}
} // namespace

class TestKeyApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createShowsTheSecretOnceAndListNever()
    {
        TestServer server;
        server.addSite(QStringLiteral("example.com"));
        const QString admin = server.createKey(QStringLiteral("admin"));
        const Reply created = server.request("POST", QStringLiteral("/api/v1/keys"),
            R"({"name":"dashboards","scopes":["read","export"],"site":"example.com","expires_at":"2024-06-01T00:00:00Z"})",
            bearer(admin));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject key = created.json();
        const QString secret = key.value(QLatin1String("secret")).toString();
        QVERIFY(SecretKey::isWellFormed(secret));
        QCOMPARE(key.value(QLatin1String("name")).toString(), QStringLiteral("dashboards"));
        QCOMPARE(key.value(QLatin1String("scopes")).toArray(),
            QJsonArray({ QStringLiteral("read"), QStringLiteral("export") }));
        QCOMPARE(key.value(QLatin1String("site_id")).toInteger(), 1);
        QCOMPARE(key.value(QLatin1String("expires_at")).toString(), QStringLiteral("2024-06-01T00:00:00.000+00:00"));
        QCOMPARE(created.header("Location"),
            QByteArray("/api/v1/keys/") + QByteArray::number(key.value(QLatin1String("id")).toInteger()));

        QCOMPARE(server.get(QStringLiteral("/api/v1/stats?site=example.com"), secret).status, 200);
        const Reply listed = server.get(QStringLiteral("/api/v1/keys"), admin);
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.body.contains(secret.toLatin1()));
        QVERIFY(!listed.body.contains(secret.mid(4).toLatin1()));
        const QJsonArray items = listed.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject listedKey = items.at(1).toObject();
        QCOMPARE(listedKey.value(QLatin1String("prefix")).toString(), secret.left(10));
        QVERIFY(!listedKey.contains(QLatin1String("secret")));
        // Usage (one request with the new key) is visible before it is written to the database.
        QCOMPARE(listedKey.value(QLatin1String("use_count")).toInteger(), 1);
        QVERIFY(listedKey.value(QLatin1String("last_used_at")).isString());
    }

    void badKeyRequestsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << QByteArray(R"({"scopes":["read"]})") << QStringLiteral("\"name\"");
        QTest::newRow("name not text") << QByteArray(R"({"name":5,"scopes":["read"]})") << QStringLiteral("name");
        QTest::newRow("no scopes") << QByteArray(R"({"name":"x"})") << QStringLiteral("\"scopes\"");
        QTest::newRow("empty scopes") << QByteArray(R"({"name":"x","scopes":[]})") << QStringLiteral("\"scopes\"");
        QTest::newRow("unknown scope") << QByteArray(R"({"name":"x","scopes":["reed"]})") << QStringLiteral("reed");
        QTest::newRow("scopes as text") << QByteArray(R"({"name":"x","scopes":"read"})")
                                        << QStringLiteral("\"scopes\"");
        QTest::newRow("unknown site") << QByteArray(R"({"name":"x","scopes":["read"],"site":"nope.org"})")
                                      << QStringLiteral("\"site\"");
        QTest::newRow("bad expiry") << QByteArray(R"({"name":"x","scopes":["read"],"expires_at":"soon"})")
                                    << QStringLiteral("\"expires_at\"");
        QTest::newRow("past expiry") << QByteArray(
            R"({"name":"x","scopes":["read"],"expires_at":"2020-01-01T00:00:00Z"})")
                                     << QStringLiteral("in the past");
        QTest::newRow("not json") << QByteArray("{name") << QStringLiteral("not valid JSON");
    }

    void badKeyRequestsNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        TestServer server;
        server.addSite(QStringLiteral("example.com"));
        const QString admin = server.createKey(QStringLiteral("admin"));
        const Reply r = server.request("POST", QStringLiteral("/api/v1/keys"), body, bearer(admin));
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
        QVERIFY2(detailOf(r).contains(field), qPrintable(detailOf(r)));
        QCOMPARE(server.tw().workspace().keys().list().size(), 1); // nothing created
    }

    void rotateKeepsTheOldSecretForTheGraceThenRefusesIt()
    {
        TestServer server;
        server.addSite(QStringLiteral("example.com"));
        const QString admin = server.createKey(QStringLiteral("admin"));
        const QString reader = server.createKey(QStringLiteral("read"));
        QCOMPARE(server.get(QStringLiteral("/api/v1/sites"), reader).status, 200);

        const Reply rotated = server.request(
            "POST", QStringLiteral("/api/v1/keys/2/rotate"), R"({"grace_seconds":300})", bearer(admin));
        QCOMPARE(rotated.status, 200);
        QCOMPARE(rotated.header("Cache-Control"), QByteArray("no-store"));
        const QString fresh = rotated.json().value(QLatin1String("secret")).toString();
        QVERIFY(SecretKey::isWellFormed(fresh) && fresh != reader);
        QCOMPARE(rotated.json().value(QLatin1String("id")).toInteger(), 2);
        QCOMPARE(rotated.json().value(QLatin1String("previous_secret_expires_at")).toString(),
            QStringLiteral("2024-01-01T00:05:00.000+00:00"));

        QCOMPARE(server.get(QStringLiteral("/api/v1/sites"), reader).status, 200);
        QCOMPARE(server.get(QStringLiteral("/api/v1/sites"), fresh).status, 200);
        server.tw().clock().advanceMs(300 * 1000);
        const Reply old = server.get(QStringLiteral("/api/v1/sites"), reader);
        QCOMPARE(old.status, 401);
        QVERIFY(detailOf(old).contains(QLatin1String("expired")));
        QCOMPARE(server.get(QStringLiteral("/api/v1/sites"), fresh).status, 200);

        // An empty body takes the default grace (a day); bad grace values are named.
        QCOMPARE(server.request("POST", QStringLiteral("/api/v1/keys/2/rotate"), {}, bearer(admin)).status, 200);
        for (const QByteArray &body : { QByteArray(R"({"grace_seconds":-1})"), QByteArray(R"({"grace_seconds":"1h"})"),
                 QByteArray(R"({"grace_seconds":99999999})") }) {
            const Reply bad = server.request("POST", QStringLiteral("/api/v1/keys/2/rotate"), body, bearer(admin));
            QCOMPARE(bad.status, 400);
            QVERIFY2(detailOf(bad).contains(QLatin1String("grace_seconds")), body.constData());
        }
        QCOMPARE(server.request("POST", QStringLiteral("/api/v1/keys/77/rotate"), {}, bearer(admin)).status, 404);
    }

    void revokeTakesEffectAtOnce()
    {
        TestServer server;
        server.addSite(QStringLiteral("example.com"));
        const QString admin = server.createKey(QStringLiteral("admin"));
        const QString reader = server.createKey(QStringLiteral("read"));
        QCOMPARE(server.get(QStringLiteral("/api/v1/sites"), reader).status, 200); // cached now
        QCOMPARE(server.request("DELETE", QStringLiteral("/api/v1/keys/2"), {}, bearer(admin)).status, 204);
        const Reply refused = server.get(QStringLiteral("/api/v1/sites"), reader);
        QCOMPARE(refused.status, 401);
        QVERIFY(detailOf(refused).contains(QLatin1String("revoked")));
        QCOMPARE(server.request("DELETE", QStringLiteral("/api/v1/keys/2"), {}, bearer(admin)).status, 204);
        const Reply rotateRevoked = server.request("POST", QStringLiteral("/api/v1/keys/2/rotate"), {}, bearer(admin));
        QCOMPARE(rotateRevoked.status, 409);
        QCOMPARE(server.request("DELETE", QStringLiteral("/api/v1/keys/42"), {}, bearer(admin)).status, 404);
        const QJsonArray items
            = server.get(QStringLiteral("/api/v1/keys"), admin).json().value(QLatin1String("items")).toArray();
        QVERIFY(items.at(1).toObject().value(QLatin1String("revoked_at")).isString());
    }

    void aSiteLimitedAdminManagesOnlyItsSitesKeys()
    {
        TestServer server;
        server.addSite(QStringLiteral("a.com"));
        server.addSite(QStringLiteral("b.com"));
        const QString adminA = server.createKey(QStringLiteral("admin"), 1);
        server.createKey(QStringLiteral("read"), 2); // id 2, site b
        const QJsonArray items
            = server.get(QStringLiteral("/api/v1/keys"), adminA).json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(server.request("DELETE", QStringLiteral("/api/v1/keys/2"), {}, bearer(adminA)).status, 404);
        QCOMPARE(server.request("POST", QStringLiteral("/api/v1/keys/2/rotate"), {}, bearer(adminA)).status, 404);
        const Reply other = server.request(
            "POST", QStringLiteral("/api/v1/keys"), R"({"name":"x","scopes":["read"],"site":"b.com"})", bearer(adminA));
        QCOMPARE(other.status, 403);
        const Reply every = server.request(
            "POST", QStringLiteral("/api/v1/keys"), R"({"name":"x","scopes":["read"],"site":null})", bearer(adminA));
        QCOMPARE(every.status, 403);
        const Reply own = server.request(
            "POST", QStringLiteral("/api/v1/keys"), R"({"name":"x","scopes":["read"]})", bearer(adminA));
        QCOMPARE(own.status, 201);
        QCOMPARE(own.json().value(QLatin1String("site_id")).toInteger(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeyApi)
#include "TestKeyApi.moc"
