// What an import tells its caller: progress while it runs, and the final report with every rejected
// row (its row number, column and reason), which can be saved as CSV for fixing and re-importing.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace pulse {

struct ImportProgress {
    qint64 rowsRead = 0;
    qint64 bytesRead = 0; // of the file as stored (compressed bytes for gzip)
    qint64 totalBytes = -1; // -1 when unknown (a pipe)
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    qint64 duplicates = 0;
    bool operator==(const ImportProgress &) const = default;
};

struct ImportRejection {
    qint64 row = 0; // 1-based record number in the file (header and blank lines counted)
    qint64 line = 0; // 1-based physical line the record starts on
    QString column; // header name or "column N"; empty when the row as a whole is wrong
    QString reason; // stable code, the collector's where the collector's rule refused it
    QString message; // what to fix
    bool operator==(const ImportRejection &) const = default;
};

// How far an import's stored work reaches, given after each batch's COMMIT: every row numbered up to
// `row` is either stored (imported or already stored) or rejected, and the counts cover exactly those
// rows. An import resumed with ImportOptions::resumeAfterRow = row adds each of the other rows once.
struct ImportCheckpoint {
    qint64 row = 0; // the file's row number (ImportRejection::row) of the last row covered
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 duplicates = 0;
    qint64 rowsRejected = 0;
    qint64 rejectionsNotListed = 0;
    QList<ImportRejection> rejections; // listed since the previous checkpoint
};

struct ImportReport {
    Q_DECLARE_TR_FUNCTIONS(pulse::ImportReport)

public:
    QString error; // why the import stopped before the end of the file; empty when it read it all
    bool cancelled = false;
    qint64 rowsRead = 0; // data rows (a CSV header is not one)
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    qint64 duplicates = 0; // rows whose event was already stored (an earlier import, or the same row twice)
    qint64 bytesRead = 0;
    qint64 durationMs = 0;
    QList<ImportRejection> rejections; // the first ones, up to the importer's limit
    qint64 rejectionsNotListed = 0;

    bool completed() const { return error.isEmpty() && !cancelled; }
    // Writes the listed rejections as CSV (row,line,column,reason,message) with a header.
    bool writeRejectionsCsv(QIODevice *device) const;
    // One line for people: counts, duration and rate.
    QString summary() const;
};

} // namespace pulse
