#include "import/ImportReport.h"

#include "core/CsvField.h"

#include <QIODevice>

namespace pulse {

bool ImportReport::writeRejectionsCsv(QIODevice *device) const
{
    QByteArray out = "row,line,column,reason,message\n";
    for (const ImportRejection &r : rejections) {
        out += QByteArray::number(r.row) + ',' + QByteArray::number(r.line) + ',' + csvField(r.column) + ','
            + csvField(r.reason) + ',' + csvField(r.message) + '\n';
        if (out.size() > 1024 * 1024) {
            if (device->write(out) != out.size())
                return false;
            out.clear();
        }
    }
    return device->write(out) == out.size();
}

QString ImportReport::summary() const
{
    const double seconds = double(durationMs) / 1000.0;
    const qint64 rate = durationMs > 0 ? qint64(double(rowsRead) / seconds) : 0;
    return tr("%1 rows read: %2 imported, %3 already stored, %4 rejected, in %5 s (%6 rows/s).")
        .arg(rowsRead)
        .arg(rowsImported)
        .arg(duplicates)
        .arg(rowsRejected)
        .arg(seconds, 0, 'f', 1)
        .arg(rate);
}

} // namespace pulse
