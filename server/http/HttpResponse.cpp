// Response builders shared by handlers and the front end's own error answers.
#include "http/HttpResponse.h"

namespace pulse {

void HttpResponse::setHeader(QByteArrayView name, QByteArrayView value)
{
    headers.removeIf([name](const auto &entry) { return name.compare(entry.first, Qt::CaseInsensitive) == 0; });
    headers.append({ name.toByteArray(), value.toByteArray() });
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document)
{
    return text(status, document.toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    return json(status, QJsonDocument(array));
}

HttpResponse HttpResponse::file(int status, const QString &path, qint64 size, QByteArray contentType)
{
    HttpResponse response;
    response.status = status;
    response.bodyFile = path;
    response.bodyFileSize = size;
    response.headers.append({ QByteArrayLiteral("Content-Type"), std::move(contentType) });
    return response;
}

HttpResponse HttpResponse::text(int status, QByteArray body, QByteArray contentType)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers.append({ QByteArrayLiteral("Content-Type"), std::move(contentType) });
    return response;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse HttpResponse::problem(int status, const QString &title, const QString &detail, const QJsonObject &extra)
{
    QJsonObject object {
        { QStringLiteral("type"), QStringLiteral("about:blank") },
        { QStringLiteral("title"), title },
        { QStringLiteral("status"), status },
        { QStringLiteral("detail"), detail },
    };
    // Extension members may refine "type" with a URI; status must keep matching the status line.
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    object.insert(QStringLiteral("status"), status);
    return text(
        status, QJsonDocument(object).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/problem+json"));
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    struct Reason {
        int status;
        const char *phrase;
    };
    static constexpr Reason reasons[] = {
        { 100, "Continue" },
        { 101, "Switching Protocols" },
        { 200, "OK" },
        { 201, "Created" },
        { 202, "Accepted" },
        { 204, "No Content" },
        { 206, "Partial Content" },
        { 301, "Moved Permanently" },
        { 302, "Found" },
        { 303, "See Other" },
        { 304, "Not Modified" },
        { 307, "Temporary Redirect" },
        { 308, "Permanent Redirect" },
        { 400, "Bad Request" },
        { 401, "Unauthorized" },
        { 403, "Forbidden" },
        { 404, "Not Found" },
        { 405, "Method Not Allowed" },
        { 406, "Not Acceptable" },
        { 408, "Request Timeout" },
        { 409, "Conflict" },
        { 410, "Gone" },
        { 411, "Length Required" },
        { 412, "Precondition Failed" },
        { 413, "Content Too Large" },
        { 414, "URI Too Long" },
        { 415, "Unsupported Media Type" },
        { 417, "Expectation Failed" },
        { 422, "Unprocessable Content" },
        { 426, "Upgrade Required" },
        { 428, "Precondition Required" },
        { 429, "Too Many Requests" },
        { 431, "Request Header Fields Too Large" },
        { 500, "Internal Server Error" },
        { 501, "Not Implemented" },
        { 502, "Bad Gateway" },
        { 503, "Service Unavailable" },
        { 504, "Gateway Timeout" },
        { 505, "HTTP Version Not Supported" },
        { 507, "Insufficient Storage" },
    };
    for (const Reason &reason : reasons) {
        if (reason.status == status)
            return QByteArray(reason.phrase);
    }
    return QByteArrayLiteral("Unknown");
}

} // namespace pulse
