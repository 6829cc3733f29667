// The data retention purge (docs/sites-and-keys.md, "Retention purge"): deletes each site's events,
// sessions and quarantined events older than its retention_days, through the writer in bounded
// batches (one short writer job each, so ingestion goes on between them), then has the in-memory
// projection rebuilt so analyses stop counting what was deleted.
#pragma once

#include <QList>
#include <QtGlobal>

namespace pulse {

class Workspace;

class RetentionPurge final {
public:
    // Rows deleted per writer job.
    static constexpr int kDefaultBatchRows = 5000;

    struct Result {
        qint64 events = 0;
        qint64 sessions = 0;
        qint64 quarantined = 0;
        QList<qint64> sites; // the sites that had events to delete
    };

    explicit RetentionPurge(Workspace &workspace, int batchRows = kDefaultBatchRows)
        : m_workspace(workspace), m_batchRows(batchRows)
    {
    }

    // Purges every site with a retention period as of nowMs: what happened before nowMs minus the
    // site's retention days goes. Throws SqlError when the database fails (the next run retries).
    Result run(qint64 nowMs);

private:
    qint64 deleteBefore(const char *table, const char *timeColumn, qint64 siteId, qint64 cutoffMs);

    Workspace &m_workspace;
    int m_batchRows;
};

} // namespace pulse
