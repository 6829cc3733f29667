// Raw event exports: every stored event an EventExportQuery selects, in time order (ties in storage
// order), written row by row to a TableWriter from one read snapshot, so a file never mixes two
// states of the database and memory stays flat whatever the row count. The columns use the collector's
// field names where there is one (timestamp, name, user_id, path, referrer, id, props), so an NDJSON or
// JSON export of identified users imports back as it was (docs/exports.md).
//
// With two or more read connections the export reads in parallel: the result is cut into time
// slices, each connection's thread steps and formats slices of its own, and the slices are written
// in order (OrderedFragments), so the file is the same byte for byte. SQLite's row decoding, the
// longest part of a large export, then runs on every core instead of one (docs/benchmarks.md).
#pragma once

#include "export/EventExportQuery.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace pulse {

class SqliteDatabase;
class TableWriter;

// What a parallel export reads with.
struct ParallelReads {
    std::vector<SqliteDatabase *> connections; // idle read connections, one thread each
    // Runs `start` while no commit can happen (a job on the workspace's writer thread), so that the
    // read transactions it begins on every connection see one snapshot.
    std::function<void(const std::function<void()> &start)> betweenCommits;
};

class EventExporter final {
public:
    static constexpr qint64 kProgressRows = 10000;

    struct Outcome {
        qint64 rows = 0;
        bool cancelled = false;
        QString writeError; // the device refused bytes (disk full, client gone)
    };

    static QStringList columns();
    // progress(rows) is called every kProgressRows rows; returning false stops the export (cancelled).
    // Does not call out.finish(). Throws std::invalid_argument for an invalid query, SqlError when
    // SQLite fails.
    static Outcome write(SqliteDatabase &readDb, const EventExportQuery &query, TableWriter &out,
        const std::function<bool(qint64 rows)> &progress = {});
    // The same, read in parallel on reads.connections (one connection reads as above). progress(rows)
    // is called whenever the rows written pass another multiple of kProgressRows, with the rows
    // written so far; a cancelled export stops within a slice's fragment.
    static Outcome write(const ParallelReads &reads, const EventExportQuery &query, TableWriter &out,
        const std::function<bool(qint64 rows)> &progress = {});
};

} // namespace pulse
