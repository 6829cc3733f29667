// OrderedFragments, the hand-over of a parallel export: fragments come out in slice order whatever
// order the workers produce them in, the worker of the slice being written can always queue (so a
// full queue of later slices cannot stall the export), stop() releases waiting workers, and four
// threads producing two hundred slices of zero to three fragments give exactly the serial sequence.
#include "export/OrderedFragments.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace pulse;

namespace {

QByteArray piece(int slice, int fragment)
{
    return QByteArray::number(slice) + ':' + QByteArray::number(fragment);
}

} // namespace

class TestOrderedFragments final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fragmentsComeOutInSliceOrder()
    {
        OrderedFragments fragments(3, 3, 10);
        QCOMPARE(fragments.claim(), 0);
        QCOMPARE(fragments.claim(), 1);
        QCOMPARE(fragments.claim(), 2);
        QCOMPARE(fragments.claim(), -1); // no slice left
        for (const int slice : { 2, 1, 0 }) {
            QByteArray a = piece(slice, 0);
            QByteArray b = piece(slice, 1);
            QVERIFY(fragments.push(slice, a, 1, false));
            QVERIFY(a.isEmpty()); // taken
            QVERIFY(fragments.push(slice, b, 2, true));
        }
        QList<QByteArray> out;
        qint64 rows = 0;
        QByteArray bytes;
        qint64 count = 0;
        while (fragments.pop(bytes, count)) {
            out << bytes;
            rows += count;
        }
        QCOMPARE(out, (QList<QByteArray> { "0:0", "0:1", "1:0", "1:1", "2:0", "2:1" }));
        QCOMPARE(rows, 9);
    }

    void theSliceBeingWrittenIsNeverHeldUpByLaterOnes()
    {
        OrderedFragments fragments(2, 2, 2);
        QCOMPARE(fragments.claim(), 0);
        QCOMPARE(fragments.claim(), 1);
        QByteArray a = piece(1, 0), b = piece(1, 1), c = piece(0, 0);
        QVERIFY(fragments.push(1, a, 1, false));
        QVERIFY(fragments.push(1, b, 1, true)); // the queue is now full of slice 1
        QVERIFY(fragments.push(0, c, 1, true)); // slice 0 is the one being written: it does not wait
        QByteArray bytes;
        qint64 rows = 0;
        QVERIFY(fragments.pop(bytes, rows));
        QCOMPARE(bytes, QByteArray("0:0"));
        QVERIFY(fragments.pop(bytes, rows));
        QCOMPARE(bytes, QByteArray("1:0"));
    }

    void stopReleasesWaitingWorkersAndTheConsumer()
    {
        OrderedFragments fragments(10, 1, 4);
        QCOMPARE(fragments.claim(), 0);
        QCOMPARE(fragments.claim(), 1);
        int claimed = 0;
        std::thread worker([&] { claimed = fragments.claim(); }); // slice 2 is too far ahead: waits
        fragments.stop();
        worker.join();
        QCOMPARE(claimed, -1);
        QByteArray bytes = "x";
        qint64 rows = 0;
        QVERIFY(!fragments.push(0, bytes, 1, true));
        QVERIFY(!fragments.pop(bytes, rows));
        QVERIFY(fragments.stopped());
    }

    void manyWorkersGiveTheSerialSequence()
    {
        constexpr int kSlices = 200;
        OrderedFragments fragments(kSlices, 8, 3);
        std::vector<std::thread> workers;
        for (int w = 0; w < 4; ++w) {
            workers.emplace_back([&fragments] {
                for (int slice; (slice = fragments.claim()) >= 0;) {
                    const int pieces = slice % 4; // slices with no fragment at all too
                    for (int f = 0; f < pieces; ++f) {
                        QByteArray bytes = piece(slice, f);
                        if (!fragments.push(slice, bytes, 1, false))
                            return;
                    }
                    QByteArray none;
                    if (!fragments.push(slice, none, 0, true))
                        return;
                }
            });
        }
        QList<QByteArray> expected;
        for (int s = 0; s < kSlices; ++s) {
            for (int f = 0; f < s % 4; ++f)
                expected << piece(s, f);
        }
        QList<QByteArray> out;
        QByteArray bytes;
        qint64 rows = 0;
        while (fragments.pop(bytes, rows))
            out << bytes;
        for (std::thread &w : workers)
            w.join();
        QCOMPARE(out, expected);
    }
};

QTEST_GUILESS_MAIN(TestOrderedFragments)
#include "TestOrderedFragments.moc"
