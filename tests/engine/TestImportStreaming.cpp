// Import files larger than memory: a generated 1 GiB CSV file and a 1 GiB NDJSON file (made on the fly
// by a sequential device, never held anywhere) go through the import readers, which must read every
// row and keep peak memory within a stated bound: 64 MiB above what the test used before. The
// importer itself adds at most its batches in flight (docs/imports.md, Speed), so this bounds an
// import of any size.
#include "import/CsvReader.h"
#include "import/JsonItemReader.h"

#include <QIODevice>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstring>

using namespace pulse;

namespace {

constexpr qint64 kGiB = qint64(1) << 30;
constexpr qint64 kBoundBytes = 64 * 1024 * 1024;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMeasuresMemory = false; // AddressSanitizer keeps freed memory in quarantine
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kMeasuresMemory = false;
#else
constexpr bool kMeasuresMemory = true;
#endif
#else
constexpr bool kMeasuresMemory = true;
#endif

qint64 peakResidentBytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024; // Linux reports KiB
}

// A read-only sequential device of `size` bytes: a header, then rows made from their number.
class GeneratedFile final : public QIODevice {
public:
    enum class Kind { Csv, Ndjson };
    GeneratedFile(Kind kind, qint64 size) : m_kind(kind), m_size(size)
    {
        if (kind == Kind::Csv)
            m_pending = "timestamp,event,user_id,path,plan\n";
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 rowsMade() const { return m_rows; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 written = 0;
        while (written < maxSize && m_produced < m_size) {
            if (m_offset == m_pending.size()) {
                makeRow();
                m_offset = 0;
            }
            const qint64 n = std::min({ maxSize - written, qint64(m_pending.size() - m_offset), m_size - m_produced });
            std::memcpy(data + written, m_pending.constData() + m_offset, size_t(n));
            written += n;
            m_offset += n;
            m_produced += n;
        }
        return written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void makeRow()
    {
        ++m_rows;
        const QByteArray n = QByteArray::number(m_rows);
        if (m_kind == Kind::Csv)
            m_pending = "2024-05-01T12:00:00Z,pageview,user-" + n + ",\"/a, b/" + n + "\",pro\n";
        else
            m_pending = R"({"name":"pageview","timestamp":"2024-05-01T12:00:00Z","user_id":"user-)" + n
                + R"(","path":"/a/)" + n + R"(","props":{"plan":"pro"}})" + '\n';
    }

    Kind m_kind;
    qint64 m_size;
    qint64 m_produced = 0;
    QByteArray m_pending;
    qsizetype m_offset = 0;
    qint64 m_rows = 0;
};

} // namespace

class TestImportStreaming final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aGibibyteOfCsvStreamsInBoundedMemory()
    {
        const qint64 before = peakResidentBytes();
        GeneratedFile file(GeneratedFile::Kind::Csv, kGiB);
        CsvReader reader(&file);
        qint64 rows = 0, problems = 0;
        while (reader.next()) {
            ++rows;
            problems += reader.problem() != CsvReader::Problem::None ? 1 : 0;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
        // Every whole row plus the header; the generator may cut the last row short at 1 GiB.
        QVERIFY2(rows == file.rowsMade() + 1 || rows == file.rowsMade(), qPrintable(QString::number(rows)));
        QVERIFY(problems <= 1); // at most the cut last row
        if (kMeasuresMemory)
            QVERIFY2(peakResidentBytes() - before < kBoundBytes,
                qPrintable(QStringLiteral("peak grew by %1 MiB").arg((peakResidentBytes() - before) >> 20)));
    }

    void aGibibyteOfNdjsonStreamsInBoundedMemory()
    {
        const qint64 before = peakResidentBytes();
        GeneratedFile file(GeneratedFile::Kind::Ndjson, kGiB);
        JsonItemReader reader(&file, JsonItemReader::Format::Lines);
        qint64 items = 0;
        while (reader.next())
            ++items;
        QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
        QCOMPARE(items, file.rowsMade());
        QCOMPARE(reader.bytesRead(), kGiB);
        if (kMeasuresMemory)
            QVERIFY2(peakResidentBytes() - before < kBoundBytes,
                qPrintable(QStringLiteral("peak grew by %1 MiB").arg((peakResidentBytes() - before) >> 20)));
    }
};

QTEST_GUILESS_MAIN(TestImportStreaming)
#include "TestImportStreaming.moc"
