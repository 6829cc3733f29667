// The server's import queue: uploaded files become jobs that one worker thread imports one at a time,
// off the network thread, with progress stored after every committed batch. Jobs can be cancelled
// (what was committed stays), and a job found queued or running at start() continues from its stored
// file: it reads past the rows its last checkpoint covers and counts the rest, and since imports are
// idempotent (docs/imports.md, the dedupe rule) nothing is stored twice even after a crash.
// Uploads wait in DATA_DIR/imports/<id>.<format> and are deleted when their job ends; the rejected
// rows stay with the job for its report.
#pragma once

#include "import/EventImporter.h"
#include "import/ImportJob.h"
#include "import/ImportJobStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace pulse {

class Workspace;

struct NewImportJob {
    qint64 siteId = 0;
    QString fileName;
    ImportOptions::Format format = ImportOptions::Format::Csv;
    QString preset;
    QJsonObject mapping;
};

class ImportJobs final {
    Q_DECLARE_TR_FUNCTIONS(pulse::ImportJobs)

public:
    enum class CancelResult { Cancelled, Cancelling, NotFound, AlreadyFinished };

    explicit ImportJobs(Workspace &workspace, int batchRows = 1000);
    ~ImportJobs();
    ImportJobs(const ImportJobs &) = delete;
    ImportJobs &operator=(const ImportJobs &) = delete;

    // DATA_DIR/imports, created by start(): where uploads are written and wait for their job.
    QString uploadFolder() const;
    // Removes uploads no unfinished job refers to (partial uploads of a stopped server), queues the
    // unfinished jobs and starts the worker. Throws SqlError when the workspace cannot be read.
    void start();
    // Asks the worker to stop without waiting (any thread): a running job stops at its next row and
    // stays "running", to be resumed by the next start(); no further job starts.
    void requestStop();
    // requestStop(), then blocks until the worker has finished.
    void stop();

    // Moves uploadedFile (in uploadFolder()) into place as the job's file and queues the job.
    // nullopt with *error when the file cannot be moved or stored.
    std::optional<ImportJob> submit(const NewImportJob &request, const QString &uploadedFile, QString *error);
    // The job if it belongs to siteId, with live progress while it runs.
    std::optional<ImportJob> job(qint64 siteId, qint64 id) const;
    QList<ImportJob> jobs(qint64 siteId, int limit = 100) const;
    QList<ImportRejection> rejections(qint64 jobId) const { return m_store.rejections(jobId); }
    // A queued job is cancelled at once; a running one stops at its next row (Cancelling).
    CancelResult cancel(qint64 siteId, qint64 id);

    // For tests: called on the worker thread after each checkpoint of a job was recorded.
    void setCheckpointHook(std::function<void(qint64 jobId)> hook);

private:
    struct Live; // the running job's progress, in memory
    void run();
    void runJob(qint64 id);
    ImportJob withLiveProgress(ImportJob job) const;
    QString absolutePath(const QString &relative) const;

    Workspace &m_workspace;
    ImportJobStore m_store;
    const int m_batchRows;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<qint64> m_queue; // job ids, oldest first
    std::unique_ptr<Live> m_live; // set while a job runs
    std::function<void(qint64)> m_checkpointHook;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace pulse
