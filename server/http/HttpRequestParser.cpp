// http_parser (nodejs 2.9) driven one request at a time: callbacks collect the request, the head is
// checked as soon as it is complete (so a too-large body is refused before it is read), and the
// parser pauses after each message so pipelined requests wait their turn.
#include "http/HttpRequestParser.h"

#include "http/GzipDecoder.h"
#include "http/HttpRequestRules.h"

#include <http_parser.h>

#include <algorithm>
#include <utility>

namespace pulse {

struct HttpRequestParser::Impl {
    explicit Impl(const HttpLimits &l) : limits(l)
    {
        http_parser_settings_init(&settings);
        settings.on_message_begin = &Impl::onMessageBegin;
        settings.on_url = &Impl::onUrl;
        settings.on_header_field = &Impl::onHeaderField;
        settings.on_header_value = &Impl::onHeaderValue;
        settings.on_headers_complete = &Impl::onHeadersComplete;
        settings.on_body = &Impl::onBody;
        settings.on_message_complete = &Impl::onMessageComplete;
        reset();
    }

    void reset();
    void startMessage();
    int fail(HttpError e)
    {
        error = std::move(e);
        // A refused streamed body is not kept: its sink (a partial file) goes now.
        sink.reset();
        request.bodySink.reset();
        return -1; // any non-zero return stops http_parser with HPE_CB_*
    }
    void commitHeader();
    void failFromParser();

    static Impl &of(http_parser *p) { return *static_cast<Impl *>(p->data); }
    static int onMessageBegin(http_parser *p);
    static int onUrl(http_parser *p, const char *at, size_t length);
    static int onHeaderField(http_parser *p, const char *at, size_t length);
    static int onHeaderValue(http_parser *p, const char *at, size_t length);
    static int onHeadersComplete(http_parser *p);
    static int onBody(http_parser *p, const char *at, size_t length);
    static int onMessageComplete(http_parser *p);

    http_parser parser {};
    http_parser_settings settings {};
    HttpLimits limits;
    BodyLimit bodyLimit;
    BodySinkFactory sinkFactory;

    HttpRequest request;
    QByteArray url;
    QByteArray field;
    QByteArray value;
    bool inValue = false;
    Phase phase = Phase::Idle;
    qint64 headerBytes = 0; // current request line and headers, blank lines before it included
    qint64 trailerBytes = 0;
    HttpRequestRules::BodyPlan plan;
    std::shared_ptr<HttpBodySink> sink; // this request's body goes here, not into request.body
    qint64 bodyBytes = 0; // as received (compressed, de-chunked)
    bool continueSent = false;
    bool messageDone = false;
    bool upgrade = false;
    HttpError error;
};

void HttpRequestParser::Impl::reset()
{
    http_parser_init(&parser, HTTP_REQUEST);
    parser.data = this;
    startMessage();
    phase = Phase::Idle;
    headerBytes = 0;
    error = {};
    messageDone = false;
    upgrade = false;
}

void HttpRequestParser::Impl::startMessage()
{
    request = {};
    url.clear();
    field.clear();
    value.clear();
    inValue = false;
    trailerBytes = 0;
    plan = {};
    sink.reset();
    bodyBytes = 0;
    continueSent = false;
}

int HttpRequestParser::Impl::onMessageBegin(http_parser *p)
{
    Impl &d = of(p);
    d.startMessage();
    d.phase = Phase::Headers;
    return 0;
}

int HttpRequestParser::Impl::onUrl(http_parser *p, const char *at, size_t length)
{
    // Data callbacks point into the caller's buffer and may come in pieces: copy and append.
    of(p).url.append(at, static_cast<qsizetype>(length));
    return 0;
}

int HttpRequestParser::Impl::onHeaderField(http_parser *p, const char *at, size_t length)
{
    Impl &d = of(p);
    if (d.phase == Phase::Body) {
        // Trailer fields after a chunked body: nothing downstream uses them, but they must stay bounded.
        d.trailerBytes += static_cast<qint64>(length);
        return d.trailerBytes > d.limits.maxHeaderBytes
            ? d.fail(HttpRequestRules::headersTooLarge(d.limits.maxHeaderBytes))
            : 0;
    }
    if (d.inValue)
        d.commitHeader();
    d.field.append(at, static_cast<qsizetype>(length));
    return 0;
}

int HttpRequestParser::Impl::onHeaderValue(http_parser *p, const char *at, size_t length)
{
    Impl &d = of(p);
    if (d.phase == Phase::Body)
        return onHeaderField(p, at, length); // a trailer value: counted the same way
    d.inValue = true;
    d.value.append(at, static_cast<qsizetype>(length));
    return 0;
}

void HttpRequestParser::Impl::commitHeader()
{
    request.headers.append({ field.toLower(), value.trimmed() });
    field.clear();
    value.clear();
    inValue = false;
}

int HttpRequestParser::Impl::onHeadersComplete(http_parser *p)
{
    Impl &d = of(p);
    if (d.inValue || !d.field.isEmpty())
        d.commitHeader();
    d.request.method = http_method_str(static_cast<http_method>(p->method));
    d.request.target = std::exchange(d.url, {});
    d.request.httpMinor = p->http_minor;
    d.request.keepAlive = http_should_keep_alive(p) != 0;
    const HttpRequestRules::Framing framing {
        p->http_major,
        (p->flags & F_CHUNKED) != 0,
        p->content_length,
    };
    d.plan = HttpRequestRules::checkHead(d.request, framing, d.limits, d.bodyLimit);
    if (d.plan.error.isError())
        return d.fail(d.plan.error);
    if (d.sinkFactory) {
        HttpError refusal;
        d.sink = d.sinkFactory(d.request, &refusal);
        if (refusal.isError())
            return d.fail(std::move(refusal));
        if (d.sink) {
            d.request.bodySink = d.sink;
            d.phase = Phase::Body;
            return 0;
        }
    }
    // Reserve for small bodies only: a client announcing a large body and sending nothing must not
    // make us allocate it up front.
    if (!framing.chunked && d.request.hasHeader("content-length"))
        d.request.body.reserve(static_cast<qsizetype>(std::min<quint64>(framing.contentLength, 64 * 1024)));
    d.phase = Phase::Body;
    return 0;
}

int HttpRequestParser::Impl::onBody(http_parser *p, const char *at, size_t length)
{
    Impl &d = of(p);
    const auto size = static_cast<qsizetype>(length);
    // Content-Length was checked up front; this catches chunked bodies growing past the limit.
    if (d.bodyBytes + size > d.plan.maxBodyBytes)
        return d.fail(HttpRequestRules::bodyTooLarge(d.plan.maxBodyBytes));
    d.bodyBytes += size;
    if (d.sink) {
        if (!d.sink->write(QByteArrayView(at, size)))
            return d.fail(HttpRequestRules::sinkFailed(d.sink->errorString()));
        return 0;
    }
    d.request.body.append(at, size);
    return 0;
}

int HttpRequestParser::Impl::onMessageComplete(http_parser *p)
{
    Impl &d = of(p);
    if (d.sink) {
        // Streamed bodies are stored as sent; their reader decodes them.
        if (!d.sink->finish())
            return d.fail(HttpRequestRules::sinkFailed(d.sink->errorString()));
        d.sink.reset(); // the request holds it now
    } else if (d.plan.encoding != GzipDecoder::Encoding::Identity) {
        QByteArray decoded;
        switch (GzipDecoder(d.limits.maxDecompressedBytes).decode(d.plan.encoding, d.request.body, decoded)) {
        case GzipDecoder::Status::Ok:
            d.request.body = std::move(decoded);
            break;
        case GzipDecoder::Status::TooLarge:
            return d.fail(HttpRequestRules::decompressedTooLarge(d.limits.maxDecompressedBytes));
        case GzipDecoder::Status::Corrupt:
            return d.fail(HttpRequestRules::corruptEncoding(d.plan.encoding));
        }
    }
    d.phase = Phase::Idle;
    d.headerBytes = 0;
    d.messageDone = true;
    d.upgrade = p->upgrade != 0;
    http_parser_pause(p, 1); // hold the next pipelined request until this one is taken
    return 0;
}

void HttpRequestParser::Impl::failFromParser()
{
    const auto code = static_cast<http_errno>(parser.http_errno);
    const auto refuse = [this](int status, QString detail) { fail({ status, std::move(detail), {}, std::nullopt }); };
    switch (code) {
    case HPE_HEADER_OVERFLOW: // http_parser's own, compiled-in cap
        fail(HttpRequestRules::headersTooLarge(std::min<qint64>(limits.maxHeaderBytes, HTTP_MAX_HEADER_SIZE)));
        return;
    case HPE_INVALID_METHOD:
        refuse(501,
            QStringLiteral("The request method is not one this server implements; use GET, HEAD, POST, PUT, PATCH, "
                           "DELETE or OPTIONS (in upper case)."));
        return;
    case HPE_INVALID_CONTENT_LENGTH:
        // http_parser reports a chunk size past 64 bits with this code too; by then the headers chose chunked.
        if (parser.flags & F_CHUNKED) {
            refuse(400,
                QStringLiteral("The chunked body is malformed: a chunk size is too large. Each chunk must start "
                               "with its size in hexadecimal followed by CRLF."));
            return;
        }
        [[fallthrough]];
    case HPE_UNEXPECTED_CONTENT_LENGTH:
        refuse(400,
            QStringLiteral("Content-Length must be a single decimal number, sent once and not together with "
                           "Transfer-Encoding."));
        return;
    case HPE_INVALID_CHUNK_SIZE:
        refuse(400,
            QStringLiteral("The chunked body is malformed: each chunk must start with its size in hexadecimal "
                           "followed by CRLF."));
        return;
    case HPE_INVALID_VERSION:
        refuse(400, QStringLiteral("The request line must end with HTTP/1.1 or HTTP/1.0."));
        return;
    case HPE_INVALID_URL:
        refuse(400,
            QStringLiteral("The request target is not a valid path; percent-encode spaces and other special "
                           "characters."));
        return;
    default:
        refuse(400,
            QStringLiteral("The request is not valid HTTP/1.1 (%1). Check the request line and header syntax.")
                .arg(QString::fromLatin1(http_errno_description(code))));
        return;
    }
}

HttpRequestParser::HttpRequestParser(const HttpLimits &limits) : m_d(std::make_unique<Impl>(limits)) { }

HttpRequestParser::~HttpRequestParser() = default;

void HttpRequestParser::setBodyLimit(BodyLimit bodyLimit)
{
    m_d->bodyLimit = std::move(bodyLimit);
}

void HttpRequestParser::setBodySinkFactory(BodySinkFactory factory)
{
    m_d->sinkFactory = std::move(factory);
}

bool HttpRequestParser::streamsBody() const
{
    return m_d->phase == Phase::Body && m_d->sink != nullptr;
}

HttpRequestParser::Progress HttpRequestParser::feed(QByteArrayView data)
{
    Impl &d = *m_d;
    if (d.error.isError())
        return { Event::Error, 0 };
    if (HTTP_PARSER_ERRNO(&d.parser) == HPE_PAUSED)
        http_parser_pause(&d.parser, 0);

    qsizetype consumed = 0;
    while (consumed < data.size()) {
        // While the head is incomplete, never hand the parser more than the header budget left:
        // then "budget used up and the head still incomplete" means exactly "head too large".
        const bool inHead = d.phase != Phase::Body;
        qsizetype slice = data.size() - consumed;
        if (inHead)
            slice = std::min<qsizetype>(slice, d.limits.maxHeaderBytes - d.headerBytes);
        d.messageDone = false;
        const size_t parsed
            = http_parser_execute(&d.parser, &d.settings, data.data() + consumed, static_cast<size_t>(slice));
        consumed += static_cast<qsizetype>(parsed);

        if (d.messageDone)
            return { d.upgrade ? Event::Upgrade : Event::Request, consumed };
        if (d.error.isError())
            return { Event::Error, consumed };
        if (HTTP_PARSER_ERRNO(&d.parser) != HPE_OK) {
            d.failFromParser();
            return { Event::Error, consumed };
        }
        if (inHead && d.phase != Phase::Body) {
            d.headerBytes += static_cast<qint64>(parsed);
            if (d.headerBytes >= d.limits.maxHeaderBytes) {
                d.fail(HttpRequestRules::headersTooLarge(d.limits.maxHeaderBytes));
                return { Event::Error, consumed };
            }
        }
    }
    return { Event::NeedMoreData, consumed };
}

HttpRequest HttpRequestParser::takeRequest()
{
    return std::exchange(m_d->request, {});
}

const HttpError &HttpRequestParser::error() const
{
    return m_d->error;
}

HttpRequestParser::Phase HttpRequestParser::phase() const
{
    return m_d->phase;
}

bool HttpRequestParser::awaitsContinue() const
{
    const Impl &d = *m_d;
    return d.phase == Phase::Body && d.plan.expectContinue && !d.continueSent && d.bodyBytes == 0 && !d.error.isError();
}

void HttpRequestParser::markContinueSent()
{
    m_d->continueSent = true;
}

void HttpRequestParser::reset()
{
    m_d->reset();
}

} // namespace pulse
