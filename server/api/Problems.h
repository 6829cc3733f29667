// The problem+json answers that several endpoints share, with messages that say what to fix.
#pragma once

#include "http/HttpResponse.h"

namespace pulse {

namespace Problems {
HttpResponse badRequest(const QString &detail, const QJsonObject &extra = {});
HttpResponse unauthorized(const QString &detail);
HttpResponse forbidden(const QString &detail);
HttpResponse notFound(const QString &detail);
HttpResponse tooManyRequests(int retryAfterSeconds, const QString &detail);
HttpResponse unavailable(const QString &detail, int retryAfterSeconds = 1);
HttpResponse internalError(const QString &detail);
} // namespace Problems

} // namespace pulse
