// Sites over REST: create with settings, read, change, and delete with their data (409 until the
// caller confirms); every bad field answered with 400 naming it; scopes and site-limited keys.
#include "access/SiteStore.h"
#include "support/TestServer.h"

#include <QJsonArray>
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

const QByteArray kShopSite = "{\"domain\":\"https://Shop.Example.org/\",\"name\":\"Shop\",\"timezone\":\"Europe/Berlin\","
                             "\"allowed_origins\":[\"https://shop.example.org:443\",\"http://localhost:3000\"],"
                             "\"retention_days\":90,\"bot_filtering\":false,\"respect_dnt\":true,"
                             "\"identity_mode\":\"user_id\",\"ingest_quota_per_minute\":600}";
} // namespace

class TestSiteApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createReadChangeWithSettings()
    {
        TestServer server;
        const QString writer = server.createKey(QStringLiteral("write,read"));
        const Reply created = server.request("POST", QStringLiteral("/api/v1/sites"),
            kShopSite,
            bearer(writer));
        QCOMPARE(created.status, 201);
        const QJsonObject site = created.json();
        const qint64 id = site.value(QLatin1String("id")).toInteger();
        QCOMPARE(created.header("Location"), QByteArray("/api/v1/sites/") + QByteArray::number(id));
        QVERIFY(site.value(QLatin1String("key")).toString().startsWith(QLatin1String("pk_")));
        QCOMPARE(site.value(QLatin1String("domain")).toString(), QStringLiteral("shop.example.org"));
        QCOMPARE(site.value(QLatin1String("timezone")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(site.value(QLatin1String("allowed_origins")).toArray(),
            QJsonArray({ QStringLiteral("https://shop.example.org"), QStringLiteral("http://localhost:3000") }));
        QCOMPARE(site.value(QLatin1String("retention_days")).toInt(), 90);
        QCOMPARE(site.value(QLatin1String("bot_filtering")).toBool(), false);
        QCOMPARE(site.value(QLatin1String("respect_dnt")).toBool(), true);
        QCOMPARE(site.value(QLatin1String("identity_mode")).toString(), QStringLiteral("user_id"));
        QCOMPARE(site.value(QLatin1String("ingest_quota_per_minute")).toInteger(), 600);

        const QString path = QStringLiteral("/api/v1/sites/%1").arg(id);
        QCOMPARE(server.get(path, writer).json(), site);
        const QJsonArray listed
            = server.get(QStringLiteral("/api/v1/sites"), writer).json().value(QLatin1String("items")).toArray();
        QCOMPARE(listed.first().toObject(), site);

        // PUT changes what it names and keeps the rest.
        const Reply changed = server.request(
            "PUT", path, R"({"retention_days":0,"allowed_origins":[],"name":"Shop 2"})", bearer(writer));
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(QLatin1String("retention_days")).toInt(), 0);
        QCOMPARE(changed.json().value(QLatin1String("allowed_origins")).toArray(), QJsonArray());
        QCOMPARE(changed.json().value(QLatin1String("name")).toString(), QStringLiteral("Shop 2"));
        QCOMPARE(changed.json().value(QLatin1String("respect_dnt")).toBool(), true);
        QCOMPARE(changed.json().value(QLatin1String("key")), site.value(QLatin1String("key")));
        // The collector sees the change at once.
        QCOMPARE(server.tw().workspace().sites().byId(id)->settings.retentionDays, 0);

        // New sites get the defaults: every origin, kept forever, bots filtered, DNT not respected.
        const Reply plain
            = server.request("POST", QStringLiteral("/api/v1/sites"), R"({"domain":"plain.example"})", bearer(writer));
        QCOMPARE(plain.status, 201);
        QCOMPARE(plain.json().value(QLatin1String("timezone")).toString(), QStringLiteral("UTC"));
        QCOMPARE(plain.json().value(QLatin1String("allowed_origins")).toArray(), QJsonArray());
        QCOMPARE(plain.json().value(QLatin1String("retention_days")).toInt(), 0);
        QCOMPARE(plain.json().value(QLatin1String("bot_filtering")).toBool(), true);
        QCOMPARE(plain.json().value(QLatin1String("respect_dnt")).toBool(), false);
        QCOMPARE(plain.json().value(QLatin1String("identity_mode")).toString(), QStringLiteral("cookieless"));
        QCOMPARE(plain.json().value(QLatin1String("ingest_quota_per_minute")).toInteger(), 0);
    }

    void badSiteFieldsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention");
        QTest::newRow("no domain") << QByteArray(R"({"name":"x"})") << QStringLiteral("\"domain\" is required");
        QTest::newRow("bad domain") << QByteArray(R"({"domain":"not a domain"})") << QStringLiteral("\"domain\"");
        QTest::newRow("unknown zone") << QByteArray(R"({"domain":"a.com","timezone":"Mars/Olympus"})")
                                      << QStringLiteral("\"timezone\"");
        // Qt on Linux reads these as POSIX TZ strings (UTC, or a fixed offset): not zones a site can have.
        QTest::newRow("lower-case city") << QByteArray(R"({"domain":"a.com","timezone":"berlin"})")
                                         << QStringLiteral("'berlin' is not a time zone");
        QTest::newRow("posix offset") << QByteArray(R"({"domain":"a.com","timezone":"UTC+5"})")
                                      << QStringLiteral("'UTC+5' is not a time zone");
        QTest::newRow("origin with path")
            << QByteArray("{\"domain\":\"a.com\",\"allowed_origins\":[\"https://example.com/path\"]}")
            << QStringLiteral("no path");
        QTest::newRow("origin without scheme")
            << QByteArray(R"({"domain":"a.com","allowed_origins":["example.com/path"]})")
            << QStringLiteral("allowed_origins");
        QTest::newRow("ftp origin") << QByteArray("{\"domain\":\"a.com\",\"allowed_origins\":[\"ftp://x\"]}")
                                    << QStringLiteral("only http and https");
        QTest::newRow("origins not a list") << QByteArray("{\"domain\":\"a.com\",\"allowed_origins\":\"https://a.com\"}")
                                            << QStringLiteral("\"allowed_origins\" must be an array");
        QTest::newRow("negative retention")
            << QByteArray(R"({"domain":"a.com","retention_days":-1})") << QStringLiteral("\"retention_days\"");
        QTest::newRow("fractional retention")
            << QByteArray(R"({"domain":"a.com","retention_days":1.5})") << QStringLiteral("\"retention_days\"");
        QTest::newRow("bot flag as text") << QByteArray(R"({"domain":"a.com","bot_filtering":"yes"})")
                                          << QStringLiteral("\"bot_filtering\" must be true or false");
        QTest::newRow("dnt as number") << QByteArray(R"({"domain":"a.com","respect_dnt":1})")
                                       << QStringLiteral("\"respect_dnt\"");
        QTest::newRow("identity mode") << QByteArray(R"({"domain":"a.com","identity_mode":"cookies"})")
                                       << QStringLiteral("\"identity_mode\"");
        QTest::newRow("negative quota") << QByteArray(R"({"domain":"a.com","ingest_quota_per_minute":-5})")
                                        << QStringLiteral("\"ingest_quota_per_minute\"");
        QTest::newRow("not json") << QByteArray("domain=a.com") << QStringLiteral("JSON");
    }

    void badSiteFieldsAreNamed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        TestServer server;
        const QString writer = server.createKey(QStringLiteral("write"));
        const Reply r = server.request("POST", QStringLiteral("/api/v1/sites"), body, bearer(writer));
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
        QVERIFY2(detailOf(r).contains(mention), qPrintable(detailOf(r)));
        QVERIFY(server.tw().workspace().sites().list().isEmpty());

        // The same rules on PUT, which leaves the site as it was.
        server.addSite(QStringLiteral("kept.com"));
        QByteArray change = body;
        change.replace("\"domain\":\"a.com\",", "");
        if (change.contains("\"name\":\"x\"")) // "no domain" is fine on PUT: fields left out are kept
            return;
        const Reply put = server.request("PUT", QStringLiteral("/api/v1/sites/1"), change, bearer(writer));
        QCOMPARE(put.status, 400);
        QVERIFY2(detailOf(put).contains(mention), qPrintable(detailOf(put)));
        QCOMPARE(server.tw().workspace().sites().byId(1)->settings, SiteSettings());
    }

    void deletingASiteWithDataNeedsConfirmationAndDeletesItAll()
    {
        TestServer server;
        const QString siteKey = server.addSite(QStringLiteral("gone.com"));
        server.addSite(QStringLiteral("stays.com"));
        const QString admin = server.createKey(QStringLiteral("admin"));
        const QString writer = server.createKey(QStringLiteral("write,read"));
        const QString limited = server.createKey(QStringLiteral("read"), 1);
        QCOMPARE(server.get(QStringLiteral("/api/v1/sites/1"), limited).status, 200);
        QList<EventRecord> events;
        for (int i = 0; i < 5; ++i) {
            events << makeEvent(1, 100 + i, server.tw().clock().nowMs() - i * 1000);
            events << makeEvent(2, 200 + i, server.tw().clock().nowMs() - i * 1000);
        }
        QVERIFY(server.tw().write(events).ok);
        const QByteArray saved
            = R"({"name":"signup","definition":{"steps":[{"event":"pageview"},{"event":"signup"}]}})";
        QCOMPARE(
            server.request("POST", QStringLiteral("/api/v1/funnels?site=gone.com"), saved, bearer(writer)).status, 201);

        QCOMPARE(
            server.request("DELETE", QStringLiteral("/api/v1/sites/1"), {}, bearer(writer)).status, 403); // admin only
        const Reply refused = server.request("DELETE", QStringLiteral("/api/v1/sites/1"), {}, bearer(admin));
        QCOMPARE(refused.status, 409);
        QVERIFY(detailOf(refused).contains(QLatin1String("?confirm=delete-data")));
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = 1")), 5);

        QCOMPARE(
            server.request("DELETE", QStringLiteral("/api/v1/sites/1?confirm=delete-data"), {}, bearer(admin)).status,
            204);
        QCOMPARE(server.get(QStringLiteral("/api/v1/sites/1"), admin).status, 404);
        for (const char *table : { "events", "sessions", "quarantine", "funnels", "api_keys" })
            QCOMPARE(server.tw().count(
                         QStringLiteral("SELECT COUNT(*) FROM %1 WHERE site_id = 1").arg(QLatin1String(table))),
                0);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = 2")), 5);
        QCOMPARE(server.get(QStringLiteral("/api/v1/sites/1"), limited).status, 401); // its key went with it
        // The old site key is refused by the collector, and the id is never given again.
        const Reply collect = server.postJson(
            QStringLiteral("/api/v1/collect"), "{\"site\":\"" + siteKey.toLatin1() + "\",\"name\":\"pageview\"}");
        QCOMPARE(collect.status, 400);
        QCOMPARE(server.addSite(QStringLiteral("next.com")).isEmpty(), false);
        QCOMPARE(server.tw().workspace().sites().find(QStringLiteral("next.com"))->id, 3);

        // A site without data goes without confirmation.
        QCOMPARE(server.request("DELETE", QStringLiteral("/api/v1/sites/3"), {}, bearer(admin)).status, 204);
        QCOMPARE(server.request("DELETE", QStringLiteral("/api/v1/sites/3"), {}, bearer(admin)).status, 404);
        QCOMPARE(server.addSite(QStringLiteral("after.com")).isEmpty(), false);
        QCOMPARE(server.tw().workspace().sites().find(QStringLiteral("after.com"))->id, 4);
    }

    void siteLimitedKeysSeeAndChangeOnlyTheirSite()
    {
        TestServer server;
        server.addSite(QStringLiteral("a.com"));
        server.addSite(QStringLiteral("b.com"));
        const QString writerA = server.createKey(QStringLiteral("write,read"), 1);
        QCOMPARE(server.get(QStringLiteral("/api/v1/sites/2"), writerA).status, 404);
        QCOMPARE(
            server.request("PUT", QStringLiteral("/api/v1/sites/2"), R"({"retention_days":1})", bearer(writerA)).status,
            404);
        QCOMPARE(
            server.request("PUT", QStringLiteral("/api/v1/sites/1"), R"({"retention_days":1})", bearer(writerA)).status,
            200);
        const Reply create
            = server.request("POST", QStringLiteral("/api/v1/sites"), R"({"domain":"c.com"})", bearer(writerA));
        QCOMPARE(create.status, 403);
        QVERIFY(detailOf(create).contains(QLatin1String("limited to one site")));
    }
};

QTEST_GUILESS_MAIN(TestSiteApi)
#include "TestSiteApi.moc"
