// libFuzzer harness: arbitrary collect bodies through the decoder, in both formats, with the
// default limits. Any crash, sanitizer report or hang is a bug in the pre-scan or item splitting.
#include "ingest/EventDecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const pulse::IngestLimits limits;
    const pulse::DecodeResult json = pulse::EventDecoder::decode(body, pulse::EventDecoder::Format::Json, limits);
    const pulse::DecodeResult ndjson = pulse::EventDecoder::decode(body, pulse::EventDecoder::Format::Ndjson, limits);
    // Invariants a client relies on: a failure explains itself, and items never outnumber the limit.
    if (!json.ok() && json.errorMessage.isEmpty())
        __builtin_trap();
    if (json.items.size() > limits.maxEventsPerRequest || ndjson.items.size() > limits.maxEventsPerRequest)
        __builtin_trap();
    for (const pulse::DecodedItem &item : json.items) {
        // A parsed item is an object, and its span lies inside the body it came from.
        if (item.errorReason.isEmpty() && !item.span.startsWith('{'))
            __builtin_trap();
        if (!item.span.isEmpty()
            && (item.span.data() < body.data() || item.span.data() + item.span.size() > body.data() + body.size()))
            __builtin_trap();
        if (!item.errorReason.isEmpty() && item.errorMessage.isEmpty())
            __builtin_trap();
    }
    return 0;
}
