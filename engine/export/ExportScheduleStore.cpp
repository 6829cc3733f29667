#include "export/ExportScheduleStore.h"

#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <QJsonDocument>

namespace pulse {

namespace {

const QString kScheduleColumns
    = QStringLiteral("id, site_id, name, request, cadence, minute_of_day, weekday, month_day, range_mode, keep_last, "
                     "folder, enabled, next_run_at, last_run_at, created_at");

ExportSchedule scheduleFrom(const SqlStatement &st)
{
    ExportSchedule s;
    s.id = st.columnInt(0);
    s.siteId = st.columnInt(1);
    s.name = st.columnText(2);
    QString ignored;
    const QJsonObject request = QJsonDocument::fromJson(st.columnText(3).toUtf8()).object();
    s.request = ExportRequest::fromJson(request, s.siteId, &ignored).value_or(ExportRequest {});
    // A stored request may lack its period (range previous): read its parts even when it does not check.
    s.request.kind
        = ExportRequest::kindFromName(request.value(QStringLiteral("kind")).toString()).value_or(s.request.kind);
    s.request.format
        = ExportFormats::fromName(request.value(QStringLiteral("format")).toString()).value_or(s.request.format);
    s.request.query = request.value(QStringLiteral("query")).toObject();
    s.request.table = request.value(QStringLiteral("table")).toString();
    s.request.siteId = s.siteId;
    s.cadence = ExportSchedule::cadenceFromName(st.columnText(4)).value_or(ExportSchedule::Cadence::Daily);
    s.minuteOfDay = int(st.columnInt(5));
    s.weekday = int(st.columnInt(6));
    s.monthDay = int(st.columnInt(7));
    s.range = ExportSchedule::rangeFromName(st.columnText(8)).value_or(ExportSchedule::Range::Previous);
    s.keepLast = int(st.columnInt(9));
    s.folder = st.columnIsNull(10) ? QString() : st.columnText(10);
    s.enabled = st.columnInt(11) != 0;
    s.nextRunAtMs = st.columnInt(12);
    s.lastRunAtMs = st.columnIsNull(13) ? 0 : st.columnInt(13);
    s.createdAtMs = st.columnInt(14);
    return s;
}

void bindSchedule(SqlStatement &st, const ExportSchedule &s)
{
    st.bind(1, s.siteId).bind(2, s.name);
    st.bind(3, QString::fromUtf8(QJsonDocument(s.request.toJson()).toJson(QJsonDocument::Compact)));
    st.bind(4, ExportSchedule::cadenceName(s.cadence)).bind(5, s.minuteOfDay).bind(6, s.weekday).bind(7, s.monthDay);
    st.bind(8, ExportSchedule::rangeName(s.range)).bind(9, s.keepLast);
    st.bind(10, s.folder.isEmpty() ? QString() : s.folder);
    st.bind(11, s.enabled ? 1 : 0).bind(12, s.nextRunAtMs);
    if (s.lastRunAtMs > 0)
        st.bind(13, s.lastRunAtMs);
    else
        st.bindNull(13);
    st.bind(14, s.createdAtMs);
}

} // namespace

ExportScheduleStore::ExportScheduleStore(Workspace &workspace) : m_workspace(workspace) { }

ExportSchedule ExportScheduleStore::insert(ExportSchedule schedule)
{
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st
            = db.prepare(QStringLiteral("INSERT INTO export_schedules(site_id, name, request, cadence, "
                                        "minute_of_day, weekday, month_day, range_mode, keep_last, folder, "
                                        "enabled, next_run_at, last_run_at, created_at) "
                                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
        bindSchedule(st, schedule);
        st.run();
        schedule.id = db.lastInsertRowId();
    });
    return schedule;
}

void ExportScheduleStore::update(const ExportSchedule &schedule)
{
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral(
            "UPDATE export_schedules SET site_id = ?1, name = ?2, request = ?3, cadence = ?4, minute_of_day = ?5, "
            "weekday = ?6, month_day = ?7, range_mode = ?8, keep_last = ?9, folder = ?10, enabled = ?11, "
            "next_run_at = ?12, last_run_at = ?13, created_at = ?14 WHERE id = ?15"));
        bindSchedule(st, schedule);
        st.bind(15, schedule.id);
        st.run();
    });
}

bool ExportScheduleStore::remove(qint64 siteId, qint64 id)
{
    bool removed = false;
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(QStringLiteral("DELETE FROM export_schedules WHERE id = ?1 AND site_id = ?2"));
        st.bind(1, id).bind(2, siteId);
        st.run();
        removed = db.changes() > 0;
    });
    return removed;
}

std::optional<ExportSchedule> ExportScheduleStore::get(qint64 siteId, qint64 id) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kScheduleColumns
        + QStringLiteral(" FROM export_schedules WHERE id = ?1 AND site_id = ?2"));
    st.bind(1, id).bind(2, siteId);
    if (!st.step())
        return std::nullopt;
    return scheduleFrom(st);
}

QList<ExportSchedule> ExportScheduleStore::list(qint64 siteId) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kScheduleColumns
        + QStringLiteral(" FROM export_schedules WHERE site_id = ?1 ORDER BY name COLLATE NOCASE, id"));
    st.bind(1, siteId);
    QList<ExportSchedule> schedules;
    while (st.step())
        schedules << scheduleFrom(st);
    return schedules;
}

QList<ExportSchedule> ExportScheduleStore::due(qint64 nowMs) const
{
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT ") + kScheduleColumns
        + QStringLiteral(" FROM export_schedules WHERE enabled = 1 AND next_run_at <= ?1 ORDER BY next_run_at, id"));
    st.bind(1, nowMs);
    QList<ExportSchedule> schedules;
    while (st.step())
        schedules << scheduleFrom(st);
    return schedules;
}

void ExportScheduleStore::markRun(qint64 id, qint64 ranAtMs, qint64 nextRunAtMs)
{
    m_workspace.writer().execute([&](SqliteDatabase &db) {
        SqlStatement st = db.prepare(
            QStringLiteral("UPDATE export_schedules SET last_run_at = ?2, next_run_at = ?3 WHERE id = ?1"));
        st.bind(1, id).bind(2, ranAtMs).bind(3, nextRunAtMs);
        st.run();
    });
}

} // namespace pulse
