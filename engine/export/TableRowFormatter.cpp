#include "export/TableRowFormatter.h"

#include "core/CsvField.h"

#include <charconv>
#include <cmath>
#include <utility>

namespace pulse {

namespace {

constexpr qsizetype kInitialBytes = (1 << 20) + 64 * 1024; // a mebibyte and room for the row that crosses it
constexpr qsizetype kSlackBytes = 64 * 1024;

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

TableRowFormatter::TableRowFormatter(ExportFormat format, const QStringList &columns) : m_format(format)
{
    m_buffer.resize(kInitialBytes);
    if (m_format == ExportFormat::Csv)
        return;
    for (const QString &column : columns) {
        QByteArray prefix;
        appendJsonString(prefix, column.toUtf8());
        prefix.append(':');
        m_memberPrefixes.append(prefix);
    }
}

void TableRowFormatter::grow(qsizetype needed)
{
    m_buffer.resize(qMax(m_buffer.size() * 2, m_used + needed + kSlackBytes));
}

void TableRowFormatter::take(QByteArray &into, bool moreRowsFollow)
{
    m_buffer.resize(m_used);
    std::swap(into, m_buffer);
    // What came back is empty; its size is again the room to fill (resize within the capacity
    // neither allocates nor clears).
    m_buffer.resize(qMax(m_buffer.capacity(), kInitialBytes));
    m_used = 0;
    m_continues = moreRowsFollow && (m_continues || m_rowsInBuffer > 0);
    m_rowsInBuffer = 0;
}

void TableRowFormatter::beginRow()
{
    m_column = 0;
    if (m_format == ExportFormat::Json && (m_rowsInBuffer > 0 || m_continues))
        put(',');
    if (m_format != ExportFormat::Csv)
        put(m_format == ExportFormat::Json ? QByteArrayView("\n{", 2) : QByteArrayView("{", 1));
}

void TableRowFormatter::beforeValue()
{
    if (m_column > 0)
        put(',');
    if (m_format != ExportFormat::Csv && m_column < m_memberPrefixes.size())
        put(m_memberPrefixes.at(m_column));
    ++m_column;
}

void TableRowFormatter::text(QByteArrayView utf8)
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

void TableRowFormatter::number(qint64 value)
{
    beforeValue();
    char digits[24];
    put(QByteArrayView(digits, std::to_chars(digits, digits + sizeof digits, value).ptr - digits));
}

void TableRowFormatter::number(double value)
{
    if (!std::isfinite(value)) { // JSON has no NaN or infinity
        null();
        return;
    }
    beforeValue();
    char digits[32];
    put(QByteArrayView(digits, std::to_chars(digits, digits + sizeof digits, value).ptr - digits));
}

void TableRowFormatter::boolean(bool value)
{
    beforeValue();
    put(value ? QByteArrayView("true", 4) : QByteArrayView("false", 5));
}

void TableRowFormatter::null()
{
    beforeValue();
    if (m_format != ExportFormat::Csv)
        put(QByteArrayView("null", 4));
}

void TableRowFormatter::json(QByteArrayView compactJson)
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

void TableRowFormatter::endRow()
{
    put(m_format == ExportFormat::Csv          ? QByteArrayView("\r\n", 2)
            : m_format == ExportFormat::Ndjson ? QByteArrayView("}\n", 2)
                                               : QByteArrayView("}", 1));
    ++m_rowsInBuffer;
}

} // namespace pulse
