// Appending to one site's projection (SiteProjection) as an import does, and scanning it as an analysis
// does, with the main part merged at every tail flush (the layout before the middle level) and with the
// middle level. Synthetic events: V visitors, times increasing with jitter, commits of 1000 events.
//
//   pulse-projection-bench [EVENTS=10000000] [VISITORS=200000] [TAIL_LIMIT MIDDLE_SHARE]
//
// With TAIL_LIMIT and MIDDLE_SHARE (ProjectionLevels), only that layout. Prints, for each layout: the append time, the
// events in each part at the end, and a full scan (every visitor's events through forEachVisitor) before and after
// compactNow(), and how long that took.
#include "projection/SiteProjection.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <vector>

using namespace pulse;

namespace {

qint64 scanMs(const SiteProjection &site, qint64 *events)
{
    QElapsedTimer timer;
    timer.start();
    const auto lock = site.readLock();
    EventColumns scratch;
    qint64 n = 0, checksum = 0;
    site.forEachVisitor(0, site.visitorCount(), scratch, [&](const VisitorEvents &v) {
        n += v.count;
        checksum += v.ts[v.count - 1] - v.ts[0];
    });
    *events = n + (checksum == -1 ? 1 : 0); // keeps the loop's work observable
    return timer.elapsed();
}

void run(const char *layout, ProjectionLevels levels, qint64 events, quint32 visitors)
{
    SiteProjection site(levels);
    QRandomGenerator random(7);
    const QByteArray paths[4] = { "/", "/pricing", "/docs", "/signup" };
    std::vector<ProjectionRow> batch;
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < events; ++i) {
        ProjectionRow row;
        row.visitorHash = qint64(random.bounded(visitors)) + 1;
        row.ts = 1'700'000'000'000 + i * 100 + qint64(random.bounded(5000)); // late by up to 5 s
        row.name = "pageview";
        row.path = paths[i % 4];
        batch.push_back(row);
        if (batch.size() == 1000 || i + 1 == events) {
            site.append(batch);
            batch.clear();
        }
    }
    const qint64 appendMs = timer.elapsed();
    const SiteProjection::PartSizes parts = site.partSizes();
    qint64 scanned = 0;
    const qint64 before = scanMs(site, &scanned);
    timer.restart();
    site.compactNow();
    const qint64 compactMs = timer.elapsed();
    qint64 scannedAfter = 0;
    const qint64 after = scanMs(site, &scannedAfter);
    std::printf("%-22s append %6lld ms (%5.2f us/event)  parts main %lld middle %lld tail %lld  "
                "scan %4lld ms; compactNow %4lld ms; scan %4lld ms  (events %lld/%lld)\n",
        layout, static_cast<long long>(appendMs), double(appendMs) * 1000.0 / double(events),
        static_cast<long long>(parts.main), static_cast<long long>(parts.middle), static_cast<long long>(parts.tail),
        static_cast<long long>(before), static_cast<long long>(compactMs), static_cast<long long>(after),
        static_cast<long long>(scanned), static_cast<long long>(scannedAfter));
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 events = argc > 1 ? std::atoll(argv[1]) : 10'000'000;
    const auto visitors = quint32(argc > 2 ? std::atoll(argv[2]) : 200'000);
    if (argc > 4) {
        const auto tail = size_t(std::atoll(argv[3])), share = size_t(std::atoll(argv[4]));
        run("custom", ProjectionLevels { tail, share }, events, visitors);
        return 0;
    }
    run("main at every flush", ProjectionLevels { 65536, std::numeric_limits<size_t>::max() }, events, visitors);
    run("middle level (1/8)", ProjectionLevels {}, events, visitors);
    return 0;
}
