// The import queue without a network: checkpoints after each committed batch, a resumed import that
// counts every row exactly once, jobs that end (completed, failed, cancelled) and lose their upload
// but keep their report, and the start-up sweep of uploads no job refers to.
#include "access/SiteStore.h"
#include "import/EventImporter.h"
#include "import/ImportJobs.h"
#include "support/TestWorkspace.h"
#include "support/WorkerGate.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <memory>

using namespace pulse;
using namespace pulse::test;

namespace {

constexpr qint64 kNow = 1704067200000 + 3 * 86400000LL;
constexpr int kTimeoutMs = 60000;

// rows data rows; every badEvery-th (when set) has no user id.
QByteArray csvRows(int rows, int badEvery = 0)
{
    QByteArray csv = "timestamp,event,user_id,path\n";
    for (int i = 1; i <= rows; ++i) {
        const QByteArray user = (badEvery > 0 && i % badEvery == 0) ? QByteArray() : "u-" + QByteArray::number(i % 13);
        csv += QByteArray::number(1704067200 + i) + ",pageview," + user + ",/p/" + QByteArray::number(i) + '\n';
    }
    return csv;
}

QString writeUpload(const QString &folder, const QByteArray &bytes)
{
    const QString path = QDir(folder).filePath(QStringLiteral("upload-test.part"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestImportJobs final : public QObject {
    Q_OBJECT

private:
    qint64 events(TestWorkspace &tw) { return tw.count(QStringLiteral("SELECT COUNT(*) FROM events")); }

    static bool ended(ImportJobs &jobs, qint64 siteId, qint64 id)
    {
        const std::optional<ImportJob> job = jobs.job(siteId, id);
        return job && job->isFinished();
    }

private Q_SLOTS:
    void checkpointsCoverCommittedRowsAndAResumeCountsTheRestOnce()
    {
        TestWorkspace tw(kNow);
        const qint64 siteId = tw.addSite(QStringLiteral("shop.example"));
        const Site site = *tw.workspace().sites().byId(siteId);
        const QByteArray csv = csvRows(1000, 90); // 11 bad rows

        ImportOptions options;
        options.batchRows = 100;
        EventImporter first(tw.workspace(), site, options);
        QList<ImportCheckpoint> checkpoints;
        first.setCheckpointCallback([&](const ImportCheckpoint &c) {
            checkpoints << c;
            if (checkpoints.size() == 3)
                first.cancel();
        });
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        const ImportReport cancelled = first.import(&buffer);
        QVERIFY(cancelled.cancelled);
        QVERIFY(checkpoints.size() >= 3);
        for (qsizetype i = 1; i < checkpoints.size(); ++i)
            QVERIFY(checkpoints[i].row > checkpoints[i - 1].row);
        const ImportCheckpoint last = checkpoints.last();
        QCOMPARE(last.rowsImported, events(tw)); // every committed row, and only those
        QCOMPARE(last.rowsRead, last.row - 1); // the header is row 1
        QCOMPARE(last.rowsImported + last.rowsRejected, last.rowsRead);
        qint64 listed = 0;
        for (const ImportCheckpoint &c : std::as_const(checkpoints))
            listed += c.rejections.size();
        QCOMPARE(listed, last.rowsRejected);

        options.resumeAfterRow = last.row;
        EventImporter resumed(tw.workspace(), site, options);
        buffer.seek(0);
        const ImportReport rest = resumed.import(&buffer);
        QVERIFY(rest.completed());
        QCOMPARE(rest.duplicates, 0);
        QCOMPARE(last.rowsRead + rest.rowsRead, 1000);
        QCOMPARE(last.rowsImported + rest.rowsImported, 989);
        QCOMPARE(last.rowsRejected + rest.rowsRejected, 11);
        QCOMPARE(events(tw), 989);
        for (const ImportRejection &r : rest.rejections)
            QVERIFY(r.row > last.row);
    }

    void aJobCompletesAndLosesItsUploadButKeepsItsReport()
    {
        TestWorkspace tw(kNow);
        const qint64 siteId = tw.addSite(QStringLiteral("shop.example"));
        ImportJobs jobs(tw.workspace(), 100);
        jobs.start();
        QString error;
        const std::optional<ImportJob> job
            = jobs.submit({ siteId, QStringLiteral("a.csv"), ImportOptions::Format::Csv, {}, {} },
                writeUpload(jobs.uploadFolder(), csvRows(500, 100)), &error);
        QVERIFY2(job, qPrintable(error));
        QCOMPARE(job->state, ImportJob::State::Queued);
        QCOMPARE(job->uploadPath, QStringLiteral("imports/%1.csv").arg(job->id));
        QTRY_VERIFY_WITH_TIMEOUT(ended(jobs, siteId, job->id), kTimeoutMs);
        const ImportJob done = *jobs.job(siteId, job->id);
        QCOMPARE(done.state, ImportJob::State::Completed);
        QCOMPARE(done.rowsRead, 500);
        QCOMPARE(done.rowsImported, 495);
        QCOMPARE(done.rowsRejected, 5);
        QCOMPARE(done.startedAtMs, kNow);
        QCOMPARE(done.finishedAtMs, kNow);
        QVERIFY(done.uploadPath.isEmpty());
        QCOMPARE(QDir(jobs.uploadFolder()).entryList(QDir::Files), QStringList());
        const QList<ImportRejection> rejections = jobs.rejections(job->id);
        QCOMPARE(rejections.size(), 5);
        QCOMPARE(rejections.first().row, 101);
        QCOMPARE(rejections.first().reason, QStringLiteral("missing_user_id"));
        QVERIFY(!jobs.job(siteId + 1, job->id)); // not another site's
    }

    void aStoppedJobResumesAtTheNextStartWithExactCounts()
    {
        TestWorkspace tw(kNow);
        const qint64 siteId = tw.addSite(QStringLiteral("shop.example"));
        qint64 id = 0;
        {
            std::atomic<int> checkpoints { 0 };
            ImportJobs jobs(tw.workspace(), 100);
            jobs.setCheckpointHook([&](qint64) {
                if (++checkpoints == 2)
                    jobs.requestStop();
            });
            jobs.start();
            QString error;
            id = jobs.submit({ siteId, QStringLiteral("b.csv"), ImportOptions::Format::Csv, {}, {} },
                         writeUpload(jobs.uploadFolder(), csvRows(2000, 400)), &error)
                     ->id;
            QTRY_VERIFY_WITH_TIMEOUT(checkpoints.load() >= 2, kTimeoutMs);
            jobs.stop();
        }
        tw.reopen(); // closing commits the checkpoints still queued
        QCOMPARE(tw.count(QStringLiteral("SELECT COUNT(*) FROM import_jobs WHERE state = 'running'")), 1);
        QVERIFY(tw.count(QStringLiteral("SELECT resume_row FROM import_jobs WHERE id = %1").arg(id)) > 1);
        QVERIFY(events(tw) > 0 && events(tw) < 1995);
        // A partial upload left by a server that stopped mid-request is swept at start.
        QFile stray(QDir(tw.dataDir()).filePath(QStringLiteral("imports/upload-stray.part")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();

        ImportJobs jobs(tw.workspace(), 100);
        jobs.start();
        QVERIFY(!QFile::exists(stray.fileName()));
        QTRY_VERIFY_WITH_TIMEOUT(ended(jobs, siteId, id), kTimeoutMs);
        const ImportJob done = *jobs.job(siteId, id);
        QCOMPARE(done.state, ImportJob::State::Completed);
        QCOMPARE(done.rowsRead, 2000);
        QCOMPARE(done.rowsImported, 1995);
        QCOMPARE(done.duplicates, 0);
        QCOMPARE(done.rowsRejected, 5);
        QCOMPARE(events(tw), 1995);
        QCOMPARE(jobs.rejections(id).size(), 5);
    }

    void aQueuedJobIsCancelledAtOnceAndAFinishedOneNotAgain()
    {
        TestWorkspace tw(kNow);
        const qint64 siteId = tw.addSite(QStringLiteral("shop.example"));
        // Holds the worker right after its first committed batch (bounded, so a failing test cannot hang).
        const auto gate = std::make_shared<pulse::test::WorkerGate>(kTimeoutMs);
        ImportJobs jobs(tw.workspace(), 100);
        jobs.setCheckpointHook([gate](qint64) { gate->hold(); });
        jobs.start();
        QString error;
        const qint64 running = jobs.submit({ siteId, QStringLiteral("r.csv"), ImportOptions::Format::Csv, {}, {} },
                                       writeUpload(jobs.uploadFolder(), csvRows(1000)), &error)
                                   ->id;
        QVERIFY(gate->reached.tryAcquire(1, kTimeoutMs));
        // Live progress while it runs: the rate and time left over the clock's time since it started.
        tw.clock().advanceMs(2000);
        const ImportJob live = *jobs.job(siteId, running);
        QCOMPARE(live.state, ImportJob::State::Running);
        QVERIFY(live.rowsRead >= 100);
        QCOMPARE(live.rowsPerSecond, double(live.rowsRead) / 2.0);
        QVERIFY(live.bytesDone > 0 && live.bytesDone <= live.bytesTotal);
        QVERIFY(live.secondsLeft >= 0);
        const qint64 queued = jobs.submit({ siteId, QStringLiteral("q.csv"), ImportOptions::Format::Csv, {}, {} },
                                      writeUpload(jobs.uploadFolder(), csvRows(10)), &error)
                                  ->id;
        QCOMPARE(jobs.cancel(siteId, queued), ImportJobs::CancelResult::Cancelled);
        QCOMPARE(jobs.job(siteId, queued)->state, ImportJob::State::Cancelled);
        QVERIFY(!QFile::exists(QDir(tw.dataDir()).filePath(QStringLiteral("imports/%1.csv").arg(queued))));
        QCOMPARE(jobs.cancel(siteId, queued), ImportJobs::CancelResult::AlreadyFinished);
        QCOMPARE(jobs.cancel(siteId + 1, running), ImportJobs::CancelResult::NotFound);
        gate->proceed.release();
        QTRY_VERIFY_WITH_TIMEOUT(ended(jobs, siteId, running), kTimeoutMs);
        QCOMPARE(jobs.job(siteId, running)->state, ImportJob::State::Completed);
        QCOMPARE(events(tw), 1000);
    }
};

QTEST_GUILESS_MAIN(TestImportJobs)
#include "TestImportJobs.moc"
