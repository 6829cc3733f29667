// libFuzzer harness for HttpResponseParser (webhook receivers' answers): arbitrary bytes, split in
// two at a data-derived point the way a socket might deliver them, then the end of the stream. The
// parser must keep at most its excerpt of the body, report a real status only for a complete
// response, and never read past what it was given. No sockets, no event loop.
#include "http/HttpResponseParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1)
        return 0;
    constexpr qsizetype kExcerpt = 64;
    const QByteArrayView all(reinterpret_cast<const char *>(bytes) + 1, qsizetype(size) - 1);
    const qsizetype split = all.isEmpty() ? 0 : qsizetype(bytes[0]) % (all.size() + 1);
    pulse::HttpResponseParser parser(kExcerpt);
    using State = pulse::HttpResponseParser::State;
    State state = parser.feed(all.first(split));
    if (state == State::NeedMoreData)
        state = parser.feed(all.sliced(split));
    if (state == State::NeedMoreData)
        state = parser.finish();
    if (state == State::NeedMoreData)
        std::abort(); // the end of the stream settles every response
    if (parser.body().size() > kExcerpt)
        std::abort();
    if (state == State::Complete && (parser.status() < 200 || parser.status() > 999))
        std::abort();
    if (state == State::Error && parser.error().isEmpty())
        std::abort();
    (void)parser.header("retry-after");
    return 0;
}
