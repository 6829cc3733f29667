// libFuzzer harness: arbitrary import files (plain or gzip, any delimiter) through the streaming CSV
// reader with small chunks and limits, so record and buffer boundaries fall everywhere. Any crash,
// sanitizer report or hang is a bug; so is a problem without a message or a field outside its record.
#include "import/CsvReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    pulse::CsvReader::Options options;
    options.chunkBytes = 7 + qsizetype(size % 61); // boundaries anywhere, differing per input
    options.maxFieldBytes = 256;
    options.maxRecordBytes = 1024;
    pulse::CsvReader reader(&device, options);
    qint64 lastRow = 0;
    while (reader.next()) {
        if (reader.row() <= lastRow) // rows only move forward
            __builtin_trap();
        lastRow = reader.row();
        if (reader.problem() != pulse::CsvReader::Problem::None && reader.problemMessage().isEmpty())
            __builtin_trap();
        qsizetype total = 0;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            total += reader.field(i).size();
        if (reader.problem() == pulse::CsvReader::Problem::None && total > options.maxRecordBytes)
            __builtin_trap();
    }
    if (reader.hasError() && reader.error().isEmpty())
        __builtin_trap();
    return 0;
}
