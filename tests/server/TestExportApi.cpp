// Exports over REST end to end on 127.0.0.1: a request becomes a job that writes a file in the data
// folder; the client polls it, gets a signed link that expires, and downloads the file with no key,
// streamed whatever its size. Tampered, cut and expired links, bad requests, scopes, other sites,
// cancelling and deleting, as a client sees them. Time is the manual clock's; waiting is on the job's
// state through the API (QTRY_*), never on sleeps.
#include "RawHttpClient.h"
#include "export/ExportJobs.h"
#include "scheduler/AnalysisScheduler.h"
#include "support/TestServer.h"
#include "support/WebhookReceiver.h"
#include "support/WorkerGate.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kDay = 86400000LL;
constexpr qint64 kNow = 1704067200000 + 3 * kDay; // the server's clock: 2024-01-04
constexpr int kTimeoutMs = 60000;

} // namespace

class TestExportApi final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    qint64 m_siteId = 0;
    QByteArray m_export, m_read;

    Reply post(const QByteArray &body, const QByteArray &auth)
    {
        return m_server->postJson(QStringLiteral("/api/v1/exports?site=shop.example"), body, "application/json",
            { { "Authorization", auth } });
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &auth = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!auth.isEmpty())
            headers << qMakePair(QByteArray("Authorization"), auth);
        return m_server->request(method, path, {}, headers);
    }

    QJsonObject job(qint64 id, const QString &extra = {})
    {
        return call("GET", QStringLiteral("/api/v1/exports/%1?site=shop.example%2").arg(id).arg(extra), m_export)
            .json();
    }

    // Posts the request and waits until its job has ended; returns the job as GET shows it then.
    QJsonObject exportAndWait(const QByteArray &body)
    {
        const Reply created = post(body, m_export);
        if (created.status != 202)
            qWarning("POST /api/v1/exports answered %d: %s", created.status, created.body.constData());
        const qint64 id = created.json().value(QLatin1String("id")).toInteger();
        const QStringList ended { QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("cancelled") };
        if (!QTest::qWaitFor(
                [&] { return ended.contains(job(id).value(QLatin1String("state")).toString()); }, kTimeoutMs))
            qWarning("export %lld did not end", static_cast<long long>(id));
        return job(id);
    }

    QStringList exportFiles() const
    {
        return QDir(m_server->tw().dataDir() + QStringLiteral("/exports")).entryList(QDir::Files);
    }

    // A server with the shop's 30,000 events on 2024-01-01 and 02, and an export key.
    void startServer(const ServiceOptions &options)
    {
        m_server = std::make_unique<TestServer>(kNow, options);
        m_server->addSite(QStringLiteral("shop.example"));
        m_server->addSite(QStringLiteral("other.example"));
        m_siteId = m_server->tw().count(QStringLiteral("SELECT id FROM sites WHERE domain = 'shop.example'"));
        m_export = "Bearer " + m_server->createKey(QStringLiteral("export")).toLatin1();
        m_read = "Bearer " + m_server->createKey(QStringLiteral("read,write")).toLatin1();
        QList<EventRecord> events;
        for (int i = 0; i < 30000; ++i) {
            EventRecord e = makeEvent(m_siteId, 1 + i % 250, 1704067200000 + qint64(i) * 5000,
                i % 10 ? QStringLiteral("pageview") : QStringLiteral("signup"), QStringLiteral("/p/%1").arg(i % 7));
            e.userId = QStringLiteral("user-%1").arg(i % 250);
            events << e;
        }
        QCOMPARE(m_server->tw().write(events).inserted, 30000);
    }

private Q_SLOTS:
    void init() { startServer(ServiceOptions {}); }

    void cleanup() { m_server.reset(); }

    void rawEventsDownloadThroughTheSignedLinkWithoutAKey()
    {
        const Reply created = post(R"({"kind":"events","format":"ndjson"})", m_export);
        QCOMPARE(created.status, 202);
        const qint64 id = created.json().value(QLatin1String("id")).toInteger();
        QCOMPARE(created.header("Location"), QByteArray("/api/v1/exports/") + QByteArray::number(id));
        QCOMPARE(created.json().value(QLatin1String("kind")).toString(), QStringLiteral("events"));
        QTRY_COMPARE_WITH_TIMEOUT(
            job(id).value(QLatin1String("state")).toString(), QStringLiteral("completed"), kTimeoutMs);

        const QJsonObject done = job(id);
        QCOMPARE(done.value(QLatin1String("rows")).toInteger(), 30000);
        const QString fileName = done.value(QLatin1String("file_name")).toString();
        QVERIFY2(fileName.startsWith(QStringLiteral("events-site%1-20240104-").arg(m_siteId)), qPrintable(fileName));
        QVERIFY(fileName.endsWith(QStringLiteral(".ndjson")));
        QCOMPARE(exportFiles(), QStringList { fileName }); // no temporary file is left beside it
        QCOMPARE(done.value(QLatin1String("download_expires_at")).toString(), QStringLiteral("2024-01-04T01:00:00Z"));

        const QString link = done.value(QLatin1String("download_url")).toString();
        const Reply file = call("GET", link); // no Authorization header
        QCOMPARE(file.status, 200);
        QCOMPARE(file.header("Content-Type"), QByteArray("application/x-ndjson"));
        QCOMPARE(file.header("Content-Disposition"), "attachment; filename=\"" + fileName.toUtf8() + '"');
        QCOMPARE(file.body.size(), done.value(QLatin1String("bytes")).toInteger());
        QCOMPARE(file.header("Content-Length").toLongLong(), file.body.size());
        const QList<QByteArray> lines = file.body.split('\n');
        QCOMPARE(lines.size(), 30001);
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QLatin1String("user_id")).toString(),
            QStringLiteral("user-0"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(29999)).object().value(QLatin1String("timestamp")).toString(),
            QStringLiteral("2024-01-02T17:39:55.000Z"));
    }

    void aSlowReaderGetsTheWholeFileAndPipelinedRequestsWait()
    {
        const QJsonObject done = exportAndWait(R"({"kind":"events","format":"csv"})");
        const QString link = done.value(QLatin1String("download_url")).toString();
        const qint64 bytes = done.value(QLatin1String("bytes")).toInteger();
        QVERIFY(bytes > 2 * 1024 * 1024); // more than Qt's and the kernel's buffers hold at once

        RawHttpClient client;
        QVERIFY(client.connectTo(m_server->url(QStringLiteral("/")).port()));
        client.pauseReading();
        client.send("GET " + link.toUtf8() + " HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        // The file starts to arrive while the client reads nothing more: the server must wait, not buffer it all.
        QTRY_VERIFY_WITH_TIMEOUT(client.socket().bytesAvailable() > 0, kTimeoutMs);
        client.resumeReading();
        const std::optional<RawHttpClient::Response> file = client.nextResponse(false, kTimeoutMs);
        QVERIFY(file);
        QCOMPARE(file->status, 200);
        QCOMPARE(file->body.size(), bytes);
        QVERIFY(file->body.startsWith("timestamp,name,user_id,"));
        const std::optional<RawHttpClient::Response> health = client.nextResponse(false, kTimeoutMs);
        QVERIFY(health);
        QCOMPARE(health->status, 200); // answered after the file, in request order
    }

    void headGivesTheSizeWithoutTheBody()
    {
        const QJsonObject done = exportAndWait(R"({"kind":"events","format":"json","query":{"events":["signup"]}})");
        QCOMPARE(done.value(QLatin1String("rows")).toInteger(), 3000);
        const Reply head = call("HEAD", done.value(QLatin1String("download_url")).toString());
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length").toLongLong(), done.value(QLatin1String("bytes")).toInteger());
        QVERIFY(head.body.isEmpty());
    }

    void tamperedCutAndExpiredLinksAreRefused()
    {
        const QJsonObject done = exportAndWait(R"({"kind":"events","format":"csv"})");
        const qint64 id = done.value(QLatin1String("id")).toInteger();
        const QString link = done.value(QLatin1String("download_url")).toString();
        const QUrlQuery query(QUrl(link).query());
        const QString expires = query.queryItemValue(QStringLiteral("expires"));
        const QString signature = query.queryItemValue(QStringLiteral("signature"));

        QString tampered = signature;
        tampered[3] = tampered[3] == u'A' ? u'B' : u'A';
        Reply r = call("GET",
            QStringLiteral("/api/v1/exports/%1/download?expires=%2&signature=%3").arg(id).arg(expires, tampered));
        QCOMPARE(r.status, 403);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("copy the whole link")));
        // A later expiry with the old signature: the expiry is signed too.
        r = call("GET",
            QStringLiteral("/api/v1/exports/%1/download?expires=%2&signature=%3")
                .arg(id)
                .arg(expires.toLongLong() + 86400)
                .arg(signature));
        QCOMPARE(r.status, 403);
        // Another export's file with this link's signature.
        r = call("GET",
            QStringLiteral("/api/v1/exports/%1/download?expires=%2&signature=%3").arg(id + 1).arg(expires, signature));
        QCOMPARE(r.status, 403);
        r = call("GET", QStringLiteral("/api/v1/exports/%1/download?expires=%2").arg(id).arg(expires));
        QCOMPARE(r.status, 401);
        r = call("GET", QStringLiteral("/api/v1/exports/%1/download").arg(id));
        QCOMPARE(r.status, 401);

        m_server->tw().clock().advanceMs(3600 * 1000); // the link's hour is over
        r = call("GET", link);
        QCOMPARE(r.status, 410);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("expired")));
        // A fresh link, valid for a day this time.
        const QJsonObject again = job(id, QStringLiteral("&link_seconds=86400"));
        QCOMPARE(again.value(QLatin1String("download_expires_at")).toString(), QStringLiteral("2024-01-05T01:00:00Z"));
        QCOMPARE(call("GET", again.value(QLatin1String("download_url")).toString()).status, 200);
        QCOMPARE(
            call("GET", QStringLiteral("/api/v1/exports/%1?site=shop.example&link_seconds=5").arg(id), m_export).status,
            400);
    }

    void repeatedBadLinksFromOneAddressAreLimited()
    {
        const QJsonObject done = exportAndWait(R"({"kind":"events","format":"csv"})");
        const qint64 id = done.value(QLatin1String("id")).toInteger();
        for (int i = 0; i < 10; ++i)
            QCOMPARE(
                call("GET",
                    QStringLiteral("/api/v1/exports/%1/download?expires=99999999999&signature=guess%2").arg(id).arg(i))
                    .status,
                403);
        const Reply limited = call("GET", done.value(QLatin1String("download_url")).toString());
        QCOMPARE(limited.status, 429);
        QVERIFY(!limited.header("Retry-After").isEmpty());
    }

    void queryResultsExportAsTables()
    {
        QJsonObject done = exportAndWait(
            R"({"kind":"stats","table":"pages","format":"csv","query":{"from_ms":1704067200000,"to_ms":1704326400000}})");
        QCOMPARE(done.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        Reply file = call("GET", done.value(QLatin1String("download_url")).toString());
        QList<QByteArray> lines = file.body.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("value,visitors,pageviews,events\r"));
        QCOMPARE(lines.size(), 8); // the header and the seven pages
        QVERIFY2(lines.at(1).startsWith("/p/"), lines.at(1).constData());

        done = exportAndWait(R"({"kind":"funnel","format":"json","query":{"from_ms":1704067200000,)"
                             R"("to_ms":1704326400000,"steps":[{"event":"pageview"},{"event":"signup"}]}})");
        QCOMPARE(done.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        file = call("GET", done.value(QLatin1String("download_url")).toString());
        const QJsonArray steps = QJsonDocument::fromJson(file.body).array();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(
            steps.at(0).toObject().value(QLatin1String("users")).toInteger(), 225); // users 0, 10, 20 … only sign up
        QVERIFY(steps.at(0).toObject().value(QLatin1String("breakdown")).isNull());
        QVERIFY(steps.at(0).toObject().value(QLatin1String("median_seconds_from_previous")).isNull());
        QCOMPARE(steps.at(1).toObject().value(QLatin1String("step")).toInteger(), 2);

        done = exportAndWait(R"({"kind":"funnel_users","format":"csv","query":{"from_ms":1704067200000,)"
                             R"("to_ms":1704326400000,"steps":[{"event":"pageview"},{"event":"signup"}],"step":1}})");
        file = call("GET", done.value(QLatin1String("download_url")).toString());
        QCOMPARE(file.body.trimmed().split('\n').size(), 226); // every user, not one page of them
    }

    void badRequestsNameWhatToFix_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention");
        QTest::newRow("unknown kind") << QByteArray(R"({"kind":"everything"})") << QStringLiteral("'kind'");
        QTest::newRow("unknown format") << QByteArray(R"({"kind":"events","format":"xlsx"})")
                                        << QStringLiteral("'format'");
        QTest::newRow("query not an object")
            << QByteArray(R"({"kind":"events","query":[1]})") << QStringLiteral("'query'");
        QTest::newRow("stats table") << QByteArray(
            R"({"kind":"stats","table":"planets","query":{"from_ms":1704067200000,"to_ms":1704326400000}})")
                                     << QStringLiteral("'table'");
        QTest::newRow("one-step funnel") << QByteArray(R"({"kind":"funnel","query":{"steps":[{"event":"a"}]}})")
                                         << QStringLiteral("steps");
        QTest::newRow("events filter") << QByteArray(R"({"kind":"events","query":{"events":"signup"}})")
                                       << QStringLiteral("'events'");
        QTest::newRow("cohort id") << QByteArray(R"({"kind":"cohort_members","query":{"cohort_id":0}})")
                                   << QStringLiteral("'cohort_id'");
        QTest::newRow("not json") << QByteArray("kind=events") << QStringLiteral("JSON");
    }

    void badRequestsNameWhatToFix()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        const Reply r = post(body, m_export);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json().value(QLatin1String("detail")).toString().contains(mention), r.body.constData());
        QVERIFY(exportFiles().isEmpty());
    }

    void aCohortOfAnotherSiteFailsTheJobWithItsReason()
    {
        const QJsonObject done = exportAndWait(R"({"kind":"cohort_members","query":{"cohort_id":77}})");
        QCOMPARE(done.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(done.value(QLatin1String("error")).toString().contains(QLatin1String("no cohort 77")),
            qPrintable(done.value(QLatin1String("error")).toString()));
        QVERIFY(!done.contains(QLatin1String("download_url")));
        QVERIFY(exportFiles().isEmpty());
    }

    void scopesAndSitesAreChecked()
    {
        QCOMPARE(post(R"({"kind":"events"})", m_read).status, 403); // read and write are not export
        QCOMPARE(post(R"({"kind":"events"})", {}).status, 401);
        const QJsonObject done = exportAndWait(R"({"kind":"events"})");
        const qint64 id = done.value(QLatin1String("id")).toInteger();
        QCOMPARE(call("GET", QStringLiteral("/api/v1/exports/%1?site=other.example").arg(id), m_export).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/exports?site=other.example"), m_export)
                     .json()
                     .value(QLatin1String("exports"))
                     .toArray()
                     .size(),
            0);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/exports?site=shop.example"), m_export)
                     .json()
                     .value(QLatin1String("exports"))
                     .toArray()
                     .size(),
            1);
    }

    void cancellingAnEndedJobConflictsAndDeletingRemovesTheFile()
    {
        const QJsonObject done = exportAndWait(R"({"kind":"events"})");
        const qint64 id = done.value(QLatin1String("id")).toInteger();
        const QString link = done.value(QLatin1String("download_url")).toString();
        QCOMPARE(
            call("POST", QStringLiteral("/api/v1/exports/%1/cancel?site=shop.example").arg(id), m_export).status, 409);
        QCOMPARE(exportFiles().size(), 1);
        QCOMPARE(call("DELETE", QStringLiteral("/api/v1/exports/%1?site=shop.example").arg(id), m_export).status, 204);
        QVERIFY(exportFiles().isEmpty());
        QCOMPARE(call("GET", QStringLiteral("/api/v1/exports/%1?site=shop.example").arg(id), m_export).status, 404);
        QCOMPARE(call("GET", link).status, 404);
        QCOMPARE(call("DELETE", QStringLiteral("/api/v1/exports/%1?site=shop.example").arg(id), m_export).status, 404);
    }

    void cancellingAJobThatHasJustEndedIsAConflict()
    {
        // The worker stores a job's end, queues its webhook and only then lets go of it. Held there, the
        // job is completed yet still the running one; a cancel then used to answer 200.
        const auto gate = std::make_shared<pulse::test::WorkerGate>(kTimeoutMs);
        m_server->host().exports().setFinishedHook([gate](const ExportJob &) { gate->hold(); });
        const Reply created = post(R"({"kind":"events"})", m_export);
        QCOMPARE(created.status, 202);
        const qint64 id = created.json().value(QLatin1String("id")).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(gate->reached.available() > 0, kTimeoutMs);
        QCOMPARE(job(id).value(QLatin1String("state")).toString(), QStringLiteral("completed"));

        const Reply cancel
            = call("POST", QStringLiteral("/api/v1/exports/%1/cancel?site=shop.example").arg(id), m_export);
        QCOMPARE(cancel.status, 409);
        QVERIFY2(cancel.body.contains("has already ended (completed)"), cancel.body.constData());
        gate->proceed.release();
        QCOMPARE(job(id).value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(exportFiles().size(), 1);
        QCOMPARE(call("GET", job(id).value(QLatin1String("download_url")).toString()).status, 200);
    }

    void schedulesRunOnTheirTimeAndOnDemand()
    {
        const QString base = QStringLiteral("/api/v1/exports/schedules");
        Reply created = m_server->postJson(base + QStringLiteral("?site=shop.example"),
            R"({"name":"Nightly events","kind":"events","format":"ndjson","time":"02:30","keep":3})",
            "application/json", { { "Authorization", m_export } });
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(QLatin1String("id")).toInteger();
        QCOMPARE(created.header("Location"), base.toUtf8() + '/' + QByteArray::number(id));
        QCOMPARE(created.json().value(QLatin1String("cadence")).toString(), QStringLiteral("daily"));
        QCOMPARE(created.json().value(QLatin1String("range")).toString(), QStringLiteral("previous"));
        QCOMPARE(
            created.json().value(QLatin1String("next_run_at")).toString(), QStringLiteral("2024-01-04T02:30:00.000Z"));

        // A server writes only into its own exports folder.
        Reply refused = m_server->postJson(base + QStringLiteral("?site=shop.example"),
            R"({"name":"Elsewhere","folder":"/etc"})", "application/json", { { "Authorization", m_export } });
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json().value(QLatin1String("detail")).toString().contains(QLatin1String("'folder'")));
        refused = m_server->postJson(base + QStringLiteral("?site=shop.example"), R"({"name":"Bad","time":"7pm"})",
            "application/json", { { "Authorization", m_export } });
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json().value(QLatin1String("detail")).toString().contains(QLatin1String("'time'")));
        QCOMPARE(m_server
                     ->postJson(base + QStringLiteral("?site=shop.example"), R"({"name":"x"})", "application/json",
                         { { "Authorization", m_read } })
                     .status,
            403);

        const QString one = base + QStringLiteral("/%1?site=shop.example").arg(id);
        QCOMPARE(call("GET", one, m_export).json().value(QLatin1String("name")).toString(),
            QStringLiteral("Nightly events"));
        const Reply changed = m_server->request("PUT", one, R"({"time":"01:00"})",
            { { "Authorization", m_export }, { "Content-Type", "application/json" } });
        QCOMPARE(changed.status, 200);
        QCOMPARE(
            changed.json().value(QLatin1String("next_run_at")).toString(), QStringLiteral("2024-01-04T01:00:00.000Z"));
        QCOMPARE(call("GET", base + QStringLiteral("?site=shop.example"), m_export)
                     .json()
                     .value(QLatin1String("schedules"))
                     .toArray()
                     .size(),
            1);
        QCOMPARE(call("GET", base + QStringLiteral("/%1?site=other.example").arg(id), m_export).status, 404);

        // A day later (the server missed 01:00 on the 4th, now it is 01:00 on the 5th): the scheduler
        // queues one run, for the day before the latest run time (2024-01-04; the events are on the 1st
        // and 2nd, so the file is empty).
        m_server->tw().clock().setMs(kNow + kDay + 3600 * 1000);
        QVERIFY(m_server->host().scheduler().runDue() >= 1); // with the nightly retention snapshots
        QJsonArray jobs = call("GET", QStringLiteral("/api/v1/exports?site=shop.example"), m_export)
                              .json()
                              .value(QLatin1String("exports"))
                              .toArray();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().toObject().value(QLatin1String("schedule_id")).toInteger(), id);
        QCOMPARE(jobs.first()
                     .toObject()
                     .value(QLatin1String("query"))
                     .toObject()
                     .value(QLatin1String("from_ms"))
                     .toInteger(),
            kNow);

        // Run now: the day before now.
        const Reply ran = call("POST", base + QStringLiteral("/%1/run?site=shop.example").arg(id), m_export);
        QCOMPARE(ran.status, 202);
        const qint64 jobId = ran.json().value(QLatin1String("id")).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(
            job(jobId).value(QLatin1String("state")).toString(), QStringLiteral("completed"), kTimeoutMs);

        QCOMPARE(call("DELETE", one, m_export).status, 204);
        QCOMPARE(call("GET", one, m_export).status, 404);
        QCOMPARE(call("POST", base + QStringLiteral("/%1/run?site=shop.example").arg(id), m_export).status, 404);
        QVERIFY(job(jobId).value(QLatin1String("schedule_id")).isNull()); // the file stays, unlinked
    }

    void aCompletedExportIsAnnouncedByASignedWebhook()
    {
        ServiceOptions options;
        options.webhooksAllowLocal = true; // the receiver is on loopback
        options.webhookPollMs = 0;
        m_server.reset();
        startServer(options);
        WebhookReceiver receiver;
        const QByteArray endpoint
            = QStringLiteral(R"({"url":"%1","event_types":["export.completed"]})").arg(receiver.url()).toUtf8();
        QCOMPARE(m_server
                     ->postJson(QStringLiteral("/api/v1/webhooks?site=shop.example"), endpoint, "application/json",
                         { { "Authorization", m_read } })
                     .status,
            201);
        const QJsonObject done = exportAndWait(R"({"kind":"events","format":"csv"})");
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 1, kTimeoutMs);
        const HttpRequest &hook = receiver.received.first();
        QVERIFY(hook.header("webhook-signature").startsWith("v1,"));
        const QJsonObject message = QJsonDocument::fromJson(hook.body).object();
        QCOMPARE(message.value(QLatin1String("type")).toString(), QStringLiteral("export.completed"));
        const QJsonObject data = message.value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("id")).toInteger(), done.value(QLatin1String("id")).toInteger());
        QCOMPARE(data.value(QLatin1String("rows")).toInteger(), 30000);
        QCOMPARE(data.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
    }
};

QTEST_GUILESS_MAIN(TestExportApi)
#include "TestExportApi.moc"
