#include "projection/SortedRun.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace pulse {

SortedRun SortedRun::sorted(const EventColumns &events, const std::vector<quint32> &visitors)
{
    std::vector<quint32> order(events.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return visitors[a] != visitors[b] ? visitors[a] < visitors[b] : events.ts[a] < events.ts[b];
    });
    SortedRun run;
    run.events.reserve(order.size());
    run.visitors.reserve(order.size());
    for (const quint32 i : order) {
        run.events.appendFrom(events, i);
        run.visitors.push_back(visitors[i]);
    }
    return run;
}

SortedRun SortedRun::merge(const SortedRun &older, const SortedRun &newer)
{
    SortedRun merged;
    merged.events.reserve(older.size() + newer.size());
    merged.visitors.reserve(older.size() + newer.size());
    // The larger run goes over in runs: everything of `older` before the next row of `newer` is one
    // block copy (a commit of a thousand rows into tens of thousands leaves long stretches between).
    size_t a = 0;
    auto copyOlderBefore = [&](size_t end) {
        merged.events.appendRange(older.events, a, end);
        merged.visitors.insert(merged.visitors.end(), older.visitors.begin() + std::ptrdiff_t(a),
            older.visitors.begin() + std::ptrdiff_t(end));
        a = end;
    };
    for (size_t i = 0; i < newer.size(); ++i) {
        const auto key = std::make_pair(newer.visitors[i], newer.events.ts[i]);
        size_t end = a;
        while (end < older.size() && std::make_pair(older.visitors[end], older.events.ts[end]) <= key)
            ++end;
        copyOlderBefore(end);
        merged.events.appendFrom(newer.events, i);
        merged.visitors.push_back(newer.visitors[i]);
    }
    copyOlderBefore(older.size());
    return merged;
}

} // namespace pulse
