// Imports into a real workspace: CSV with a header, the pulse-bench preset on rows in the exact
// format of ../shared/bench/gen-events.cpp, NDJSON and JSON arrays, per-row rejections with row
// numbers, idempotent re-imports, cancellation and backpressure. Stored events are read back with
// SQL, the way analytics will see them.
#include "access/SiteStore.h"
#include "import/EventImporter.h"
#include "import/ImportRowBuilder.h"
#include "ingest/VisitorHasher.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "support/TestWorkspace.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

// 2025-06-01: the bench data (early 2024) is far older than the collector's 7-day window.
constexpr qint64 kNow = 1748736000000;

struct Stored {
    QString name;
    QString path;
    qint64 visitorId = 0;
    QString userId;
    qint64 ts = 0;
    QJsonObject props;
    QString eventId;
    QString source;
};

QList<Stored> storedEvents(TestWorkspace &tw)
{
    ReadPool::Lease lease = tw.workspace().reads().acquire();
    SqlStatement q = lease.db().prepare(QStringLiteral(
        "SELECT name, path, visitor_id, user_id, ts, props, event_id, source FROM events ORDER BY ts, id"));
    QList<Stored> rows;
    while (q.step()) {
        Stored s;
        s.name = q.columnText(0);
        s.path = q.columnText(1);
        s.visitorId = q.columnInt(2);
        s.userId = q.columnText(3);
        s.ts = q.columnInt(4);
        s.props = QJsonDocument::fromJson(q.columnText(5).toUtf8()).object();
        s.eventId = q.columnText(6);
        s.source = q.columnText(7);
        rows.append(s);
    }
    return rows;
}

Site siteOf(TestWorkspace &tw, qint64 id)
{
    return *tw.workspace().sites().byId(id);
}

ImportReport importBytes(TestWorkspace &tw, qint64 siteId, const QByteArray &bytes, ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    EventImporter importer(tw.workspace(), siteOf(tw, siteId), options);
    return importer.import(&buffer, bytes.size());
}

ImportOptions withFormat(ImportOptions::Format format)
{
    ImportOptions o;
    o.format = format;
    return o;
}

QString describe(const ImportReport &r)
{
    QString text = r.summary() + QLatin1Char(' ') + r.error;
    for (const ImportRejection &x : r.rejections)
        text += QStringLiteral("\n  row %1 [%2] %3: %4").arg(x.row).arg(x.column, x.reason, x.message);
    return text;
}

// Rows in the exact format gen-events writes: no header; ts,user_id,event,path,referrer,country,device.
const QByteArray kBenchSample = "1705185757,3,pageview,/,news.ycombinator.com,FR,mobile\n"
                                "1706029761,3,pageview,/blog/post-10,,FR,mobile\n"
                                "1706029869,3,view_item,/blog/post-6,,FR,mobile\n"
                                "1706029923,3,add_to_cart,/blog/post-39,news.ycombinator.com,FR,mobile\n"
                                "1708532990,1,pageview,/docs,,NL,desktop\n";

} // namespace

class TestEventImporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvWithHeaderIsStoredAsEvents()
    {
        TestWorkspace tw(kNow);
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        const QByteArray csv = "timestamp,event,user_id,url,referrer,plan\n"
                               "2024-03-01T10:00:00Z,pageview,u-1,https://example.com/pricing?utm_source=news,,pro\n"
                               "2024-03-01T12:30:00+02:00,signup,u-2,/signup,https://www.google.com/,\n";
        const ImportReport report = importBytes(tw, site, csv);
        QVERIFY2(report.completed() && report.rowsRejected == 0, qPrintable(describe(report)));
        QCOMPARE(report.rowsRead, 2);
        QCOMPARE(report.rowsImported, 2);

        const QList<Stored> events = storedEvents(tw);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).name, QStringLiteral("pageview"));
        QCOMPARE(events.at(0).path, QStringLiteral("/pricing"));
        QCOMPARE(events.at(0).ts, 1709287200000);
        QCOMPARE(events.at(0).userId, QStringLiteral("u-1"));
        QCOMPARE(events.at(0).visitorId, VisitorHasher::userId(site, u"u-1"));
        QCOMPARE(events.at(0).props, QJsonObject({ { QStringLiteral("plan"), QStringLiteral("pro") } }));
        // "imp-", the time in 12 hex digits (so ids sort by time), 64 bits of the content hash.
        QVERIFY2(
            events.at(0).eventId.startsWith(QLatin1String("imp-018df974d500")) && events.at(0).eventId.size() == 32,
            qPrintable(events.at(0).eventId));
        QVERIFY2(events.at(0).eventId < events.at(1).eventId, qPrintable(events.at(1).eventId));
        QCOMPARE(events.at(1).name, QStringLiteral("signup"));
        QCOMPARE(events.at(1).ts, 1709289000000); // 12:30 at +02:00 is 10:30 UTC
        QCOMPARE(events.at(1).source, QStringLiteral("Google"));
        QVERIFY(events.at(1).props.isEmpty()); // an empty cell is no property
    }

    void pulseBenchPresetReadsTheReferenceCsv()
    {
        TestWorkspace tw(kNow);
        const qint64 site = tw.addSite(QStringLiteral("bench.example"));
        ImportOptions options;
        options.mapping = ImportMapping::preset(QStringLiteral("pulse-bench"));
        QVERIFY(options.mapping.has_value());
        const ImportReport report = importBytes(tw, site, kBenchSample, options);
        QVERIFY2(report.completed() && report.rowsRejected == 0, qPrintable(describe(report)));
        QCOMPARE(report.rowsImported, 5);

        const QList<Stored> events = storedEvents(tw);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.at(0).ts, 1705185757000);
        QCOMPARE(events.at(0).name, QStringLiteral("pageview"));
        QCOMPARE(events.at(0).path, QStringLiteral("/"));
        QCOMPARE(events.at(0).userId, QStringLiteral("3"));
        QCOMPARE(events.at(0).visitorId, VisitorHasher::userId(site, u"3"));
        QCOMPARE(events.at(0).source, QStringLiteral("Hacker News"));
        QCOMPARE(events.at(0).props,
            QJsonObject({ { QStringLiteral("country"), QStringLiteral("FR") },
                { QStringLiteral("device"), QStringLiteral("mobile") } }));
        QCOMPARE(events.at(3).name, QStringLiteral("add_to_cart"));
        QCOMPARE(events.at(3).path, QStringLiteral("/blog/post-39"));
        QCOMPARE(events.at(4).visitorId, VisitorHasher::userId(site, u"1"));
        QCOMPARE(events.at(4).props.value(QLatin1String("country")).toString(), QStringLiteral("NL"));
        // History without a user agent is people, not bots (the collector's rule is for live requests).
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE is_bot = 1")), 0);
    }

    void ndjsonIsImported()
    {
        TestWorkspace tw(kNow);
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        const QByteArray ndjson
            = "{\"name\":\"pageview\",\"path\":\"/a\",\"user_id\":\"u-1\",\"timestamp\":\"2024-05-01T12:00:00Z\"}\n"
              "\n"
              "{\"name\":\"signup\",\"url\":\"https://example.com/b\",\"user_id\":7,\"timestamp\":1714564800000,"
              "\"props\":{\"plan\":\"pro\",\"seats\":3}}\r\n"
              "{\"name\":\"broken\"\n"
              "{\"name\":\"pageview\",\"path\":\"/c\",\"timestamp\":\"2024-05-01T12:00:00Z\"}\n";
        const ImportReport report = importBytes(tw, site, ndjson, withFormat(ImportOptions::Format::Ndjson));
        QVERIFY2(report.completed(), qPrintable(describe(report)));
        QCOMPARE(report.rowsImported, 2);
        QCOMPARE(report.rowsRejected, 2);
        QCOMPARE(report.rejections.at(0).row, 4); // lines, the blank one counted
        QCOMPARE(report.rejections.at(0).reason, QStringLiteral("invalid_json"));
        QCOMPARE(report.rejections.at(1).row, 5);
        QCOMPARE(report.rejections.at(1).reason, QStringLiteral("missing_user_id"));
        QCOMPARE(report.rejections.at(1).column, QStringLiteral("user_id"));

        const QList<Stored> events = storedEvents(tw);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).path, QStringLiteral("/a"));
        QCOMPARE(events.at(1).userId, QStringLiteral("7"));
        QCOMPARE(events.at(1).path, QStringLiteral("/b"));
        QCOMPARE(events.at(1).props.value(QLatin1String("seats")).toInt(), 3);
    }

    void jsonArrayIsImportedAndItsSiteIgnored()
    {
        TestWorkspace tw(kNow);
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        tw.addSite(QStringLiteral("other.org"));
        const QByteArray json
            = "\xEF\xBB\xBF[\n"
              "  {\"site\": \"pk_somewhere_else\", \"name\": \"pageview\", \"path\": \"/x, [y]\",\n"
              "   \"user_id\": \"a\", \"timestamp\": \"2024-05-01T00:00:00Z\", \"id\": \"e-1\"},\n"
              "  42,\n"
              "  {\"name\": \"click\", \"path\": \"/\", \"user_id\": \"b\", \"timestamp\": 1714521600000}\n"
              "]\n";
        const ImportReport report = importBytes(tw, site, json, withFormat(ImportOptions::Format::Json));
        QVERIFY2(report.completed(), qPrintable(describe(report)));
        QCOMPARE(report.rowsRead, 3);
        QCOMPARE(report.rowsImported, 2);
        QCOMPARE(report.rejections.size(), 1);
        QCOMPARE(report.rejections.at(0).row, 2);
        QCOMPARE(report.rejections.at(0).line, 4);
        QCOMPARE(report.rejections.at(0).reason, QStringLiteral("not_an_object"));
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = %1").arg(site)), 2);
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE event_id = 'e-1'")), 1);

        const ImportReport truncated
            = importBytes(tw, site, json.first(json.size() - 3), withFormat(ImportOptions::Format::Json));
        QVERIFY2(truncated.error.contains(QLatin1String("not closed")), qPrintable(describe(truncated)));
        QCOMPARE(truncated.duplicates, 1); // the item before the cut was read; the cut one is not an event
    }

    // Found by fuzz_json_item_reader: outside an array, a stray ']' or ',' where an event starts made
    // the reader return empty items at the same place forever. Each is now one rejected row.
    void strayBracketsAndCommasBetweenObjectsAreRejectedRows()
    {
        TestWorkspace tw(kNow);
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        const QByteArray json = "{\"name\":\"a\",\"path\":\"/\",\"user_id\":\"u\",\"timestamp\":1714521600000} ]\n"
                                "{\"name\":\"b\",\"path\":\"/\",\"user_id\":\"u\",\"timestamp\":1714521600001} , "
                                "{\"name\":\"c\",\"path\":\"/\",\"user_id\":\"u\",\"timestamp\":1714521600002}";
        const ImportReport report = importBytes(tw, site, json, withFormat(ImportOptions::Format::Json));
        QVERIFY2(report.completed(), qPrintable(describe(report)));
        QCOMPARE(report.rowsImported, 3);
        QCOMPARE(report.rowsRejected, 2);
        QCOMPARE(report.rejections.at(0).row, 2);
        QCOMPARE(report.rejections.at(1).row, 4);
    }

    void badRowsAreRejectedWithRowNumbersAndColumns()
    {
        TestWorkspace tw(kNow);
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        const QByteArray csv = "ts,event,user_id,path\n"
                               "1714521600,pageview,u1,/ok\n"
                               "yesterday,pageview,u1,/\n"
                               ",pageview,u1,/\n"
                               "1714521600,pageview,,/\n"
                               "1914521600,pageview,u1,/future\n"
                               "1714521600,,u1,/\n"
                               "1714521600,pageview,u1\n"
                               "\"1714521600\",\"two\nlines\",u1,/\n"
                               "1714521601,pageview,u1,/ok2\n";
        const ImportReport report = importBytes(tw, site, csv);
        QVERIFY2(report.completed(), qPrintable(describe(report)));
        QCOMPARE(report.rowsRead, 9);
        QCOMPARE(report.rowsImported, 2);
        QCOMPARE(report.rowsRejected, 7);
        struct Expected {
            qint64 row;
            const char *column;
            const char *reason;
        };
        const Expected expected[] = { { 3, "ts", "invalid_timestamp" }, { 4, "ts", "missing_timestamp" },
            { 5, "user_id", "missing_user_id" }, { 6, "ts", "timestamp_in_future" }, { 7, "event", "missing_name" },
            { 8, "", "ragged_row" }, { 9, "event", "name_invalid" } };
        QCOMPARE(report.rejections.size(), qsizetype(std::size(expected)));
        for (size_t i = 0; i < std::size(expected); ++i) {
            const ImportRejection &r = report.rejections.at(qsizetype(i));
            QCOMPARE(r.row, expected[i].row);
            QCOMPARE(r.column, QLatin1String(expected[i].column));
            QCOMPARE(r.reason, QLatin1String(expected[i].reason));
            QVERIFY(!r.message.isEmpty());
        }
        QVERIFY(report.rejections.at(0).message.contains(QLatin1String("'yesterday'")));
        QCOMPARE(report.rejections.at(6).line, 9);
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM quarantine")), 0); // the report has them

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(report.writeRejectionsCsv(&out));
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines.at(0), QByteArray("row,line,column,reason,message"));
        QVERIFY2(lines.at(1).startsWith("3,3,ts,invalid_timestamp,"), lines.at(1).constData());
        QCOMPARE(lines.size(), 9); // header, seven rows, and the empty string after the last line break
    }

    void reimportingTheSameFileAddsNothing()
    {
        TestWorkspace tw(kNow);
        const qint64 site = tw.addSite(QStringLiteral("bench.example"));
        ImportOptions options;
        options.mapping = ImportMapping::preset(QStringLiteral("pulse-bench"));
        const ImportReport first = importBytes(tw, site, kBenchSample, options);
        QCOMPARE(first.rowsImported, 5);
        const ImportReport again = importBytes(tw, site, kBenchSample, options);
        QVERIFY2(again.completed(), qPrintable(describe(again)));
        QCOMPARE(again.rowsImported, 0);
        QCOMPARE(again.duplicates, 5);
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM events")), 5);

        // The same content gzip-compressed, or with a row changed: only the changed row is new.
        QByteArray changed = kBenchSample;
        changed.replace("/docs,,NL", "/docs,,DE");
        const ImportReport edited = importBytes(tw, site, changed, options);
        QCOMPARE(edited.rowsImported, 1);
        QCOMPARE(edited.duplicates, 4);
        // Another site is another set of events.
        const qint64 other = tw.addSite(QStringLiteral("other.example"));
        QCOMPARE(importBytes(tw, other, kBenchSample, options).rowsImported, 5);
    }

    void contentIdsMatchThoseOfEarlierVersions()
    {
        // The row's time in 12 hex digits, then the first 8 bytes of SHA-256 of the row's content
        // (here "abc", FIPS 180-2's first example). Files imported before Pulse hashed with libcrypto
        // keep their ids, so importing one again still adds nothing.
        QCOMPARE(ImportRowBuilder::contentId(1705185757000, "abc"), QStringLiteral("imp-018d04fdc748ba7816bf8f01cfea"));
    }

    void cancellingStopsAndAResumeImportsTheRest()
    {
        TestWorkspace tw(kNow);
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        QByteArray csv = "ts,event,user_id\n";
        for (int i = 0; i < 2000; ++i)
            csv += QByteArray::number(1714521600 + i) + ",pageview,u" + QByteArray::number(i % 17) + '\n';

        ImportOptions options;
        options.batchRows = 100;
        options.maxBatchesInFlight = 1;
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        EventImporter importer(tw.workspace(), siteOf(tw, site), options);
        QList<ImportProgress> seen;
        importer.setProgressCallback([&](const ImportProgress &p) {
            seen.append(p);
            if (p.rowsRead >= 500)
                importer.cancel();
        });
        const ImportReport cancelled = importer.import(&buffer, csv.size());
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.completed());
        QVERIFY2(cancelled.rowsImported >= 500 && cancelled.rowsImported < 2000, qPrintable(describe(cancelled)));
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM events")), cancelled.rowsImported);
        QVERIFY(seen.size() >= 5);
        QCOMPARE(seen.last().rowsImported, cancelled.rowsImported);
        QCOMPARE(seen.last().totalBytes, csv.size());
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i).rowsRead >= seen.at(i - 1).rowsRead && seen.at(i).bytesRead >= seen.at(i - 1).bytesRead);

        const ImportReport resumed = importBytes(tw, site, csv, options);
        QVERIFY2(resumed.completed(), qPrintable(describe(resumed)));
        QCOMPARE(resumed.rowsImported + resumed.duplicates, 2000);
        QCOMPARE(resumed.duplicates, cancelled.rowsImported);
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM events")), 2000);
    }

    void manyBatchesWithOneInFlightAllArrive()
    {
        TestWorkspace tw(kNow);
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        QByteArray csv;
        for (int i = 0; i < 5000; ++i)
            csv += QByteArray::number(1714521600 + i) + ";" + QByteArray::number(i % 50) + ";pageview;/p"
                + QByteArray::number(i % 7) + ";;SE;desktop\n";
        ImportOptions options;
        options.mapping = ImportMapping::preset(QStringLiteral("pulse-bench"));
        options.mapping->delimiter = 0; // detected: semicolon
        options.batchRows = 64;
        options.maxBatchesInFlight = 1;
        const ImportReport report = importBytes(tw, site, csv, options);
        QVERIFY2(report.completed() && report.rowsImported == 5000, qPrintable(describe(report)));
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(DISTINCT visitor_id) FROM events")), 50);
    }

    void unmappableFilesStopWithAnError()
    {
        TestWorkspace tw(kNow);
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        const ImportReport noUser = importBytes(tw, site, "ts,event\n1714521600,pageview\n");
        QVERIFY(!noUser.completed());
        QVERIFY2(noUser.error.contains(QLatin1String("user id")), qPrintable(noUser.error));
        QCOMPARE(noUser.rowsRead, 0);

        const ImportReport empty = importBytes(tw, site, QByteArray());
        QVERIFY2(empty.completed() && empty.rowsRead == 0, qPrintable(describe(empty)));

        EventImporter importer(tw.workspace(), siteOf(tw, site));
        const ImportReport missing = importer.importFile(QStringLiteral("/nonexistent/events.csv"));
        QVERIFY(missing.error.contains(QLatin1String("/nonexistent/events.csv")));
    }

    void formatFollowsTheFileName()
    {
        QCOMPARE(EventImporter::formatForFileName(QStringLiteral("a/b/events.csv.gz")), ImportOptions::Format::Csv);
        QCOMPARE(EventImporter::formatForFileName(QStringLiteral("events.JSON")), ImportOptions::Format::Json);
        QCOMPARE(EventImporter::formatForFileName(QStringLiteral("events.ndjson.gz")), ImportOptions::Format::Ndjson);
        QCOMPARE(EventImporter::formatForFileName(QStringLiteral("events.jsonl")), ImportOptions::Format::Ndjson);
        QCOMPARE(EventImporter::formatForFileName(QStringLiteral("events")), ImportOptions::Format::Csv);
    }
};

QTEST_GUILESS_MAIN(TestEventImporter)
#include "TestEventImporter.moc"
