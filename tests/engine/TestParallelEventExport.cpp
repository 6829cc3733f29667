// Raw event exports read on several connections at once (EventExporter with ParallelReads) as a user
// gets them: byte for byte the file one connection writes, in every format and with every filter,
// across slices, a slice handed over in several pieces, and equal timestamps; from one snapshot even when a commit
// lands while the readers start; an empty selection; a disk that fills up; and cancelling from the progress callback.
#include "export/EventExporter.h"
#include "export/TableWriter.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "support/EventExportText.h"
#include "support/FullDisk.h"
#include "support/TestWorkspace.h"

#include <QBuffer>
#include <QTest>

#include <memory>
#include <vector>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kT0 = 1709251200000; // 2024-03-01T00:00:00Z
constexpr qint64 kMinute = 60 * 1000;

} // namespace

class TestParallelEventExport final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_site = 0;
    std::vector<std::unique_ptr<SqliteDatabase>> m_connections;

    // Three readers, their snapshots begun on the writer thread; `afterStart` runs once they are.
    ParallelReads reads(const std::function<void()> &afterStart = {})
    {
        m_connections.clear();
        ParallelReads r;
        for (int i = 0; i < 3; ++i) {
            m_connections.push_back(m_ws->workspace().reads().openConnection());
            r.connections.push_back(m_connections.back().get());
        }
        r.betweenCommits = [this, afterStart](const std::function<void()> &start) {
            m_ws->workspace().writer().execute([&start](SqliteDatabase &) { start(); });
            if (afterStart)
                afterStart();
        };
        return r;
    }

    QByteArray serial(const EventExportQuery &query, ExportFormat format, EventExporter::Outcome *outcome = nullptr)
    {
        return exportEventsText(m_ws->workspace(), query, format, outcome);
    }

    QByteArray parallel(const EventExportQuery &query, ExportFormat format, EventExporter::Outcome *outcome = nullptr,
        const std::function<void()> &afterStart = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TableWriter writer(buffer, format, EventExporter::columns());
        const EventExporter::Outcome result = EventExporter::write(reads(afterStart), query, writer);
        if (!writer.finish())
            qWarning("finish failed");
        if (outcome)
            *outcome = result;
        return buffer.data();
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
        // 12,000 events over about 80 days, in bursts of ten with one time: slices meet equal
        // timestamps, late arrivals, bots, props, and another site's events in the same range.
        QList<EventRecord> events;
        for (int k = 0; k < 12000; ++k) {
            const qint64 ms = kT0 + qint64(k / 10) * 97 * kMinute + (k % 7 == 0 ? -3 * kMinute : 0);
            EventRecord e = makeEvent(m_site, 100 + k % 37, ms,
                k % 3 ? QStringLiteral("pageview") : QStringLiteral("signup"), QStringLiteral("/p/%1").arg(k % 50));
            if (k % 5 == 0)
                e.propsJson = "{\"plan\":\"" + QByteArray(k % 2 ? "pro" : "free") + "\",\"n\":" + QByteArray::number(k)
                    + ",\"note\":\"a,\\\"b\\\"\\nc\"}";
            e.isBot = k % 11 == 0;
            events << e;
            if (k % 100 == 0)
                events << makeEvent(other, 1, ms);
        }
        // And 4,000 events of one millisecond: one slice of over a mebibyte, handed over in pieces.
        for (int k = 0; k < 4000; ++k)
            events << makeEvent(m_site, 200 + k % 13, kT0 + 30LL * 24 * 60 * kMinute, QStringLiteral("burst"),
                QStringLiteral("/burst/%1/").arg(k) + QString(300, QLatin1Char('b')));
        QCOMPARE(m_ws->write(events).inserted, int(events.size()));
    }

    void cleanup()
    {
        m_connections.clear();
        m_ws.reset();
    }

    void theFileIsByteForByteTheOneOneConnectionWrites_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("filter");
        const char *formats[] = { "csv", "ndjson", "json" };
        const char *filters[] = { "everything", "time range", "names", "property", "bots left out" };
        for (int f = 0; f < 3; ++f) {
            for (int q = 0; q < 5; ++q)
                QTest::addRow("%s, %s", formats[f], filters[q]) << f << q;
        }
    }

    void theFileIsByteForByteTheOneOneConnectionWrites()
    {
        QFETCH(int, format);
        QFETCH(int, filter);
        EventExportQuery query = all();
        if (filter == 1) {
            query.fromMs = kT0 + 20 * 24 * 60 * kMinute;
            query.toMs = kT0 + 21 * 24 * 60 * kMinute + 1;
        } else if (filter == 2) {
            query.names = { QStringLiteral("signup") };
        } else if (filter == 3) {
            query.props = { { QStringLiteral("plan"), QStringLiteral("pro") } };
        } else if (filter == 4) {
            query.includeBots = false;
        }
        const auto f = ExportFormat(format);
        EventExporter::Outcome one, several;
        const QByteArray expected = serial(query, f, &one);
        const QByteArray got = parallel(query, f, &several);
        QVERIFY(one.rows > 100);
        QCOMPARE(several.rows, one.rows);
        QCOMPARE(got.size(), expected.size());
        QVERIFY(got == expected);
        if (filter == 0)
            QCOMPARE(several.rows, 16000);
    }

    void aCommitWhileTheReadersStartIsNotInTheFile()
    {
        // The snapshots begin on the writer thread; a commit right after must be in none of them,
        // or the readers would see different databases.
        const QByteArray before = serial(all(), ExportFormat::Ndjson);
        EventExporter::Outcome outcome;
        const QByteArray got = parallel(all(), ExportFormat::Ndjson, &outcome, [this] {
            QList<EventRecord> late;
            for (int k = 0; k < 300; ++k)
                late << makeEvent(m_site, 900, kT0 + qint64(k) * 30 * kMinute, QStringLiteral("late"));
            QCOMPARE(m_ws->write(late).inserted, 300);
        });
        QCOMPARE(outcome.rows, 16000);
        QVERIFY(got == before);
        QVERIFY(!got.contains("\"late\""));
        QCOMPARE(parallel(all(), ExportFormat::Ndjson).count('\n'), 16300); // and the next export has them
    }

    void anEmptySelectionIsAnEmptyFile()
    {
        EventExportQuery query = all();
        query.names = { QStringLiteral("nothing-has-this-name") };
        for (const ExportFormat f : { ExportFormat::Csv, ExportFormat::Ndjson, ExportFormat::Json })
            QCOMPARE(parallel(query, f), serial(query, f));
        QCOMPARE(parallel(query, ExportFormat::Json), QByteArray("[]\n"));
        query = all();
        query.fromMs = kT0 - 10 * kMinute;
        query.toMs = kT0 - 5 * kMinute;
        EventExporter::Outcome outcome;
        QCOMPARE(parallel(query, ExportFormat::Json, &outcome), QByteArray("[]\n"));
        QCOMPARE(outcome.rows, 0);
    }

    void aFullDiskStopsTheExportWithItsReason()
    {
        QList<EventRecord> more;
        for (int k = 0; k < 20000; ++k) {
            EventRecord e = makeEvent(m_site, 5000 + k % 91, kT0 + qint64(k) * kMinute);
            e.propsJson = "{\"pad\":\"" + QByteArray(200, 'x') + "\"}";
            more << e;
        }
        QCOMPARE(m_ws->write(more).inserted, 20000);
        FullDisk disk(1 << 20);
        TableWriter writer(disk, ExportFormat::Csv, EventExporter::columns());
        const EventExporter::Outcome outcome = EventExporter::write(reads(), all(), writer);
        QCOMPARE(outcome.writeError, QStringLiteral("No space left on device"));
        QVERIFY(outcome.rows < 36000);
        QVERIFY(!writer.finish());
    }

    void progressCanCancel()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TableWriter writer(buffer, ExportFormat::Csv, EventExporter::columns());
        QList<qint64> seen;
        const EventExporter::Outcome outcome = EventExporter::write(reads(), all(), writer, [&](qint64 rows) {
            seen << rows;
            return rows < 5000;
        });
        QVERIFY(outcome.cancelled);
        QVERIFY(!seen.isEmpty());
        QVERIFY2(seen.last() >= 5000 && seen.last() < 16000, qPrintable(QString::number(seen.last())));
        QCOMPARE(outcome.rows, seen.last());
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i) / EventExporter::kProgressRows > seen.at(i - 1) / EventExporter::kProgressRows);
        QVERIFY(writer.finish());
        QCOMPARE(buffer.data().count('\n'), outcome.rows + 1); // what was counted is what was written
    }
};

QTEST_GUILESS_MAIN(TestParallelEventExport)
#include "TestParallelEventExport.moc"
