// The retention REST API end to end: events arrive through the real collector, grids are asked over
// HTTP on 127.0.0.1 as JSON and CSV, the default range follows the server's clock and the site's zone,
// and every kind of bad request gets a problem answer that names what to fix.
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kT0 = 1704067200000; // 2024-01-01, a Monday
constexpr qint64 kDay = 86400000;
constexpr qint64 kNow = kT0 + 20 * kDay + 12 * 3600 * 1000; // the server's clock: 2024-01-21 noon

QByteArray collectLine(const QString &site, const char *user, const char *name, qint64 atMs)
{
    const QJsonObject e { { QStringLiteral("site"), site }, { QStringLiteral("name"), QString::fromLatin1(name) },
        { QStringLiteral("path"), QStringLiteral("/") }, { QStringLiteral("user_id"), QString::fromLatin1(user) },
        { QStringLiteral("timestamp"), atMs } };
    return QJsonDocument(e).toJson(QJsonDocument::Compact);
}

QList<qint64> returned(const QJsonObject &row)
{
    QList<qint64> out;
    for (const QJsonValue &n : row.value(QLatin1String("returned")).toArray())
        out << n.toInteger();
    return out;
}

} // namespace

class TestRetentionApi final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QList<QPair<QByteArray, QByteArray>> m_auth;

    Reply post(const QString &path, const QByteArray &body, const QByteArray &type = "application/json")
    {
        QList<QPair<QByteArray, QByteArray>> headers = m_auth;
        headers << qMakePair(QByteArray("Content-Type"), type);
        return m_server->request("POST", path, body, headers);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>(kNow);
        const QString site = m_server->addSite(QStringLiteral("app.example"));
        m_auth = { { "Authorization", "Bearer " + m_server->createKey(QStringLiteral("read")).toLatin1() } };
        // ann: week 0 with a signup, back in weeks 1 and 2; bob: week 0, never back; cy: week 1, signs up in week 2.
        const QList<QByteArray> events { collectLine(site, "ann", "signup", kT0 + kDay),
            collectLine(site, "ann", "pageview", kT0 + 8 * kDay), collectLine(site, "ann", "pageview", kT0 + 15 * kDay),
            collectLine(site, "bob", "pageview", kT0 + 2 * kDay), collectLine(site, "cy", "pageview", kT0 + 9 * kDay),
            collectLine(site, "cy", "signup", kT0 + 16 * kDay) };
        // The collector takes events up to 7 days old, so the clock follows the events as they arrive.
        for (const QByteArray &e : events) {
            m_server->tw().clock().setMs(
                QJsonDocument::fromJson(e).object().value(QLatin1String("timestamp")).toInteger() + 60000);
            QCOMPARE(m_server->postJson(QStringLiteral("/api/v1/collect"), e).status, 200);
        }
        m_server->tw().clock().setMs(kNow);
    }
    void cleanup() { m_server.reset(); }

    void weeklyGridRightAfterTheEventsWereAcknowledged()
    {
        const Reply r = post(QStringLiteral("/api/v1/retention/query?site=app.example"),
            R"({"from":"2024-01-01","to":"2024-01-21","periods":4})");
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QCOMPARE(body.value(QLatin1String("period")).toString(), QStringLiteral("week"));
        const QJsonArray rows = body.value(QLatin1String("total")).toObject().value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].toObject().value(QLatin1String("label")).toString(), QStringLiteral("2024-01-01"));
        QCOMPARE(rows[0].toObject().value(QLatin1String("users")).toInteger(), 2);
        QCOMPARE(returned(rows[0].toObject()), (QList<qint64> { 2, 1, 1 }));
        QCOMPARE(returned(rows[1].toObject()), (QList<qint64> { 1, 1 }));
        const QJsonArray average
            = body.value(QLatin1String("total")).toObject().value(QLatin1String("average")).toArray();
        QCOMPARE(average[1].toObject().value(QLatin1String("users")).toInteger(), 3);
        QCOMPARE(average[1].toObject().value(QLatin1String("returned")).toInteger(), 2);
        QCOMPARE(body.value(QLatin1String("query")).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("first_time"));
    }

    void startAndReturnEventsAndTheDefaultRange()
    {
        // No range: the last 13 weeks through today (2024-01-21), so the grid starts in October 2023.
        const Reply r = post(QStringLiteral("/api/v1/retention/query?site=app.example"),
            R"({"start_event":{"event":"signup"},"return_event":{"event":"pageview"}})");
        QCOMPARE(r.status, 200);
        const QJsonArray rows
            = r.json().value(QLatin1String("total")).toObject().value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), 13);
        QCOMPARE(rows[12].toObject().value(QLatin1String("label")).toString(), QStringLiteral("2024-01-15"));
        QCOMPARE(rows[10].toObject().value(QLatin1String("users")).toInteger(), 1); // ann signed up in week 0
        QCOMPARE(returned(rows[10].toObject()), (QList<qint64> { 0, 1, 1 }));
        QCOMPARE(rows[12].toObject().value(QLatin1String("users")).toInteger(), 1); // cy
    }

    void csvDownload()
    {
        const Reply r = post(QStringLiteral("/api/v1/retention/query?site=app.example&format=csv"),
            R"({"from":"2024-01-01","to":"2024-01-14","periods":2})");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/csv"));
        QCOMPARE(r.header("Content-Disposition"), QByteArray("attachment; filename=\"retention.csv\""));
        QCOMPARE(r.body,
            QByteArray("cohort,users,week_0_users,week_0_percent,week_1_users,week_1_percent\r\n"
                       "2024-01-01,2,2,100.00,1,50.00\r\n"
                       "2024-01-08,1,1,100.00,,\r\n"));
    }

    void badRequestsNameWhatToFix_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("type") << QByteArray(R"({"type":"weekly"})") << QStringLiteral("'type'");
        QTest::newRow("period") << QByteArray(R"({"period":"fortnight"})") << QStringLiteral("'period'");
        QTest::newRow("periods") << QByteArray(R"({"periods":1000})") << QStringLiteral("'periods'");
        QTest::newRow("range") << QByteArray(R"({"from":"2024-02-01","to":"2024-01-01"})") << QStringLiteral("empty");
        QTest::newRow("date") << QByteArray(R"({"from":"yesterday"})") << QStringLiteral("'from'");
        QTest::newRow("from_ms") << QByteArray(R"({"from_ms":"0"})") << QStringLiteral("'from_ms'");
        QTest::newRow("zone") << QByteArray(R"({"time_zone":"Atlantis/Capital"})") << QStringLiteral("time_zone");
        QTest::newRow("event") << QByteArray(R"({"start_event":{"event":""}})") << QStringLiteral("start_event");
        QTest::newRow("filter") << QByteArray(
            R"({"return_event":{"event":"x","filters":[{"property":"nope","value":"1"}]}})")
                                << QStringLiteral("nope");
        QTest::newRow("too many days") << QByteArray(R"({"from":"2020-01-01","period":"day"})")
                                       << QStringLiteral("1000");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("JSON object");
    }
    void badRequestsNameWhatToFix()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        const Reply r = post(QStringLiteral("/api/v1/retention/query?site=app.example"), body);
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
        const QString text = r.json().value(QLatin1String("detail")).toString();
        QVERIFY2(text.contains(detail), qPrintable(text));
    }

    void wrongContentTypeAndUnknownSite()
    {
        QCOMPARE(post(QStringLiteral("/api/v1/retention/query?site=app.example"), "{}", "text/plain").status, 415);
        QCOMPARE(post(QStringLiteral("/api/v1/retention/query?site=nope.example"), "{}").status, 404);
        QCOMPARE(post(QStringLiteral("/api/v1/retention/query"), "{}").status, 400);
    }
};

QTEST_GUILESS_MAIN(TestRetentionApi)
#include "TestRetentionApi.moc"
