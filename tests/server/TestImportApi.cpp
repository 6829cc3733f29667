// Import jobs over REST end to end on 127.0.0.1: an upload streams to the data folder and becomes a
// job that the import worker runs; what a client sees while it runs, when it ends, in its rejection
// report, when it cancels it, and when the server stops mid-job and starts again. Time is the manual
// clock's; waiting is on the job's state through the API (QTRY_*), never on sleeps.
#include "RawHttpClient.h"
#include "import/ImportJobs.h"
#include "support/TestServer.h"
#include "support/WorkerGate.h"

#include <QDir>
#include <QJsonArray>
#include <QSemaphore>
#include <QTest>

#include <zlib.h>

#include <atomic>
#include <memory>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kNow = 1704067200000 + 3 * 86400000LL; // the server's clock: 2024-01-04
constexpr int kTimeoutMs = 60000;

QByteArray gzip(const QByteArray &data)
{
    z_stream s {};
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

// rows data rows with a header; every badEvery-th row (when set) has no user id.
QByteArray generatedCsv(int rows, int badEvery = 0)
{
    QByteArray csv = "timestamp,event,user_id,path\n";
    for (int i = 1; i <= rows; ++i) {
        const qint64 seconds = 1704067200 + i; // 2024-01-01 onwards, one a second
        const QByteArray user = (badEvery > 0 && i % badEvery == 0) ? QByteArray() : "u-" + QByteArray::number(i % 97);
        csv += QByteArray::number(seconds) + ",pageview," + user + ",/p/" + QByteArray::number(i) + '\n';
    }
    return csv;
}

} // namespace

class TestImportApi final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    qint64 m_siteId = 0;
    QByteArray m_read, m_write;

    void startServer(ServiceOptions options = {})
    {
        m_server = std::make_unique<TestServer>(kNow, options);
        m_server->addSite(QStringLiteral("shop.example"));
        m_server->addSite(QStringLiteral("other.example"));
        m_siteId = m_server->tw().count(QStringLiteral("SELECT id FROM sites WHERE domain = 'shop.example'"));
        m_read = "Bearer " + m_server->createKey(QStringLiteral("read")).toLatin1();
        m_write = "Bearer " + m_server->createKey(QStringLiteral("read,write")).toLatin1();
    }

    Reply upload(const QString &query, const QByteArray &body, const QByteArray &contentType = "text/csv",
        QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers << qMakePair(QByteArray("Authorization"), m_write);
        if (!contentType.isEmpty())
            headers << qMakePair(QByteArray("Content-Type"), contentType);
        return m_server->request("POST", QStringLiteral("/api/v1/imports?") + query, body, headers);
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &auth)
    {
        return m_server->request(method, path, {}, { { "Authorization", auth } });
    }

    QJsonObject job(qint64 id, const QString &site = QStringLiteral("shop.example"))
    {
        return call("GET", QStringLiteral("/api/v1/imports/%1?site=%2").arg(id).arg(site), m_read).json();
    }

    QString state(qint64 id) { return job(id).value(QLatin1String("state")).toString(); }

    qint64 storedEvents()
    {
        return m_server->tw().count(QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = %1").arg(m_siteId));
    }

    QStringList uploads() const
    {
        return QDir(m_server->tw().dataDir() + QStringLiteral("/imports")).entryList(QDir::Files);
    }

    // Uploads and waits until the job has ended; returns the job as GET shows it then.
    QJsonObject importAndWait(const QString &query, const QByteArray &body, const QByteArray &contentType = "text/csv",
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        const Reply r = upload(query, body, contentType, headers);
        if (r.status != 202)
            qWarning("upload answered %d: %s", r.status, r.body.constData());
        const qint64 id = r.json().value(QLatin1String("id")).toInteger();
        const bool ended = QTest::qWaitFor(
            [&] {
                return QStringList(
                    { QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("cancelled") })
                    .contains(state(id));
            },
            kTimeoutMs);
        if (!ended)
            qWarning("import job %lld did not end", static_cast<long long>(id));
        return job(id);
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void csvWithGoodAndBadRowsCompletesWithAReport()
    {
        startServer();
        const QByteArray csv = "timestamp,event,user_id,path,plan\n"
                               "2024-01-02T10:00:00Z,signup,u-1,/signup,pro\n"
                               "2024-01-02T10:01:00Z,signup,,/signup,pro\n"
                               "2024-01-02T10:02:00Z,purchase,u-1,/buy,pro\n"
                               "yesterday,purchase,u-2,/buy,free\n"
                               "2024-01-02T10:04:00Z,pageview,u-2,/,free\n";
        const Reply created = upload(QStringLiteral("site=shop.example&name=events.csv"), csv);
        QCOMPARE(created.status, 202);
        const qint64 id = created.json().value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created.header("Location"), QByteArray("/api/v1/imports/") + QByteArray::number(id));
        QCOMPARE(created.json().value(QLatin1String("file_name")).toString(), QStringLiteral("events.csv"));
        QCOMPARE(created.json().value(QLatin1String("format")).toString(), QStringLiteral("csv"));

        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("completed"), kTimeoutMs);
        const QJsonObject done = job(id);
        QCOMPARE(done.value(QLatin1String("rows_read")).toInteger(), 5);
        QCOMPARE(done.value(QLatin1String("rows_imported")).toInteger(), 3);
        QCOMPARE(done.value(QLatin1String("rows_rejected")).toInteger(), 2);
        QCOMPARE(done.value(QLatin1String("duplicates")).toInteger(), 0);
        QCOMPARE(done.value(QLatin1String("bytes_done")).toInteger(), csv.size());
        QCOMPARE(done.value(QLatin1String("bytes_total")).toInteger(), csv.size());
        QVERIFY(!done.value(QLatin1String("finished_at")).toString().isEmpty());
        QCOMPARE(storedEvents(), 3);
        QVERIFY2(uploads().isEmpty(), qPrintable(uploads().join(u' '))); // the upload is gone, the report stays

        const Reply report = m_server->request("GET",
            QStringLiteral("/api/v1/imports/%1/rejections?site=shop.example&format=csv").arg(id), {},
            { { "Authorization", m_read } });
        QCOMPARE(report.status, 200);
        QVERIFY(report.header("Content-Type").startsWith("text/csv"));
        const QList<QByteArray> lines = report.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QByteArray("row,line,column,reason,message"));
        QVERIFY2(lines[1].startsWith("3,3,user_id,missing_user_id,"), lines[1].constData());
        QVERIFY2(lines[2].startsWith("5,5,timestamp,invalid_timestamp,"), lines[2].constData());

        const QJsonObject json
            = call("GET", QStringLiteral("/api/v1/imports/%1/rejections?site=shop.example").arg(id), m_read).json();
        const QJsonArray rows = json.value(QLatin1String("rejections")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(QLatin1String("row")).toInteger(), 3);
        QCOMPARE(rows[0].toObject().value(QLatin1String("column")).toString(), QStringLiteral("user_id"));
        QCOMPARE(rows[0].toObject().value(QLatin1String("reason")).toString(), QStringLiteral("missing_user_id"));
        QVERIFY(!rows[0].toObject().value(QLatin1String("message")).toString().isEmpty());

        const QJsonArray list = call("GET", QStringLiteral("/api/v1/imports?site=shop.example"), m_read)
                                    .json()
                                    .value(QLatin1String("imports"))
                                    .toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(QLatin1String("id")).toInteger(), id);
    }

    void gzipUploadsAreRead()
    {
        startServer();
        const QByteArray csv = generatedCsv(250);
        QJsonObject done = importAndWait(
            QStringLiteral("site=shop.example"), gzip(csv), "text/csv", { { "Content-Encoding", "gzip" } });
        QCOMPARE(done.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(done.value(QLatin1String("rows_imported")).toInteger(), 250);
        // A .gz name without Content-Encoding: gzip is recognised by its content, the format by the name.
        const QByteArray ndjson = "{\"name\":\"signup\",\"timestamp\":\"2024-01-02T10:00:00Z\",\"user_id\":\"z-1\"}\n";
        done = importAndWait(QStringLiteral("site=shop.example&name=more.ndjson.gz"), gzip(ndjson), "application/gzip");
        QCOMPARE(done.value(QLatin1String("format")).toString(), QStringLiteral("ndjson"));
        QCOMPARE(done.value(QLatin1String("rows_imported")).toInteger(), 1);
        QCOMPARE(storedEvents(), 251);
        // What curl --data-binary sends without -H Content-Type says nothing about the format either.
        done = importAndWait(QStringLiteral("site=shop.example&name=late.ndjson"),
            "{\"name\":\"signup\",\"timestamp\":\"2024-01-02T11:00:00Z\",\"user_id\":\"z-2\"}\n",
            "application/x-www-form-urlencoded");
        QCOMPARE(done.value(QLatin1String("format")).toString(), QStringLiteral("ndjson"));
        QCOMPARE(done.value(QLatin1String("rows_imported")).toInteger(), 1);
    }

    void ndjsonAndJsonArraysAreImported()
    {
        startServer();
        const QByteArray ndjson = "{\"name\":\"signup\",\"timestamp\":\"2024-01-02T10:00:00Z\",\"user_id\":\"a\"}\n"
                                  "{\"name\":\"purchase\",\"timestamp\":\"2024-01-02T10:05:00Z\",\"user_id\":\"a\","
                                  "\"props\":{\"plan\":\"pro\"}}\n"
                                  "not json\n";
        QJsonObject done = importAndWait(QStringLiteral("site=shop.example&format=ndjson"), ndjson, {});
        QCOMPARE(done.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(done.value(QLatin1String("rows_imported")).toInteger(), 2);
        QCOMPARE(done.value(QLatin1String("rows_rejected")).toInteger(), 1);

        const QByteArray array
            = "[{\"name\":\"pageview\",\"timestamp\":1704189600000,\"user_id\":\"b\",\"path\":\"/\"},"
              "{\"name\":\"pageview\",\"timestamp\":1704189660000,\"user_id\":\"b\",\"path\":\"/x\"}]";
        done = importAndWait(QStringLiteral("site=shop.example"), array, "application/json");
        QCOMPARE(done.value(QLatin1String("format")).toString(), QStringLiteral("json"));
        QCOMPARE(done.value(QLatin1String("rows_imported")).toInteger(), 2);
        QCOMPARE(storedEvents(), 4);
    }

    void theSameFileTwiceAddsNothing()
    {
        startServer();
        const QByteArray csv = generatedCsv(1200, 100);
        const QJsonObject first = importAndWait(QStringLiteral("site=shop.example"), csv);
        QCOMPARE(first.value(QLatin1String("rows_imported")).toInteger(), 1188);
        QCOMPARE(first.value(QLatin1String("rows_rejected")).toInteger(), 12);
        const QJsonObject second = importAndWait(QStringLiteral("site=shop.example"), csv);
        QCOMPARE(second.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(second.value(QLatin1String("rows_imported")).toInteger(), 0);
        QCOMPARE(second.value(QLatin1String("duplicates")).toInteger(), 1188);
        QCOMPARE(second.value(QLatin1String("rows_rejected")).toInteger(), 12);
        QCOMPARE(storedEvents(), 1188);
        const QJsonArray list = call("GET", QStringLiteral("/api/v1/imports?site=shop.example"), m_read)
                                    .json()
                                    .value(QLatin1String("imports"))
                                    .toArray();
        QCOMPARE(list.size(), 2);
        QVERIFY(list[0].toObject().value(QLatin1String("id")).toInteger()
            > list[1].toObject().value(QLatin1String("id")).toInteger()); // newest first
    }

    void aBodyOverTheLimitIs413AndNoJob()
    {
        ServiceOptions options;
        options.maxImportBytes = 4096;
        startServer(options);
        const Reply r = upload(QStringLiteral("site=shop.example"), generatedCsv(400));
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json().value(QLatin1String("limit")).toInteger(), 4096);
        QVERIFY2(
            r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("4 KiB")), r.body.constData());
        QCOMPARE(call("GET", QStringLiteral("/api/v1/imports?site=shop.example"), m_read)
                     .json()
                     .value(QLatin1String("imports"))
                     .toArray()
                     .size(),
            0);
        QVERIFY(uploads().isEmpty());
        // Under the limit the same server takes it.
        QCOMPARE(importAndWait(QStringLiteral("site=shop.example"), generatedCsv(20))
                     .value(QLatin1String("rows_imported"))
                     .toInteger(),
            20);
    }

    void aChunkedUploadIsStreamedAndCutOffAtTheLimit()
    {
        ServiceOptions options;
        options.maxImportBytes = 4096;
        startServer(options);
        const auto chunked = [](const QByteArray &body) -> QByteArray {
            QByteArray out;
            for (qsizetype i = 0; i < body.size(); i += 1000) {
                const QByteArray piece = body.mid(i, 1000);
                out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
            }
            return out + "0\r\n\r\n";
        };
        const QByteArray head = "POST /api/v1/imports?site=shop.example HTTP/1.1\r\nHost: test\r\nAuthorization: "
            + m_write + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n";

        RawHttpClient small;
        QVERIFY(small.connectTo(m_server->host().port()));
        small.send(head + chunked(generatedCsv(20)));
        std::optional<RawHttpClient::Response> r = small.nextResponse(false, kTimeoutMs);
        QVERIFY(r);
        QCOMPARE(r->status, 202);
        const qint64 id = r->json().value(QLatin1String("id")).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("completed"), kTimeoutMs);
        QCOMPARE(job(id).value(QLatin1String("rows_imported")).toInteger(), 20);

        // No length up front: the body is cut off with 413 once it passes the limit.
        RawHttpClient big;
        QVERIFY(big.connectTo(m_server->host().port()));
        big.send(head + chunked(generatedCsv(400)));
        r = big.nextResponse(false, kTimeoutMs);
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QCOMPARE(r->json().value(QLatin1String("limit")).toInteger(), 4096);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/imports?site=shop.example"), m_read)
                     .json()
                     .value(QLatin1String("imports"))
                     .toArray()
                     .size(),
            1);
        QVERIFY2(uploads().isEmpty(), qPrintable(uploads().join(u' ')));
    }

    void badParametersAreRefusedBeforeTheUpload()
    {
        startServer();
        const QByteArray csv = generatedCsv(3);
        Reply r = upload(QStringLiteral("site=shop.example&format=xml"), csv);
        QCOMPARE(r.status, 415);
        QVERIFY(
            r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("format=csv, json or ndjson")));
        r = upload(QStringLiteral("site=shop.example"), csv, "application/pdf");
        QCOMPARE(r.status, 415);
        r = upload(QStringLiteral("site=shop.example"), csv, "multipart/form-data; boundary=x");
        QCOMPARE(r.status, 415);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("--data-binary")));
        r = upload(QStringLiteral("site=shop.example"), csv, "text/csv", { { "Content-Encoding", "br" } });
        QCOMPARE(r.status, 415);
        r = upload(QStringLiteral("site=shop.example&format=json&preset=pulse-bench"), csv);
        QCOMPARE(r.status, 400);
        r = upload(QStringLiteral("site=shop.example&preset=nope"), csv);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("pulse-bench")));
        r = upload(QStringLiteral("site=shop.example&mapping=%7Bnot"), csv);
        QCOMPARE(r.status, 400);
        r = upload(QStringLiteral("site=nowhere.example"), csv);
        QCOMPARE(r.status, 404);
        r = upload(QStringLiteral("site=shop.example"), QByteArray());
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("empty")));
        QCOMPARE(call("GET", QStringLiteral("/api/v1/imports?site=shop.example"), m_read)
                     .json()
                     .value(QLatin1String("imports"))
                     .toArray()
                     .size(),
            0);
        QVERIFY(uploads().isEmpty());
    }

    void aMappingParameterMapsColumns()
    {
        startServer();
        const QByteArray csv = "when,action,account\n2024-01-02T10:00:00Z,signup,acc-1\n";
        const QByteArray mapping = QUrl::toPercentEncoding(QStringLiteral(
            R"({"columns":{"timestamp":"when","name":"action","user_id":"account"},"other_columns_as_props":false})"));
        const QJsonObject done
            = importAndWait(QStringLiteral("site=shop.example&mapping=") + QString::fromLatin1(mapping), csv);
        QCOMPARE(done.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(done.value(QLatin1String("rows_imported")).toInteger(), 1);
        QVERIFY(done.value(QLatin1String("mapping")).isObject());
    }

    void aSavedPresetMapsColumnsAndTheJobKeepsItsCopy()
    {
        startServer();
        const QByteArray preset = R"({"name":"CRM","mapping":{"columns":{"timestamp":"when","name":"action",)"
                                  R"("user_id":"account"},"other_columns_as_props":false}})";
        Reply r = m_server->request("POST", QStringLiteral("/api/v1/imports/presets"), preset,
            { { "Authorization", m_write }, { "Content-Type", "application/json" } });
        QCOMPARE(r.status, 200);
        const qint64 presetId = r.json().value(QLatin1String("id")).toInteger();
        QVERIFY(presetId > 0);
        QCOMPARE(r.json().value(QLatin1String("built_in")).toBool(), false);

        r = call("GET", QStringLiteral("/api/v1/imports/presets"), m_read);
        QCOMPARE(r.status, 200);
        const QJsonArray presets = r.json().value(QLatin1String("presets")).toArray();
        QCOMPARE(presets.size(), 2);
        QCOMPARE(presets.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("pulse-bench"));
        QCOMPARE(presets.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("CRM"));

        const QByteArray csv = "when,action,account\n2024-01-02T10:00:00Z,signup,acc-1\n";
        const QJsonObject done = importAndWait(QStringLiteral("site=shop.example&preset=crm"), csv);
        QCOMPARE(done.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(done.value(QLatin1String("rows_imported")).toInteger(), 1);
        QCOMPARE(done.value(QLatin1String("preset")).toString(), QStringLiteral("CRM"));
        QVERIFY(done.value(QLatin1String("mapping")).isObject());

        // Deleting the preset leaves the job's copy; a new upload naming it is refused with the list.
        QCOMPARE(call("DELETE", QStringLiteral("/api/v1/imports/presets/%1").arg(presetId), m_write).status, 204);
        QCOMPARE(call("DELETE", QStringLiteral("/api/v1/imports/presets/%1").arg(presetId), m_write).status, 404);
        r = upload(QStringLiteral("site=shop.example&preset=CRM"), csv);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("pulse-bench")));
    }

    void badPresetsAreRefusedWithWhatToChange()
    {
        startServer();
        const auto save = [&](const QByteArray &body, const QByteArray &auth) {
            return m_server->request("POST", QStringLiteral("/api/v1/imports/presets"), body,
                { { "Authorization", auth }, { "Content-Type", "application/json" } });
        };
        Reply r = save(R"({"name":"pulse-bench","mapping":{}})", m_write);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("built-in")));
        r = save(R"({"name":"","mapping":{}})", m_write);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("name")));
        r = save(R"({"name":"x"})", m_write);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("'mapping'")));
        r = save(R"({"name":"x","mapping":{"timestamp_format":"weekly"}})", m_write);
        QCOMPARE(r.status, 400);
        r = save(R"({"name":"x","mapping":{}})", m_read);
        QCOMPARE(r.status, 403);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/imports/presets"), m_read)
                     .json()
                     .value(QLatin1String("presets"))
                     .toArray()
                     .size(),
            1);
    }

    void cancellingARunningJobKeepsWhatWasCommitted()
    {
        ServiceOptions options;
        options.importBatchRows = 100;
        startServer(options);
        // Holds the worker right after its first committed batch (bounded, so a failing test cannot hang).
        const auto gate = std::make_shared<pulse::test::WorkerGate>(kTimeoutMs);
        m_server->host().imports().setCheckpointHook([gate](qint64) { gate->hold(); });
        const QByteArray csv = generatedCsv(5000);
        const Reply created = upload(QStringLiteral("site=shop.example"), csv);
        QCOMPARE(created.status, 202);
        const qint64 id = created.json().value(QLatin1String("id")).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(gate->reached.available() > 0, kTimeoutMs);

        const Reply cancelling
            = call("POST", QStringLiteral("/api/v1/imports/%1/cancel?site=shop.example").arg(id), m_write);
        QCOMPARE(cancelling.status, 202);
        QCOMPARE(cancelling.json().value(QLatin1String("cancel_requested")).toBool(), true);
        gate->proceed.release();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("cancelled"), kTimeoutMs);

        const QJsonObject cancelled = job(id);
        const qint64 kept = cancelled.value(QLatin1String("rows_imported")).toInteger();
        QVERIFY2(kept >= 100 && kept < 5000, qPrintable(QString::number(kept)));
        QCOMPARE(kept % 100, 0); // whole batches
        QCOMPARE(storedEvents(), kept);
        QVERIFY(uploads().isEmpty());
        QCOMPARE(
            call("POST", QStringLiteral("/api/v1/imports/%1/cancel?site=shop.example").arg(id), m_write).status, 409);

        // Importing the file again adds only the rest.
        const QJsonObject again = importAndWait(QStringLiteral("site=shop.example"), csv);
        QCOMPARE(again.value(QLatin1String("rows_imported")).toInteger(), 5000 - kept);
        QCOMPARE(again.value(QLatin1String("duplicates")).toInteger(), kept);
        QCOMPARE(storedEvents(), 5000);
    }

    void aJobResumesAfterTheServerStopsMidway()
    {
        ServiceOptions options;
        options.importBatchRows = 100;
        startServer(options);
        const auto first = std::make_shared<std::atomic<bool>>(true);
        ImportJobs *jobs = &m_server->host().imports();
        jobs->setCheckpointHook([first, jobs](qint64) {
            if (first->exchange(false))
                jobs->requestStop(); // as a shutdown does, right after the first committed batch
        });
        const QByteArray csv = generatedCsv(3000, 250); // 12 rows without a user
        const Reply created = upload(QStringLiteral("site=shop.example&name=history.csv"), csv);
        QCOMPARE(created.status, 202);
        const qint64 id = created.json().value(QLatin1String("id")).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(!first->load(), kTimeoutMs);

        m_server->restart(); // the host goes, the workspace closes; both open again on the same folder
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("completed"), kTimeoutMs);
        const QJsonObject done = job(id);
        QCOMPARE(done.value(QLatin1String("rows_read")).toInteger(), 3000);
        QCOMPARE(done.value(QLatin1String("rows_imported")).toInteger(), 2988);
        QCOMPARE(done.value(QLatin1String("duplicates")).toInteger(), 0);
        QCOMPARE(done.value(QLatin1String("rows_rejected")).toInteger(), 12);
        QCOMPARE(storedEvents(), 2988);
        QCOMPARE(m_server->tw().count(
                     QStringLiteral("SELECT COUNT(DISTINCT path) FROM events WHERE site_id = %1").arg(m_siteId)),
            2988);
        const QJsonArray rejections
            = call("GET", QStringLiteral("/api/v1/imports/%1/rejections?site=shop.example").arg(id), m_read)
                  .json()
                  .value(QLatin1String("rejections"))
                  .toArray();
        QCOMPARE(rejections.size(), 12);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(rejections[i].toObject().value(QLatin1String("row")).toInteger(), 1 + 250 * (i + 1));
        QVERIFY(uploads().isEmpty());
    }

    void aKeyWithoutWriteScopeCannotUpload()
    {
        startServer();
        const Reply r = m_server->request("POST", QStringLiteral("/api/v1/imports?site=shop.example"), generatedCsv(3),
            { { "Authorization", m_read }, { "Content-Type", "text/csv" } });
        QCOMPARE(r.status, 403);
        QVERIFY(r.json().value(QLatin1String("detail")).toString().contains(QLatin1String("write")));
        const Reply none = m_server->request("POST", QStringLiteral("/api/v1/imports?site=shop.example"),
            generatedCsv(3), { { "Content-Type", "text/csv" } });
        QCOMPARE(none.status, 401);
        QVERIFY(!none.header("WWW-Authenticate").isEmpty());
        QVERIFY(uploads().isEmpty());
    }

    void anotherSitesJobIsNotFound()
    {
        startServer();
        const qint64 id = importAndWait(QStringLiteral("site=shop.example"), generatedCsv(5))
                              .value(QLatin1String("id"))
                              .toInteger();
        QCOMPARE(call("GET", QStringLiteral("/api/v1/imports/%1?site=other.example").arg(id), m_read).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/imports/%1/rejections?site=other.example").arg(id), m_read).status,
            404);
        QCOMPARE(
            call("POST", QStringLiteral("/api/v1/imports/%1/cancel?site=other.example").arg(id), m_write).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/imports/%1?site=shop.example").arg(id + 1), m_read).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/imports?site=other.example"), m_read)
                     .json()
                     .value(QLatin1String("imports"))
                     .toArray()
                     .size(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestImportApi)
#include "TestImportApi.moc"
