#include "export/TableWriter.h"

#include "core/CsvField.h"

#include <QIODevice>

#include <charconv>
#include <cmath>

namespace pulse {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

} // namespace

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00");
            out.append(kHex[c >> 4]);
            out.append(kHex[c & 0xf]);
        }
    }
    out.append(utf8.sliced(plainFrom));
    out.append('"');
}

TableWriter::TableWriter(QIODevice &out, ExportFormat format, const QStringList &columns) : m_out(out), m_format(format)
{
    m_buffer.reserve(kFlushBytes + 64 * 1024);
    if (m_format == ExportFormat::Csv) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                m_buffer.append(',');
            appendCsvField(m_buffer, columns.at(i).toUtf8());
        }
        m_buffer.append("\r\n");
        return;
    }
    for (const QString &column : columns) {
        QByteArray prefix;
        appendJsonString(prefix, column.toUtf8());
        prefix.append(':');
        m_memberPrefixes.append(prefix);
    }
    if (m_format == ExportFormat::Json)
        m_buffer.append('[');
}

void TableWriter::beginRow()
{
    m_column = 0;
    if (m_format == ExportFormat::Json && m_rows > 0)
        m_buffer.append(',');
    if (m_format != ExportFormat::Csv)
        m_buffer.append(m_format == ExportFormat::Json ? "\n{" : "{");
}

void TableWriter::beforeValue()
{
    if (m_format == ExportFormat::Csv) {
        if (m_column > 0)
            m_buffer.append(',');
    } else {
        if (m_column > 0)
            m_buffer.append(',');
        m_buffer.append(m_memberPrefixes.value(m_column));
    }
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
        appendCsvField(m_buffer, utf8);
    else
        appendJsonString(m_buffer, utf8);
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
    m_buffer.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr - digits);
}

void TableWriter::number(double value)
{
    if (!std::isfinite(value)) { // JSON has no NaN or infinity
        null();
        return;
    }
    beforeValue();
    char digits[32];
    m_buffer.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr - digits);
}

void TableWriter::boolean(bool value)
{
    beforeValue();
    m_buffer.append(value ? "true" : "false");
}

void TableWriter::null()
{
    beforeValue();
    if (m_format != ExportFormat::Csv)
        m_buffer.append("null");
}

void TableWriter::json(QByteArrayView compactJson)
{
    if (compactJson.isEmpty()) {
        null();
        return;
    }
    beforeValue();
    if (m_format == ExportFormat::Csv)
        appendCsvField(m_buffer, compactJson);
    else
        m_buffer.append(compactJson);
}

bool TableWriter::endRow()
{
    m_buffer.append(m_format == ExportFormat::Csv ? "\r\n" : m_format == ExportFormat::Ndjson ? "}\n" : "}");
    ++m_rows;
    return m_buffer.size() < kFlushBytes || flush();
}

bool TableWriter::finish()
{
    if (m_format == ExportFormat::Json)
        m_buffer.append(m_rows > 0 ? "\n]\n" : "]\n");
    return flush();
}

bool TableWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    const qint64 written = m_out.write(m_buffer);
    if (written != m_buffer.size()) {
        m_error = m_out.errorString().isEmpty() ? QStringLiteral("could not write") : m_out.errorString();
        return false;
    }
    m_bytes += written;
    m_buffer.resize(0);
    return true;
}

} // namespace pulse
