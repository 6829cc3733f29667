// Wire format of responses. Header values are stripped of CR/LF so a handler echoing client input
// cannot split the response.
#include "http/HttpResponseWriter.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace pulse {

namespace {

bool isFramingHeader(QByteArrayView name)
{
    for (const char *owned : { "content-length", "transfer-encoding", "connection", "date", "server" }) {
        if (name.compare(owned, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void appendSanitized(QByteArray &out, QByteArrayView text)
{
    for (const char c : text)
        out.append(c == '\r' || c == '\n' ? ' ' : c);
}

// RFC 9110 §6.4.1 and §8.6: no body and no Content-Length for 1xx, 204 and 304.
bool mayHaveBody(int status)
{
    return status >= 200 && status != 204 && status != 304;
}

} // namespace

QByteArray HttpResponseWriter::httpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        cached = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()),
                         QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                     .toLatin1();
    }
    return cached;
}

QByteArray HttpResponseWriter::serialize(const HttpResponse &response, const Framing &framing)
{
    const bool withBody = mayHaveBody(response.status);
    QByteArray out;
    out.reserve(256 + (withBody && !framing.headRequest ? response.body.size() : 0));
    out.append("HTTP/1.1 ");
    out.append(QByteArray::number(response.status));
    out.append(' ');
    out.append(HttpResponse::reasonPhrase(response.status));
    out.append("\r\nServer: Pulse\r\nDate: ");
    out.append(httpDate());
    if (withBody) {
        out.append("\r\nContent-Length: ");
        out.append(QByteArray::number(response.bodyFile.isEmpty() ? response.body.size() : response.bodyFileSize));
    }
    if (!framing.keepAlive)
        out.append("\r\nConnection: close");
    else if (framing.httpMinor == 0)
        out.append("\r\nConnection: keep-alive");
    for (const auto &[name, value] : response.headers) {
        if (isFramingHeader(name) || name.isEmpty())
            continue;
        out.append("\r\n");
        appendSanitized(out, name);
        out.append(": ");
        appendSanitized(out, value);
    }
    out.append("\r\n\r\n");
    if (withBody && !framing.headRequest && response.bodyFile.isEmpty())
        out.append(response.body);
    return out;
}

} // namespace pulse
