#include "export/TableWriter.h"

#include "core/CsvField.h"

#include <QIODevice>

namespace pulse {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

} // namespace

TableWriter::TableWriter(QIODevice &out, ExportFormat format, const QStringList &columns)
    : m_out(out), m_columns(columns), m_rowsOut(format, columns), m_background(out)
{
    if (format == ExportFormat::Csv) {
        QByteArray header;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                header.append(',');
            writeCsvField(columns.at(i).toUtf8(), [&header](QByteArrayView piece) { header.append(piece); });
        }
        header.append("\r\n");
        m_rowsOut.raw(header);
    } else if (format == ExportFormat::Json) {
        m_rowsOut.raw("[");
    }
}

void TableWriter::text(const QString &value)
{
    if (value.isNull())
        null();
    else
        text(QByteArrayView(value.toUtf8()));
}

bool TableWriter::endRow()
{
    m_rowsOut.endRow();
    ++m_rows;
    return m_rowsOut.size() < kFlushBytes || flush();
}

bool TableWriter::appendRows(QByteArray &rows, qint64 count)
{
    if (count == 0) {
        rows.clear();
        return m_background.errorString().isEmpty();
    }
    if (format() == ExportFormat::Json && m_rows > 0)
        m_rowsOut.raw(",");
    // What this writer holds goes first; the rows then go to the device as they are.
    if (m_rowsOut.size() > 0 && !flush())
        return false;
    m_rows += count;
    m_rowsOut.continueAfterRows();
    return m_background.write(rows);
}

bool TableWriter::finish()
{
    if (format() == ExportFormat::Json)
        m_rowsOut.raw(m_rows > 0 ? QByteArrayView("\n]\n", 3) : QByteArrayView("]\n", 2));
    // The last buffer is written here, after the background thread is done with the device, so an
    // export that fits one buffer never starts a thread.
    if (!m_background.drain() || !m_finalError.isEmpty())
        return false;
    m_rowsOut.take(m_handOver, true);
    const qint64 written = m_out.write(m_handOver.constData(), m_handOver.size());
    if (written > 0)
        m_finalBytes += written;
    if (written != m_handOver.size()) {
        m_finalError = m_out.errorString().isEmpty() ? QStringLiteral("could not write") : m_out.errorString();
        return false;
    }
    return true;
}

bool TableWriter::flush()
{
    m_rowsOut.take(m_handOver, true);
    // The background writer swaps in an empty buffer with a spare's capacity: the formatter fills it
    // next (take() above gave it the one handed back before).
    return m_background.write(m_handOver);
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
