// The WAL is checkpointed by WalCheckpointer's thread, not inside the writer's commits: SQLite's own
// automatic checkpoint is off on the writer's connection, a commit that leaves the WAL past the
// threshold gets it copied into the database (so the WAL file stops growing), nothing stored is lost
// across a reopen, an import's larger threshold is given back when it ends, and when the thread falls
// behind the writer's commits the writer checkpoints itself, so the WAL stays bounded. A WAL that
// cannot start over is not checkpointed again at every commit, only each time it grows by a step.
#include "import/EventImporter.h"
#include "storage/EventWriter.h"
#include "storage/Sqlite.h"
#include "storage/WalCheckpointer.h"
#include "storage/Workspace.h"
#include "support/TestWorkspace.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kT0 = 1704067200000; // 2024-01-01T00:00:00Z

// One commit of `n` events with long paths, so that a few commits fill many WAL pages.
QList<EventRecord> batch(qint64 site, int first, int n)
{
    QList<EventRecord> events;
    for (int i = first; i < first + n; ++i)
        events << makeEvent(site, 1 + i % 50, kT0 + i * 1000, QStringLiteral("pageview"),
            QStringLiteral("/articles/%1/").arg(i) + QString(300, QLatin1Char('x')));
    return events;
}

// A database in WAL mode with one table t(id, text), as the writer's connection.
void openWalTable(SqliteDatabase &writer, const QString &path)
{
    writer.open(path, SqliteDatabase::Mode::ReadWrite);
    writer.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    writer.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, text TEXT)"));
}

} // namespace

class TestWalCheckpointer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void commitsPastTheThresholdAreCheckpointedOffTheWriter()
    {
        TestWorkspace ws(kT0 + 3600 * 1000);
        const qint64 site = ws.addSite(QStringLiteral("example.com"));
        EventWriter &writer = ws.workspace().writer();
        writer.execute([](SqliteDatabase &db) {
            // 0: SQLite's automatic checkpoint no longer runs in the writer's commits.
            QCOMPARE(db.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint")), 0);
        });
        const qint64 before = writer.waitForCheckpoints();
        QCOMPARE(writer.setCheckpointPages(20), 1000);

        const QString wal = ws.dataDir() + QStringLiteral("/pulse.db-wal");
        qint64 largestWal = 0;
        for (int c = 0; c < 40; ++c) {
            QCOMPARE(ws.write(batch(site, c * 100, 100)).inserted, 100);
            writer.waitForCheckpoints();
            largestWal = std::max(largestWal, QFileInfo(wal).size());
        }
        // 40 commits of about 40 KiB each: without checkpoints the WAL would pass 1.5 MiB.
        QVERIFY2(writer.waitForCheckpoints() - before >= 10,
            qPrintable(QStringLiteral("%1 checkpoints").arg(writer.waitForCheckpoints() - before)));
        QVERIFY2(largestWal < 512 * 1024, qPrintable(QStringLiteral("the WAL reached %1 bytes").arg(largestWal)));

        ws.reopen();
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM events")), 4000);
        QCOMPARE(
            ws.count(QStringLiteral("SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'")), 1);
    }

    void aCheckpointerThatFallsBehindLeavesTheRestToTheWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wal.db"));
        SqliteDatabase writer;
        openWalTable(writer, path);
        WalCheckpointer checkpointer(path, false);
        checkpointer.setThresholdPages(20);
        checkpointer.start(writer);
        checkpointer.setPaused(true); // as if its checkpoints never caught up with the commits

        qint64 largestWal = 0;
        for (int c = 0; c < 60; ++c) {
            writer.begin(false);
            SqlStatement insert = writer.prepare(QStringLiteral("INSERT INTO t(text) VALUES(?1)"));
            for (int i = 0; i < 10; ++i)
                insert.bind(1, QString(3000, QLatin1Char(char('a' + c % 26)))).run();
            writer.commit();
            largestWal = std::max(largestWal, QFileInfo(path + QStringLiteral("-wal")).size());
        }
        // About 8 pages a commit: 480 pages without checkpoints; the writer takes over at 80.
        QCOMPARE(checkpointer.checkpointsDone(), 0);
        QVERIFY(checkpointer.writerCheckpoints() >= 3);
        QVERIFY2(largestWal < 150 * 4096, qPrintable(QStringLiteral("the WAL reached %1 bytes").arg(largestWal)));
        checkpointer.setPaused(false);
        checkpointer.stop();
        QCOMPARE(writer.queryInt(QStringLiteral("SELECT COUNT(*) FROM t")), 600);
    }

    void aWalThatCannotStartOverIsCheckpointedOncePerStepOfGrowth()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wal.db"));
        SqliteDatabase writer;
        openWalTable(writer, path);
        // A reader that keeps its snapshot: the WAL cannot start over and stays past the threshold
        // after every checkpoint, as it does while commits keep coming during each checkpoint.
        SqliteDatabase reader;
        reader.open(path, SqliteDatabase::Mode::ReadOnly);
        reader.begin(false);
        QCOMPARE(reader.queryInt(QStringLiteral("SELECT COUNT(*) FROM t")), 0);
        WalCheckpointer checkpointer(path, false);
        checkpointer.setThresholdPages(80);
        checkpointer.start(writer);

        for (int c = 0; c < 60; ++c) {
            writer.begin(false);
            writer.prepare(QStringLiteral("INSERT INTO t(text) VALUES(?1)"))
                .bind(1, QString(3000, QLatin1Char(char('a' + c % 26))))
                .run();
            writer.commit();
            checkpointer.waitUntilIdle();
        }
        // About 3 pages a commit, 180 in all: asking at every commit past 80 pages made 34
        // checkpoints; a step of 20 pages makes 5.
        const qint64 pages = QFileInfo(path + QStringLiteral("-wal")).size() / 4096;
        QVERIFY2(pages > 100, qPrintable(QStringLiteral("%1 pages").arg(pages)));
        QVERIFY2(checkpointer.checkpointsDone() >= 5 && checkpointer.checkpointsDone() <= 12,
            qPrintable(QStringLiteral("%1 checkpoints").arg(checkpointer.checkpointsDone())));
        QCOMPARE(checkpointer.writerCheckpoints(), 0);
        reader.rollback();
        checkpointer.stop();
        QCOMPARE(writer.queryInt(QStringLiteral("SELECT COUNT(*) FROM t")), 60);
    }

    void anImportRaisesTheThresholdForItsLengthOnly()
    {
        TestWorkspace ws(kT0 + 3600 * 1000);
        ws.addSite(QStringLiteral("example.com"));
        const std::optional<Site> found = ws.workspace().sites().find(QStringLiteral("example.com"));
        QVERIFY(found);
        QByteArray csv = "timestamp,name,user_id,path\n";
        for (int i = 0; i < 50; ++i)
            csv += QByteArray::number(kT0 + i * 1000) + ",pageview,u" + QByteArray::number(i % 5) + ",/p\n";
        QBuffer file(&csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ImportOptions options;
        options.walCheckpointPages = 5000;
        options.batchRows = 10;
        EventImporter importer(ws.workspace(), *found, options);
        int during = 0;
        importer.setProgressCallback([&](const ImportProgress &) {
            // The first report comes after the first batch: read the threshold by setting it again.
            if (during == 0)
                during = ws.workspace().writer().setCheckpointPages(5000);
        });
        const ImportReport report = importer.import(&file, csv.size());
        QCOMPARE(report.rowsImported, 50);
        QCOMPARE(during, 5000);
        QCOMPARE(ws.workspace().writer().setCheckpointPages(1000), 1000);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "TestWalCheckpointer.moc"
