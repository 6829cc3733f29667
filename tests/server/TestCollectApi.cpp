// POST /api/v1/collect over real HTTP: what a client sees for good events, every kind of bad event,
// and that accepted events are readable through the stats API afterwards.
#include "storage/ReadPool.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

#include <zlib.h>

using namespace pulse;
using namespace pulse::test;

namespace {
constexpr qint64 kNow = 1704067200000 + 12 * 3600 * 1000; // 2024-01-01T12:00:00Z
const QByteArray kChrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                           "Chrome/124.0.0.0 Safari/537.36";

QByteArray gzip(const QByteArray &data)
{
    z_stream s{};
    deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(data.size()))) + 32, '\0');
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}
} // namespace

class TestCollectApi : public QObject
{
    Q_OBJECT
private:
    QByteArray eventBody(const QString &siteKey, const QByteArray &extra = {})
    {
        return "{\"site\":\"" + siteKey.toLatin1() + "\",\"name\":\"pageview\",\"url\":\"https://example.com/pricing\""
               + extra + "}";
    }

private Q_SLOTS:
    void acceptedEventsAppearInStats()
    {
        TestServer server(kNow);
        const QString site = server.addSite(QStringLiteral("example.com"));
        const Reply r = server.postJson(QStringLiteral("/api/v1/collect"), eventBody(site), "application/json",
                                        {{"User-Agent", kChrome}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("accepted")).toInt(), 1);
        QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));

        const QString key = server.createKey(QStringLiteral("read"));
        const Reply stats = server.get(QStringLiteral("/api/v1/stats?site=example.com&from=2024-01-01&to=2024-01-01"), key);
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.json().value(QLatin1String("visitors")).toInteger(), 1);
        QCOMPARE(stats.json().value(QLatin1String("pageviews")).toInteger(), 1);
        const QJsonArray pages = stats.json().value(QLatin1String("pages")).toArray();
        QCOMPARE(pages.first().toObject().value(QLatin1String("value")).toString(), QStringLiteral("/pricing"));
        const QJsonArray browsers = stats.json().value(QLatin1String("browsers")).toArray();
        QCOMPARE(browsers.first().toObject().value(QLatin1String("value")).toString(), QStringLiteral("Chrome"));
    }

    void batchesKeepGoodEventsAndReportBadOnes()
    {
        TestServer server(kNow);
        const QString site = server.addSite(QStringLiteral("example.com"));
        const QByteArray body = "[" + eventBody(site) + ",{\"site\":\"" + site.toLatin1() + "\"}," + eventBody(site) + "]";
        const Reply r = server.postJson(QStringLiteral("/api/v1/collect"), body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("accepted")).toInt(), 2);
        const QJsonArray rejected = r.json().value(QLatin1String("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected[0].toObject().value(QLatin1String("index")).toInt(), 1);
        QCOMPARE(rejected[0].toObject().value(QLatin1String("reason")).toString(), QStringLiteral("missing_name"));

        const QString key = server.createKey(QStringLiteral("read"));
        const Reply q = server.get(QStringLiteral("/api/v1/quarantine?site=") + site, key);
        QCOMPARE(q.status, 200);
        const QJsonArray items = q.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].toObject().value(QLatin1String("reason")).toString(), QStringLiteral("missing_name"));
        QVERIFY(items[0].toObject().value(QLatin1String("payload")).toString().contains(site));
    }

    void ndjsonGzipAndTextPlainBodiesAreAccepted()
    {
        TestServer server(kNow);
        const QString site = server.addSite(QStringLiteral("example.com"));
        const QByteArray ndjson = eventBody(site) + "\n" + eventBody(site) + "\n";
        QCOMPARE(server.postJson(QStringLiteral("/api/v1/collect"), ndjson, "application/x-ndjson").json()
                     .value(QLatin1String("accepted")).toInt(), 2);
        const Reply zipped = server.postJson(QStringLiteral("/api/v1/collect"), gzip(ndjson), "application/x-ndjson",
                                             {{"Content-Encoding", "gzip"}});
        QCOMPARE(zipped.status, 200);
        QCOMPARE(zipped.json().value(QLatin1String("accepted")).toInt(), 2);
        QCOMPARE(server.postJson(QStringLiteral("/api/v1/collect"), eventBody(site), "text/plain;charset=UTF-8").status, 200);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events")), 5);
    }

    void everyBadEventGetsItsReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        const QByteArray s = "\"site\":\"SITE\",";
        QTest::newRow("no site") << QByteArray("{\"name\":\"pageview\"}") << "missing_site";
        QTest::newRow("unknown site") << QByteArray("{\"site\":\"pk_nope\",\"name\":\"pageview\"}") << "unknown_site";
        QTest::newRow("no name") << QByteArray("{" + s + "\"url\":\"/\"}") << "missing_name";
        QTest::newRow("blank name") << QByteArray("{" + s + "\"name\":\"   \"}") << "missing_name";
        QTest::newRow("numeric name") << QByteArray("{" + s + "\"name\":5}") << "missing_name";
        QTest::newRow("long name") << QByteArray("{" + s + "\"name\":\"" + QByteArray(201, 'n') + "\"}") << "name_too_long";
        QTest::newRow("control name") << QByteArray("{" + s + "\"name\":\"a\\u0007b\"}") << "name_invalid";
        QTest::newRow("url not string") << QByteArray("{" + s + "\"name\":\"x\",\"url\":5}") << "invalid_url";
        QTest::newRow("long url") << QByteArray("{" + s + "\"name\":\"x\",\"url\":\"/" + QByteArray(2100, 'u') + "\"}") << "url_too_long";
        QTest::newRow("bad referrer") << QByteArray("{" + s + "\"name\":\"x\",\"referrer\":[]}") << "invalid_referrer";
        QTest::newRow("bad id") << QByteArray("{" + s + "\"name\":\"x\",\"id\":{}}") << "invalid_id";
        // Past 2^53 a JSON number has lost digits by the time it is read: two ids could become one.
        QTest::newRow("id past exact integers")
            << QByteArray("{" + s + "\"name\":\"x\",\"id\":12345678901234567890}") << "invalid_id";
        QTest::newRow("long id") << QByteArray("{" + s + "\"name\":\"x\",\"id\":\"" + QByteArray(201, 'i') + "\"}") << "id_too_long";
        QTest::newRow("ts garbage") << QByteArray("{" + s + "\"name\":\"x\",\"timestamp\":\"yesterday\"}") << "invalid_timestamp";
        QTest::newRow("ts seconds") << QByteArray("{" + s + "\"name\":\"x\",\"timestamp\":1704110400}") << "invalid_timestamp";
        QTest::newRow("ts bool") << QByteArray("{" + s + "\"name\":\"x\",\"timestamp\":true}") << "invalid_timestamp";
        QTest::newRow("ts future") << QByteArray("{" + s + "\"name\":\"x\",\"timestamp\":\"2024-01-01T12:11:00Z\"}") << "timestamp_in_future";
        QTest::newRow("ts old") << QByteArray("{" + s + "\"name\":\"x\",\"timestamp\":\"2023-12-01T00:00:00Z\"}") << "timestamp_too_old";
        QTest::newRow("props array") << QByteArray("{" + s + "\"name\":\"x\",\"props\":[1]}") << "invalid_props";
        QByteArray many = "{";
        for (int i = 0; i < 65; ++i)
            many += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) + "\":1";
        QTest::newRow("65 props") << QByteArray("{" + s + "\"name\":\"x\",\"props\":" + many + "}}") << "too_many_props";
        QTest::newRow("empty prop key") << QByteArray("{" + s + "\"name\":\"x\",\"props\":{\"\":1}}") << "invalid_prop_key";
        QTest::newRow("nested prop") << QByteArray("{" + s + "\"name\":\"x\",\"props\":{\"a\":{\"b\":1}}}") << "invalid_prop_value";
        QTest::newRow("long prop") << QByteArray("{" + s + "\"name\":\"x\",\"props\":{\"a\":\"" + QByteArray(1025, 'v') + "\"}}") << "prop_value_too_long";
        QTest::newRow("bad user id") << QByteArray("{" + s + "\"name\":\"x\",\"user_id\":true}") << "invalid_user_id";
        QTest::newRow("deep") << QByteArray("{" + s + "\"name\":\"x\",\"a\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}") << "too_deep";
        QTest::newRow("huge") << QByteArray("{" + s + "\"name\":\"x\",\"a\":\"" + QByteArray(33000, 'h') + "\"}") << "event_too_large";
        QTest::newRow("not json") << QByteArray("{\"name\": nope}") << "invalid_json";
        QTest::newRow("unclosed") << QByteArray("{\"name\": \"x\"") << "invalid_json";
        QTest::newRow("scalar") << QByteArray("\"pageview\"") << "not_an_object";
        QTest::newRow("empty") << QByteArray("") << "empty_body";
    }

    void everyBadEventGetsItsReason()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        TestServer server(kNow);
        const QString site = server.addSite(QStringLiteral("example.com"));
        body.replace("SITE", site.toLatin1());
        const Reply r = server.postJson(QStringLiteral("/api/v1/collect"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        const QJsonObject problem = r.json();
        QCOMPARE(problem.value(QLatin1String("status")).toInt(), 400);
        QVERIFY(!problem.value(QLatin1String("detail")).toString().isEmpty());
        const QJsonArray errors = problem.value(QLatin1String("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].toObject().value(QLatin1String("reason")).toString(), reason);
        // Nothing disappears: the rejection is in the quarantine with its reason, nothing in events.
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM quarantine WHERE reason = '%1'").arg(reason)), 1);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events")), 0);
    }

    void clientTimestampsAndIdsAreHonoured()
    {
        TestServer server(kNow);
        const QString site = server.addSite(QStringLiteral("example.com"));
        QCOMPARE(server.postJson(QStringLiteral("/api/v1/collect"),
                                 eventBody(site, ",\"timestamp\":\"2024-01-01T13:00:00+02:00\",\"id\":\"a1\"")).status, 200);
        QCOMPARE(server.postJson(QStringLiteral("/api/v1/collect"), eventBody(site, ",\"timestamp\":1704106800000,\"id\":\"a2\"")).status, 200);
        const Reply retry = server.postJson(QStringLiteral("/api/v1/collect"), eventBody(site, ",\"id\":\"a1\""));
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.json().value(QLatin1String("duplicates")).toInt(), 1);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events")), 2);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT ts FROM events WHERE event_id = 'a1'")), 1704106800000);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT ts FROM events WHERE event_id = 'a2'")), 1704106800000);
    }

    void eventsAreEnriched()
    {
        TestServer server(kNow);
        const QString site = server.addSite(QStringLiteral("example.com"));
        const QByteArray body = "{\"site\":\"" + site.toLatin1()
                                + "\",\"name\":\"pageview\",\"url\":\"https://example.com/a/?utm_source=newsletter&utm_medium=email&utm_campaign=spring#top\","
                                  "\"referrer\":\"https://www.google.com/\",\"props\":{\"plan\":\"pro\"}}";
        QCOMPARE(server.postJson(QStringLiteral("/api/v1/collect"), body, "application/json", {{"User-Agent", kChrome}}).status, 200);
        ReadPool::Lease lease = server.tw().workspace().reads().acquire();
        SqlStatement st = lease.db().prepare(QStringLiteral(
            "SELECT path, utm_source, utm_medium, utm_campaign, browser, os, device, props, source_class FROM events"));
        QVERIFY(st.step());
        QCOMPARE(st.columnText(0), QStringLiteral("/a"));
        QCOMPARE(st.columnText(1), QStringLiteral("newsletter"));
        QCOMPARE(st.columnText(2), QStringLiteral("email"));
        QCOMPARE(st.columnText(3), QStringLiteral("spring"));
        QCOMPARE(st.columnText(4), QStringLiteral("Chrome"));
        QCOMPARE(st.columnText(5), QStringLiteral("Windows"));
        QCOMPARE(st.columnText(6), QStringLiteral("desktop"));
        QCOMPARE(st.columnText(7), QStringLiteral("{\"plan\":\"pro\"}"));
        QCOMPARE(st.columnText(8), QStringLiteral("email"));
    }

    void protocolErrorsAreExplained()
    {
        TestServer server(kNow);
        const QString site = server.addSite(QStringLiteral("example.com"));
        const Reply xml = server.postJson(QStringLiteral("/api/v1/collect"), "<event/>", "application/xml");
        QCOMPARE(xml.status, 415);
        QVERIFY(xml.json().value(QLatin1String("detail")).toString().contains(QLatin1String("application/json")));
        const Reply get = server.get(QStringLiteral("/api/v1/collect"));
        QCOMPARE(get.status, 405);
        QCOMPARE(get.header("Allow"), QByteArray("POST, OPTIONS"));
        const Reply nothing = server.get(QStringLiteral("/api/v1/nothing"));
        QCOMPARE(nothing.status, 404);
        // It points to the API's reference, which TestOpenApiDocument keeps in step with the routes.
        QCOMPARE(nothing.json().value(QLatin1String("detail")).toString(),
            QStringLiteral(
                "There is no endpoint at /api/v1/nothing. The API lives under /api/v1 (see docs/openapi.json)."));
        const Reply big = server.postJson(QStringLiteral("/api/v1/collect"), QByteArray(1024 * 1024 + 1, ' '));
        QCOMPARE(big.status, 413);
        const Reply preflight = server.request("OPTIONS", QStringLiteral("/api/v1/collect"), {},
                                               {{"Origin", "https://example.com"}, {"Access-Control-Request-Method", "POST"}});
        QCOMPARE(preflight.status, 204);
        QCOMPARE(preflight.header("Access-Control-Allow-Origin"), QByteArray("*"));
    }

    void healthMetricsAndTrackerArePublic()
    {
        TestServer server(kNow);
        const QString site = server.addSite(QStringLiteral("example.com"));
        server.postJson(QStringLiteral("/api/v1/collect"), eventBody(site));
        server.postJson(QStringLiteral("/api/v1/collect"), "{\"site\":\"" + site.toLatin1() + "\"}");
        QCOMPARE(server.get(QStringLiteral("/healthz")).json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        const Reply metrics = server.get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("pulse_events_accepted_total 1\n"));
        QVERIFY(metrics.body.contains("pulse_events_rejected_total{reason=\"missing_name\"} 1\n"));
        QVERIFY(metrics.body.contains("pulse_writer_commit_seconds_bucket{le=\"+Inf\"}"));
        QVERIFY(metrics.body.contains("pulse_http_responses_total{code=\"200\"}"));
        const Reply js = server.get(QStringLiteral("/pulse.js"));
        QCOMPARE(js.status, 200);
        QVERIFY(js.header("Content-Type").startsWith("application/javascript"));
        QVERIFY(js.body.contains("sendBeacon"));
    }
};

QTEST_GUILESS_MAIN(TestCollectApi)
#include "TestCollectApi.moc"
