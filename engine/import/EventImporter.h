// Imports one file (CSV, a JSON array or NDJSON, optionally gzip-compressed) into one site of an open
// workspace: rows are parsed as a stream, shaped into the collector's event objects, validated by the
// collector's own EventValidator (history allowed) and handed to the single writer in batches, with a
// bounded number of batches in flight so a large file never sits in memory. Rejected rows go to the
// report, not to the quarantine. Blocking: run it on a worker thread where a GUI is involved.
#pragma once

#include "access/SiteStore.h"
#include "import/ImportMapping.h"
#include "import/ImportReport.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace pulse {

class Workspace;

struct ImportOptions {
    enum class Format { Auto, Csv, Json, Ndjson };
    Format format = Format::Auto; // Auto: from the file name (".gz" ignored), CSV when it says nothing
    std::optional<ImportMapping> mapping; // for CSV; ImportMapping::automatic() when not given
    int batchRows = 1000; // rows per writer submission (one transaction each, at most)
    int walCheckpointPages = 16384; // WAL pages before a checkpoint while importing (64 MiB); 0 leaves it
    int maxBatchesInFlight = 3; // submitted, not yet committed; reading waits beyond this
    int maxListedRejections = 100000; // the report lists this many; the rest are only counted
    qsizetype maxFieldBytes = 64 * 1024;
    qsizetype maxRecordBytes = 1024 * 1024;
    // Rows numbered up to this one are read past without being counted: a resumed import whose
    // earlier run's checkpoint (ImportCheckpoint::row) reached it.
    qint64 resumeAfterRow = 0;
};

class EventImporter final {
    Q_DECLARE_TR_FUNCTIONS(pulse::EventImporter)

public:
    using ProgressCallback = std::function<void(const ImportProgress &)>;
    using CheckpointCallback = std::function<void(const ImportCheckpoint &)>;

    EventImporter(Workspace &workspace, Site site, ImportOptions options = {});

    static ImportOptions::Format formatForFileName(const QString &fileName);
    static std::optional<ImportOptions::Format> formatFromName(const QString &name); // "csv", "json", "ndjson"

    // Called on the importing thread after every batch and once at the end.
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Called on the importing thread, in order, for every batch whose COMMIT has returned (checked
    // after each batch and at the end): what a job records so that it can resume after a restart.
    void setCheckpointCallback(CheckpointCallback callback) { m_checkpoint = std::move(callback); }
    // Stops the import at the next row (from any thread); what was committed stays, and importing
    // the file again adds only the rest.
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }

    ImportReport importFile(const QString &path);
    ImportReport import(QIODevice *device, qint64 totalBytes = -1);

private:
    struct Run;
    void importCsv(Run &run, QIODevice *device);
    void importJson(Run &run, QIODevice *device, bool lines);

    Workspace &m_workspace;
    Site m_site;
    ImportOptions m_options;
    ProgressCallback m_progress;
    CheckpointCallback m_checkpoint;
    std::atomic<bool> m_cancel { false };
};

} // namespace pulse
