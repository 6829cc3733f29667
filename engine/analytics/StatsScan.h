// The parts of a StatsQuery that a site's projection answers exactly: visitors, pageviews and events
// per time bucket, and the ten tables of event values (names, pages, sources, source classes, UTM
// source / medium / campaign, browsers, OSes, devices), with the same meaning as the SQL of
// StatsEngine (docs/stats.md). Sessions are not in the projection (a session id per event would not
// fit its 24 bytes an event), so session figures, sessions per bucket and the entry and exit tables
// stay in SQL, and so does every query with an entry or exit page filter.
#pragma once

#include "analytics/StatsQuery.h"
#include "analytics/StatsResult.h"

#include <QString>

#include <vector>

namespace pulse {

class SiteProjection;
class VisitorSet;

class StatsScan final {
public:
    // Sites with more distinct props objects than this leave property filters to SQL: each distinct
    // object is tested once through SQLite's JSON functions (for identical answers), which would
    // cost more than the SQL query itself on sites with an object per event.
    static constexpr quint32 kMaxPropsToTest = 100000;

    // Empty when the projection can answer the query's event figures exactly, otherwise why not.
    // Takes the site's read lock.
    static QString unsupported(const StatsQuery &query, const SiteProjection &site);

    struct Inputs {
        const QList<qint64> *bucketStarts = nullptr; // query.bucketStarts()
        // Whether each props id passes the query's property filters; empty when it has none.
        const std::vector<quint8> *propsMatch = nullptr;
        const VisitorSet *cohort = nullptr; // the cohort filter's visitors; null: every visitor
        int threads = 1;
    };
    // Sets visitors, pageviews and events of every point of result->timeseries (which must hold one
    // point per bucket) and fills the ten event tables. Takes the site's read lock.
    static void run(const SiteProjection &site, const StatsQuery &query, const Inputs &inputs, StatsResult *result);
};

} // namespace pulse
