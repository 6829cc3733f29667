// The import_jobs and import_rejections tables (migration 0006): every write goes through the one
// writer, reads through the read pool. Knows SQL, not threads or files; ImportJobs drives it.
#pragma once

#include "import/ImportJob.h"
#include "import/ImportReport.h"

#include <QList>

#include <optional>

namespace pulse {

class Workspace;

class ImportJobStore final {
public:
    explicit ImportJobStore(Workspace &workspace);

    // Inserts a queued job; place(id) runs inside the same transaction (it moves the upload into
    // place and returns its path relative to the data folder, or throws to undo the insert).
    ImportJob insert(ImportJob job, const std::function<QString(qint64 id)> &place);

    std::optional<ImportJob> get(qint64 id) const;
    QList<ImportJob> list(qint64 siteId, int limit) const; // newest first
    QList<qint64> unfinished() const; // queued or running, oldest first
    QList<ImportRejection> rejections(qint64 jobId) const; // by row

    // A run starts: state running, started_at kept from the first run; rejections past resume_row
    // (left by a run that stopped between a batch and its checkpoint) are dropped.
    void markRunning(qint64 id, qint64 nowMs);
    // After a batch's COMMIT: the checkpoint's counts (added to the run's base) and its rejections.
    // Queued without waiting, behind the batch it describes.
    void recordCheckpoint(qint64 id, const ImportJob &counts, const QList<ImportRejection> &rejections, qint64 nowMs);
    // The job ends: its state, final counts, error, the rejections not yet stored; upload_path cleared.
    void finish(const ImportJob &job, const QList<ImportRejection> &rejections, qint64 nowMs);

private:
    Workspace &m_workspace;
};

} // namespace pulse
