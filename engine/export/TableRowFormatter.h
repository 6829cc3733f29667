// Formats table rows as CSV, NDJSON or JSON into a buffer of its own, field by field, UTF-8 bytes in:
// the one place where exports spell values (TableWriter says how). TableWriter formats its rows with
// one; a parallel event export formats each slice with one per thread and hands the bytes to the
// TableWriter in order (TableWriter::appendRows).
#pragma once

#include "export/ExportFormat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <cstring>

namespace pulse {

class TableRowFormatter final {
public:
    // columns: the JSON member names, in the order the fields of a row come.
    TableRowFormatter(ExportFormat format, const QStringList &columns);

    ExportFormat format() const { return m_format; }

    void beginRow();
    void text(QByteArrayView utf8); // a view with a null data pointer writes null
    void number(qint64 value);
    void number(double value);
    void boolean(bool value);
    void null();
    // A JSON value already serialised (compact): embedded as is in NDJSON and JSON, its text in CSV.
    // An empty view writes null.
    void json(QByteArrayView compactJson);
    void endRow();
    // Bytes written as they are (a header, the brackets of a JSON array).
    void raw(QByteArrayView bytes) { put(bytes); }

    qsizetype size() const { return m_used; } // bytes formatted since the last take()
    qint64 rowsInBuffer() const { return m_rowsInBuffer; }
    // Moves the bytes formatted so far into `into` (sized to them) and gives this formatter `into`'s
    // capacity to fill next. In JSON the rows after a take() are separated from the ones before by a
    // comma when `moreRowsFollow` (one array written in pieces); without it the next buffer starts
    // without one, as a fragment that TableWriter::appendRows joins.
    void take(QByteArray &into, bool moreRowsFollow);
    // The rows formatted next continue rows written elsewhere (JSON: the first one needs a comma).
    void continueAfterRows() { m_continues = true; }

private:
    void beforeValue();
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

    const ExportFormat m_format;
    QList<QByteArray> m_memberPrefixes; // "\"name\":" for each column (JSON formats)
    QByteArray m_buffer;
    qsizetype m_used = 0;
    int m_column = 0;
    qint64 m_rowsInBuffer = 0;
    bool m_continues = false; // rows came before this buffer's first one
};

// Appends utf8 as a JSON string, quoted and escaped (RFC 8259 §7).
void appendJsonString(QByteArray &out, QByteArrayView utf8);

} // namespace pulse
