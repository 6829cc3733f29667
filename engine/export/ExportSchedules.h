// Scheduled exports as a service: creating and changing schedules (their next run computed in the
// site's zone), running one now, and queueing the runs that are due on the export queue. Time comes
// from the workspace's Clock, so a test moves a manual clock and calls runDue(). A server that was
// stopped through several run times runs a schedule once when it starts, for the period before the
// run it missed last, and carries on from there (docs/exports.md).
#pragma once

#include "export/ExportJobs.h"
#include "export/ExportScheduleStore.h"

#include <QJsonObject>

#include <optional>

namespace pulse {

class Workspace;

class ExportSchedules final {
public:
    ExportSchedules(Workspace &workspace, ExportJobs &jobs);

    const ExportScheduleStore &store() const { return m_store; }
    // folder: where its files go (the desktop's choice); empty: the exports folder. nullopt with
    // *error naming the field when the JSON does not make a valid schedule.
    std::optional<ExportSchedule> create(qint64 siteId, const QJsonObject &json, const QString &folder, QString *error);
    // Changes the fields json gives, and the folder when one is given (the desktop's choice; REST never
    // gives one); *found false when the site has no such schedule.
    std::optional<ExportSchedule> update(qint64 siteId, qint64 id, const QJsonObject &json, QString *error, bool *found,
                                         const std::optional<QString> &folder = std::nullopt);
    bool remove(qint64 siteId, qint64 id) { return m_store.remove(siteId, id); }
    // Queues a run now for the period before now (or its range); the next scheduled run stays.
    std::optional<ExportJob> runNow(qint64 siteId, qint64 id, QString *error);
    // Queues the run of every due schedule; returns how many were queued.
    int runDue();

private:
    QTimeZone zoneOf(qint64 siteId) const;
    std::optional<ExportJob> queue(const ExportSchedule &schedule, qint64 runAtMs, QString *error);

    Workspace &m_workspace;
    ExportJobs &m_jobs;
    ExportScheduleStore m_store;
};

} // namespace pulse
