// Splitting a scan over a site's visitors across threads, shared by funnels, retention and cohorts:
// each analysis keeps per-thread partial results and merges them after the join.
#pragma once

#include <QtGlobal>

#include <functional>

namespace pulse {

class SiteProjection;

// The threads an analysis may use on this machine.
int analysisThreads();

// Runs body(begin, end, part) over the site's visitors split into at most `threads` contiguous ranges
// of similar event counts, part 0 on the calling thread; returns how many parts ran (0 for an empty
// site). Call with the site's read lock held.
int parallelOverVisitors(
    const SiteProjection &site, int threads, const std::function<void(quint32 begin, quint32 end, int part)> &body);

} // namespace pulse
