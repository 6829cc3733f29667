// GzipDecoder: what a client may send as Content-Encoding and how much it may expand.
#include "RawHttpClient.h"
#include "http/GzipDecoder.h"

#include <QTest>

using namespace pulse;
using pulse::test::compress;

class TestGzipDecoder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contentEncodingNamesMapToDecoders_data();
    void contentEncodingNamesMapToDecoders();
    void compressedBodiesRoundTrip_data();
    void compressedBodiesRoundTrip();
    void concatenatedGzipMembersAreOneBody();
    void outputExactlyAtTheCapIsAccepted();
    void bombIsCutAtTheCap();
    void damagedStreamsAreCorrupt_data();
    void damagedStreamsAreCorrupt();
};

void TestGzipDecoder::contentEncodingNamesMapToDecoders_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<GzipDecoder::Encoding>("encoding");
    QTest::newRow("absent") << QByteArray() << GzipDecoder::Encoding::Identity;
    QTest::newRow("identity") << QByteArray("identity") << GzipDecoder::Encoding::Identity;
    QTest::newRow("gzip") << QByteArray("gzip") << GzipDecoder::Encoding::Gzip;
    QTest::newRow("GZIP padded") << QByteArray(" GZIP ") << GzipDecoder::Encoding::Gzip;
    QTest::newRow("x-gzip") << QByteArray("x-gzip") << GzipDecoder::Encoding::Gzip;
    QTest::newRow("deflate") << QByteArray("deflate") << GzipDecoder::Encoding::Deflate;
    QTest::newRow("br") << QByteArray("br") << GzipDecoder::Encoding::Unsupported;
    QTest::newRow("stacked") << QByteArray("gzip, gzip") << GzipDecoder::Encoding::Unsupported;
}

void TestGzipDecoder::contentEncodingNamesMapToDecoders()
{
    QFETCH(QByteArray, header);
    QFETCH(GzipDecoder::Encoding, encoding);
    QCOMPARE(GzipDecoder::encodingFor(header), encoding);
}

void TestGzipDecoder::compressedBodiesRoundTrip_data()
{
    QTest::addColumn<GzipDecoder::Encoding>("encoding");
    QTest::addColumn<int>("windowBits");
    QTest::newRow("gzip") << GzipDecoder::Encoding::Gzip << 31;
    QTest::newRow("deflate with zlib header") << GzipDecoder::Encoding::Deflate << 15;
    QTest::newRow("raw deflate") << GzipDecoder::Encoding::Deflate << -15;
}

void TestGzipDecoder::compressedBodiesRoundTrip()
{
    QFETCH(GzipDecoder::Encoding, encoding);
    QFETCH(int, windowBits);
    QByteArray original;
    for (int i = 0; i < 20000; ++i)
        original += "{\"event\":\"pageview\",\"n\":" + QByteArray::number(i) + "}\n";
    QByteArray decoded;
    QCOMPARE(GzipDecoder(8 * 1024 * 1024).decode(encoding, compress(original, windowBits), decoded),
        GzipDecoder::Status::Ok);
    QCOMPARE(decoded, original);
}

void TestGzipDecoder::concatenatedGzipMembersAreOneBody()
{
    QByteArray decoded;
    const QByteArray twoMembers = compress("first,") + compress("second");
    QCOMPARE(GzipDecoder(1024).decode(GzipDecoder::Encoding::Gzip, twoMembers, decoded), GzipDecoder::Status::Ok);
    QCOMPARE(decoded, QByteArray("first,second"));
}

void TestGzipDecoder::outputExactlyAtTheCapIsAccepted()
{
    const QByteArray original(100 * 1024, 'x');
    QByteArray decoded;
    QCOMPARE(GzipDecoder(original.size()).decode(GzipDecoder::Encoding::Gzip, compress(original), decoded),
        GzipDecoder::Status::Ok);
    QCOMPARE(decoded.size(), original.size());
    QCOMPARE(GzipDecoder(original.size() - 1).decode(GzipDecoder::Encoding::Gzip, compress(original), decoded),
        GzipDecoder::Status::TooLarge);
}

void TestGzipDecoder::bombIsCutAtTheCap()
{
    // 256 MiB of zeros compress to about 256 KiB; the decoder must stop at the cap, not inflate it all.
    const QByteArray bomb = compress(QByteArray(256 * 1024 * 1024, '\0'));
    QVERIFY(bomb.size() < 1024 * 1024);
    QByteArray decoded;
    QCOMPARE(
        GzipDecoder(8 * 1024 * 1024).decode(GzipDecoder::Encoding::Gzip, bomb, decoded), GzipDecoder::Status::TooLarge);
    QVERIFY(decoded.isEmpty());
}

void TestGzipDecoder::damagedStreamsAreCorrupt_data()
{
    const QByteArray good = compress(QByteArray("hello, world, hello, world"));
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("not gzip") << QByteArray("plain text, not compressed");
    QTest::newRow("truncated") << good.first(good.size() - 6);
    QTest::newRow("trailing garbage") << good + QByteArray("junk");
    QByteArray flipped = good;
    flipped[12] = static_cast<char>(flipped[12] ^ 0x5a);
    QTest::newRow("flipped byte") << flipped;
}

void TestGzipDecoder::damagedStreamsAreCorrupt()
{
    QFETCH(QByteArray, input);
    QByteArray decoded;
    QCOMPARE(
        GzipDecoder(1024 * 1024).decode(GzipDecoder::Encoding::Gzip, input, decoded), GzipDecoder::Status::Corrupt);
}

QTEST_GUILESS_MAIN(TestGzipDecoder)
#include "TestGzipDecoder.moc"
