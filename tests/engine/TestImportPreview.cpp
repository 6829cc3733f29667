// The mapping step's preview: columns and the first rows of CSV (with and without a header, other
// delimiters, gzip), JSON and NDJSON files, the type each column looks like it holds, which column each
// role picks, and plain errors for files that cannot be previewed.
#include "import/ImportPreview.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace pulse;

namespace {

using Type = ImportPreview::ColumnType;

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream {};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

class TestImportPreview final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void csvWithHeaderShowsColumnsTypesAndRoles()
    {
        const QString path = writeFile(m_dir, QStringLiteral("events.csv"),
            "ts,event,user_id,url,plan,amount\n"
            "1704067200,signup,u1,https://a.example/x,pro,12.5\n"
            "1704067260,pageview,u2,https://a.example/y,,3\n");
        const ImportPreview preview
            = ImportPreview::read(path, ImportOptions::Format::Auto, ImportMapping::automatic());
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.format, ImportOptions::Format::Csv);
        QCOMPARE(preview.delimiter, ',');
        QCOMPARE(preview.columns,
            QStringList({ QStringLiteral("ts"), QStringLiteral("event"), QStringLiteral("user_id"),
                QStringLiteral("url"), QStringLiteral("plan"), QStringLiteral("amount") }));
        QCOMPARE(preview.rows.size(), 2);
        QCOMPARE(preview.rows.at(1).at(3), QStringLiteral("https://a.example/y"));
        QCOMPARE(preview.types,
            QList<Type>({ Type::EpochSeconds, Type::Text, Type::Text, Type::Url, Type::Text, Type::Number }));
        QVERIFY(preview.resolved);
        QCOMPARE(preview.resolved->timestamp, 0);
        QCOMPARE(preview.resolved->name, 1);
        QCOMPARE(preview.resolved->userId, 2);
        QCOMPARE(preview.resolved->location, 3);
        QVERIFY(preview.mappingError.isEmpty());
    }

    void headerlessSemicolonFileUsesPositions()
    {
        const QString path = writeFile(m_dir, QStringLiteral("plain.txt"),
            "1704067200000;/home;2024-01-01T10:00:00Z\n1704067200500;/pricing;2024-01-01T10:00:01+01:00\n");
        ImportMapping mapping;
        mapping.hasHeader = false;
        mapping.timestamp = ImportColumn::at(0);
        mapping.name = ImportColumn::at(1);
        const ImportPreview preview = ImportPreview::read(path, ImportOptions::Format::Csv, mapping);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.delimiter, ';');
        QCOMPARE(preview.columns,
            QStringList({ QStringLiteral("column 1"), QStringLiteral("column 2"), QStringLiteral("column 3") }));
        QCOMPARE(preview.rows.size(), 2); // the first record is data, not a header
        QCOMPARE(preview.types, QList<Type>({ Type::EpochMillis, Type::Path, Type::Iso8601 }));
    }

    void aMappingThatDoesNotFitSaysWhy()
    {
        const QString path = writeFile(m_dir, QStringLiteral("nohint.csv"), "a,b\n1,2\n");
        ImportMapping mapping = ImportMapping::automatic();
        mapping.timestamp = ImportColumn::named(QStringLiteral("when"));
        const ImportPreview preview = ImportPreview::read(path, ImportOptions::Format::Csv, mapping);
        QVERIFY(preview.ok()); // the rows are still shown, so the user can fix the mapping
        QCOMPARE(preview.rows.size(), 1);
        QVERIFY(!preview.resolved);
        QVERIFY2(preview.mappingError.contains(QLatin1String("when")), qPrintable(preview.mappingError));
    }

    void gzipCsvIsPreviewedAsCsv()
    {
        const QString path = writeFile(m_dir, QStringLiteral("events.csv.gz"), gzip("timestamp,event\n1704067200,a\n"));
        const ImportPreview preview
            = ImportPreview::read(path, ImportOptions::Format::Auto, ImportMapping::automatic());
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QVERIFY(preview.compressed);
        QCOMPARE(preview.columns, QStringList({ QStringLiteral("timestamp"), QStringLiteral("event") }));
        QCOMPARE(preview.rows, QList<QStringList>({ { QStringLiteral("1704067200"), QStringLiteral("a") } }));
    }

    void onlyTheFirstRowsAreRead()
    {
        QByteArray csv = "timestamp,event\n";
        for (int i = 0; i < 5000; ++i)
            csv += "1704067200,e" + QByteArray::number(i) + '\n';
        const QString path = writeFile(m_dir, QStringLiteral("many.csv"), csv);
        const ImportPreview preview
            = ImportPreview::read(path, ImportOptions::Format::Csv, ImportMapping::automatic(), 20);
        QCOMPARE(preview.rows.size(), 20);
        QCOMPARE(preview.fileBytes, csv.size());
    }

    void ndjsonColumnsAreTheCollectorFieldsThenTheRest()
    {
        const QString path = writeFile(m_dir, QStringLiteral("events.ndjson"),
            "{\"name\":\"signup\",\"timestamp\":1704067200000,\"props\":{\"plan\":\"pro\"}}\n"
            "not json\n"
            "{\"name\":\"pageview\",\"path\":\"/a\",\"user_id\":\"u1\"}\n");
        const ImportPreview preview
            = ImportPreview::read(path, ImportOptions::Format::Auto, ImportMapping::automatic());
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.format, ImportOptions::Format::Ndjson);
        QCOMPARE(preview.columns,
            QStringList({ QStringLiteral("timestamp"), QStringLiteral("name"), QStringLiteral("user_id"),
                QStringLiteral("path"), QStringLiteral("props") }));
        QCOMPARE(preview.rows.size(), 2); // the line that is not JSON is left to the import's report
        QCOMPARE(preview.rows.at(0).at(4), QStringLiteral("{\"plan\":\"pro\"}"));
        QCOMPARE(preview.rows.at(1).at(0), QString());
        QCOMPARE(preview.types.at(0), Type::EpochMillis);
        QVERIFY(!preview.resolved); // mappings are for CSV
    }

    void jsonArrayIsPreviewed()
    {
        const QString path = writeFile(m_dir, QStringLiteral("events.json"),
            "[{\"name\":\"a\",\"timestamp\":\"2024-01-01T00:00:00Z\"},{\"name\":\"b\",\"timestamp\":\"2024-01-02T00:00:"
            "00Z\"}]");
        const ImportPreview preview
            = ImportPreview::read(path, ImportOptions::Format::Auto, ImportMapping::automatic());
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.format, ImportOptions::Format::Json);
        QCOMPARE(preview.columns, QStringList({ QStringLiteral("timestamp"), QStringLiteral("name") }));
        QCOMPARE(preview.types, QList<Type>({ Type::Iso8601, Type::Text }));
    }

    void filesThatCannotBePreviewedSayWhy()
    {
        const ImportPreview missing = ImportPreview::read(
            m_dir.filePath(QStringLiteral("absent.csv")), ImportOptions::Format::Auto, ImportMapping::automatic());
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QLatin1String("absent.csv")), qPrintable(missing.error));

        const QString empty = writeFile(m_dir, QStringLiteral("empty.csv"), QByteArray());
        const ImportPreview none = ImportPreview::read(empty, ImportOptions::Format::Auto, ImportMapping::automatic());
        QVERIFY(!none.ok());
        QCOMPARE(none.error, QStringLiteral("The file is empty."));

        const QString notJson = writeFile(m_dir, QStringLiteral("bad.ndjson"), "hello\nworld\n");
        const ImportPreview bad = ImportPreview::read(notJson, ImportOptions::Format::Auto, ImportMapping::automatic());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error, QStringLiteral("The file holds no JSON objects."));
    }

    void typeDetection()
    {
        QCOMPARE(ImportPreview::detectType({}), Type::Empty);
        QCOMPARE(ImportPreview::detectType({ QStringLiteral(""), QStringLiteral("  ") }), Type::Empty);
        QCOMPARE(ImportPreview::detectType({ QStringLiteral("42"), QStringLiteral("7") }),
            Type::Number); // too small for a time
        QCOMPARE(ImportPreview::detectType({ QStringLiteral("1.5"), QStringLiteral("-2") }), Type::Number);
        QCOMPARE(ImportPreview::detectType({ QStringLiteral("1704067200"), QStringLiteral("") }), Type::EpochSeconds);
        QCOMPARE(ImportPreview::detectType({ QStringLiteral("1704067200123") }), Type::EpochMillis);
        QCOMPARE(ImportPreview::detectType({ QStringLiteral("2024-01-01T00:00:00.250Z") }), Type::Iso8601);
        QCOMPARE(ImportPreview::detectType({ QStringLiteral("2024-01-01") }), Type::Text); // a date alone has no time
        QCOMPARE(ImportPreview::detectType({ QStringLiteral("/a"), QStringLiteral("https://x.example") }), Type::Text);
        QCOMPARE(ImportPreview::detectType({ QStringLiteral("/a"), QStringLiteral("/b?c=1") }), Type::Path);
        QCOMPARE(ImportPreview::detectType({ QStringLiteral("http://x.example/") }), Type::Url);
    }
};

QTEST_GUILESS_MAIN(TestImportPreview)
#include "TestImportPreview.moc"
