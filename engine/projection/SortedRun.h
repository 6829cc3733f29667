// Events sorted by visitor and then time: the projection's levels above its main part (SiteProjection).
// Merging two runs keeps the older run's events first when visitor and time are equal, because they
// were stored first, so every level and every merge of levels orders events the same way.
#pragma once

#include "projection/EventColumns.h"

#include <QtGlobal>

#include <vector>

namespace pulse {

struct SortedRun {
    EventColumns events;
    std::vector<quint32> visitors; // parallel to events, ascending

    size_t size() const { return events.size(); }
    bool empty() const { return events.ts.empty(); }
    qint64 memoryBytes() const { return events.memoryBytes() + qint64(visitors.capacity() * 4); }

    // Rows of `events` (any order) with their visitors, sorted; equal keys keep their order.
    static SortedRun sorted(const EventColumns &events, const std::vector<quint32> &visitors);
    // One run holding both; `older`'s events come first where visitor and time are equal.
    static SortedRun merge(const SortedRun &older, const SortedRun &newer);
};

} // namespace pulse
