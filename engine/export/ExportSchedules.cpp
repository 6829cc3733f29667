#include "export/ExportSchedules.h"

#include "access/SiteStore.h"
#include "core/Clock.h"
#include "storage/Workspace.h"

namespace pulse {

ExportSchedules::ExportSchedules(Workspace &workspace, ExportJobs &jobs)
    : m_workspace(workspace), m_jobs(jobs), m_store(workspace)
{
}

QTimeZone ExportSchedules::zoneOf(qint64 siteId) const
{
    const std::optional<Site> site = m_workspace.sites().byId(siteId);
    const QTimeZone zone(site ? site->timeZone.toUtf8() : QByteArrayLiteral("UTC"));
    return zone.isValid() ? zone : QTimeZone::utc();
}

std::optional<ExportSchedule> ExportSchedules::create(
    qint64 siteId, const QJsonObject &json, const QString &folder, QString *error)
{
    ExportSchedule base;
    base.siteId = siteId;
    base.folder = folder;
    std::optional<ExportSchedule> schedule = ExportSchedule::fromJson(json, base, error);
    if (!schedule)
        return std::nullopt;
    const qint64 now = m_workspace.clock().nowMs();
    schedule->createdAtMs = now;
    schedule->nextRunAtMs = schedule->nextRunAfter(now, zoneOf(siteId));
    return m_store.insert(*schedule);
}

std::optional<ExportSchedule> ExportSchedules::update(qint64 siteId, qint64 id, const QJsonObject &json,
                                                      QString *error, bool *found, const std::optional<QString> &folder)
{
    const std::optional<ExportSchedule> stored = m_store.get(siteId, id);
    *found = stored.has_value();
    if (!stored)
        return std::nullopt;
    std::optional<ExportSchedule> schedule = ExportSchedule::fromJson(json, *stored, error);
    if (!schedule)
        return std::nullopt;
    if (folder)
        schedule->folder = *folder;
    // A new time or cadence takes effect from now; an unchanged one keeps its next run.
    if (schedule->cadence != stored->cadence || schedule->minuteOfDay != stored->minuteOfDay
        || schedule->weekday != stored->weekday || schedule->monthDay != stored->monthDay
        || (schedule->enabled && !stored->enabled))
        schedule->nextRunAtMs = schedule->nextRunAfter(m_workspace.clock().nowMs(), zoneOf(siteId));
    m_store.update(*schedule);
    return schedule;
}

std::optional<ExportJob> ExportSchedules::queue(const ExportSchedule &schedule, qint64 runAtMs, QString *error)
{
    ExportPlacement placement;
    placement.scheduleId = schedule.id;
    placement.folder = schedule.folder;
    placement.keepLast = schedule.keepLast;
    return m_jobs.submit(schedule.requestFor(runAtMs, zoneOf(schedule.siteId)), error, placement);
}

std::optional<ExportJob> ExportSchedules::runNow(qint64 siteId, qint64 id, QString *error)
{
    const std::optional<ExportSchedule> schedule = m_store.get(siteId, id);
    if (!schedule) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    const qint64 now = m_workspace.clock().nowMs();
    std::optional<ExportJob> job = queue(*schedule, now, error);
    if (job)
        m_store.markRun(schedule->id, now, schedule->nextRunAtMs);
    return job;
}

int ExportSchedules::runDue()
{
    const qint64 now = m_workspace.clock().nowMs();
    int queued = 0;
    for (const ExportSchedule &schedule : m_store.due(now)) {
        const QTimeZone zone = zoneOf(schedule.siteId);
        // The latest run time that has passed: a schedule missed several times runs once.
        qint64 runAt = schedule.nextRunAtMs;
        for (qint64 next = schedule.nextRunAfter(runAt, zone); next <= now; next = schedule.nextRunAfter(runAt, zone))
            runAt = next;
        QString error;
        if (queue(schedule, runAt, &error))
            ++queued;
        // A request that no longer checks (a deleted cohort, say) fails each run in the job list
        // rather than stopping the schedule; it is moved on either way.
        m_store.markRun(schedule.id, now, schedule.nextRunAfter(now, zone));
    }
    return queued;
}

} // namespace pulse
