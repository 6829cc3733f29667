// The cohorts an analysis filters or breaks down by, already resolved to visitor sets (CohortService
// does that), so the engines see visitors and never touch the cohort store.
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace pulse {

class VisitorSet;

struct CohortInputs {
    // Only these visitors count (the query's cohort filter); null: all.
    const VisitorSet *filter = nullptr;
    // A breakdown by cohort: one series per named set.
    QList<std::pair<QString, const VisitorSet *>> cohortSeries;
};

} // namespace pulse
