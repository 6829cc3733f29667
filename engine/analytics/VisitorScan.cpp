#include "analytics/VisitorScan.h"

#include "projection/SiteProjection.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace pulse {

int analysisThreads()
{
    return int(std::max(1u, std::thread::hardware_concurrency()));
}

int parallelOverVisitors(
    const SiteProjection &site, int threads, const std::function<void(quint32 begin, quint32 end, int part)> &body)
{
    // Threads pay off only once a scan takes longer than starting them.
    constexpr size_t kEventsPerThread = 200000;
    const int wanted = int(std::clamp<size_t>(site.eventCount() / kEventsPerThread, 1, size_t(std::max(1, threads))));
    const auto ranges = site.partition(wanted);
    std::vector<std::thread> workers;
    for (size_t r = 1; r < ranges.size(); ++r)
        workers.emplace_back([&, r] { body(ranges[r].first, ranges[r].second, int(r)); });
    if (!ranges.empty())
        body(ranges[0].first, ranges[0].second, 0);
    for (std::thread &w : workers)
        w.join();
    return int(ranges.size());
}

} // namespace pulse
