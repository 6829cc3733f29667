// What the read and write endpoints share: naming the site a request is about (and checking the key
// may touch it), parsing JSON bodies within Pulse's own limits, and running work on the query pool
// with engine errors turned into problem answers.
#pragma once

#include "access/SiteStore.h"
#include "api/ApiContext.h"
#include "api/Problems.h"
#include "http/HttpResponder.h"
#include "http/HttpResponse.h"
#include "storage/Sqlite.h"

#include <QJsonObject>
#include <QThreadPool>

#include <optional>
#include <stdexcept>

namespace pulse {

struct ApiKey;
struct HttpRequest;

namespace endpoint {

// Resolves ?site= (key, id or domain), or the site a key is limited to, and checks the key may use it.
std::optional<Site> resolveSite(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, bool required, HttpResponse *error);

// The request body as a JSON object, or false with a 400 or 415 problem in *error.
bool jsonBody(const HttpRequest &request, QJsonObject *out, HttpResponse *error);

// The numeric id in the last path segment (/api/v1/funnels/42), or 0 when it is not one.
qint64 trailingId(const QString &path);

// Runs work() -> HttpResponse on the query pool and sends what it returns. Invalid requests the
// engine detects (std::invalid_argument) become 400; storage trouble becomes 503.
template<typename Work> void runOnPool(ApiContext &context, HttpResponder responder, Work work)
{
    context.queryPool.start([responder, work]() mutable {
        try {
            responder.send(work());
        } catch (const std::invalid_argument &e) {
            responder.send(Problems::badRequest(QString::fromUtf8(e.what())));
        } catch (const SqlError &e) {
            responder.send(
                Problems::unavailable(QStringLiteral("The query could not read the workspace (%1); retry shortly.")
                                          .arg(QString::fromUtf8(e.what()))));
        } catch (const std::runtime_error &e) {
            responder.send(Problems::unavailable(QString::fromUtf8(e.what())));
        }
    });
}

} // namespace endpoint

} // namespace pulse
