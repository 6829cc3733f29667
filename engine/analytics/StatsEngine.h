// Runs a StatsQuery: the overview figures, the time series and the top-N tables of one site. Callers see
// value types only, so the SQLite implementation can give way to the in-memory columnar projection
// (ARCHITECTURE.md, Analytics) without touching the server or the GUI.
#pragma once

#include "analytics/StatsQuery.h"
#include "analytics/StatsResult.h"

namespace pulse {

class SqliteDatabase;

class StatsEngine final {
public:
    // Reads through readDb (a read connection; the writer works too) and returns exact figures from one
    // consistent snapshot. Throws std::invalid_argument when query.validationError() is not empty and
    // SqlError when SQLite fails. Safe to call from any thread that owns readDb.
    static StatsResult run(SqliteDatabase &readDb, const StatsQuery &query);
};

} // namespace pulse
