// Hard limits of the HTTP front end: every byte and every second a client can make the server hold is
// bounded by one of these. Defaults suit the collector; tests shrink the timeouts.
#pragma once

#include <QString>
#include <QtGlobal>

namespace pulse {

struct HttpLimits {
    qint64 maxHeaderBytes = 16 * 1024; // request line + headers
    qint64 defaultMaxBodyBytes = 1024 * 1024; // when the per-route limit does not say otherwise
    qint64 maxDecompressedBytes = 8 * 1024 * 1024; // gzip/deflate request bodies after inflating
    int headerTimeoutMs = 10000; // first byte (or accept) to complete headers: slowloris guard
    int bodyTimeoutMs = 30000; // complete headers to complete body
    int idleTimeoutMs = 60000; // keep-alive connection with nothing in flight
    int maxConnections = 1024;
    int maxConnectionsPerIp = 128;
    int maxPipelinedRequests = 32; // unanswered requests per connection before we stop parsing more
    qint64 maxBufferedOutputBytes = 1024 * 1024; // unsent response bytes before we stop parsing more
    int lingerMs = 2000; // after the last response, how long to drain input so the peer gets it
};

// "2 MiB", "1.5 KiB", "300 bytes": sizes in problem details a person reads.
QString formatByteSize(qint64 bytes);

} // namespace pulse
