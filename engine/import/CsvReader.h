// A streaming RFC 4180 reader for import files: quoted fields with doubled quotes and line breaks (LF
// or CRLF) inside them, a UTF-8 byte order mark, the delimiter detected from the first lines (comma,
// semicolon or tab), gzip input (through ImportInput). Memory stays bounded by the record size limit
// however large the file. A bad record (invalid UTF-8, a field count unlike the first record's, an
// oversized field) is returned with a problem so the caller reports it and goes on with the next one.
#pragma once

#include "import/ImportInput.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace pulse {

class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(pulse::CsvReader)

public:
    struct Options {
        char delimiter = 0; // 0: detect from the first lines
        qsizetype maxFieldBytes = 64 * 1024;
        qsizetype maxRecordBytes = 1024 * 1024;
        qsizetype chunkBytes = ImportInput::kChunkBytes;
    };
    enum class Problem { None, InvalidUtf8, Ragged, FieldTooLarge, RecordTooLarge, TextAfterQuote, UnclosedQuote };

    explicit CsvReader(QIODevice *device) : CsvReader(device, Options()) { }
    CsvReader(QIODevice *device, Options options);

    // Reads the next record, skipping blank lines. False at the end of the input or when it cannot be
    // read any further (error() says why); true with a record, which may carry a problem().
    bool next();

    qsizetype fieldCount() const { return m_fieldEnds.size(); }
    // The field's bytes (UTF-8 unless problem() is InvalidUtf8), valid until the next call to next().
    QByteArrayView field(qsizetype i) const;
    QString fieldText(qsizetype i) const { return QString::fromUtf8(field(i)); }
    QList<QString> fieldTexts() const;

    // 1-based number of the record in the file, counting the header and blank lines; a record with
    // line breaks inside quotes is one record. What error reports call the row.
    qint64 row() const { return m_row; }
    // 1-based physical line the record starts on, for finding it in an editor.
    qint64 line() const { return m_line; }

    Problem problem() const { return m_problem; }
    QString problemMessage() const { return m_problemMessage; }
    qsizetype problemField() const { return m_problemField; } // 0-based, -1 when not one field's

    // The field count every record should have: the first record's.
    qsizetype expectedFieldCount() const { return m_expectedFields; }
    char delimiter() const { return m_delimiter; }

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 bytesRead() const { return m_input.bytesRead(); }

    // The delimiter the first lines of text suggest: the candidate found the same number of times on
    // every complete line, the most frequent on the first line otherwise, a comma when none occurs.
    static char detectDelimiter(QByteArrayView head);
    // True when bytes are well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
    static bool isValidUtf8(QByteArrayView bytes);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    bool fill();
    void append(const char *begin, qsizetype length);
    void endField();
    void setProblem(Problem problem, qsizetype field, const QString &message);
    void checkRecord();

    ImportInput m_input;
    Options m_options;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_skipLf = false; // the last record ended with CR: a following LF belongs to it
    char m_delimiter = 0;

    QByteArray m_record;
    QList<qsizetype> m_fieldEnds;
    qsizetype m_fieldStart = 0;
    bool m_truncated = false; // over a size limit: the rest of the record is parsed but not kept

    qint64 m_rowCounter = 0;
    qint64 m_lineCounter = 1;
    qint64 m_row = 0;
    qint64 m_line = 0;
    qsizetype m_expectedFields = -1;
    Problem m_problem = Problem::None;
    QString m_problemMessage;
    qsizetype m_problemField = -1;
    QString m_error;
};

} // namespace pulse
