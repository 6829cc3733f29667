// SiteProjection's parts: events appended in any order, in commits of any size, come back per visitor in
// time order (stored order on equal times) whether they sit in the fresh level, the tail, the middle
// level or the main part, before and after compaction; and the main part is merged only when the middle level outgrows
// its share of it, so a long run of appends copies it a bounded number of times. Small levels
// (ProjectionLevels) let a few hundred events pass through every state.
#include "projection/SiteProjection.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>
#include <vector>

using namespace pulse;

namespace {

// One appended event as the test remembers it: its path names it ("/e17" was the 17th appended).
struct Appended {
    qint64 visitorHash = 0;
    qint64 ts = 0;
    QByteArray path;
};

std::vector<ProjectionRow> rowsOf(const std::vector<Appended> &events)
{
    std::vector<ProjectionRow> rows;
    for (const Appended &e : events) {
        ProjectionRow row;
        row.visitorHash = e.visitorHash;
        row.ts = e.ts;
        row.name = "pageview";
        row.path = e.path;
        rows.push_back(row);
    }
    return rows;
}

// Per visitor hash, the paths of its events in the order a scan sees them.
using Sequences = std::map<qint64, QList<QByteArray>>;

Sequences scanned(const SiteProjection &site)
{
    Sequences seen;
    const auto lock = site.readLock();
    EventColumns scratch;
    site.forEachVisitor(0, site.visitorCount(), scratch, [&](const VisitorEvents &v) {
        QList<QByteArray> &paths = seen[site.visitorHash(v.visitor)];
        for (quint32 i = 0; i < v.count; ++i) {
            if (i > 0 && v.ts[i] < v.ts[i - 1])
                paths << QByteArray("out of time order");
            paths << site.paths().value(v.path[i]);
        }
    });
    return seen;
}

// What a scan must see: each visitor's events by time, in the order they were appended on equal times.
Sequences expected(std::vector<Appended> all)
{
    std::stable_sort(all.begin(), all.end(), [](const Appended &a, const Appended &b) { return a.ts < b.ts; });
    Sequences want;
    for (const Appended &e : all)
        want[e.visitorHash] << e.path;
    return want;
}

} // namespace

class TestSiteProjection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyVisitorsEventsStayInTimeOrderThroughEveryPart()
    {
        SiteProjection site(ProjectionLevels { 8, 2, 3 });
        QRandomGenerator random(42);
        std::vector<Appended> all;
        bool sawEveryPartFilled = false;
        for (int commit = 0; commit < 120; ++commit) {
            std::vector<Appended> batch;
            const int size = 1 + int(random.bounded(6));
            for (int i = 0; i < size; ++i) {
                // Six visitors, times from a small range: late arrivals and equal times are common.
                const Appended e { 100 + qint64(random.bounded(6)), 1000 + qint64(random.bounded(40)),
                    "/e" + QByteArray::number(qulonglong(all.size() + batch.size())) };
                batch.push_back(e);
            }
            site.append(rowsOf(batch));
            all.insert(all.end(), batch.begin(), batch.end());

            const SiteProjection::PartSizes parts = site.partSizes();
            QCOMPARE(parts.main + parts.middle + parts.tail + parts.fresh, all.size());
            QCOMPARE(site.eventCount(), all.size());
            sawEveryPartFilled
                = sawEveryPartFilled || (parts.main > 0 && parts.middle > 0 && parts.tail > 0 && parts.fresh > 0);
            QCOMPARE(scanned(site), expected(all));
        }
        QVERIFY2(sawEveryPartFilled, "the appends never had events in all four parts at once");

        site.compactNow();
        const SiteProjection::PartSizes parts = site.partSizes();
        QCOMPARE(parts.main, all.size());
        QCOMPARE(parts.middle, size_t(0));
        QCOMPARE(parts.tail, size_t(0));
        QCOMPARE(parts.fresh, size_t(0));
        QCOMPARE(scanned(site), expected(all));
    }

    void theMainPartIsMergedOnlyWhenTheMiddleOutgrowsItsShare()
    {
        // Before the middle level, the main part was rebuilt every tailLimit events: 500 times here.
        constexpr size_t kTail = 4, kShare = 4, kFresh = 2, kEvents = 2000;
        SiteProjection site(ProjectionLevels { kTail, kShare, kFresh });
        std::vector<Appended> all;
        int mainMerges = 0;
        size_t mainBefore = 0;
        for (size_t n = 0; n < kEvents; ++n) {
            const Appended e { qint64(n % 37), qint64(kEvents - n), "/e" + QByteArray::number(qulonglong(n)) };
            site.append(rowsOf({ e }));
            all.push_back(e);
            const SiteProjection::PartSizes parts = site.partSizes();
            QVERIFY(parts.fresh <= kFresh);
            QVERIFY(parts.tail <= kTail);
            QVERIFY(parts.middle <= std::max(kTail, parts.main / kShare));
            if (parts.main != mainBefore) {
                ++mainMerges;
                QCOMPARE(parts.middle, size_t(0));
                QCOMPARE(parts.tail, size_t(0));
                QVERIFY2(parts.main - mainBefore > mainBefore / kShare,
                    qPrintable(QStringLiteral("the main part grew from %1 to %2").arg(mainBefore).arg(parts.main)));
                mainBefore = parts.main;
            }
        }
        QVERIFY2(mainMerges <= 40, qPrintable(QStringLiteral("%1 merges into the main part").arg(mainMerges)));
        QCOMPARE(scanned(site), expected(all));
    }
};

QTEST_GUILESS_MAIN(TestSiteProjection)
#include "TestSiteProjection.moc"
