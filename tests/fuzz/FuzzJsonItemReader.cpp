// libFuzzer harness: arbitrary import files through the streaming JSON array and NDJSON splitter
// with small chunks and limits. Any crash, sanitizer report or hang is a bug; so is an item larger
// than the limit that is not flagged, or a flagged one without a message.
#include "import/JsonItemReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

namespace {

void readAll(const QByteArray &bytes, pulse::JsonItemReader::Format format, qsizetype chunk)
{
    QByteArray copy = bytes;
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    pulse::JsonItemReader::Options options;
    options.chunkBytes = chunk;
    options.maxItemBytes = 512;
    pulse::JsonItemReader reader(&device, format, options);
    while (reader.next()) {
        if (!reader.tooLarge() && reader.item().size() > options.maxItemBytes)
            __builtin_trap();
        if (reader.tooLarge() && reader.problemMessage().isEmpty())
            __builtin_trap();
    }
    if (reader.hasError() && reader.error().isEmpty())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype chunk = 5 + qsizetype(size % 53);
    readAll(bytes, pulse::JsonItemReader::Format::Array, chunk);
    readAll(bytes, pulse::JsonItemReader::Format::Lines, chunk);
    return 0;
}
