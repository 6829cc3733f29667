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
    const bool formula = !utf8.isEmpty() && QByteArrayView("=+-@\t\r").contains(utf8.front());
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (formula)
            out.append('\'');
        out.append(utf8);
        return;
    }
    out.append('"');
    if (formula)
        out.append('\'');
    qsizetype from = 0; // whole runs between quotes, each quote doubled
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == '"') {
            out.append(utf8.sliced(from, i + 1 - from));
            out.append('"');
            from = i + 1;
        }
    }
    out.append(utf8.sliced(from));
    out.append('"');
}

} // namespace pulse
