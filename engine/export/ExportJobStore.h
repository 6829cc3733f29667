// The export_jobs table (migration 0010): every write goes through the one writer, reads through the
// read pool. Knows SQL, not threads or files; ExportJobs drives it.
#pragma once

#include "export/ExportJob.h"

#include <QList>

#include <optional>

namespace pulse {

class Workspace;

class ExportJobStore final {
public:
    explicit ExportJobStore(Workspace &workspace);

    ExportJob insert(ExportJob job); // as queued; returns it with its id
    std::optional<ExportJob> get(qint64 id) const;
    QList<ExportJob> list(qint64 siteId, int limit) const; // newest first
    QList<qint64> unfinished() const; // queued or running, oldest first
    void markRunning(qint64 id, qint64 nowMs);
    void finish(const ExportJob &job); // state, counts, file name, error, finished_at as given
    void remove(qint64 id);
    // Completed jobs of a schedule beyond its newest keep, newest first: the files to delete.
    QList<ExportJob> beyondKept(qint64 scheduleId, int keep) const;

private:
    Workspace &m_workspace;
};

} // namespace pulse
