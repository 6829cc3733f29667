// What Pulse accepts in a request head (request line and headers), checked before the body is read,
// and the wording of every refusal so clients are told what to fix. Knows nothing of http_parser.
#pragma once

#include "http/GzipDecoder.h"
#include "http/HttpError.h"
#include "http/HttpLimits.h"
#include "http/HttpRequest.h"

#include <functional>

namespace pulse {

class HttpRequestRules final {
public:
    using BodyLimit = std::function<qint64(const QByteArray &method, const QString &path)>;

    // What the wire parser found out about framing; the rest is in the request's headers.
    struct Framing {
        int httpMajor = 1;
        bool chunked = false;
        quint64 contentLength = 0; // meaningful only with a Content-Length header
    };
    // How to read the body once the head is accepted.
    struct BodyPlan {
        HttpError error;
        GzipDecoder::Encoding encoding = GzipDecoder::Encoding::Identity;
        bool expectContinue = false;
        qint64 maxBodyBytes = 0;
    };

    // Fills request.path and request.query from request.target, then checks version, Host, framing,
    // Content-Encoding, Expect and the route's body limit.
    static BodyPlan checkHead(
        HttpRequest &request, const Framing &framing, const HttpLimits &limits, const BodyLimit &bodyLimit);

    static HttpError headersTooLarge(qint64 limit);
    static HttpError bodyTooLarge(qint64 limit, qint64 declared = -1);
    static HttpError decompressedTooLarge(qint64 limit);
    static HttpError corruptEncoding(GzipDecoder::Encoding encoding);
    // A streamed body could not be stored (a full disk): 507, with the system's reason.
    static HttpError sinkFailed(const QString &reason);
    static HttpError headTimedOut(int timeoutMs);
    static HttpError bodyTimedOut(int timeoutMs);

private:
    static HttpError checkTarget(HttpRequest &request);
    static HttpError checkFraming(const HttpRequest &request, bool chunked);
};

} // namespace pulse
