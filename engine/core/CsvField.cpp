#include "core/CsvField.h"

namespace pulse {

QByteArray csvField(const QString &text)
{
    QByteArray out;
    appendCsvField(out, text.toUtf8());
    return out;
}

void appendCsvField(QByteArray &out, QByteArrayView utf8)
{
    writeCsvField(utf8, [&out](QByteArrayView piece) { out.append(piece); });
}

} // namespace pulse
