// Splits a JSON import file into its events without loading it: the elements of a top-level array
// (or top-level objects one after another), or the lines of NDJSON. One linear scan that honours
// strings and escapes, like core/JsonLimits does for request bodies, but over a stream, so a 1 GiB
// array costs one item of memory. Items are parsed and checked afterwards by EventDecoder's rules.
#pragma once

#include "import/ImportInput.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace pulse {

class JsonItemReader final {
    Q_DECLARE_TR_FUNCTIONS(pulse::JsonItemReader)

public:
    enum class Format { Array, Lines };
    struct Options {
        qsizetype maxItemBytes = 1024 * 1024;
        qsizetype chunkBytes = ImportInput::kChunkBytes;
    };

    JsonItemReader(QIODevice *device, Format format) : JsonItemReader(device, format, Options()) { }
    JsonItemReader(QIODevice *device, Format format, Options options);

    // The next item: true with one (tooLarge() may be set), false at the end or on an error.
    bool next();
    QByteArrayView item() const { return m_item; }
    // Array: 1-based element number. Lines: 1-based line number (blank lines count, as in a CSV file).
    qint64 row() const { return m_row; }
    qint64 line() const { return m_line; }
    bool tooLarge() const { return m_tooLarge; }
    QString problemMessage() const;

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 bytesRead() const { return m_input.bytesRead(); }

private:
    enum class State { Start, BetweenItems, InItem, Done };
    bool fill();
    bool nextLine();
    bool nextElement();
    void keep(const char *begin, qsizetype length);

    ImportInput m_input;
    Format m_format;
    Options m_options;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_offset = 0; // bytes of decompressed input before m_buf, for error messages
    bool m_started = false;

    State m_state = State::Start;
    bool m_inArray = false; // false: top-level values one after another
    int m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;

    QByteArray m_item;
    bool m_tooLarge = false;
    qint64 m_itemCounter = 0;
    qint64 m_lineCounter = 1;
    qint64 m_row = 0;
    qint64 m_line = 0;
    QString m_error;
};

} // namespace pulse
