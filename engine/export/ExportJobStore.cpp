#include "export/ExportJobStore.h"

#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <QJsonDocument>

namespace pulse {

namespace {

const QString kColumns
    = QStringLiteral("id, site_id, request, state, rows, bytes, file_name, created_at, started_at, finished_at, error, "
                     "schedule_id, folder, keep_last");

ExportJob jobFrom(const SqlStatement &st)
{
    ExportJob job;
    job.id = st.columnInt(0);
    job.siteId = st.columnInt(1);
    // Stored by insert() from a checked request; an unreadable one (a newer version's kind) keeps the
    // defaults and fails when run.
    const QJsonObject request = QJsonDocument::fromJson(st.columnText(2).toUtf8()).object();
    QString ignored;
    job.request = ExportRequest::fromJson(request, job.siteId, &ignored).value_or(ExportRequest {});
    job.request.siteId = job.siteId;
    job.state = ExportJob::stateFromName(st.columnText(3)).value_or(ExportJob::State::Failed);
    job.rows = st.columnInt(4);
    job.bytes = st.columnInt(5);
    job.fileName = st.columnIsNull(6) ? QString() : st.columnText(6);
    job.createdAtMs = st.columnInt(7);
    job.startedAtMs = st.columnIsNull(8) ? 0 : st.columnInt(8);
    job.finishedAtMs = st.columnIsNull(9) ? 0 : st.columnInt(9);
    job.error = st.columnIsNull(10) ? QString() : st.columnText(10);
    job.scheduleId = st.columnIsNull(11) ? 0 : st.columnInt(11);
    job.folder = st.columnIsNull(12) ? QString() : st.columnText(12);
    job.keepLast = int(st.columnInt(13));
    return job;
}

} // namespace

ExportJobStore::ExportJobStore(Workspace &workspace) : m_workspace(workspace) { }

ExportJob ExportJobStore::insert(ExportJob job)
{
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "INSERT INTO export_jobs(site_id, request, state, created_at, schedule_id, folder, keep_last) "
            "VALUES(?1, ?2, 'queued', ?3, ?4, ?5, ?6)"));
        st.bind(1, job.siteId);
        st.bind(2, QString::fromUtf8(QJsonDocument(job.request.toJson()).toJson(QJsonDocument::Compact)));
        st.bind(3, job.createdAtMs);
        if (job.scheduleId > 0)
            st.bind(4, job.scheduleId);
        else
            st.bindNull(4);
        st.bind(5, job.folder.isEmpty() ? QString() : job.folder).bind(6, job.keepLast);
        st.run();
        job.id = db.lastInsertRowId();
    });
    job.state = ExportJob::State::Queued;
    return job;
}

std::optional<ExportJob> ExportJobStore::get(qint64 id) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st
        = lease.db().prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM export_jobs WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return jobFrom(st);
}

QList<ExportJob> ExportJobStore::list(qint64 siteId, int limit) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM export_jobs WHERE site_id = ?1 ORDER BY id DESC LIMIT ?2"));
    st.bind(1, siteId).bind(2, limit);
    QList<ExportJob> jobs;
    while (st.step())
        jobs << jobFrom(st);
    return jobs;
}

QList<qint64> ExportJobStore::unfinished() const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(
        QStringLiteral("SELECT id FROM export_jobs WHERE state IN ('queued', 'running') ORDER BY id"));
    QList<qint64> ids;
    while (st.step())
        ids << st.columnInt(0);
    return ids;
}

void ExportJobStore::markRunning(qint64 id, qint64 nowMs)
{
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "UPDATE export_jobs SET state = 'running', started_at = ?2, rows = 0, bytes = 0 WHERE id = ?1"));
        st.bind(1, id).bind(2, nowMs);
        st.run();
    });
}

void ExportJobStore::finish(const ExportJob &job)
{
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral("UPDATE export_jobs SET state = ?2, rows = ?3, bytes = ?4, "
                                                    "file_name = ?5, finished_at = ?6, error = ?7 WHERE id = ?1"));
        st.bind(1, job.id).bind(2, ExportJob::stateName(job.state)).bind(3, job.rows).bind(4, job.bytes);
        st.bind(5, job.fileName.isEmpty() ? QString() : job.fileName);
        st.bind(6, job.finishedAtMs);
        st.bind(7, job.error.isEmpty() ? QString() : job.error);
        st.run();
    });
}

QList<ExportJob> ExportJobStore::beyondKept(qint64 scheduleId, int keep) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM export_jobs WHERE schedule_id = ?1 AND state = 'completed' ORDER BY id DESC "
                         "LIMIT -1 OFFSET ?2"));
    st.bind(1, scheduleId).bind(2, keep);
    QList<ExportJob> jobs;
    while (st.step())
        jobs << jobFrom(st);
    return jobs;
}

void ExportJobStore::remove(qint64 id)
{
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral("DELETE FROM export_jobs WHERE id = ?1"));
        st.bind(1, id);
        st.run();
    });
}

} // namespace pulse
