#include "export/TableWriter.h"

#include "core/CsvField.h"

#include <QIODevice>

#include <charconv>
#include <cmath>
#include <cstring>

namespace pulse {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;
constexpr qsizetype kSlackBytes = 64 * 1024; // room for the row that crosses kFlushBytes

// Hands utf8 to put(QByteArrayView) as a JSON string, quoted and escaped (RFC 8259 §7), in pieces.
template<typename Put> void writeJsonString(QByteArrayView utf8, Put &&put)
{
    static constexpr char kHex[] = "0123456789abcdef";
    put(QByteArrayView("\"", 1));
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(utf8.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        switch (c) {
        case '"':
            put(QByteArrayView("\\\"", 2));
            break;
        case '\\':
            put(QByteArrayView("\\\\", 2));
            break;
        case '\n':
            put(QByteArrayView("\\n", 2));
            break;
        case '\r':
            put(QByteArrayView("\\r", 2));
            break;
        case '\t':
            put(QByteArrayView("\\t", 2));
            break;
        default: {
            const char escape[] = { '\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf] };
            put(QByteArrayView(escape, sizeof escape));
        }
        }
    }
    put(utf8.sliced(plainFrom));
    put(QByteArrayView("\"", 1));
}

} // namespace

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    writeJsonString(utf8, [&out](QByteArrayView piece) { out.append(piece); });
}

TableWriter::TableWriter(QIODevice &out, ExportFormat format, const QStringList &columns)
    : m_out(out), m_format(format), m_background(out)
{
    m_buffer.resize(kFlushBytes + kSlackBytes);
    if (m_format == ExportFormat::Csv) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                put(',');
            writeCsvField(columns.at(i).toUtf8(), [this](QByteArrayView piece) { put(piece); });
        }
        put(QByteArrayView("\r\n", 2));
        return;
    }
    for (const QString &column : columns) {
        QByteArray prefix;
        appendJsonString(prefix, column.toUtf8());
        prefix.append(':');
        m_memberPrefixes.append(prefix);
    }
    if (m_format == ExportFormat::Json)
        put('[');
}

void TableWriter::grow(qsizetype needed)
{
    m_buffer.resize(qMax(m_buffer.size() * 2, m_used + needed + kSlackBytes));
}

void TableWriter::beginRow()
{
    m_column = 0;
    if (m_format == ExportFormat::Json && m_rows > 0)
        put(',');
    if (m_format != ExportFormat::Csv)
        put(m_format == ExportFormat::Json ? QByteArrayView("\n{", 2) : QByteArrayView("{", 1));
}

void TableWriter::beforeValue()
{
    if (m_column > 0)
        put(',');
    if (m_format != ExportFormat::Csv && m_column < m_memberPrefixes.size())
        put(m_memberPrefixes.at(m_column));
    ++m_column;
}

void TableWriter::text(QByteArrayView utf8)
{
    if (utf8.data() == nullptr) {
        null();
        return;
    }
    beforeValue();
    if (m_format == ExportFormat::Csv)
        writeCsvField(utf8, [this](QByteArrayView piece) { put(piece); });
    else
        writeJsonString(utf8, [this](QByteArrayView piece) { put(piece); });
}

void TableWriter::text(const QString &value)
{
    if (value.isNull())
        null();
    else
        text(QByteArrayView(value.toUtf8()));
}

void TableWriter::number(qint64 value)
{
    beforeValue();
    char digits[24];
    put(QByteArrayView(digits, std::to_chars(digits, digits + sizeof digits, value).ptr - digits));
}

void TableWriter::number(double value)
{
    if (!std::isfinite(value)) { // JSON has no NaN or infinity
        null();
        return;
    }
    beforeValue();
    char digits[32];
    put(QByteArrayView(digits, std::to_chars(digits, digits + sizeof digits, value).ptr - digits));
}

void TableWriter::boolean(bool value)
{
    beforeValue();
    put(value ? QByteArrayView("true", 4) : QByteArrayView("false", 5));
}

void TableWriter::null()
{
    beforeValue();
    if (m_format != ExportFormat::Csv)
        put(QByteArrayView("null", 4));
}

void TableWriter::json(QByteArrayView compactJson)
{
    if (compactJson.isEmpty()) {
        null();
        return;
    }
    beforeValue();
    if (m_format == ExportFormat::Csv)
        writeCsvField(compactJson, [this](QByteArrayView piece) { put(piece); });
    else
        put(compactJson);
}

bool TableWriter::endRow()
{
    put(m_format == ExportFormat::Csv          ? QByteArrayView("\r\n", 2)
            : m_format == ExportFormat::Ndjson ? QByteArrayView("}\n", 2)
                                               : QByteArrayView("}", 1));
    ++m_rows;
    return m_used < kFlushBytes || flush();
}

bool TableWriter::finish()
{
    if (m_format == ExportFormat::Json)
        put(m_rows > 0 ? QByteArrayView("\n]\n", 3) : QByteArrayView("]\n", 2));
    // The last buffer is written here, after the background thread is done with the device, so an
    // export that fits one buffer never starts a thread.
    if (!m_background.drain() || !m_finalError.isEmpty())
        return false;
    const qint64 written = m_out.write(m_buffer.constData(), m_used);
    if (written > 0)
        m_finalBytes += written;
    if (written != m_used) {
        m_finalError = m_out.errorString().isEmpty() ? QStringLiteral("could not write") : m_out.errorString();
        return false;
    }
    m_used = 0;
    return true;
}

bool TableWriter::flush()
{
    m_buffer.resize(m_used);
    const bool ok = m_background.write(m_buffer);
    // The buffer handed back is empty; its size is again the room to fill (resize within the
    // capacity neither allocates nor clears).
    m_buffer.resize(qMax(m_buffer.capacity(), kFlushBytes + kSlackBytes));
    m_used = 0;
    return ok;
}

qint64 TableWriter::bytesWritten() const
{
    return m_background.bytesWritten() + m_finalBytes;
}

QString TableWriter::errorString() const
{
    const QString background = m_background.errorString();
    return background.isEmpty() ? m_finalError : background;
}

} // namespace pulse
