// Cookieless visitor ids: stable within a UTC day, unlinkable across days, user ids stable.
#include "core/Clock.h"
#include "ingest/VisitorHasher.h"

#include <QTest>

using namespace pulse;

class TestVisitorHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameVisitorSameDayHasOneId()
    {
        ManualClock clock(1704067200000); // 2024-01-01T00:00:00Z
        VisitorHasher hasher(clock);
        const qint64 morning = hasher.anonymousId(1, "203.0.113.9", "Firefox");
        clock.advanceMs(23LL * 3600 * 1000 + 59 * 60 * 1000); // 23:59
        QCOMPARE(hasher.anonymousId(1, "203.0.113.9", "Firefox"), morning);
        QVERIFY(morning > 0);
    }

    void theSaltRotatesAtMidnightUtc()
    {
        ManualClock clock(1704067200000 + 86400000 - 1); // 23:59:59.999
        VisitorHasher hasher(clock);
        const qint64 before = hasher.anonymousId(1, "203.0.113.9", "Firefox");
        clock.advanceMs(1);
        QVERIFY(hasher.anonymousId(1, "203.0.113.9", "Firefox") != before);
    }

    void idsDifferBySiteAddressAndAgent()
    {
        ManualClock clock;
        VisitorHasher hasher(clock);
        const qint64 base = hasher.anonymousId(1, "203.0.113.9", "Firefox");
        QVERIFY(hasher.anonymousId(2, "203.0.113.9", "Firefox") != base);
        QVERIFY(hasher.anonymousId(1, "203.0.113.10", "Firefox") != base);
        QVERIFY(hasher.anonymousId(1, "203.0.113.9", "Chrome") != base);
        // The separator keeps "ab"+"c" apart from "a"+"bc".
        QVERIFY(hasher.anonymousId(1, "ab", "c") != hasher.anonymousId(1, "a", "bc"));
    }

    void twoProcessesNeverShareASalt()
    {
        ManualClock clock;
        VisitorHasher a(clock), b(clock);
        QVERIFY(a.anonymousId(1, "203.0.113.9", "Firefox") != b.anonymousId(1, "203.0.113.9", "Firefox"));
    }

    void userIdsAreStableAcrossDaysAndPerSite()
    {
        QCOMPARE(VisitorHasher::userId(1, u"alice"), VisitorHasher::userId(1, u"alice"));
        QVERIFY(VisitorHasher::userId(1, u"alice") != VisitorHasher::userId(2, u"alice"));
        QVERIFY(VisitorHasher::userId(1, u"alice") != VisitorHasher::userId(1, u"bob"));
    }

    void userIdsMatchThoseStoredByEarlierVersions()
    {
        // Computed with QCryptographicHash, which Pulse used before libcrypto (core/Sha256.h): events
        // stored then and events sent now for the same user must share one visitor.
        QCOMPARE(VisitorHasher::userId(7, u"u-1 \u00fcn\u00efcode"), Q_INT64_C(4298032400281748989));
    }
};

QTEST_GUILESS_MAIN(TestVisitorHasher)
#include "TestVisitorHasher.moc"
