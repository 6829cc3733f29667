// Runs a StatsQuery: the overview figures, the time series and the top-N tables of one site. Callers see
// value types only. What the site's in-memory projection answers exactly (visitors, pageviews and
// events per bucket, the tables of event values: StatsScan) comes from it; sessions and what depends
// on them come from SQL, which also answers everything when the projection cannot (StatsScan::unsupported).
#pragma once

#include "analytics/StatsQuery.h"
#include "analytics/StatsResult.h"

namespace pulse {

class SiteProjection;
class SqliteDatabase;

class StatsEngine final {
public:
    // Reads through readDb (a read connection; the writer works too) and returns exact figures, using
    // the site's projection where it can (null: SQL alone, as before the projection is built or for a
    // database no workspace has open; AnalysisEngine::stats passes the workspace's). The SQL figures
    // describe one snapshot, taken after the projection caught up with every commit announced before
    // the call; commits in between can only add to the SQL figures. Throws std::invalid_argument when
    // query.validationError() is not empty and SqlError when SQLite fails. Safe to call from any
    // thread that owns readDb.
    static StatsResult run(SqliteDatabase &readDb, const StatsQuery &query, const SiteProjection *site);
};

} // namespace pulse
