#include "http/HttpResponseParser.h"

#include <http_parser.h>

namespace pulse {

struct HttpResponseParser::Impl {
    explicit Impl(qsizetype keep) : maxBodyKept(keep)
    {
        http_parser_settings_init(&settings);
        settings.on_header_field = &Impl::onHeaderField;
        settings.on_header_value = &Impl::onHeaderValue;
        settings.on_headers_complete = &Impl::onHeadersComplete;
        settings.on_body = &Impl::onBody;
        settings.on_message_complete = &Impl::onMessageComplete;
        http_parser_init(&parser, HTTP_RESPONSE);
        parser.data = this;
    }

    static Impl &of(http_parser *p) { return *static_cast<Impl *>(p->data); }
    void commitHeader()
    {
        if (!field.isEmpty())
            headers.append({ field.toLower(), value.trimmed() });
        field.clear();
        value.clear();
        inValue = false;
    }
    static int onHeaderField(http_parser *p, const char *at, size_t length)
    {
        Impl &d = of(p);
        if (d.inValue)
            d.commitHeader();
        d.field.append(at, qsizetype(length));
        return 0;
    }
    static int onHeaderValue(http_parser *p, const char *at, size_t length)
    {
        Impl &d = of(p);
        d.inValue = true;
        d.value.append(at, qsizetype(length));
        return 0;
    }
    static int onHeadersComplete(http_parser *p)
    {
        Impl &d = of(p);
        d.commitHeader();
        d.status = int(p->status_code);
        d.headersDone = true;
        // libhttp-parser takes any run of digits ("HTTP/1.1 2 00OK" gives 2); a status code has three.
        if (d.status < 100 || d.status > 999) {
            d.state = State::Error;
            d.error = QStringLiteral("malformed HTTP response (status code %1 is not three digits)").arg(d.status);
            http_parser_pause(p, 1);
        }
        return 0;
    }
    static int onBody(http_parser *p, const char *at, size_t length)
    {
        Impl &d = of(p);
        const qsizetype room = d.maxBodyKept - d.body.size();
        if (room > 0)
            d.body.append(at, qMin(room, qsizetype(length)));
        return 0;
    }
    static int onMessageComplete(http_parser *p)
    {
        Impl &d = of(p);
        // 1xx answers (100 Continue) come before the real one.
        if (d.status >= 100 && d.status < 200) {
            d.headers.clear();
            d.body.clear();
            d.status = 0;
            d.headersDone = false;
            return 0;
        }
        d.state = State::Complete;
        http_parser_pause(p, 1); // anything after the response is not ours
        return 0;
    }

    http_parser parser {};
    http_parser_settings settings {};
    qsizetype maxBodyKept;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray field, value, body;
    bool inValue = false;
    bool headersDone = false;
    int status = 0;
    State state = State::NeedMoreData;
    QString error;
};

HttpResponseParser::HttpResponseParser(qsizetype maxBodyKept) : m_d(std::make_unique<Impl>(maxBodyKept)) { }

HttpResponseParser::~HttpResponseParser() = default;

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView data)
{
    if (m_d->state != State::NeedMoreData || data.isEmpty())
        return m_d->state;
    const size_t consumed = http_parser_execute(&m_d->parser, &m_d->settings, data.data(), size_t(data.size()));
    if (m_d->state == State::NeedMoreData && (consumed != size_t(data.size()) || m_d->parser.http_errno != HPE_OK)) {
        m_d->state = State::Error;
        m_d->error = QStringLiteral("malformed HTTP response (%1)")
                         .arg(QLatin1String(http_errno_description(http_errno(m_d->parser.http_errno))));
    }
    return m_d->state;
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_d->state != State::NeedMoreData)
        return m_d->state;
    http_parser_execute(&m_d->parser, &m_d->settings, nullptr, 0); // EOF
    if (m_d->state == State::NeedMoreData) {
        m_d->state = State::Error;
        m_d->error = m_d->headersDone ? QStringLiteral("the connection closed before the response body ended")
                                      : QStringLiteral("the connection closed before a complete response");
    }
    return m_d->state;
}

HttpResponseParser::State HttpResponseParser::state() const
{
    return m_d->state;
}
bool HttpResponseParser::headersComplete() const
{
    return m_d->headersDone;
}
int HttpResponseParser::status() const
{
    return m_d->status;
}
const QByteArray &HttpResponseParser::body() const
{
    return m_d->body;
}
QString HttpResponseParser::error() const
{
    return m_d->error;
}

QByteArray HttpResponseParser::header(QByteArrayView lowerCaseName) const
{
    for (const auto &h : m_d->headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

} // namespace pulse
