// Turns bytes from a client into HttpRequests, enforcing the header, body and decompression limits.
// Socket-free so it can be fuzzed; with HttpResponseParser (webhook answers) the only places that
// include http_parser.h, so the parser can be swapped without touching the rest of the server.
#pragma once

#include "http/HttpBodySink.h"
#include "http/HttpError.h"
#include "http/HttpLimits.h"
#include "http/HttpRequest.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>

namespace pulse {

class HttpRequestParser final {
public:
    enum class Event {
        NeedMoreData, // everything given was consumed
        Request, // a complete request is ready: takeRequest()
        Upgrade, // a complete request asking to switch protocols; bytes after `consumed` are not HTTP
        Error, // error() says what to answer; sticky until reset()
    };
    struct Progress {
        Event event = Event::NeedMoreData;
        qsizetype consumed = 0;
    };
    enum class Phase { Idle, Headers, Body };
    using BodyLimit = std::function<qint64(const QByteArray &method, const QString &path)>;
    // Asked once a head is accepted: a sink to stream this request's body to (nullptr: keep it in
    // HttpRequest::body), or a refusal in *refusal so the body is never read (an upload without a key).
    using BodySinkFactory = std::function<std::shared_ptr<HttpBodySink>(const HttpRequest &head, HttpError *refusal)>;

    explicit HttpRequestParser(const HttpLimits &limits = {});
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    // Largest body accepted for a route, asked once the headers are in; unset or negative means the default.
    void setBodyLimit(BodyLimit bodyLimit);
    void setBodySinkFactory(BodySinkFactory factory);

    // Parses as much of data as belongs to the current request. Stops right after a complete request
    // so pipelined requests are handed out one at a time: feed the rest again after taking it.
    Progress feed(QByteArrayView data);
    HttpRequest takeRequest();
    const HttpError &error() const;
    Phase phase() const;
    // The request being read streams its body to a sink (so its timeout counts from the last byte).
    bool streamsBody() const;

    // True after headers with "Expect: 100-continue" were accepted and no body byte has arrived yet:
    // the client waits for "100 Continue" before sending the body.
    bool awaitsContinue() const;
    void markContinueSent();

    void reset();

private:
    struct Impl;
    std::unique_ptr<Impl> m_d;
};

} // namespace pulse
