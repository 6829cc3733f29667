#include "import/ImportJobStore.h"

#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <QJsonDocument>

namespace pulse {

namespace {

const QString kColumns = QStringLiteral(
    "id, site_id, file_name, format, preset, mapping, state, rows_read, rows_imported, duplicates, rows_rejected, "
    "rejections_not_listed, bytes_done, bytes_total, resume_row, created_at, started_at, finished_at, updated_at, "
    "error, upload_path");

ImportJob readJob(SqlStatement &st)
{
    ImportJob job;
    job.id = st.columnInt(0);
    job.siteId = st.columnInt(1);
    job.fileName = st.columnText(2);
    job.format = EventImporter::formatFromName(st.columnText(3)).value_or(ImportOptions::Format::Csv);
    job.preset = st.columnText(4);
    if (!st.columnIsNull(5))
        job.mapping = QJsonDocument::fromJson(st.columnText(5).toUtf8()).object();
    job.state = ImportJob::stateFromName(st.columnText(6)).value_or(ImportJob::State::Failed);
    job.rowsRead = st.columnInt(7);
    job.rowsImported = st.columnInt(8);
    job.duplicates = st.columnInt(9);
    job.rowsRejected = st.columnInt(10);
    job.rejectionsNotListed = st.columnInt(11);
    job.bytesDone = st.columnInt(12);
    job.bytesTotal = st.columnInt(13);
    job.resumeRow = st.columnInt(14);
    job.createdAtMs = st.columnInt(15);
    job.startedAtMs = st.columnIsNull(16) ? 0 : st.columnInt(16);
    job.finishedAtMs = st.columnIsNull(17) ? 0 : st.columnInt(17);
    job.updatedAtMs = st.columnInt(18);
    job.error = st.columnText(19);
    job.uploadPath = st.columnText(20);
    return job;
}

void insertRejections(SqliteDatabase &db, qint64 jobId, const QList<ImportRejection> &rejections)
{
    if (rejections.isEmpty())
        return;
    SqlStatement st = db.prepare(QStringLiteral(
        "INSERT INTO import_rejections(job_id, row, line, col, reason, message) VALUES(?1, ?2, ?3, ?4, ?5, ?6)"));
    for (const ImportRejection &r : rejections) {
        st.bind(1, jobId).bind(2, r.row).bind(3, r.line).bind(4, r.column.isNull() ? QStringLiteral("") : r.column);
        st.bind(5, r.reason).bind(6, r.message);
        st.run();
    }
}

void bindCounts(SqlStatement &st, const ImportJob &job)
{
    st.bind(1, job.rowsRead).bind(2, job.rowsImported).bind(3, job.duplicates).bind(4, job.rowsRejected);
    st.bind(5, job.rejectionsNotListed).bind(6, job.bytesDone).bind(7, job.resumeRow);
}

} // namespace

ImportJobStore::ImportJobStore(Workspace &workspace) : m_workspace(workspace) { }

ImportJob ImportJobStore::insert(ImportJob job, const std::function<QString(qint64 id)> &place)
{
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "INSERT INTO import_jobs(site_id, file_name, format, preset, mapping, state, bytes_total, created_at, "
            "updated_at) VALUES(?1, ?2, ?3, ?4, ?5, 'queued', ?6, ?7, ?7)"));
        st.bind(1, job.siteId).bind(2, job.fileName).bind(3, ImportJob::formatName(job.format));
        st.bind(4, job.preset.isEmpty() ? QString() : job.preset);
        st.bind(5,
            job.mapping.isEmpty() ? QString()
                                  : QString::fromUtf8(QJsonDocument(job.mapping).toJson(QJsonDocument::Compact)));
        st.bind(6, job.bytesTotal).bind(7, job.createdAtMs);
        st.run();
        job.id = db.lastInsertRowId();
        job.uploadPath = place(job.id);
        SqlStatement path = db.prepare(QStringLiteral("UPDATE import_jobs SET upload_path = ?1 WHERE id = ?2"));
        path.bind(1, job.uploadPath).bind(2, job.id);
        path.run();
    });
    job.state = ImportJob::State::Queued;
    job.updatedAtMs = job.createdAtMs;
    return job;
}

std::optional<ImportJob> ImportJobStore::get(qint64 id) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st
        = lease.db().prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM import_jobs WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readJob(st);
}

QList<ImportJob> ImportJobStore::list(qint64 siteId, int limit) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM import_jobs WHERE site_id = ?1 ORDER BY id DESC LIMIT ?2"));
    st.bind(1, siteId).bind(2, qint64(limit));
    QList<ImportJob> out;
    while (st.step())
        out << readJob(st);
    return out;
}

QList<qint64> ImportJobStore::unfinished() const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(
        QStringLiteral("SELECT id FROM import_jobs WHERE state IN ('queued', 'running') ORDER BY id"));
    QList<qint64> out;
    while (st.step())
        out << st.columnInt(0);
    return out;
}

QList<ImportRejection> ImportJobStore::rejections(qint64 jobId) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral(
        "SELECT row, line, col, reason, message FROM import_rejections WHERE job_id = ?1 ORDER BY row, rowid"));
    st.bind(1, jobId);
    QList<ImportRejection> out;
    while (st.step())
        out.append({ st.columnInt(0), st.columnInt(1), st.columnText(2), st.columnText(3), st.columnText(4) });
    return out;
}

void ImportJobStore::markRunning(qint64 id, qint64 nowMs)
{
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "UPDATE import_jobs SET state = 'running', started_at = COALESCE(started_at, ?1), updated_at = ?1 "
            "WHERE id = ?2"));
        st.bind(1, nowMs).bind(2, id);
        st.run();
        SqlStatement drop = db.prepare(QStringLiteral(
            "DELETE FROM import_rejections WHERE job_id = ?1 AND row > (SELECT resume_row FROM import_jobs WHERE "
            "id = ?1)"));
        drop.bind(1, id);
        drop.run();
    });
}

void ImportJobStore::recordCheckpoint(
    qint64 id, const ImportJob &counts, const QList<ImportRejection> &rejections, qint64 nowMs)
{
    m_workspace.writer().post([id, counts, rejections, nowMs](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "UPDATE import_jobs SET rows_read = ?1, rows_imported = ?2, duplicates = ?3, rows_rejected = ?4, "
            "rejections_not_listed = ?5, bytes_done = ?6, resume_row = ?7, updated_at = ?8 WHERE id = ?9 AND state = "
            "'running'"));
        bindCounts(st, counts);
        st.bind(8, nowMs).bind(9, id);
        st.run();
        if (db.changes() > 0)
            insertRejections(db, id, rejections);
    });
}

void ImportJobStore::finish(const ImportJob &job, const QList<ImportRejection> &rejections, qint64 nowMs)
{
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "UPDATE import_jobs SET rows_read = ?1, rows_imported = ?2, duplicates = ?3, rows_rejected = ?4, "
            "rejections_not_listed = ?5, bytes_done = ?6, resume_row = ?7, updated_at = ?8, state = ?9, "
            "finished_at = ?8, error = ?10, upload_path = NULL WHERE id = ?11"));
        bindCounts(st, job);
        st.bind(8, nowMs).bind(9, ImportJob::stateName(job.state));
        st.bind(10, job.error.isEmpty() ? QString() : job.error).bind(11, job.id);
        st.run();
        insertRejections(db, job.id, rejections);
    });
}

} // namespace pulse
