// libFuzzer harness for HttpRequestParser: arbitrary bytes, split in two at a data-derived point the
// way a socket might deliver them. The first two input bytes choose small limits and the split, so
// the limit paths are reachable with short inputs. No sockets, no event loop.
#include "http/HttpRequestParser.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

constexpr qsizetype controlBytes = 2;

// Feeds data until it is used up or the parser stops for good; checks the parser's promises.
void feedAll(pulse::HttpRequestParser &parser, QByteArrayView data, const pulse::HttpLimits &limits, bool &stopped)
{
    using Event = pulse::HttpRequestParser::Event;
    while (!stopped && !data.isEmpty()) {
        const auto progress = parser.feed(data);
        if (progress.consumed < 0 || progress.consumed > data.size())
            std::abort();
        data = data.sliced(progress.consumed);
        switch (progress.event) {
        case Event::NeedMoreData:
            if (!data.isEmpty())
                std::abort(); // "need more" must mean everything was consumed
            return;
        case Event::Request: {
            const pulse::HttpRequest request = parser.takeRequest();
            const qint64 maxBody = std::max(limits.defaultMaxBodyBytes, limits.maxDecompressedBytes);
            if (request.method.isEmpty() || request.body.size() > maxBody)
                std::abort();
            (void)request.header("host");
            break;
        }
        case Event::Upgrade:
            stopped = true; // the rest belongs to another protocol
            return;
        case Event::Error: {
            const int status = parser.error().status;
            if (status < 400 || status > 599 || parser.error().detail.isEmpty())
                std::abort();
            if (parser.feed(data).event != Event::Error)
                std::abort(); // errors are sticky
            stopped = true;
            return;
        }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < static_cast<size_t>(controlBytes))
        return 0;
    const uint8_t control = data[0];
    pulse::HttpLimits limits;
    if (control & 0x01)
        limits.maxHeaderBytes = 200;
    if (control & 0x02)
        limits.defaultMaxBodyBytes = 64;
    if (control & 0x04)
        limits.maxDecompressedBytes = 100;

    const QByteArrayView input(
        reinterpret_cast<const char *>(data) + controlBytes, static_cast<qsizetype>(size) - controlBytes);
    const qsizetype split = input.size() * data[1] / 256;

    pulse::HttpRequestParser parser(limits);
    if (control & 0x08) {
        parser.setBodyLimit([](const QByteArray &method, const QString &path) {
            return (method.size() + path.size()) % 2 == 0 ? qint64(8) : qint64(-1);
        });
    }
    bool stopped = false;
    feedAll(parser, input.first(split), limits, stopped);
    feedAll(parser, input.sliced(split), limits, stopped);
    return 0;
}
