// What the workspace client answers about imports (previews, presets, jobs and their rejections) and
// exports (jobs, files and schedules).
#pragma once

#include "export/ExportJob.h"
#include "export/ExportSchedule.h"
#include "import/ImportJob.h"
#include "import/ImportPresetStore.h"
#include "import/ImportPreview.h"
#include "import/ImportReport.h"

#include <QList>
#include <QString>

namespace pulse::ui {

struct ImportPreviewReply {
    ImportPreview preview; // preview.error says why the file cannot be read
};

struct ImportPresetsReply {
    QList<ImportPreset> presets; // built in first, then saved ones by name
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct ImportPresetReply {
    ImportPreset preset;
    QString error; // what to change: an empty or reserved name
    bool ok() const { return error.isEmpty(); }
};

// What an import started with: the file on this machine, how to read it, and for CSV the mapping the
// user confirmed (and the preset it came from, for the job's history; empty when edited by hand).
struct ImportStart {
    qint64 siteId = 0;
    QString path;
    ImportOptions::Format format = ImportOptions::Format::Auto;
    QString preset;
    std::optional<ImportMapping> mapping;
};

struct ImportJobsReply {
    qint64 siteId = 0;
    QList<ImportJob> jobs; // newest first, with live progress
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct ImportJobReply {
    ImportJob job;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct ImportRejectionsReply {
    qint64 jobId = 0;
    QList<ImportRejection> rejections; // in file order
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct ExportJobsReply {
    qint64 siteId = 0;
    QList<ExportJob> jobs; // newest first
    QString folder; // where on-demand exports go (a local path; empty for a remote workspace)
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct ExportJobReply {
    ExportJob job;
    QString filePath; // the finished file on this machine, when there is one
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct ExportSchedulesReply {
    qint64 siteId = 0;
    QList<ExportSchedule> schedules; // by name
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct ExportScheduleReply {
    ExportSchedule schedule;
    QString error; // what to change, naming the field
    bool ok() const { return error.isEmpty(); }
};

} // namespace pulse::ui
