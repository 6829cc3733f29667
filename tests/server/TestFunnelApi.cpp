// The funnel REST API end to end: events arrive through the real collector, funnels are asked over
// HTTP on 127.0.0.1, saved funnels go through their whole life, and every kind of bad request gets a
// problem answer that names what to fix.
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kNow = 1704067200000 + 3 * 86400000LL; // the server's clock: 2024-01-04

QByteArray collectLine(
    const QString &site, const char *user, const char *name, qint64 offsetSeconds, const char *props = nullptr)
{
    QJsonObject e { { QStringLiteral("site"), site }, { QStringLiteral("name"), QString::fromLatin1(name) },
        { QStringLiteral("path"), QStringLiteral("/") }, { QStringLiteral("user_id"), QString::fromLatin1(user) },
        { QStringLiteral("timestamp"), kNow - 86400000 + offsetSeconds * 1000 } };
    if (props)
        e.insert(QStringLiteral("props"), QJsonDocument::fromJson(props).object());
    return QJsonDocument(e).toJson(QJsonDocument::Compact);
}

QByteArray funnelBody(const QString &extra = {})
{
    return (
        QStringLiteral(R"({"steps":[{"event":"pageview"},{"event":"signup"},{"event":"purchase"}],"from":"2024-01-01")")
        + extra + u'}')
        .toUtf8();
}

QList<qint64> users(const QJsonObject &series)
{
    QList<qint64> out;
    for (const QJsonValue &s : series.value(QLatin1String("steps")).toArray())
        out << s.toObject().value(QLatin1String("users")).toInteger();
    return out;
}

} // namespace

class TestFunnelApi final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QString m_read;
    QList<QPair<QByteArray, QByteArray>> m_readAuth, m_writeAuth;

    Reply post(const QString &path, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &auth)
    {
        QList<QPair<QByteArray, QByteArray>> headers = auth;
        headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
        return m_server->request("POST", path, body, headers);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>(kNow);
        const QString site = m_server->addSite(QStringLiteral("shop.example"));
        m_read = m_server->createKey(QStringLiteral("read"));
        m_readAuth = { { "Authorization", "Bearer " + m_read.toLatin1() } };
        m_writeAuth = { { "Authorization", "Bearer " + m_server->createKey(QStringLiteral("read,write")).toLatin1() } };
        const QList<QByteArray> events { collectLine(site, "ann", "pageview", 0),
            collectLine(site, "ann", "signup", 10, R"({"plan":"pro"})"), collectLine(site, "ann", "purchase", 20),
            collectLine(site, "bob", "pageview", 0), collectLine(site, "bob", "signup", 30, R"({"plan":"free"})"),
            collectLine(site, "cy", "pageview", 5) };
        QByteArray ndjson;
        for (const QByteArray &e : events)
            ndjson += e + '\n';
        const Reply stored = m_server->postJson(QStringLiteral("/api/v1/collect"), ndjson, "application/x-ndjson");
        QCOMPARE(stored.status, 200);
    }
    void cleanup() { m_server.reset(); }

    void adHocFunnelAnswersRightAfterTheEventsWereAcknowledged()
    {
        const Reply r = post(QStringLiteral("/api/v1/funnels/query?site=shop.example"), funnelBody(), m_readAuth);
        QCOMPARE(r.status, 200);
        const QJsonObject total = r.json().value(QLatin1String("total")).toObject();
        QCOMPARE(users(total), (QList<qint64> { 3, 2, 1 }));
        const QJsonObject second = total.value(QLatin1String("steps")).toArray()[1].toObject();
        QCOMPARE(second.value(QLatin1String("drop_off")).toInteger(), 1);
        QCOMPARE(second.value(QLatin1String("time_from_previous"))
                     .toObject()
                     .value(QLatin1String("median_seconds"))
                     .toDouble(),
            20.0);
        QCOMPARE(r.json().value(QLatin1String("query")).toObject().value(QLatin1String("order")).toString(),
            QStringLiteral("ordered"));
    }

    void breakdownAndCsv()
    {
        Reply r = post(QStringLiteral("/api/v1/funnels/query?site=shop.example"),
            QByteArray(
                R"({"steps":[{"event":"signup"},{"event":"purchase"}],"from":"2024-01-01","breakdown":"prop.plan"})"),
            m_readAuth);
        QCOMPARE(r.status, 200);
        const QJsonArray rows = r.json().value(QLatin1String("breakdown")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(QLatin1String("breakdown_value")).toString(), QStringLiteral("free"));
        QCOMPARE(users(rows[1].toObject()), (QList<qint64> { 1, 1 }));
        r = post(QStringLiteral("/api/v1/funnels/query?site=shop.example&format=csv"), funnelBody(), m_readAuth);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/csv"));
        QCOMPARE(r.header("Content-Disposition"), QByteArray("attachment; filename=\"funnel.csv\""));
        QVERIFY(r.body.contains("(all users),2,signup,2,"));
    }

    void usersBehindADropOff()
    {
        const Reply r = post(QStringLiteral("/api/v1/funnels/users?site=shop.example"),
            funnelBody(QStringLiteral(R"(,"step":3,"outcome":"dropped")")), m_readAuth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("total")).toInteger(), 1);
        QCOMPARE(
            r.json().value(QLatin1String("users")).toArray()[0].toObject().value(QLatin1String("user_id")).toString(),
            QStringLiteral("bob"));
        const Reply bad = post(QStringLiteral("/api/v1/funnels/users?site=shop.example"),
            funnelBody(QStringLiteral(R"(,"step":1,"outcome":"dropped")")), m_readAuth);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json().value(QLatin1String("detail")).toString().contains(QLatin1String("step")));
    }

    void catalogListsWhatTheSiteReceived()
    {
        const Reply r = m_server->get(QStringLiteral("/api/v1/events/catalog?site=shop.example"), m_read);
        QCOMPARE(r.status, 200);
        const QJsonArray names = r.json().value(QLatin1String("event_names")).toArray();
        QCOMPARE(names.size(), 3);
        QCOMPARE(names[0].toObject().value(QLatin1String("value")).toString(), QStringLiteral("pageview"));
        QCOMPARE(names[0].toObject().value(QLatin1String("events")).toInteger(), 3);
        QCOMPARE(r.json()
                     .value(QLatin1String("property_keys"))
                     .toArray()[0]
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
            QStringLiteral("plan"));
    }

    void badRequestsNameWhatToFix_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{steps:") << QByteArray("application/json") << 400
                                  << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[]") << QByteArray("application/json") << 400 << QStringLiteral("object");
        QTest::newRow("form") << QByteArray("a=b") << QByteArray("application/x-www-form-urlencoded") << 415
                              << QStringLiteral("application/json");
        QTest::newRow("one step") << QByteArray(R"({"steps":[{"event":"a"}]})") << QByteArray("application/json") << 400
                                  << QStringLiteral("'steps'");
        QTest::newRow("step not object") << QByteArray(R"({"steps":["a","b"]})") << QByteArray("application/json")
                                         << 400 << QStringLiteral("steps");
        QTest::newRow("bad order") << QByteArray(R"({"steps":[{"event":"a"},{"event":"b"}],"order":"random"})")
                                   << QByteArray("application/json") << 400 << QStringLiteral("'order'");
        QTest::newRow("window") << QByteArray(R"({"steps":[{"event":"a"},{"event":"b"}],"window_seconds":5})")
                                << QByteArray("application/json") << 400 << QStringLiteral("window_seconds");
        QTest::newRow("bad date") << QByteArray(R"({"steps":[{"event":"a"},{"event":"b"}],"from":"yesterday"})")
                                  << QByteArray("application/json") << 400 << QStringLiteral("'from'");
        QTest::newRow("empty range") << QByteArray(
            R"({"steps":[{"event":"a"},{"event":"b"}],"from":"2024-02-01","to":"2024-01-01"})")
                                     << QByteArray("application/json") << 400 << QStringLiteral("after");
        QTest::newRow("unknown property")
            << QByteArray(R"({"steps":[{"event":"a","filters":[{"property":"colour","value":"red"}]},{"event":"b"}]})")
            << QByteArray("application/json") << 400 << QStringLiteral("colour");
        QTest::newRow("deep") << QByteArray("{\"steps\":" + QByteArray(20, '[') + QByteArray(20, ']') + "}")
                              << QByteArray("application/json") << 400 << QStringLiteral("deeper");
        QTest::newRow("unknown saved") << QByteArray(R"({"funnel_id":99})") << QByteArray("application/json") << 404
                                       << QStringLiteral("99");
    }

    void badRequestsNameWhatToFix()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        QList<QPair<QByteArray, QByteArray>> headers = m_readAuth;
        headers << qMakePair(QByteArray("Content-Type"), contentType);
        const Reply r
            = m_server->request("POST", QStringLiteral("/api/v1/funnels/query?site=shop.example"), body, headers);
        QCOMPARE(r.status, status);
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
        const QString detail = r.json().value(QLatin1String("detail")).toString();
        QVERIFY2(detail.contains(mentions), qPrintable(detail));
    }

    void savedFunnelsLifeCycle()
    {
        const QByteArray definition
            = R"({"name":"Checkout","definition":{"steps":[{"event":"pageview"},{"event":"signup"},{"event":"purchase"}],"window_seconds":86400}})";
        // Saving needs the write scope.
        QCOMPARE(post(QStringLiteral("/api/v1/funnels?site=shop.example"), definition, m_readAuth).status, 403);
        Reply r = post(QStringLiteral("/api/v1/funnels?site=shop.example"), definition, m_writeAuth);
        QCOMPARE(r.status, 201);
        const qint64 id = r.json().value(QLatin1String("id")).toInteger();
        QCOMPARE(r.header("Location"), "/api/v1/funnels/" + QByteArray::number(id));
        QCOMPARE(post(QStringLiteral("/api/v1/funnels?site=shop.example"), definition, m_writeAuth).status, 409);
        const QByteArray nameless = R"({"name":" ","definition":{"steps":[{"event":"a"},{"event":"b"}]}})";
        r = post(QStringLiteral("/api/v1/funnels?site=shop.example"), nameless, m_writeAuth);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("name")));

        r = m_server->get(QStringLiteral("/api/v1/funnels?site=shop.example"), m_read);
        QCOMPARE(r.json().value(QLatin1String("items")).toArray().size(), 1);
        r = post(QStringLiteral("/api/v1/funnels/query?site=shop.example"),
            QStringLiteral(R"({"funnel_id":%1,"from":"2024-01-01"})").arg(id).toUtf8(), m_readAuth);
        QCOMPARE(r.status, 200);
        QCOMPARE(users(r.json().value(QLatin1String("total")).toObject()), (QList<qint64> { 3, 2, 1 }));

        QList<QPair<QByteArray, QByteArray>> headers = m_writeAuth;
        headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
        const QString path = QStringLiteral("/api/v1/funnels/%1?site=shop.example").arg(id);
        r = m_server->request("PUT", path,
            QByteArray(R"({"name":"Renamed","definition":{"steps":[{"event":"a"},{"event":"b"}]}})"), headers);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("name")).toString(), QStringLiteral("Renamed"));
        r = m_server->get(path, m_read);
        QCOMPARE(
            r.json().value(QLatin1String("definition")).toObject().value(QLatin1String("steps")).toArray().size(), 2);
        QCOMPARE(m_server->request("DELETE", path, {}, m_writeAuth).status, 204);
        QCOMPARE(m_server->get(path, m_read).status, 404);
        QCOMPARE(m_server->request("DELETE", path, {}, m_writeAuth).status, 404);
        QCOMPARE(m_server->get(QStringLiteral("/api/v1/funnels/0?site=shop.example"), m_read).status, 404);
        QCOMPARE(m_server->get(QStringLiteral("/api/v1/funnels/abc?site=shop.example"), m_read).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestFunnelApi)
#include "TestFunnelApi.moc"
