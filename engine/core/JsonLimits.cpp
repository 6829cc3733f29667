#include "core/JsonLimits.h"

#include <QString>

namespace pulse {

namespace {
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
} // namespace

JsonScan JsonLimits::scan(QByteArrayView text)
{
    JsonScan result;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && isSpace(text[i]))
        ++i;
    // A UTF-8 byte order mark is tolerated at the very start.
    if (i == 0 && n >= 3 && text.startsWith("\xEF\xBB\xBF")) {
        i = 3;
        while (i < n && isSpace(text[i]))
            ++i;
    }
    if (i == n)
        return result;

    const char first = text[i];
    const bool isArray = first == '[';
    result.kind = isArray ? JsonScan::Kind::Array : first == '{' ? JsonScan::Kind::Object : JsonScan::Kind::Scalar;

    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype itemStart = -1;
    int itemDepth = 0;
    const qsizetype start = i;
    qsizetype end = -1;

    auto closeItem = [&](qsizetype at) {
        if (itemStart < 0)
            return;
        qsizetype last = at;
        while (last > itemStart && isSpace(text[last - 1]))
            --last;
        result.items.append({itemStart, last - itemStart, itemDepth});
        itemStart = -1;
        itemDepth = 0;
    };

    for (; i < n; ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (isArray && depth == 1 && itemStart < 0 && !isSpace(c) && c != ',' && c != ']')
            itemStart = i;
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++depth;
            result.maxDepth = qMax(result.maxDepth, depth);
            if (isArray && depth > 1)
                itemDepth = qMax(itemDepth, depth - 1);
            break;
        case '}':
        case ']':
            if (depth == 0) {
                result.kind = JsonScan::Kind::Malformed;
                result.error = QStringLiteral("unexpected '%1' at byte %2").arg(QLatin1Char(c)).arg(i);
                result.items.clear();
                return result;
            }
            if (isArray && depth == 1)
                closeItem(i);
            --depth;
            if (depth == 0)
                end = i + 1;
            break;
        case ',':
            if (isArray && depth == 1)
                closeItem(i);
            break;
        default:
            break;
        }
        if (end >= 0)
            break;
    }

    if (inString || depth != 0) {
        result.kind = JsonScan::Kind::Malformed;
        result.error = inString ? QStringLiteral("a string is not closed") : QStringLiteral("a bracket is not closed");
        result.items.clear();
        return result;
    }
    if (end < 0)
        end = n;
    for (qsizetype j = end; j < n; ++j) {
        if (!isSpace(text[j])) {
            result.kind = JsonScan::Kind::Malformed;
            result.error = QStringLiteral("unexpected data after the JSON value at byte %1").arg(j);
            result.items.clear();
            return result;
        }
    }
    if (!isArray) {
        qsizetype last = end;
        while (last > start && isSpace(text[last - 1]))
            --last;
        result.items.append({start, last - start, result.maxDepth});
    }
    return result;
}

} // namespace pulse
