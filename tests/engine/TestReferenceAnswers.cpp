// The differential test of the analysis engine: the shared 1m reference data set (../shared/bench),
// loaded through Pulse's own importer, must give exactly the answers DuckDB, ClickHouse and SQLite
// give for Q1 (events per day), Q2 (unique users per day), Q3 (the ordered four-step funnel) and Q4
// (the weekly retention grid counted from the data set's start): first from the projection as the
// import appended it, then as a reopened workspace rebuilds it from the stored blocks, and from the
// event rows alone.
#include "access/SiteStore.h"
#include "analytics/AnalysisEngine.h"
#include "import/EventImporter.h"
#include "import/ImportMapping.h"
#include "projection/ProjectionStore.h"
#include "storage/Sqlite.h"
#include "support/TestWorkspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kStartMs = 1704067200000;
constexpr qint64 kDayMs = 86400000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString referenceDir()
{
    return qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/tests/data/reference");
}

} // namespace

class TestReferenceAnswers final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_site = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString csv = m_dir.filePath(QStringLiteral("events_1m.csv"));
        QProcess gen;
        gen.start(QStringLiteral(PULSE_GEN_EVENTS),
            { QStringLiteral("1000000"), QStringLiteral("20000"), QStringLiteral("42"), csv });
        QVERIFY(gen.waitForFinished(120000));
        QCOMPARE(gen.exitCode(), 0);

        // The clock sits after the data set, as for anyone importing last quarter's history.
        m_ws = std::make_unique<TestWorkspace>(kStartMs + 120 * kDayMs);
        QString error;
        const std::optional<Site> site = m_ws->workspace().sites().add(
            QStringLiteral("reference.example"), QString(), QStringLiteral("UTC"), &error);
        QVERIFY2(site, qPrintable(error));
        m_site = site->id;
        ImportOptions options;
        options.mapping = ImportMapping::preset(QStringLiteral("pulse-bench"));
        QVERIFY(options.mapping);
        EventImporter importer(m_ws->workspace(), *site, options);
        const ImportReport report = importer.importFile(csv);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.rowsImported, 1000000);
        QCOMPARE(report.rowsRejected, 0);
    }

    void copiesMatchTheSharedFolderWhenItIsThere()
    {
        const QString shared = qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/../shared/bench");
        if (!QFile::exists(shared + QStringLiteral("/gen-events.cpp")))
            QSKIP("../shared/bench is not beside this clone; the copies in tests/data/reference are used as they are");
        QCOMPARE(readFile(referenceDir() + QStringLiteral("/gen-events.cpp")),
            readFile(shared + QStringLiteral("/gen-events.cpp")));
        for (const char *q : { "q1", "q2", "q3", "q4" })
            QCOMPARE(readFile(referenceDir() + QStringLiteral("/1m.%1.tsv").arg(QLatin1String(q))),
                readFile(shared + QStringLiteral("/expected/1m.%1.tsv").arg(QLatin1String(q))));
    }

    void q1AndQ2EventsAndUniqueUsersPerDay()
    {
        const auto [q1, q2] = q1AndQ2();
        QCOMPARE(q1, readFile(referenceDir() + QStringLiteral("/1m.q1.tsv")));
        QCOMPARE(q2, readFile(referenceDir() + QStringLiteral("/1m.q2.tsv")));
    }

    void q3OrderedFunnelWithASevenDayWindow()
    {
        QCOMPARE(q3(), readFile(referenceDir() + QStringLiteral("/1m.q3.tsv")));
    }

    void q4WeeklyRetentionCountedFromTheDataSetsStart()
    {
        QCOMPARE(q4(), readFile(referenceDir() + QStringLiteral("/1m.q4.tsv")));
    }

    void sameAnswersFromTheStoredBlocksAndFromTheEventRows()
    {
        for (const bool fromBlocks : { true, false }) {
            m_ws->workspace().close();
            if (!fromBlocks) {
                SqliteDatabase db;
                db.open(m_ws->dataDir() + QStringLiteral("/pulse.db"), SqliteDatabase::Mode::ReadWrite);
                db.exec(QStringLiteral("DELETE FROM projection_blocks"));
            }
            m_ws->reopen();
            const ProjectionStats stats = m_ws->workspace().projections().stats();
            QCOMPARE(stats.events, 1000000);
            QCOMPARE(stats.eventsFromBlocks + stats.rowsReadFromSqlite, 1000000);
            QVERIFY(
                fromBlocks ? stats.rowsReadFromSqlite < ProjectionStore::kBlockEvents : stats.eventsFromBlocks == 0);
            const auto [q1, q2] = q1AndQ2();
            QCOMPARE(q1, readFile(referenceDir() + QStringLiteral("/1m.q1.tsv")));
            QCOMPARE(q2, readFile(referenceDir() + QStringLiteral("/1m.q2.tsv")));
            QCOMPARE(q3(), readFile(referenceDir() + QStringLiteral("/1m.q3.tsv")));
            QCOMPARE(q4(), readFile(referenceDir() + QStringLiteral("/1m.q4.tsv")));
        }
    }

private:
    std::pair<QByteArray, QByteArray> q1AndQ2()
    {
        QList<qint64> days;
        for (int d = 0; d < 91; ++d)
            days << kStartMs + d * kDayMs;
        const BucketCounts counts
            = m_ws->workspace().analysis().countPerBucket(m_site, days, kStartMs + 91 * kDayMs, true);
        QByteArray q1, q2;
        for (qsizetype d = 0; d < counts.events.size(); ++d) {
            if (counts.events[d] == 0)
                continue;
            q1 += QByteArray::number(d) + '\t' + QByteArray::number(counts.events[d]) + '\n';
            q2 += QByteArray::number(d) + '\t' + QByteArray::number(counts.visitors[d]) + '\n';
        }
        return { q1, q2 };
    }

    QByteArray q3()
    {
        FunnelQuery q;
        q.siteId = m_site;
        q.fromMs = kStartMs;
        q.toMs = kStartMs + 91 * kDayMs;
        q.windowMs = 604800LL * 1000;
        q.includeBots = true;
        for (const char *name : { "pageview", "signup_start", "signup_done", "purchase" }) {
            FunnelStep step;
            step.event = QString::fromLatin1(name);
            q.steps << step;
        }
        const FunnelResult result = m_ws->workspace().analysis().funnel(q);
        QByteArrayList levels;
        for (const FunnelStepResult &s : result.total.steps)
            levels << QByteArray::number(s.users);
        return levels.join('\t') + '\n';
    }

    QByteArray q4()
    {
        RetentionQuery q;
        q.siteId = m_site;
        q.fromMs = kStartMs;
        q.toMs = kStartMs + 91 * kDayMs;
        q.anchorMs = kStartMs;
        q.periods = 13;
        q.includeBots = true;
        const RetentionResult result = m_ws->workspace().analysis().retention(q, QStringLiteral("UTC"));
        QByteArray q4;
        for (qsizetype c = 0; c < result.total.rows.size(); ++c) {
            const RetentionRow &row = result.total.rows[c];
            if (row.startMs != kStartMs + c * 7 * kDayMs)
                return QByteArrayLiteral("row %1 starts elsewhere").replace("%1", QByteArray::number(c));
            for (qsizetype k = 0; k < row.returned.size(); ++k) {
                if (row.returned[k] > 0)
                    q4 += QByteArray::number(c) + '\t' + QByteArray::number(k) + '\t'
                        + QByteArray::number(row.returned[k]) + '\n';
            }
        }
        return q4;
    }
};

QTEST_GUILESS_MAIN(TestReferenceAnswers)
#include "TestReferenceAnswers.moc"
