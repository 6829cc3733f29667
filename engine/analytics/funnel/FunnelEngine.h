// Runs a funnel over one site's projection: a single pass over every visitor's events in time order,
// split across threads by visitor. Each visitor's level is found by a small state machine per order
// mode (docs/funnels.md has the exact rules: attempts, windows, exclusions, ties).
#pragma once

#include "analytics/CohortInputs.h"
#include "analytics/funnel/FunnelQuery.h"
#include "analytics/funnel/FunnelResult.h"

#include <QStringList>

namespace pulse {

class SiteProjection;

class FunnelEngine final {
public:
    // query must be valid (validationError() empty). Takes the projection's read lock.
    // inputs: the query's cohort filter and cohort breakdown as visitor sets.
    static FunnelResult run(
        const SiteProjection &site, const FunnelQuery &query, int threads, const CohortInputs &inputs = {});
    // One page of the users behind a step; allKeys, when given, receives every one of them as a cohort
    // member key ("u:<user id>" or "v:<visitor id>"), in the page's order.
    static FunnelUsersPage users(const SiteProjection &site, const FunnelUsersQuery &query, int threads,
        const CohortInputs &inputs = {}, QStringList *allKeys = nullptr);
    // The result of a funnel over no events: every step with zero users.
    static FunnelResult empty(const FunnelQuery &query);
};

} // namespace pulse
