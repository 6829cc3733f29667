// Serialises an HttpResponse into HTTP/1.1 wire bytes, adding the framing the front end owns:
// Content-Length, Date, Server and Connection. Handlers' own values for those are replaced.
#pragma once

#include "http/HttpResponse.h"

#include <QByteArray>

namespace pulse {

class HttpResponseWriter final {
public:
    struct Framing {
        bool headRequest = false; // headers only, Content-Length still that of the full body
        bool keepAlive = true;
        int httpMinor = 1; // an HTTP/1.0 client needs "Connection: keep-alive" to keep the connection
    };

    // A response with a bodyFile gets its headers only; the connection sends the file after them.
    static QByteArray serialize(const HttpResponse &response, const Framing &framing);
    static QByteArray continueLine() { return QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"); }
    // IMF-fixdate (RFC 9110 §5.6.7) of the current second, cached per thread.
    static QByteArray httpDate();
};

} // namespace pulse
