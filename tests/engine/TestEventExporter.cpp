// Raw event exports as a user reads them: the exact CSV, NDJSON and JSON text of known events (quoting,
// the formula defence, nulls, props), every filter, a writer whose disk fills up, cancelling, and the
// round trip: an NDJSON export imported into a fresh workspace gives the same counts and the same
// funnel answer.
#include "analytics/AnalysisEngine.h"
#include "export/EventExporter.h"
#include "export/TableWriter.h"
#include "import/EventImporter.h"
#include "storage/ReadPool.h"
#include "support/EventExportText.h"
#include "support/FullDisk.h"
#include "support/TestWorkspace.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kT0 = 1709251200000; // 2024-03-01T00:00:00Z
constexpr qint64 kMinute = 60 * 1000;

} // namespace

class TestEventExporter final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_site = 0;

    QByteArray exportText(const EventExportQuery &query, ExportFormat format, EventExporter::Outcome *outcome = nullptr)
    {
        return exportEventsText(m_ws->workspace(), query, format, outcome);
    }

    EventExportQuery all() const
    {
        EventExportQuery q;
        q.siteId = m_site;
        return q;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_site = m_ws->addSite(QStringLiteral("shop.example"));
        const qint64 other = m_ws->addSite(QStringLiteral("other.example"));
        EventRecord first = makeEvent(m_site, 0x2a, kT0 + 1234, QStringLiteral("pageview"), QStringLiteral("/pricing"));
        first.userId = QStringLiteral("ann");
        first.referrer = QStringLiteral("https://news.example/a,b");
        first.source = QStringLiteral("news.example");
        first.sourceClass = QStringLiteral("other");
        EventRecord second = makeEvent(m_site, 0x2a, kT0 + kMinute, QStringLiteral("signup"), QStringLiteral("/join"));
        second.userId = QStringLiteral("ann");
        second.eventId = QStringLiteral("c-1");
        second.propsJson = R"json({"plan":"pro","seats":3,"note":"=SUM(A1)"})json";
        EventRecord bot = makeEvent(m_site, 0x99, kT0 + 2 * kMinute);
        bot.isBot = true;
        bot.device = QStringLiteral("bot");
        EventRecord elsewhere = makeEvent(other, 1, kT0);
        QCOMPARE(m_ws->write({ first, second, bot, elsewhere }).inserted, 4);
    }

    void cleanup() { m_ws.reset(); }

    void csvHasAHeaderQuotingNullsAndTheFormulaDefence()
    {
        EventExporter::Outcome outcome;
        const QList<QByteArray> lines = exportText(all(), ExportFormat::Csv, &outcome).split('\n');
        QCOMPARE(outcome.rows, 3);
        QCOMPARE(lines.size(), 5); // header, three rows, the empty rest after the last CRLF
        QCOMPARE(lines[0],
            "timestamp,name,user_id,visitor_id,session_id,path,host,referrer,source,source_class,utm_source,"
            "utm_medium,utm_campaign,utm_term,utm_content,browser,os,device,is_bot,id,received_at,props\r");
        QVERIFY2(lines[1].startsWith("2024-03-01T00:00:01.234Z,pageview,ann,000000000000002a,"), lines[1].constData());
        QVERIFY2(lines[1].contains(",/pricing,,\"https://news.example/a,b\",news.example,other,,,,,,Chrome,Linux,"
                                   "desktop,false,,2024-03-01T00:00:01.234Z,\r"),
            lines[1].constData());
        // The props object as its JSON text, quoted; "=SUM" stays inside the JSON, not at a cell start.
        QVERIFY2(lines[2].contains(",false,c-1,2024-03-01T00:01:00.000Z,\"{\"\"plan\"\":\"\"pro\"\",\"\"seats\"\":3,"
                                   "\"\"note\"\":\"\"=SUM(A1)\"\"}\"\r"),
            lines[2].constData());
        QVERIFY(lines[3].contains(",bot,true,"));
    }

    void ndjsonLinesAreEventsWithTheCollectorsFieldNames()
    {
        const QList<QByteArray> lines = exportText(all(), ExportFormat::Ndjson).split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[3].isEmpty());
        QJsonParseError error;
        const QJsonObject second = QJsonDocument::fromJson(lines[1], &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(second.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2024-03-01T00:01:00.000Z"));
        QCOMPARE(second.value(QStringLiteral("name")).toString(), QStringLiteral("signup"));
        QCOMPARE(second.value(QStringLiteral("user_id")).toString(), QStringLiteral("ann"));
        QCOMPARE(second.value(QStringLiteral("id")).toString(), QStringLiteral("c-1"));
        QCOMPARE(second.value(QStringLiteral("is_bot")).toBool(true), false);
        QVERIFY(second.value(QStringLiteral("referrer")).isNull());
        const QJsonObject props = second.value(QStringLiteral("props")).toObject();
        QCOMPARE(props.value(QStringLiteral("seats")).toInt(), 3);
        QCOMPARE(props.value(QStringLiteral("note")).toString(), QStringLiteral("=SUM(A1)"));
        QVERIFY(QJsonDocument::fromJson(lines[0]).object().value(QStringLiteral("props")).isNull());
    }

    void jsonIsOneArrayAndAnEmptyExportIsAnEmptyArray()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(exportText(all(), ExportFormat::Json));
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 3);
        EventExportQuery none = all();
        none.names = QStringList { QStringLiteral("never-sent") };
        QCOMPARE(exportText(none, ExportFormat::Json), QByteArray("]\n").prepend('['));
        QCOMPARE(exportText(none, ExportFormat::Csv).count('\n'), 1); // the header alone
        QCOMPARE(exportText(none, ExportFormat::Ndjson), QByteArray());
    }

    void controlCharactersAndQuotesAreEscapedInJson()
    {
        EventRecord odd
            = makeEvent(m_site, 7, kT0 + 3 * kMinute, QStringLiteral("say \"hi\"\\"), QStringLiteral("/a\tb\x01"));
        odd.userId = QStringLiteral("zoë");
        QCOMPARE(m_ws->write({ odd }).inserted, 1);
        EventExportQuery q = all();
        q.names = QStringList { odd.name };
        const QByteArray text = exportText(q, ExportFormat::Ndjson);
        QVERIFY2(text.contains("\"name\":\"say \\\"hi\\\"\\\\\""), text.constData());
        QVERIFY2(text.contains("\"path\":\"/a\\tb\\u0001\""), text.constData());
        const QJsonObject parsed = QJsonDocument::fromJson(text).object();
        QCOMPARE(parsed.value(QStringLiteral("name")).toString(), odd.name);
        QCOMPARE(parsed.value(QStringLiteral("path")).toString(), odd.path);
        QCOMPARE(parsed.value(QStringLiteral("user_id")).toString(), odd.userId);
    }

    void everyFilterNarrowsTheRows()
    {
        EventExporter::Outcome outcome;
        EventExportQuery q = all();
        q.fromMs = kT0 + 30 * 1000;
        q.toMs = kT0 + 2 * kMinute; // exclusive: the bot at exactly 2 minutes is out
        exportText(q, ExportFormat::Csv, &outcome);
        QCOMPARE(outcome.rows, 1);

        q = all();
        q.names = QStringList { QStringLiteral("pageview") };
        exportText(q, ExportFormat::Csv, &outcome);
        QCOMPARE(outcome.rows, 2); // ann's and the bot's

        q.includeBots = false;
        exportText(q, ExportFormat::Csv, &outcome);
        QCOMPARE(outcome.rows, 1);

        q = all();
        q.props
            = { { QStringLiteral("seats"), QStringLiteral("3") }, { QStringLiteral("plan"), QStringLiteral("pro") } };
        exportText(q, ExportFormat::Csv, &outcome);
        QCOMPARE(outcome.rows, 1);
        q.props = { { QStringLiteral("plan"), QStringLiteral("free") } };
        exportText(q, ExportFormat::Csv, &outcome);
        QCOMPARE(outcome.rows, 0);
    }

    void badQueriesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no site") << QByteArray(R"({})") << QStringLiteral("site_id");
        QTest::newRow("backwards range") << QByteArray(R"({"site_id":1,"from_ms":10,"to_ms":5})")
                                         << QStringLiteral("to_ms");
        QTest::newRow("negative") << QByteArray(R"({"site_id":1,"from_ms":-5,"to_ms":5})") << QStringLiteral("from_ms");
        QTest::newRow("events not a list")
            << QByteArray(R"({"site_id":1,"events":"signup"})") << QStringLiteral("events");
        QTest::newRow("empty event name") << QByteArray(R"({"site_id":1,"events":[""]})") << QStringLiteral("events");
        QTest::newRow("props as object") << QByteArray(R"({"site_id":1,"props":{"plan":"pro"}})")
                                         << QStringLiteral("props");
        QTest::newRow("quote in key") << QByteArray("{\"site_id\":1,\"props\":[{\"key\":\"a\\\"b\",\"value\":\"x\"}]}")
                                      << QStringLiteral("props");
        QTest::newRow("bots not a bool") << QByteArray(R"({"site_id":1,"include_bots":"yes"})")
                                         << QStringLiteral("include_bots");
    }

    void badQueriesNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QString error;
        EventExportQuery::fromJson(QJsonDocument::fromJson(body).object(), &error);
        QVERIFY2(error.contains(u'\'' + field + u'\''), qPrintable(error));
    }

    void aFullDiskStopsTheExportWithItsReason()
    {
        for (int k = 0; k < 30000; ++k) {
            if (k % 5000 == 0) {
                QList<EventRecord> batch;
                for (int j = 0; j < 5000; ++j)
                    batch << makeEvent(m_site, 1000 + (k + j) % 97, kT0 + 10 * kMinute + (k + j) * 1000);
                QCOMPARE(m_ws->write(batch).inserted, 5000);
            }
        }
        FullDisk disk(512 * 1024);
        TableWriter writer(disk, ExportFormat::Ndjson, EventExporter::columns());
        ReadPool::Lease lease = m_ws->workspace().reads().acquire();
        const EventExporter::Outcome outcome = EventExporter::write(lease.db(), all(), writer);
        QVERIFY(outcome.rows < 30003);
        QCOMPARE(outcome.writeError, QStringLiteral("No space left on device"));
        QVERIFY(!writer.finish());
    }

    // Many times the reader's batch and the writer's buffer, across midnights: every row arrives, in
    // time order, with the time QDateTime spells, and the NDJSON of the same rows parses line by line.
    void aLargeExportComesOutWholeInOrderWithExactTimes()
    {
        QList<EventRecord> events;
        QList<qint64> times;
        for (int k = 0; k < 30000; ++k) {
            const qint64 ms = kT0 + 10 * kMinute + qint64(k) * 7 * kMinute + k % 1000; // ~146 days
            EventRecord e = makeEvent(
                m_site, 7000 + k % 113, ms, QStringLiteral("view, \"quoted\""), QStringLiteral("/item/%1").arg(k));
            e.propsJson = QByteArray(R"({"k":)") + QByteArray::number(k) + R"(,"note":"line\nbreak"})";
            events << e;
            times << ms;
        }
        QCOMPARE(m_ws->write(events).inserted, 30000);
        EventExportQuery query = all();
        query.fromMs = kT0 + 5 * kMinute; // only the rows above
        query.toMs = kT0 + 400LL * 24 * 60 * kMinute;

        EventExporter::Outcome outcome;
        const QByteArray csv = exportText(query, ExportFormat::Csv, &outcome);
        QCOMPARE(outcome.rows, 30000);
        QVERIFY(csv.size() > 4 * (1 << 20)); // several background writes
        QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 30000 + 2);
        for (int k = 0; k < 30000; k += 997) {
            const QByteArray &line = lines.at(k + 1);
            const QByteArray expected
                = QDateTime::fromMSecsSinceEpoch(times.at(k)).toUTC().toString(Qt::ISODateWithMs).toUtf8(); // "…Z"
            QVERIFY2(line.startsWith(QByteArray(expected + ",\"view, \"\"quoted\"\"\",")), line.constData());
            QVERIFY2(line.contains(QByteArray(",/item/" + QByteArray::number(k) + ",")), line.constData());
            QVERIFY2(line.endsWith(QByteArray(
                         ",\"{\"\"k\"\":" + QByteArray::number(k) + ",\"\"note\"\":\"\"line\\nbreak\"\"}\"\r")),
                line.constData());
        }

        const QList<QByteArray> ndjson = exportText(query, ExportFormat::Ndjson).split('\n');
        QCOMPARE(ndjson.size(), 30000 + 1);
        for (int k = 0; k < 30000; ++k) {
            QJsonParseError error;
            const QJsonObject row = QJsonDocument::fromJson(ndjson.at(k), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            if (k % 1009 == 0) {
                QCOMPARE(row.value(QStringLiteral("path")).toString(), QStringLiteral("/item/%1").arg(k));
                QCOMPARE(row.value(QStringLiteral("props")).toObject().value(QStringLiteral("note")).toString(),
                    QStringLiteral("line\nbreak"));
            }
        }
    }

    void progressCanCancel()
    {
        QList<EventRecord> batch;
        for (int j = 0; j < 25000; ++j)
            batch << makeEvent(m_site, 1000 + j % 97, kT0 + 10 * kMinute + j * 1000);
        QCOMPARE(m_ws->write(batch).inserted, 25000);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TableWriter writer(buffer, ExportFormat::Csv, EventExporter::columns());
        ReadPool::Lease lease = m_ws->workspace().reads().acquire();
        QList<qint64> seen;
        const EventExporter::Outcome outcome = EventExporter::write(lease.db(), all(), writer, [&](qint64 rows) {
            seen << rows;
            return rows < 20000;
        });
        QCOMPARE(seen, (QList<qint64> { 10000, 20000 }));
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.rows, 20000);
    }

    void anNdjsonExportImportsBackWithTheSameCountsAndFunnel()
    {
        QList<EventRecord> events;
        for (int v = 1; v <= 60; ++v) {
            const QString user = QStringLiteral("user-%1").arg(v);
            const char *steps[] = { "pageview", "signup", "purchase" };
            for (int s = 0; s < 1 + v % 3; ++s) {
                EventRecord e = makeEvent(m_site, 5000 + v, kT0 + v * kMinute + s * 1000, QString::fromLatin1(steps[s]),
                    QStringLiteral("/p%1").arg(v % 4));
                e.userId = user;
                if (s == 1)
                    e.propsJson = v % 2 ? R"({"plan":"pro"})" : R"({"plan":"free","seats":2})";
                events << e;
            }
        }
        QCOMPARE(m_ws->write(events).inserted, int(events.size()));
        EventExportQuery identified = all();
        identified.includeBots = false;
        const QByteArray text = exportText(identified, ExportFormat::Ndjson);

        TestWorkspace fresh(kT0 + 24 * 60 * kMinute); // a day after the events, as when they are re-imported
        const qint64 site = fresh.addSite(QStringLiteral("copy.example"));
        ImportOptions options;
        options.format = ImportOptions::Format::Ndjson;
        QBuffer input;
        input.setData(text);
        input.open(QIODevice::ReadOnly);
        const ImportReport report
            = EventImporter(fresh.workspace(), *fresh.workspace().sites().byId(site), options).import(&input);
        QVERIFY2(report.completed(), qPrintable(report.error));
        QVERIFY2(report.rowsRejected == 0,
            report.rejections.isEmpty()
                ? ""
                : qPrintable(report.rejections.first().reason + u' ' + report.rejections.first().message));
        QCOMPARE(report.rowsImported, qint64(events.size()) + 2); // ann's two events came along

        FunnelQuery funnel;
        funnel.fromMs = kT0;
        funnel.toMs = kT0 + 24 * 60 * kMinute;
        for (const char *name : { "pageview", "signup", "purchase" }) {
            FunnelStep step;
            step.event = QString::fromLatin1(name);
            funnel.steps << step;
        }
        funnel.breakdown = QStringLiteral("path");
        funnel.siteId = m_site;
        const FunnelResult original = m_ws->workspace().analysis().funnel(funnel);
        funnel.siteId = site;
        const FunnelResult copied = fresh.workspace().analysis().funnel(funnel);
        QCOMPARE(copied.total, original.total);
        QCOMPARE(copied.breakdown, original.breakdown);
        QCOMPARE(copied.total.steps.value(2).users, 20);
        QCOMPARE(fresh.count(QStringLiteral("SELECT COUNT(DISTINCT user_id) FROM events")), 61);
    }
};

QTEST_GUILESS_MAIN(TestEventExporter)
#include "TestEventExporter.moc"
