// One export job as the server's export queue keeps it (docs/exports.md): what it writes, where it
// stands (queued, running, completed, failed, cancelled), how many rows and bytes, and the file it
// produced in the exports folder. A value type with a JSON codec.
#pragma once

#include "export/ExportRequest.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pulse {

struct ExportJob {
    enum class State { Queued, Running, Completed, Failed, Cancelled };

    qint64 id = 0;
    qint64 siteId = 0;
    ExportRequest request;
    State state = State::Queued;
    qint64 rows = 0;
    qint64 bytes = 0;
    QString fileName; // in the exports folder; empty until completed and after the file was deleted
    qint64 createdAtMs = 0;
    qint64 startedAtMs = 0; // 0: not started
    qint64 finishedAtMs = 0; // 0: not finished
    QString error;
    qint64 scheduleId = 0; // the schedule that queued it; 0: on demand
    QString folder; // where its file goes; empty: the exports folder
    int keepLast = 0; // scheduled: how many of the schedule's files stay (older ones are deleted)

    bool isFinished() const { return state != State::Queued && state != State::Running; }
    // id, site_id, kind, format, query, table, state, rows, bytes, file_name, created_at, started_at,
    // finished_at (ISO 8601), error and schedule_id. The server adds the download link.
    QJsonObject toJson() const;

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);

    bool operator==(const ExportJob &) const = default;
};

} // namespace pulse
