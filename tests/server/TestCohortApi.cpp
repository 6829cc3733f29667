// The cohort REST API end to end over 127.0.0.1: events arrive through the real collector; static
// cohorts get members as JSON and as an uploaded CSV; dynamic cohorts are computed, previewed and
// recomputed; members page, search and download; a funnel step becomes a cohort; cohorts filter
// retention; and every kind of bad request gets a problem answer that names what to fix.
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kNow = 1704067200000 + 3 * 86400000LL; // the server's clock: 2024-01-04

QByteArray collectLine(const QString &site, const char *user, const char *name, qint64 offsetSeconds)
{
    const QJsonObject e { { QStringLiteral("site"), site }, { QStringLiteral("name"), QString::fromLatin1(name) },
        { QStringLiteral("path"), QStringLiteral("/") }, { QStringLiteral("user_id"), QString::fromLatin1(user) },
        { QStringLiteral("timestamp"), kNow - 86400000 + offsetSeconds * 1000 } };
    return QJsonDocument(e).toJson(QJsonDocument::Compact);
}

QStringList userIds(const QJsonObject &page)
{
    QStringList out;
    for (const QJsonValue &m : page.value(QLatin1String("members")).toArray())
        out << m.toObject().value(QLatin1String("user_id")).toString();
    return out;
}

} // namespace

class TestCohortApi final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QList<QPair<QByteArray, QByteArray>> m_read, m_write;

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {}, bool write = true,
        const QByteArray &type = "application/json")
    {
        QList<QPair<QByteArray, QByteArray>> headers = write ? m_write : m_read;
        if (!body.isEmpty())
            headers << qMakePair(QByteArray("Content-Type"), type);
        return m_server->request(method, path, body, headers);
    }

    qint64 createStatic(const QByteArray &body)
    {
        const Reply r = send("POST", QStringLiteral("/api/v1/cohorts?site=shop.example"), body);
        if (r.status != 201)
            qWarning("%s", r.body.constData());
        return r.json().value(QLatin1String("id")).toInteger();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>(kNow);
        const QString site = m_server->addSite(QStringLiteral("shop.example"));
        m_read = { { "Authorization", "Bearer " + m_server->createKey(QStringLiteral("read")).toLatin1() } };
        m_write = { { "Authorization", "Bearer " + m_server->createKey(QStringLiteral("read,write")).toLatin1() } };
        const QList<QByteArray> events { collectLine(site, "ann", "pageview", 0),
            collectLine(site, "ann", "signup", 10), collectLine(site, "ann", "purchase", 20),
            collectLine(site, "bob", "pageview", 0), collectLine(site, "bob", "signup", 30),
            collectLine(site, "cy", "pageview", 5) };
        QByteArray ndjson;
        for (const QByteArray &e : events)
            ndjson += e + '\n';
        QCOMPARE(m_server->postJson(QStringLiteral("/api/v1/collect"), ndjson, "application/x-ndjson").status, 200);
    }
    void cleanup() { m_server.reset(); }

    void staticCohortLifecycle()
    {
        Reply r = send("POST", QStringLiteral("/api/v1/cohorts?site=shop.example"),
            R"({"name":"VIPs","description":"Hand-picked","user_ids":["ann","bob","ann"]})");
        QCOMPARE(r.status, 201);
        const qint64 id = r.json().value(QLatin1String("id")).toInteger();
        QCOMPARE(r.header("Location"), QByteArray("/api/v1/cohorts/") + QByteArray::number(id));
        QCOMPARE(r.json().value(QLatin1String("kind")).toString(), QStringLiteral("static"));
        QCOMPARE(r.json().value(QLatin1String("size")).toInteger(), 2);

        r = send("GET", QStringLiteral("/api/v1/cohorts?site=shop.example"), {}, false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("items")).toArray().size(), 1);

        // The statistics narrowed to the cohort: ann and bob of three visitors.
        r = send("GET", QStringLiteral("/api/v1/stats?site=shop.example&from=2024-01-01&cohort=%1").arg(id), {}, false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("visitors")).toInteger(), 2);
        QCOMPARE(send("GET", QStringLiteral("/api/v1/stats?site=shop.example&cohort=999"), {}, false).status, 404);
        QCOMPARE(send("GET", QStringLiteral("/api/v1/stats?site=shop.example&cohort=-1"), {}, false).status, 400);

        // A CSV upload with a header; a plain list without one.
        r = send("POST", QStringLiteral("/api/v1/cohorts/%1/members?site=shop.example").arg(id),
            "user_id,plan\r\ncy,free\r\n\"dee, jr\",pro\r\n", true, "text/csv");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("size")).toInteger(), 4);
        r = send("DELETE", QStringLiteral("/api/v1/cohorts/%1/members?site=shop.example").arg(id),
            R"({"user_ids":["dee, jr"]})");
        QCOMPARE(r.json().value(QLatin1String("size")).toInteger(), 3);

        r = send("GET", QStringLiteral("/api/v1/cohorts/%1/members?site=shop.example&limit=2").arg(id), {}, false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("total")).toInteger(), 3);
        QCOMPARE(userIds(r.json()), (QStringList { QStringLiteral("ann"), QStringLiteral("bob") }));
        r = send("GET", QStringLiteral("/api/v1/cohorts/%1/members?site=shop.example&search=C").arg(id), {}, false);
        QCOMPARE(userIds(r.json()), QStringList { QStringLiteral("cy") });
        r = send("GET", QStringLiteral("/api/v1/cohorts/%1/members?site=shop.example&format=csv").arg(id), {}, false);
        QCOMPARE(r.body, QByteArray("user_id,visitor_id\r\nann,\r\nbob,\r\ncy,\r\n"));

        r = send("PUT", QStringLiteral("/api/v1/cohorts/%1?site=shop.example").arg(id), R"({"name":"Top customers"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("name")).toString(), QStringLiteral("Top customers"));
        QCOMPARE(r.json().value(QLatin1String("description")).toString(), QStringLiteral("Hand-picked"));
        r = send("GET", QStringLiteral("/api/v1/cohorts/%1?site=shop.example").arg(id), {}, false);
        QCOMPARE(r.json().value(QLatin1String("size_history")).toArray().size(), 1); // same clock: one point

        QCOMPARE(send("DELETE", QStringLiteral("/api/v1/cohorts/%1?site=shop.example").arg(id)).status, 204);
        QCOMPARE(send("GET", QStringLiteral("/api/v1/cohorts/%1?site=shop.example").arg(id), {}, false).status, 404);
    }

    void statsSetCohortsSideBySide()
    {
        Reply r = send("POST", QStringLiteral("/api/v1/cohorts?site=shop.example"),
            R"({"name":"Ann and Bob","user_ids":["ann","bob"]})");
        const qint64 both = r.json().value(QLatin1String("id")).toInteger();
        r = send("POST", QStringLiteral("/api/v1/cohorts?site=shop.example"), R"({"name":"Cy","user_ids":["cy"]})");
        const qint64 cy = r.json().value(QLatin1String("id")).toInteger();

        r = send("GET",
            QStringLiteral("/api/v1/stats?site=shop.example&from=2024-01-01&compare_cohorts=%1,%2").arg(cy).arg(both),
            {}, false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("visitors")).toInteger(), 3); // everyone, as without the parameter
        const QJsonArray cohorts = r.json().value(QLatin1String("cohorts")).toArray();
        QCOMPARE(cohorts.size(), 2); // in the order asked
        QCOMPARE(cohorts[0].toObject().value(QLatin1String("name")).toString(), QStringLiteral("Cy"));
        QCOMPARE(cohorts[0].toObject().value(QLatin1String("visitors")).toInteger(), 1);
        QCOMPARE(cohorts[0].toObject().value(QLatin1String("events")).toInteger(), 1);
        QCOMPARE(cohorts[1].toObject().value(QLatin1String("cohort_id")).toInteger(), both);
        QCOMPARE(cohorts[1].toObject().value(QLatin1String("visitors")).toInteger(), 2);
        QCOMPARE(cohorts[1].toObject().value(QLatin1String("events")).toInteger(), 5);
        QVERIFY(cohorts[1].toObject().contains(QLatin1String("timeseries")));
        QVERIFY(!cohorts[1].toObject().contains(QLatin1String("pages"))); // top tables: ask with cohort=ID

        const auto refused = [&](const QString &params, int status, const QString &mentions) {
            const Reply bad = send("GET", QStringLiteral("/api/v1/stats?site=shop.example&") + params, {}, false);
            QCOMPARE(bad.status, status);
            QVERIFY2(bad.json().value(QLatin1String("detail")).toString().contains(mentions), bad.body.constData());
        };
        refused(QStringLiteral("compare_cohorts=%1,999").arg(cy), 404, QStringLiteral("no cohort 999"));
        refused(QStringLiteral("compare_cohorts=1,x"), 400, QStringLiteral("compare_cohorts"));
        refused(QStringLiteral("compare_cohorts=1,2,3,4,5,6,7,8,9,10,11"), 400, QStringLiteral("at most 10"));
        refused(QStringLiteral("cohort=%1&compare_cohorts=%2").arg(cy).arg(both), 400, QStringLiteral("either"));
    }

    void dynamicCohortPreviewComputeAndRetentionFilter()
    {
        const QByteArray definition
            = R"({"match":"all","conditions":[{"type":"performed","event":{"event":"signup"}}]})";
        Reply r = send("POST", QStringLiteral("/api/v1/cohorts/preview?site=shop.example"),
            QByteArray(R"({"definition":)") + definition + '}', false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("size")).toInteger(), 2);

        r = send("POST", QStringLiteral("/api/v1/cohorts?site=shop.example"),
            QByteArray(R"({"name":"Signed up","kind":"dynamic","refresh_hours":6,"definition":)") + definition + '}');
        QCOMPARE(r.status, 201);
        const qint64 id = r.json().value(QLatin1String("id")).toInteger();
        QCOMPARE(r.json().value(QLatin1String("size")).toInteger(), 2);
        QCOMPARE(r.json().value(QLatin1String("computed_at_ms")).toInteger(), kNow);
        QCOMPARE(r.json().value(QLatin1String("definition")).toObject().value(QLatin1String("match")).toString(),
            QStringLiteral("all"));

        m_server->tw().clock().advanceMs(60000);
        r = send("POST", QStringLiteral("/api/v1/cohorts/%1/compute?site=shop.example").arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("computed_at_ms")).toInteger(), kNow + 60000);
        QCOMPARE(r.json().value(QLatin1String("size_history")).toArray().size(), 2);

        // Members of a dynamic cohort follow its definition.
        r = send(
            "POST", QStringLiteral("/api/v1/cohorts/%1/members?site=shop.example").arg(id), R"({"user_ids":["cy"]})");
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("dynamic")));

        r = send("POST", QStringLiteral("/api/v1/retention/query?site=shop.example"),
            QByteArray(R"({"period":"day","periods":2,"from":"2024-01-03","to":"2024-01-03","cohort_id":)")
                + QByteArray::number(id) + '}',
            false);
        QCOMPARE(r.status, 200);
        const QJsonArray rows
            = r.json().value(QLatin1String("total")).toObject().value(QLatin1String("rows")).toArray();
        QCOMPARE(rows[0].toObject().value(QLatin1String("users")).toInteger(), 2); // cy never signed up
        r = send("POST", QStringLiteral("/api/v1/retention/query?site=shop.example"), R"({"cohort_id":999})", false);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("no cohort 999")));
    }

    void funnelStepBecomesAStaticCohort()
    {
        const Reply r = send("POST", QStringLiteral("/api/v1/cohorts/from-funnel?site=shop.example"),
            R"({"name":"Dropped before purchase","funnel":{"from":"2024-01-01","steps":[{"event":"signup"},
                {"event":"purchase"}],"step":2,"outcome":"dropped"}})");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1String("size")).toInteger(), 1);
        const qint64 id = r.json().value(QLatin1String("id")).toInteger();
        const Reply members
            = send("GET", QStringLiteral("/api/v1/cohorts/%1/members?site=shop.example").arg(id), {}, false);
        QCOMPARE(userIds(members.json()), QStringList { QStringLiteral("bob") });
    }

    void badRequestsNameWhatToFix()
    {
        const qint64 id = createStatic(R"({"name":"Taken"})");
        QVERIFY(id > 0);
        const struct {
            QByteArray method;
            QString path;
            QByteArray body;
            int status;
            const char *detail;
        } cases[] = {
            { "POST", QStringLiteral("/api/v1/cohorts"), R"({"name":"taken"})", 409, "exists already" },
            { "POST", QStringLiteral("/api/v1/cohorts"), R"({"name":""})", 400, "name" },
            { "POST", QStringLiteral("/api/v1/cohorts"), R"({"name":"x","kind":"smart"})", 400, "'kind'" },
            { "POST", QStringLiteral("/api/v1/cohorts"), R"({"name":"x","kind":"dynamic"})", 400, "definition" },
            { "POST", QStringLiteral("/api/v1/cohorts"),
                R"({"name":"x","kind":"dynamic","definition":{"conditions":[{"type":"performed"}]}})", 400, "event" },
            { "POST", QStringLiteral("/api/v1/cohorts"),
                R"({"name":"x","kind":"dynamic","user_ids":["a"],"definition":{"conditions":[{"type":"first_seen",
                "op":"after","at_ms":1}]}})",
                400, "static" },
            { "POST", QStringLiteral("/api/v1/cohorts"), R"({"name":"x","user_ids":[7]})", 400, "user_ids[0]" },
            { "POST", QStringLiteral("/api/v1/cohorts"), R"({"name":"x","visitor_ids":["zz"]})", 400, "16" },
            { "POST", QStringLiteral("/api/v1/cohorts/preview"), R"({})", 400, "definition" },
            { "PUT", QStringLiteral("/api/v1/cohorts/999"), R"({"name":"y"})", 404, "no cohort 999" },
            { "POST", QStringLiteral("/api/v1/cohorts/999/compute"), {}, 404, "no cohort 999" },
            { "GET", QStringLiteral("/api/v1/cohorts/999/members"), {}, 404, "no cohort 999" },
            { "GET", QStringLiteral("/api/v1/cohorts/%1/members?limit=0").arg(id), {}, 400, "limit" },
            { "POST", QStringLiteral("/api/v1/cohorts/%1/members").arg(id), R"({})", 400, "user_ids" },
            { "POST", QStringLiteral("/api/v1/cohorts/from-funnel"), R"({"name":"x"})", 400, "funnel" },
            { "POST", QStringLiteral("/api/v1/cohorts/from-funnel"),
                R"({"name":"x","funnel":{"steps":[{"event":"a"}]}})", 400, "steps" },
        };
        for (const auto &c : cases) {
            QString path = c.path;
            path += path.contains(u'?') ? QStringLiteral("&site=shop.example") : QStringLiteral("?site=shop.example");
            const Reply r = send(c.method, path, c.body);
            QVERIFY2(r.status == c.status, qPrintable(c.path + QStringLiteral(": ") + QString::fromUtf8(r.body)));
            const QString detail = r.json().value(QLatin1String("detail")).toString();
            QVERIFY2(detail.contains(QLatin1String(c.detail)), qPrintable(detail));
        }
        const Reply csv = send("POST", QStringLiteral("/api/v1/cohorts/%1/members?site=shop.example").arg(id),
            "user_id\n\"unclosed\n", true, "text/csv");
        QCOMPARE(csv.status, 400);
        QVERIFY(csv.json().value(QLatin1String("detail")).toString().contains(QLatin1String("Row 2")));
        QCOMPARE(
            send("POST", QStringLiteral("/api/v1/cohorts?site=shop.example"), "{}", true, "text/plain").status, 415);
    }
};

QTEST_GUILESS_MAIN(TestCohortApi)
#include "TestCohortApi.moc"
