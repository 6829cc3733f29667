// The export_schedules table (migration 0010) and the one decision a scheduler needs from it: which
// schedules are due. Every write goes through the one writer, reads through the read pool.
#pragma once

#include "export/ExportSchedule.h"

#include <QList>

#include <optional>

namespace pulse {

class Workspace;

class ExportScheduleStore final {
public:
    explicit ExportScheduleStore(Workspace &workspace);

    ExportSchedule insert(ExportSchedule schedule); // returns it with its id
    void update(const ExportSchedule &schedule);
    bool remove(qint64 siteId, qint64 id);
    std::optional<ExportSchedule> get(qint64 siteId, qint64 id) const;
    QList<ExportSchedule> list(qint64 siteId) const; // by name
    QList<ExportSchedule> due(qint64 nowMs) const; // enabled, next run at or before now, oldest first
    void markRun(qint64 id, qint64 ranAtMs, qint64 nextRunAtMs);

private:
    Workspace &m_workspace;
};

} // namespace pulse
