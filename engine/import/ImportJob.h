// One import job as the server's import queue keeps it (docs/imports.md, "Over REST"): the uploaded
// file, how to read it, where it stands (queued, running, completed, failed, cancelled) and its
// counts. A value type with a JSON codec; the rates and time left are derived while it runs.
#pragma once

#include "import/EventImporter.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pulse {

struct ImportJob {
    enum class State { Queued, Running, Completed, Failed, Cancelled };

    qint64 id = 0;
    qint64 siteId = 0;
    QString fileName; // as the client named it, for people
    ImportOptions::Format format = ImportOptions::Format::Csv;
    QString preset; // a built-in CSV mapping, or empty
    QJsonObject mapping; // a CSV mapping (ImportMapping::toJson), or empty
    State state = State::Queued;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 duplicates = 0;
    qint64 rowsRejected = 0;
    qint64 rejectionsNotListed = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 resumeRow = 0; // rows up to this one are stored or rejected and counted above
    qint64 createdAtMs = 0;
    qint64 startedAtMs = 0; // 0: not started
    qint64 finishedAtMs = 0; // 0: not finished
    qint64 updatedAtMs = 0;
    QString error;
    QString uploadPath; // relative to the data folder; empty once the job ended and the file is gone
    bool cancelRequested = false; // in memory: a running job asked to stop

    // Derived while running (not stored): over the current run of the job.
    double rowsPerSecond = 0;
    qint64 secondsLeft = -1; // -1: unknown

    bool isFinished() const { return state != State::Queued && state != State::Running; }
    QJsonObject toJson() const;

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
    static QString formatName(ImportOptions::Format format);

    bool operator==(const ImportJob &) const = default;
};

} // namespace pulse
