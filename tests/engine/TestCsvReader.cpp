// The import CSV reader: RFC 4180 quoting, line endings, byte order mark, delimiter detection, and
// how it reports bad rows (invalid UTF-8, ragged, oversized, unclosed quotes) by row number and goes
// on. Every case is also read in tiny chunks, so records cut at any byte parse the same.
#include "import/CsvReader.h"

#include <QBuffer>
#include <QTest>

#include <zlib.h>

using namespace pulse;

namespace {

struct Record {
    qint64 row = 0;
    qint64 line = 0;
    QStringList fields;
    CsvReader::Problem problem = CsvReader::Problem::None;
    qsizetype problemField = -1;
};

struct Read {
    QList<Record> records;
    char delimiter = 0;
    QString error;
};

Read readAll(const QByteArray &bytes, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Read result;
    while (reader.next()) {
        Record r;
        r.row = reader.row();
        r.line = reader.line();
        r.fields = reader.fieldTexts();
        r.problem = reader.problem();
        r.problemField = reader.problemField();
        if (r.problem != CsvReader::Problem::None && reader.problemMessage().isEmpty())
            r.fields << QStringLiteral("<no message>");
        result.records.append(r);
    }
    result.delimiter = reader.delimiter();
    result.error = reader.error();
    return result;
}

// Reads with the default chunk size and with 1-, 2-, 3- and 7-byte chunks, and checks they agree.
Read readEveryWay(const QByteArray &bytes, CsvReader::Options options = {})
{
    const Read whole = readAll(bytes, options);
    for (qsizetype chunk : { 1, 2, 3, 7 }) {
        CsvReader::Options small = options;
        small.chunkBytes = chunk;
        const Read cut = readAll(bytes, small);
        if (cut.records.size() != whole.records.size() || cut.error != whole.error) {
            qWarning("chunk %lld: %lld records vs %lld", qint64(chunk), qint64(cut.records.size()),
                qint64(whole.records.size()));
            return Read { {}, 0, QStringLiteral("chunked read differs") };
        }
        for (qsizetype i = 0; i < whole.records.size(); ++i) {
            const Record &a = whole.records.at(i);
            const Record &b = cut.records.at(i);
            if (a.row != b.row || a.line != b.line || a.fields != b.fields || a.problem != b.problem) {
                qWarning("chunk %lld differs at record %lld: %s vs %s", qint64(chunk), qint64(i),
                    qPrintable(a.fields.join(QLatin1Char('|'))), qPrintable(b.fields.join(QLatin1Char('|'))));
                return Read { {}, 0, QStringLiteral("chunked read differs") };
            }
        }
    }
    return whole;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream z {};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))) + 32, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QStringList fields(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *t : texts)
        list << QString::fromUtf8(t);
    return list;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainRecordsWithAndWithoutFinalLineBreak()
    {
        for (const QByteArray &text : { QByteArray("a,b,c\n1,2,3\n"), QByteArray("a,b,c\n1,2,3") }) {
            const Read r = readEveryWay(text);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.records.size(), 2);
            QCOMPARE(r.records.at(0).fields, fields({ "a", "b", "c" }));
            QCOMPARE(r.records.at(1).fields, fields({ "1", "2", "3" }));
            QCOMPARE(r.records.at(1).row, 2);
            QCOMPARE(r.records.at(1).problem, CsvReader::Problem::None);
        }
    }

    void quotedFieldsKeepDelimitersAndDoubledQuotes()
    {
        const Read r = readEveryWay("name,note\n\"Smith, John\",\"He said \"\"hi\"\"\"\n\"\",x\n");
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(1).fields, fields({ "Smith, John", "He said \"hi\"" }));
        QCOMPARE(r.records.at(2).fields, fields({ "", "x" }));
    }

    void emptyFieldsAreKept()
    {
        const Read r = readEveryWay("a,,c,\n,,,\n");
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(0).fields, fields({ "a", "", "c", "" }));
        QCOMPARE(r.records.at(1).fields, fields({ "", "", "", "" }));
    }

    void crlfLineEndings()
    {
        const Read r = readEveryWay("a,b\r\n1,2\r\n\"x\",\"y\"\r\n");
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(1).fields, fields({ "1", "2" }));
        QCOMPARE(r.records.at(2).fields, fields({ "x", "y" }));
        QCOMPARE(r.records.at(2).line, 3);
    }

    void lineBreaksInsideQuotesStayInTheField()
    {
        const Read r = readEveryWay("id,text\n1,\"two\nlines\"\n2,\"crlf\r\ninside\"\r\n3,end\n");
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.records.at(1).fields, fields({ "1", "two\nlines" }));
        QCOMPARE(r.records.at(2).fields, fields({ "2", "crlf\r\ninside" }));
        // Rows count records; lines count physical lines, for finding the record in an editor.
        QCOMPARE(r.records.at(3).row, 4);
        QCOMPARE(r.records.at(3).line, 6);
    }

    void byteOrderMarkIsSkipped()
    {
        const Read r = readEveryWay("\xEF\xBB\xBFts;name\n1;x\n");
        QCOMPARE(r.delimiter, ';');
        QCOMPARE(r.records.at(0).fields, fields({ "ts", "name" }));
    }

    void delimiterIsDetected_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("expected");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t';
        // Decimal commas in a semicolon file (as European spreadsheets write): semicolons are consistent.
        QTest::newRow("semicolon with decimal commas") << QByteArray("price;qty\n1,5;2\n2,75;1\n") << ';';
        QTest::newRow("comma with semicolons quoted") << QByteArray("a,b\n\"x;y;z\",2\n") << ',';
        QTest::newRow("one column") << QByteArray("name\nx\n") << ',';
        QTest::newRow("one line, no break") << QByteArray("a\tb") << '\t';
    }

    void delimiterIsDetected()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, expected);
        QCOMPARE(readAll(text).delimiter, expected);
    }

    void givenDelimiterWins()
    {
        CsvReader::Options options;
        options.delimiter = ';';
        const Read r = readEveryWay("a,b;c\n", options);
        QCOMPARE(r.records.at(0).fields, fields({ "a,b", "c" }));
    }

    void invalidUtf8IsReportedWithItsRowAndReadingGoesOn()
    {
        const Read r = readEveryWay("a,b\nok,\xC3\xA9t\xC3\xA9\nbad,\xFF\xFE\nlatin1,caf\xE9\nlast,row\n");
        QCOMPARE(r.records.size(), 5);
        QCOMPARE(r.records.at(1).problem, CsvReader::Problem::None);
        QCOMPARE(r.records.at(1).fields.at(1), QStringLiteral("été"));
        QCOMPARE(r.records.at(2).problem, CsvReader::Problem::InvalidUtf8);
        QCOMPARE(r.records.at(2).row, 3);
        QCOMPARE(r.records.at(2).problemField, 1);
        QCOMPARE(r.records.at(3).problem, CsvReader::Problem::InvalidUtf8);
        QCOMPARE(r.records.at(4).problem, CsvReader::Problem::None);
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("hello, world 12345678") << true;
        QTest::newRow("two, three, four bytes") << QByteArray("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80") << true;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("overlong three") << QByteArray("\xE0\x80\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("cut off") << QByteArray("abc\xE2\x82") << false;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    }

    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(CsvReader::isValidUtf8(bytes), valid);
    }

    void raggedRowsAreReportedNotFatal()
    {
        const Read r = readEveryWay("a,b,c\n1,2\n1,2,3,4\n1,2,3\n");
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.records.at(1).problem, CsvReader::Problem::Ragged);
        QCOMPARE(r.records.at(1).row, 2);
        QCOMPARE(r.records.at(2).problem, CsvReader::Problem::Ragged);
        QCOMPARE(r.records.at(3).problem, CsvReader::Problem::None);
        QCOMPARE(r.records.at(3).fields, fields({ "1", "2", "3" }));
    }

    void emptyInputHasNoRecords()
    {
        for (const QByteArray &text : { QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\n\n\r\n") }) {
            const Read r = readEveryWay(text);
            QVERIFY(r.records.isEmpty());
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        }
    }

    void blankLinesAreSkippedButCounted()
    {
        const Read r = readEveryWay("a\n\n\r\nb\n");
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(1).fields, fields({ "b" }));
        QCOMPARE(r.records.at(1).row, 4);
        QCOMPARE(r.records.at(1).line, 4);
    }

    void oversizedFieldIsReportedAndTheNextRowIsRead()
    {
        CsvReader::Options options;
        options.maxFieldBytes = 16;
        options.maxRecordBytes = 40;
        const QByteArray big(1000, 'x');
        const Read r = readEveryWay("a,b\n1," + big + "\n\"q\",\"" + big + "\"\n2,y\n", options);
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.records.at(1).problem, CsvReader::Problem::FieldTooLarge);
        QCOMPARE(r.records.at(1).problemField, 1);
        QVERIFY(r.records.at(1).fields.at(1).size() <= 16); // nothing past the limit was kept
        QCOMPARE(r.records.at(2).problem, CsvReader::Problem::FieldTooLarge);
        QCOMPARE(r.records.at(3).fields, fields({ "2", "y" }));
        QCOMPARE(r.records.at(3).problem, CsvReader::Problem::None);

        const Read wide = readAll("a,b,c,d,e\n" + QByteArray("0123456789,").repeated(4) + "0123456789\n", options);
        QCOMPARE(wide.records.at(1).problem, CsvReader::Problem::RecordTooLarge);
    }

    void unclosedQuoteAtTheEndIsReported()
    {
        const Read r = readEveryWay("a,b\n1,\"never closed\n2,3\n");
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(1).problem, CsvReader::Problem::UnclosedQuote);
        QCOMPARE(r.records.at(1).row, 2);
    }

    void textAfterAClosingQuoteIsReported()
    {
        const Read r = readEveryWay("a,b\n\"x\"y,2\n3,4\n");
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(1).problem, CsvReader::Problem::TextAfterQuote);
        QCOMPARE(r.records.at(1).fields, fields({ "xy", "2" }));
        QCOMPARE(r.records.at(2).problem, CsvReader::Problem::None);
    }

    void gzipInputIsReadTransparently()
    {
        QByteArray text = "ts,name\n";
        for (int i = 0; i < 20000; ++i)
            text += QByteArray::number(1704067200 + i) + ",\"ev " + QByteArray::number(i) + "\"\n";
        const Read r = readAll(gzip(text));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 20001);
        QCOMPARE(r.records.last().fields, fields({ "1704087199", "ev 19999" }));

        // Concatenated gzip members (cat a.gz b.gz) are one file; small chunks change nothing.
        const Read twice = readEveryWay(gzip("a,b\n1,2\n") + gzip("3,4\n"));
        QVERIFY2(twice.error.isEmpty(), qPrintable(twice.error));
        QCOMPARE(twice.records.size(), 3);
        QCOMPARE(twice.records.at(2).fields, fields({ "3", "4" }));
    }

    void brokenGzipIsAnError()
    {
        const QByteArray packed = gzip(QByteArray("a,b\n1,2\n").repeated(1000));
        const Read truncated = readAll(packed.first(packed.size() / 2));
        QVERIFY2(truncated.error.contains(QLatin1String("truncated")), qPrintable(truncated.error));
        QByteArray corrupt = packed;
        corrupt[20] = char(corrupt[20] ^ 0x5a);
        corrupt[21] = char(corrupt[21] ^ 0xa5);
        QVERIFY(!readAll(corrupt).error.isEmpty());
    }

    void largeInputCrossesBuffers()
    {
        // Enough rows that the 256 KiB chunks split records, quotes and CRLF pairs at many places.
        QByteArray text;
        for (int i = 0; i < 50000; ++i)
            text += QByteArray::number(i) + ",\"q,\"\"" + QByteArray::number(i) + "\"\"\"\r\n";
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        int n = 0;
        while (reader.next()) {
            QCOMPARE(reader.problem(), CsvReader::Problem::None);
            QCOMPARE(reader.field(0), QByteArray::number(n));
            QCOMPARE(reader.fieldText(1), QStringLiteral("q,\"%1\"").arg(n));
            ++n;
        }
        QCOMPARE(n, 50000);
        QCOMPARE(reader.bytesRead(), text.size());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
