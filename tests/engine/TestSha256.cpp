// SHA-256 through libcrypto: the published test vectors, piecewise input, reuse after a digest, and the
// same digests as QCryptographicHash, which stored visitor and import ids were computed with before.
#include "core/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <thread>
#include <vector>

using namespace pulse;

namespace {
QByteArray hex(const Sha256::Digest &digest)
{
    return QByteArray(reinterpret_cast<const char *>(digest.data()), Sha256::kLength).toHex();
}
} // namespace

class TestSha256 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishedVectorsHaveTheirDigests()
    {
        // FIPS 180-2, appendix B, and the empty message.
        QCOMPARE(hex(Sha256::of("")), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(
            hex(Sha256::of("abc")), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(hex(Sha256::of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(hex(Sha256::of(QByteArray(1000000, 'a'))),
            QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void piecesHashAsTheWholeAndFinishStartsOver()
    {
        Sha256 hash;
        hash.add("ab").add("").add("c");
        QCOMPARE(hex(hash.finish()), hex(Sha256::of("abc")));
        // Nothing of the first message is left in the second.
        QCOMPARE(hex(hash.finish()), hex(Sha256::of("")));
        hash.add("abc");
        QCOMPARE(hex(hash.finish()), hex(Sha256::of("abc")));
    }

    void digestsAreThoseOfQCryptographicHash()
    {
        QRandomGenerator random(42);
        Sha256 hash;
        for (int length = 0; length <= 300; ++length) {
            QByteArray data(length, Qt::Uninitialized);
            for (char &c : data)
                c = char(random.bounded(256));
            const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
            QCOMPARE(hex(Sha256::of(data)), expected);
            const qsizetype cut = length / 3;
            hash.add(QByteArrayView(data).first(cut)).add(QByteArrayView(data).sliced(cut));
            QCOMPARE(hex(hash.finish()), expected);
        }
    }

    void threadsHashAtOnce()
    {
        // The algorithm is looked up once and shared: four threads hashing together all get it right.
        const QByteArray expected = hex(Sha256::of("abc"));
        std::vector<int> wrong(4, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&wrong, &expected, t] {
                Sha256 hash;
                for (int i = 0; i < 2000; ++i) {
                    if (hex(Sha256::of("abc")) != expected || hex(hash.add("abc").finish()) != expected)
                        ++wrong[size_t(t)];
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(wrong, std::vector<int>(4, 0));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"
