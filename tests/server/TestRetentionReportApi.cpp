// Saved retention reports over REST on 127.0.0.1: create, list, read, replace and delete them; run
// one through POST /api/v1/retention/query {"report_id"} over its report range; the nightly job
// snapshots it so the next run is answered from the snapshot; every bad request gets a problem
// answer naming what to fix, and one site never sees another's reports.
#include "access/SiteStore.h"
#include "analytics/cohort/CohortService.h"
#include "scheduler/AnalysisScheduler.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kT0 = 1704067200000; // 2024-01-01, a Monday
constexpr qint64 kDay = 86400000;
constexpr qint64 kNow = kT0 + 20 * kDay + 12 * 3600 * 1000; // 2024-01-21 noon UTC, a Sunday

const QByteArray kWeekly = R"({"name":"Signups, weekly","definition":{"start_event":{"event":"signup"},"periods":3}})";

} // namespace

class TestRetentionReportApi final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QByteArray m_write;
    QByteArray m_read;

    Reply call(
        const QByteArray &method, const QString &path, const QByteArray &body = {}, const QByteArray &secret = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers { { "Authorization",
            "Bearer " + (secret.isEmpty() ? m_write : secret) } };
        if (!body.isEmpty())
            headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
        return m_server->request(method, path, body, headers);
    }
    qint64 createWeekly()
    {
        const Reply r = call("POST", QStringLiteral("/api/v1/retention/reports?site=app.example"), kWeekly);
        if (r.status != 201)
            qWarning() << r.body;
        return r.json().value(QLatin1String("id")).toInteger();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>(kNow);
        const QString key = m_server->addSite(QStringLiteral("app.example"));
        m_server->addSite(QStringLiteral("other.example"));
        m_write = m_server->createKey(QStringLiteral("read,write")).toLatin1();
        m_read = m_server->createKey(QStringLiteral("read")).toLatin1();
        const qint64 site = m_server->tw().workspace().sites().find(QStringLiteral("app.example"))->id;
        // ann signs up in week 0 and returns in week 1; bob signs up in week 1.
        QCOMPARE(m_server->tw()
                     .write({ makeEvent(site, 1, kT0 + kDay, QStringLiteral("signup")),
                         makeEvent(site, 1, kT0 + 8 * kDay, QStringLiteral("pageview")),
                         makeEvent(site, 2, kT0 + 9 * kDay, QStringLiteral("signup")) })
                     .inserted,
            3);
        Q_UNUSED(key);
    }
    void cleanup() { m_server.reset(); }

    void createListReadReplaceAndDelete()
    {
        const Reply created = call("POST", QStringLiteral("/api/v1/retention/reports?site=app.example"), kWeekly);
        QCOMPARE(created.status, 201);
        const QJsonObject report = created.json();
        const qint64 id = report.value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created.header("Location"), QByteArray("/api/v1/retention/reports/") + QByteArray::number(id));
        QCOMPARE(report.value(QLatin1String("name")).toString(), QStringLiteral("Signups, weekly"));
        const QJsonObject def = report.value(QLatin1String("definition")).toObject();
        QCOMPARE(def.value(QLatin1String("periods")).toInt(), 3);
        QCOMPARE(def.value(QLatin1String("start_event")).toObject().value(QLatin1String("event")).toString(),
            QStringLiteral("signup"));
        QVERIFY(!def.contains(QLatin1String("from_ms"))); // a saved report has no range of its own
        QCOMPARE(report.value(QLatin1String("created_at_ms")).toInteger(), kNow);

        const Reply list = call("GET", QStringLiteral("/api/v1/retention/reports?site=app.example"), {}, m_read);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(QLatin1String("items")).toArray().size(), 1);
        const QString path = QStringLiteral("/api/v1/retention/reports/%1?site=app.example").arg(id);
        QCOMPARE(call("GET", path, {}, m_read).json(), report);

        m_server->tw().clock().advanceMs(1000);
        const Reply replaced
            = call("PUT", path, R"({"name":"Signups, daily","definition":{"period":"day","periods":7}})");
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.json().value(QLatin1String("name")).toString(), QStringLiteral("Signups, daily"));
        QCOMPARE(replaced.json().value(QLatin1String("updated_at_ms")).toInteger(), kNow + 1000);
        QCOMPARE(
            replaced.json().value(QLatin1String("definition")).toObject().value(QLatin1String("period")).toString(),
            QStringLiteral("day"));

        QCOMPARE(call("DELETE", path).status, 204);
        QCOMPARE(call("GET", path).status, 404);
        QCOMPARE(call("DELETE", path).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/retention/reports?site=app.example"))
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
            0);
    }

    void runningAReportCoversItsLastPeriodsBeforeToday()
    {
        const qint64 id = createWeekly();
        const Reply r = call("POST", QStringLiteral("/api/v1/retention/query?site=app.example"),
            QStringLiteral(R"({"report_id":%1})").arg(id).toUtf8(), m_read);
        QCOMPARE(r.status, 200);
        const QJsonObject query = r.json().value(QLatin1String("query")).toObject();
        QCOMPARE(query.value(QLatin1String("to_ms")).toInteger(), kT0 + 20 * kDay); // today's midnight
        QCOMPARE(query.value(QLatin1String("from_ms")).toInteger(), kT0 - kDay); // three weeks before
        QCOMPARE(query.value(QLatin1String("start_event")).toObject().value(QLatin1String("event")).toString(),
            QStringLiteral("signup"));
        const QJsonArray rows
            = r.json().value(QLatin1String("total")).toObject().value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), 4); // the weeks of 2023-12-25 to 2024-01-15
        QCOMPARE(rows[1].toObject().value(QLatin1String("users")).toInteger(), 1); // ann
        QCOMPARE(rows[2].toObject().value(QLatin1String("users")).toInteger(), 1); // bob

        // An explicit range wins over the report range.
        const Reply ranged = call("POST", QStringLiteral("/api/v1/retention/query?site=app.example"),
            QStringLiteral(R"({"report_id":%1,"from":"2024-01-08","to":"2024-01-14"})").arg(id).toUtf8(), m_read);
        QCOMPARE(ranged.status, 200);
        QCOMPARE(
            ranged.json().value(QLatin1String("total")).toObject().value(QLatin1String("rows")).toArray().size(), 1);
    }

    void theNightlyJobSnapshotsSavedReports()
    {
        const qint64 id = createWeekly();
        // 02:00 of the next day has passed: the nightly job runs for the site, its report included.
        m_server->tw().clock().setMs(kT0 + 21 * kDay + 3 * 3600 * 1000);
        QCOMPARE(m_server->host().scheduler().runDue(), 3); // each site's default report, and this one
        const Reply r = call("POST", QStringLiteral("/api/v1/retention/query?site=app.example"),
            QStringLiteral(R"({"report_id":%1})").arg(id).toUtf8());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("snapshot_at_ms")).toInteger(), kT0 + 21 * kDay + 3 * 3600 * 1000);

        // A late event inside the covered weeks (bob's, 2024-01-08) invalidates the snapshot: the answer
        // counts it.
        const qint64 site = m_server->tw().workspace().sites().find(QStringLiteral("app.example"))->id;
        QCOMPARE(m_server->tw().write({ makeEvent(site, 3, kT0 + 10 * kDay, QStringLiteral("signup")) }).inserted, 1);
        const Reply fresh = call("POST", QStringLiteral("/api/v1/retention/query?site=app.example"),
            QStringLiteral(R"({"report_id":%1})").arg(id).toUtf8());
        QVERIFY(!fresh.json().contains(QLatin1String("snapshot_at_ms")));
        QCOMPARE(fresh.json()
                     .value(QLatin1String("total"))
                     .toObject()
                     .value(QLatin1String("rows"))
                     .toArray()[1]
                     .toObject()
                     .value(QLatin1String("users"))
                     .toInteger(),
            2);
    }

    void badRequestsNameWhatToFix_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << QByteArray(R"({"definition":{}})") << 400 << "name";
        QTest::newRow("blank name") << QByteArray(R"({"name":"  ","definition":{}})") << 400 << "name";
        QTest::newRow("long name") << (R"({"name":")" + QByteArray(201, 'x') + R"(","definition":{}})") << 400
                                   << "200 characters";
        QTest::newRow("no definition") << QByteArray(R"({"name":"A"})") << 400 << "definition";
        QTest::newRow("definition not an object")
            << QByteArray(R"({"name":"A","definition":[1]})") << 400 << "definition";
        QTest::newRow("zero periods") << QByteArray(R"({"name":"A","definition":{"periods":0}})") << 400 << "periods";
        QTest::newRow("unknown period") << QByteArray(R"({"name":"A","definition":{"period":"year"}})") << 400
                                        << "period";
        QTest::newRow("unknown cohort") << QByteArray(R"({"name":"A","definition":{"cohort_id":77}})") << 400
                                        << "cohort 77";
        QTest::newRow("duplicate name, other case")
            << QByteArray(R"({"name":"signups, WEEKLY","definition":{}})") << 409 << "exists already";
        QTest::newRow("not JSON") << QByteArray("{name") << 400 << "JSON";
    }
    void badRequestsNameWhatToFix()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        createWeekly();
        const Reply r = call("POST", QStringLiteral("/api/v1/retention/reports?site=app.example"), body);
        QCOMPARE(r.status, status);
        QVERIFY2(r.json().value(QLatin1String("detail")).toString().contains(mentions, Qt::CaseInsensitive),
            r.body.constData());
        QCOMPARE(call("GET", QStringLiteral("/api/v1/retention/reports?site=app.example"))
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
            1); // nothing stored by a refused request
    }

    void unknownReportsAndOtherSitesAnswer404()
    {
        const qint64 id = createWeekly();
        QCOMPARE(call("GET", QStringLiteral("/api/v1/retention/reports/%1?site=other.example").arg(id)).status, 404);
        QCOMPARE(call("PUT", QStringLiteral("/api/v1/retention/reports/%1?site=other.example").arg(id), kWeekly).status,
            404);
        QCOMPARE(call("DELETE", QStringLiteral("/api/v1/retention/reports/%1?site=other.example").arg(id)).status, 404);
        const Reply run = call("POST", QStringLiteral("/api/v1/retention/query?site=other.example"),
            QStringLiteral(R"({"report_id":%1})").arg(id).toUtf8());
        QCOMPARE(run.status, 404);
        QVERIFY(run.json().value(QLatin1String("detail")).toString().contains(QLatin1String("retention report")));
        QCOMPARE(call("GET", QStringLiteral("/api/v1/retention/reports/999?site=app.example")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/retention/reports?site=app.example"))
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
            1);
    }

    void changingReportsNeedsTheWriteScope()
    {
        const qint64 id = createWeekly();
        QCOMPARE(call("POST", QStringLiteral("/api/v1/retention/reports?site=app.example"),
                     R"({"name":"B","definition":{}})", m_read)
                     .status,
            403);
        QCOMPARE(
            call("DELETE", QStringLiteral("/api/v1/retention/reports/%1?site=app.example").arg(id), {}, m_read).status,
            403);
        QCOMPARE(
            call("GET", QStringLiteral("/api/v1/retention/reports/%1?site=app.example").arg(id), {}, m_read).status,
            200);
    }
};

QTEST_GUILESS_MAIN(TestRetentionReportApi)
#include "TestRetentionReportApi.moc"
