// Retention over one site's projection: a single pass over each visitor's events in time order finds
// the period(s) that put the visitor in a cohort and the later periods they came back in, split across
// threads by visitor range. Semantics (first-time against recurring, period 0, partial periods):
// docs/retention.md.
#pragma once

#include "analytics/CohortInputs.h"
#include "analytics/retention/RetentionPeriods.h"
#include "analytics/retention/RetentionQuery.h"
#include "analytics/retention/RetentionResult.h"

namespace pulse {

class SiteProjection;

using RetentionInputs = CohortInputs;

class RetentionEngine final {
public:
    // Grids larger than this many cells (cohort periods × observable periods) take too much memory
    // per breakdown series; such a breakdown is refused.
    static constexpr qint64 kMaxBreakdownCells = 50000;

    // The query must be valid; throws std::invalid_argument for a breakdown over a too large grid.
    static RetentionResult run(const SiteProjection &site, const RetentionQuery &query, const RetentionPeriods &periods,
        const RetentionInputs &inputs, int threads);
    // The answer for a site without events: every cohort empty.
    static RetentionResult empty(const RetentionQuery &query, const RetentionPeriods &periods);
};

} // namespace pulse
