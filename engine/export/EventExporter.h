// Raw event exports: every stored event an EventExportQuery selects, in time order (ties in storage
// order), written row by row to a TableWriter from one read snapshot, so a file never mixes two
// states of the database and memory stays flat whatever the row count. The columns use the collector's
// field names where there is one (timestamp, name, user_id, path, referrer, id, props), so an NDJSON or
// JSON export of identified users imports back as it was (docs/exports.md).
#pragma once

#include "export/EventExportQuery.h"

#include <QStringList>

#include <functional>

namespace pulse {

class SqliteDatabase;
class TableWriter;

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
};

} // namespace pulse
