// The export queue: export requests become jobs that one worker thread writes one at a time, off the
// network and GUI threads, into DATA_DIR/exports. A file is written under a temporary name and
// renamed when complete (QSaveFile), so a half-written export is never visible under its final name;
// a job found queued or running at start() runs again from the start. Jobs can be cancelled, and
// deleting a job deletes its file.
#pragma once

#include "export/ExportJob.h"
#include "export/ExportJobStore.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace pulse {

class Workspace;

// Where a scheduled job writes and how many of its schedule's files stay; defaults: on demand.
struct ExportPlacement {
    qint64 scheduleId = 0;
    QString folder; // empty: ExportJobs::folder()
    int keepLast = 0;
};

class ExportJobs final {
public:
    enum class CancelResult { Cancelled, Cancelling, NotFound, AlreadyFinished };

    explicit ExportJobs(Workspace &workspace);
    ~ExportJobs();
    ExportJobs(const ExportJobs &) = delete;
    ExportJobs &operator=(const ExportJobs &) = delete;

    QString folder() const; // DATA_DIR/exports, created by start()
    // Queues the unfinished jobs and starts the worker. Throws SqlError when the workspace cannot be read.
    void start();
    // Stops the worker after its current row; a running job stays "running" and runs again next start().
    void stop();

    // Checks the request and queues it; nullopt with *error (naming the field) when it cannot run.
    std::optional<ExportJob> submit(const ExportRequest &request, QString *error, const ExportPlacement &placement = {});
    // The job if it belongs to siteId, with live row counts while it runs.
    std::optional<ExportJob> job(qint64 siteId, qint64 id) const;
    QList<ExportJob> jobs(qint64 siteId, int limit = 100) const;
    // Any site's job: for a signed download link, which names the job and nothing else.
    std::optional<ExportJob> jobById(qint64 id) const { return m_store.get(id); }
    // The completed job's file, or empty when it has none (any more).
    QString filePath(const ExportJob &job) const;
    CancelResult cancel(qint64 siteId, qint64 id);
    // Deletes a finished job and its file; false when there is no such job or it is still running
    // (cancel it first).
    bool remove(qint64 siteId, qint64 id);

    // Called on the worker thread after each job ended (completed, failed or cancelled).
    void setFinishedHook(std::function<void(const ExportJob &)> hook);

private:
    void run();
    void runJob(qint64 id);
    QString folderOf(const ExportJob &job) const;
    // After a scheduled job completed: deletes the schedule's files beyond its newest keepLast.
    void prune(const ExportJob &job);

    Workspace &m_workspace;
    ExportJobStore m_store;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<qint64> m_queue;
    qint64 m_runningId = 0;
    qint64 m_runningRows = 0;
    bool m_cancelRunning = false;
    bool m_stopping = false;
    std::function<void(const ExportJob &)> m_finishedHook;
    std::thread m_thread;
};

} // namespace pulse
