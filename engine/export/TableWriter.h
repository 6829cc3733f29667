// Writes rows of a table to a device as CSV, NDJSON or JSON, as they come: nothing is held but a
// buffer of about a mebibyte, so an export has no row limit. Every export (raw events, query results)
// goes through it, so the three formats spell values the same way everywhere:
// - CSV: a header line, RFC 4180 quoting and the spreadsheet-formula defence of core/CsvField.h,
//   empty fields for null, JSON values (props) as their compact JSON text, CRLF line ends;
// - NDJSON: one object a line with the columns as members, null as null, JSON values embedded;
// - JSON: the same objects in one array.
// Values are written field by field, UTF-8 bytes in, so no row needs a QJsonObject (an export of
// ten million events would spend most of its time building them). Full buffers go to the device on
// a thread of its own (BackgroundDeviceWriter) while the next one fills.
#pragma once

#include "export/BackgroundDeviceWriter.h"
#include "export/ExportFormat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstring>

class QIODevice;

namespace pulse {

class TableWriter final {
public:
    // columns: the CSV header and the JSON member names, in the order the fields of a row come.
    TableWriter(QIODevice &out, ExportFormat format, const QStringList &columns);

    void beginRow();
    void text(QByteArrayView utf8); // a view with a null data pointer writes null
    void text(const QString &value); // a null QString writes null
    void number(qint64 value);
    void number(double value);
    void boolean(bool value);
    void null();
    // A JSON value already serialised (compact): embedded as is in NDJSON and JSON, its text in CSV.
    // An empty view writes null.
    void json(QByteArrayView compactJson);
    // False once the device refused bytes (disk full, closed socket): stop and report errorString().
    // A refusal shows at the row after the buffer it refused, not at the row it came from.
    bool endRow();
    // Writes what is buffered and, for JSON, the closing bracket, and waits until the device has it
    // all. Call once, after the last row; until it returns, only the writer touches the device.
    bool finish();

    qint64 rows() const { return m_rows; }
    // What the device accepted (every byte once finish() returned true).
    qint64 bytesWritten() const;
    QString errorString() const;

private:
    void beforeValue();
    bool flush();
    // Appends to the buffer: its size is the room, m_used what is filled, so an append is a bounds
    // check and a copy (QByteArray::append's own checks were a tenth of a large export's time).
    void put(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return; // also keeps a null view away from memcpy
        if (m_used + bytes.size() > m_buffer.size())
            grow(bytes.size());
        std::memcpy(m_buffer.data() + m_used, bytes.data(), size_t(bytes.size()));
        m_used += bytes.size();
    }
    void put(char c)
    {
        if (m_used == m_buffer.size())
            grow(1);
        m_buffer.data()[m_used++] = c;
    }
    void grow(qsizetype needed);

    QIODevice &m_out;
    const ExportFormat m_format;
    QList<QByteArray> m_memberPrefixes; // "\"name\":" for each column (JSON formats)
    QByteArray m_buffer;
    qsizetype m_used = 0;
    int m_column = 0;
    qint64 m_rows = 0;
    qint64 m_finalBytes = 0; // written by finish() itself
    QString m_finalError;
    BackgroundDeviceWriter m_background; // last member: its destructor waits before the rest goes
};

// Appends utf8 as a JSON string, quoted and escaped (RFC 8259 §7).
void appendJsonString(QByteArray &out, QByteArrayView utf8);

} // namespace pulse
