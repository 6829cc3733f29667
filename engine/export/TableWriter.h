// Writes rows of a table to a device as CSV, NDJSON or JSON, as they come: nothing is held but a
// buffer of about a mebibyte, so an export has no row limit. Every export (raw events, query results)
// goes through it, so the three formats spell values the same way everywhere:
// - CSV: a header line, RFC 4180 quoting and the spreadsheet-formula defence of core/CsvField.h,
//   empty fields for null, JSON values (props) as their compact JSON text, CRLF line ends;
// - NDJSON: one object a line with the columns as members, null as null, JSON values embedded;
// - JSON: the same objects in one array.
// Values are written field by field, UTF-8 bytes in, so no row needs a QJsonObject (an export of
// ten million events would spend most of its time building them); TableRowFormatter spells them.
// Full buffers go to the device on a thread of its own (BackgroundDeviceWriter) while the next one
// fills. Rows formatted elsewhere (a parallel export's slices) join in with appendRows().
#pragma once

#include "export/BackgroundDeviceWriter.h"
#include "export/ExportFormat.h"
#include "export/TableRowFormatter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

class QIODevice;

namespace pulse {

class TableWriter final {
public:
    // columns: the CSV header and the JSON member names, in the order the fields of a row come.
    TableWriter(QIODevice &out, ExportFormat format, const QStringList &columns);

    ExportFormat format() const { return m_rowsOut.format(); }
    const QStringList &columns() const { return m_columns; }

    void beginRow() { m_rowsOut.beginRow(); }
    void text(QByteArrayView utf8) { m_rowsOut.text(utf8); } // a view with a null data pointer writes null
    void text(const QString &value); // a null QString writes null
    void number(qint64 value) { m_rowsOut.number(value); }
    void number(double value) { m_rowsOut.number(value); }
    void boolean(bool value) { m_rowsOut.boolean(value); }
    void null() { m_rowsOut.null(); }
    // A JSON value already serialised (compact): embedded as is in NDJSON and JSON, its text in CSV.
    // An empty view writes null.
    void json(QByteArrayView compactJson) { m_rowsOut.json(compactJson); }
    // False once the device refused bytes (disk full, closed socket): stop and report errorString().
    // A refusal shows at the row after the buffer it refused, not at the row it came from.
    bool endRow();
    // Writes `count` whole rows formatted by a TableRowFormatter of this writer's format and columns
    // (taken without moreRowsFollow), after every row before. Takes the bytes without a copy and
    // leaves `rows` empty, with a spare buffer's capacity. False as endRow().
    bool appendRows(QByteArray &rows, qint64 count);
    // Writes what is buffered and, for JSON, the closing bracket, and waits until the device has it
    // all. Call once, after the last row; until it returns, only the writer touches the device.
    bool finish();

    qint64 rows() const { return m_rows; }
    // What the device accepted (every byte once finish() returned true).
    qint64 bytesWritten() const;
    QString errorString() const;

private:
    bool flush();

    QIODevice &m_out;
    const QStringList m_columns;
    TableRowFormatter m_rowsOut;
    QByteArray m_handOver; // the buffer flush() hands to the background writer
    qint64 m_rows = 0;
    qint64 m_finalBytes = 0; // written by finish() itself
    QString m_finalError;
    BackgroundDeviceWriter m_background; // last member: its destructor waits before the rest goes
};

} // namespace pulse
