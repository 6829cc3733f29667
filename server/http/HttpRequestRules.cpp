// Request-head checks and refusal texts. Every detail names the limit or the header to change.
#include "http/HttpRequestRules.h"

#include <QUrl>

#include <algorithm>

namespace pulse {

namespace {

HttpError refuse(int status, QString detail, QJsonObject extra = {})
{
    return { status, std::move(detail), std::move(extra), std::nullopt };
}

QString latin1(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 200)));
}

} // namespace

HttpRequestRules::BodyPlan HttpRequestRules::checkHead(
    HttpRequest &request, const Framing &framing, const HttpLimits &limits, const BodyLimit &bodyLimit)
{
    BodyPlan plan;
    if (framing.httpMajor != 1) {
        plan.error = refuse(505,
            QStringLiteral("HTTP/%1.%2 is not supported; send HTTP/1.1 (or HTTP/1.0) requests.")
                .arg(framing.httpMajor)
                .arg(request.httpMinor));
        return plan;
    }
    if (request.method == "CONNECT") {
        plan.error = refuse(501, QStringLiteral("CONNECT is not supported: this server is not a proxy."));
        return plan;
    }
    if (plan.error = checkTarget(request); plan.error.isError())
        return plan;
    const qsizetype hosts = request.headerValues("host").size();
    if (hosts > 1 || (hosts == 0 && request.httpMinor >= 1)) {
        plan.error = refuse(
            400, QStringLiteral("An HTTP/1.1 request needs exactly one Host header; this one has %1.").arg(hosts));
        return plan;
    }
    if (plan.error = checkFraming(request, framing.chunked); plan.error.isError())
        return plan;

    const QByteArray contentEncoding = request.headerValues("content-encoding").join(", ");
    plan.encoding = GzipDecoder::encodingFor(contentEncoding);
    if (plan.encoding == GzipDecoder::Encoding::Unsupported) {
        plan.error = refuse(415,
            QStringLiteral("Content-Encoding \"%1\" is not supported; send the body uncompressed, or as gzip or "
                           "deflate.")
                .arg(latin1(contentEncoding)));
        return plan;
    }

    const bool hasLength = request.hasHeader("content-length");
    if (request.hasHeader("expect")) {
        const QByteArray expect = request.header("expect");
        if (expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
            plan.error = refuse(
                417, QStringLiteral("Expect: %1 is not supported; only Expect: 100-continue is.").arg(latin1(expect)));
            return plan;
        }
        // RFC 9110 §10.1.1: an HTTP/1.0 client never gets a 100 Continue.
        const bool hasBody = framing.chunked || (hasLength && framing.contentLength > 0);
        plan.expectContinue = hasBody && request.httpMinor >= 1;
    }

    plan.maxBodyBytes = bodyLimit ? bodyLimit(request.method, request.path) : -1;
    if (plan.maxBodyBytes < 0)
        plan.maxBodyBytes = limits.defaultMaxBodyBytes;
    if (hasLength && framing.contentLength > static_cast<quint64>(plan.maxBodyBytes)) {
        const quint64 declared = std::min<quint64>(framing.contentLength, quint64(1) << 62);
        plan.error = bodyTooLarge(plan.maxBodyBytes, static_cast<qint64>(declared));
    }
    return plan;
}

HttpError HttpRequestRules::checkTarget(HttpRequest &request)
{
    QByteArrayView rest = request.target;
    if (rest == "*") {
        request.path = QStringLiteral("*"); // "OPTIONS *" asks about the server as a whole
        return {};
    }
    if (rest.startsWith("http://") || rest.startsWith("https://")) {
        // absolute-form (RFC 9112 §3.2.2) must be accepted; its authority plays no part in routing.
        rest = rest.sliced(rest.indexOf("://") + 3);
        const qsizetype slash = rest.indexOf('/');
        rest = slash < 0 ? QByteArrayView("/") : rest.sliced(slash);
    }
    if (!rest.startsWith('/')) {
        return refuse(400,
            QStringLiteral("The request target must be a path starting with \"/\", not \"%1\".")
                .arg(latin1(request.target)));
    }
    const qsizetype question = rest.indexOf('?');
    const QByteArrayView rawPath = question < 0 ? rest : rest.first(question);
    request.path = QUrl::fromPercentEncoding(rawPath.toByteArray());
    if (request.path.contains(QChar(0)))
        return refuse(400, QStringLiteral("The request path must not contain an encoded NUL (%00)."));
    if (question >= 0) {
        // Browsers' URLSearchParams encode spaces as '+'; QUrlQuery would keep it literal.
        QByteArray rawQuery = rest.sliced(question + 1).toByteArray();
        rawQuery.replace('+', "%20");
        request.query = QUrlQuery(QString::fromLatin1(rawQuery));
    }
    return {};
}

HttpError HttpRequestRules::checkFraming(const HttpRequest &request, bool chunked)
{
    const bool hasLength = request.hasHeader("content-length");
    const QList<QByteArray> transferEncodings = request.headerValues("transfer-encoding");
    if (!transferEncodings.isEmpty()) {
        const QByteArray joined = transferEncodings.join(", ");
        const QList<QByteArray> codings = joined.split(',');
        for (const QByteArray &coding : codings) {
            if (coding.trimmed().compare("chunked", Qt::CaseInsensitive) != 0) {
                return refuse(501,
                    QStringLiteral("Transfer-Encoding \"%1\" is not supported; send the body with Content-Length or "
                                   "Transfer-Encoding: chunked (use Content-Encoding for compression).")
                        .arg(latin1(joined)));
            }
        }
        // Exactly one "chunked": anything else leaves the body length ambiguous (RFC 9112 §6.3).
        if (codings.size() != 1 || hasLength || !chunked) {
            return refuse(400,
                QStringLiteral("Send either Content-Length or one Transfer-Encoding: chunked, not both and not "
                               "chunked twice."));
        }
        return {};
    }
    const QByteArray &method = request.method;
    if (!hasLength && (method == "POST" || method == "PUT" || method == "PATCH")) {
        return refuse(411,
            QStringLiteral("A %1 request needs a body length: send a Content-Length header or use "
                           "Transfer-Encoding: chunked.")
                .arg(latin1(method)));
    }
    return {};
}

HttpError HttpRequestRules::headersTooLarge(qint64 limit)
{
    return refuse(431,
        QStringLiteral("The request line and headers exceed %1. Send fewer or shorter headers (large cookies are a "
                       "common cause).")
            .arg(formatByteSize(limit)),
        { { QStringLiteral("limit"), limit } });
}

HttpError HttpRequestRules::bodyTooLarge(qint64 limit, qint64 declared)
{
    const QString detail = declared >= 0
        ? QStringLiteral("The request body is %1; this endpoint accepts at most %2. Send smaller batches.")
              .arg(formatByteSize(declared), formatByteSize(limit))
        : QStringLiteral("The request body is larger than %1, the most this endpoint accepts. Send smaller batches.")
              .arg(formatByteSize(limit));
    return refuse(413, detail, { { QStringLiteral("limit"), limit } });
}

HttpError HttpRequestRules::decompressedTooLarge(qint64 limit)
{
    return refuse(413,
        QStringLiteral("The request body expands to more than %1 when decompressed; that is the decompressed limit. "
                       "Send smaller batches.")
            .arg(formatByteSize(limit)),
        { { QStringLiteral("limit"), limit } });
}

HttpError HttpRequestRules::corruptEncoding(GzipDecoder::Encoding encoding)
{
    return refuse(400,
        QStringLiteral("The request body is not valid %1 data, or it is truncated. Check the Content-Encoding "
                       "header and the compressor.")
            .arg(encoding == GzipDecoder::Encoding::Gzip ? QStringLiteral("gzip") : QStringLiteral("deflate")));
}

HttpError HttpRequestRules::headTimedOut(int timeoutMs)
{
    return refuse(408,
        QStringLiteral("The request line and headers did not arrive within %1 ms. Send the complete head at once.")
            .arg(timeoutMs),
        { { QStringLiteral("timeoutMs"), timeoutMs } });
}

HttpError HttpRequestRules::bodyTimedOut(int timeoutMs)
{
    return refuse(408,
        QStringLiteral("The request body did not arrive within %1 ms of its headers. Send smaller bodies, or check "
                       "the connection.")
            .arg(timeoutMs),
        { { QStringLiteral("timeoutMs"), timeoutMs } });
}

HttpError HttpRequestRules::sinkFailed(const QString &reason)
{
    return refuse(507,
        QStringLiteral("The request body could not be stored on the server (%1). Free disk space there, then send it "
                       "again.")
            .arg(reason));
}

} // namespace pulse
