// Runs one ExportRequest against a workspace and writes its whole result to a device: raw events
// through EventExporter, query results by running the kind's query exactly as its REST endpoint and
// the desktop do (cohort filters resolved by CohortService) and writing every row, every page of a
// user list included. The tables' columns are in docs/exports.md.
#pragma once

#include "export/ExportRequest.h"

#include <QString>

#include <functional>

class QIODevice;

namespace pulse {

class Workspace;

class Exporter final {
public:
    struct Outcome {
        qint64 rows = 0;
        qint64 bytes = 0;
        bool cancelled = false;
        QString error; // the device refused bytes; empty otherwise
    };
    using Progress = std::function<bool(qint64 rows)>; // false: stop (cancelled)

    // Throws std::invalid_argument with a message naming the field for an invalid request, an unknown
    // cohort or a saved item of another site, and SqlError when SQLite fails.
    static Outcome write(
        Workspace &workspace, const ExportRequest &request, QIODevice &out, const Progress &progress = {});
};

} // namespace pulse
