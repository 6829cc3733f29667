#include "api/Problems.h"

namespace pulse::Problems {

HttpResponse badRequest(const QString &detail, const QJsonObject &extra)
{
    return HttpResponse::problem(400, QStringLiteral("Bad Request"), detail, extra);
}

HttpResponse unauthorized(const QString &detail)
{
    HttpResponse r = HttpResponse::problem(401, QStringLiteral("Unauthorized"), detail);
    r.setHeader("WWW-Authenticate", "Bearer realm=\"pulse\"");
    return r;
}

HttpResponse forbidden(const QString &detail)
{
    return HttpResponse::problem(403, QStringLiteral("Forbidden"), detail);
}

HttpResponse notFound(const QString &detail)
{
    return HttpResponse::problem(404, QStringLiteral("Not Found"), detail);
}

HttpResponse tooManyRequests(int retryAfterSeconds, const QString &detail)
{
    HttpResponse r = HttpResponse::problem(429, QStringLiteral("Too Many Requests"), detail);
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

HttpResponse unavailable(const QString &detail, int retryAfterSeconds)
{
    HttpResponse r = HttpResponse::problem(503, QStringLiteral("Service Unavailable"), detail);
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

HttpResponse internalError(const QString &detail)
{
    return HttpResponse::problem(500, QStringLiteral("Internal Server Error"), detail);
}

} // namespace pulse::Problems
