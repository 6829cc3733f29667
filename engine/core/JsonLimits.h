// A single linear pass over untrusted JSON before Qt parses it: Qt accepts 1024 nesting levels and any
// size, so Pulse enforces its own depth limit here and finds the top-level items of an array without
// building a document, which lets one malformed item be rejected while the rest of a batch is kept.
#pragma once

#include <QByteArray>
#include <QList>

namespace pulse {

struct JsonSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
    int depth = 0; // deepest nesting inside the span, counting the span's own object as 1
};

struct JsonScan
{
    enum class Kind { Empty, Object, Array, Scalar, Malformed };
    Kind kind = Kind::Empty;
    // For an Array: one span per element. For an Object or Scalar: one span covering it.
    QList<JsonSpan> items;
    int maxDepth = 0;
    QString error; // for Malformed: what is wrong and where
};

class JsonLimits final
{
public:
    // Scans the whole text. Brackets inside strings are ignored; escapes are honoured. It checks
    // structure only (balanced brackets, closed strings); values are validated by the real parser.
    static JsonScan scan(QByteArrayView text);
};

} // namespace pulse
