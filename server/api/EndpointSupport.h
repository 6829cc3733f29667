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

#include <QJsonArray>
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

// The site a request names, or nullopt after answering with the problem.
std::optional<Site> requireSite(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder &responder);

struct SiteAndBody {
    Site site;
    QJsonObject body;
};
// The site and the JSON body of a request, or nullopt after answering with the problem.
std::optional<SiteAndBody> siteAndBody(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder &responder);

// A query's time range from "from" / "to" (a date YYYY-MM-DD in the site's zone, "to" including its
// day, or an ISO 8601 time with an offset) or from_ms / to_ms (epoch milliseconds). *fromMs and *toMs
// hold the defaults on entry. False with *error when a value is malformed or the range is empty or
// longer than 20 years.
bool readRange(const QJsonObject &body, const Site &site, qint64 *fromMs, qint64 *toMs, QString *error);
// The two halves of readRange(): "from" and "to" alone (an absent one leaves its value as it was), and
// the checks of a range every time-series query shares (not empty, at most 20 years).
bool readRangeEnds(const QJsonObject &body, const Site &site, qint64 *fromMs, qint64 *toMs, QString *error);
bool checkRange(qint64 fromMs, qint64 toMs, QString *error);

// Whether the client asked for CSV (?format=csv or Accept: text/csv).
bool wantsCsv(const HttpRequest &request);
// A CSV body offered as a download under fileName.
HttpResponse csvDownload(const QByteArray &csv, const char *fileName);

// The first numeric segment of the path (/api/v1/funnels/42, /api/v1/cohorts/42/members), or 0.
qint64 pathId(const QString &path);

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

// {"items": [...]} with each item's toJson(): how every collection answers.
template<typename List> HttpResponse itemsResponse(const List &list)
{
    QJsonArray items;
    for (const auto &item : list)
        items << item.toJson();
    return HttpResponse::json(200, QJsonObject { { QStringLiteral("items"), items } });
}

// GET of a site's collection (saved funnels, cohorts, webhooks, …): the site the request names, then
// listOf(siteId) read on the query pool and answered as itemsResponse().
template<typename ListOf>
void listForSite(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder, ListOf listOf)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    runOnPool(context, responder, [listOf, siteId = site->id]() { return itemsResponse(listOf(siteId)); });
}

} // namespace endpoint

} // namespace pulse
