#include "api/CollectEndpoint.h"

#include "access/IngestQuota.h"
#include "api/ApiContext.h"
#include "api/Problems.h"
#include "api/ServerMetrics.h"
#include "core/Clock.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "ingest/EventDecoder.h"
#include "ingest/EventValidator.h"
#include "storage/EventWriter.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QThreadPool>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace pulse {

namespace {
// Small requests are validated on the network thread; big batches on the pool, so one large body
// does not hold up every other connection.
constexpr qsizetype kInlineBodyBytes = 8 * 1024;

QJsonObject rejectionJson(const Rejection &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("index"), r.index);
    o.insert(QStringLiteral("reason"), r.reason);
    o.insert(QStringLiteral("message"), r.message);
    return o;
}

HttpResponse answer(const WriteOutcome &outcome, const QList<Rejection> &rejections, qsizetype notTracked)
{
    if (rejections.isEmpty() && notTracked == 0) {
        // The common case, built from bytes: this runs on the writer thread after each commit, where a
        // QJsonObject + QJsonDocument per request cost ~18 % of the writer at single-event requests.
        // Same bytes as the compact QJsonDocument (keys sorted).
        QByteArray body;
        body.reserve(48);
        body.append("{\"accepted\":").append(QByteArray::number(outcome.inserted));
        body.append(",\"duplicates\":").append(QByteArray::number(outcome.duplicates)).append(",\"rejected\":[]}");
        return HttpResponse::text(200, std::move(body), QByteArrayLiteral("application/json"));
    }
    QJsonArray rejected;
    for (const Rejection &r : rejections)
        rejected.append(rejectionJson(r));
    if (outcome.inserted == 0 && outcome.duplicates == 0 && !rejections.isEmpty()) {
        QJsonObject extra;
        extra.insert(QStringLiteral("errors"), rejected);
        const QString detail = rejections.size() == 1
            ? rejections.first().message
            : QStringLiteral("None of the %1 events was accepted; each entry of \"errors\" "
                             "says what to fix. They are kept in the quarantine.")
                  .arg(rejections.size());
        return Problems::badRequest(detail, extra);
    }
    QJsonObject body;
    body.insert(QStringLiteral("accepted"), outcome.inserted);
    body.insert(QStringLiteral("duplicates"), outcome.duplicates);
    body.insert(QStringLiteral("rejected"), rejected);
    if (notTracked > 0) // acknowledged, not stored: the browser asked not to be tracked
        body.insert(QStringLiteral("not_tracked"), notTracked);
    return HttpResponse::json(200, body);
}

// RateLimit fields of draft-ietf-httpapi-ratelimit-headers-07 (the last draft with three separate
// fields; docs/sites-and-keys.md).
void addRateLimitHeaders(HttpResponse &response, const IngestQuota::Decision &d)
{
    response.setHeader("RateLimit-Limit", QByteArray::number(d.limit));
    response.setHeader("RateLimit-Remaining", QByteArray::number(d.remaining));
    response.setHeader("RateLimit-Reset", QByteArray::number(d.resetSeconds));
}

// Takes each site's events (and its rejected ones: they cost the quarantine) from its quota. False
// with the 429 in *refusal when a site's quota has no room for them; sites checked before it keep what
// was taken, which errs on the strict side for the rare request that mixes sites. *last: the decision
// for the response headers when exactly one site with a quota is involved.
bool takeQuota(ApiContext &context, const QList<EventRecord> &events, const QList<Rejection> &rejections,
    HttpResponse *refusal, std::optional<IngestQuota::Decision> *last)
{
    if (!context.ingestQuota)
        return true;
    QHash<qint64, qint64> perSite;
    for (const EventRecord &e : events)
        ++perSite[e.siteId];
    for (const Rejection &r : rejections) {
        if (r.siteId > 0)
            ++perSite[r.siteId];
    }
    int limitedSites = 0;
    for (auto it = perSite.constBegin(); it != perSite.constEnd(); ++it) {
        const std::optional<Site> site = context.workspace.sites().byId(it.key());
        if (!site || site->settings.ingestQuotaPerMinute <= 0)
            continue;
        const qint64 quota = site->settings.ingestQuotaPerMinute;
        const IngestQuota::Decision d = context.ingestQuota->take(site->id, quota, it.value());
        ++limitedSites;
        *last = d;
        if (!d.allowed) {
            const QString detail = it.value() > quota
                ? QStringLiteral("The request carries %1 events for site %2, more than its quota of %3 a minute; "
                                 "send smaller batches.")
                      .arg(it.value())
                      .arg(site->domain)
                      .arg(quota)
                : QStringLiteral("Site %1 may send %2 events a minute and has used them; retry after %3 seconds "
                                 "(Retry-After). Nothing of this request was stored.")
                      .arg(site->domain)
                      .arg(quota)
                      .arg(d.retryAfterSeconds);
            *refusal = Problems::tooManyRequests(d.retryAfterSeconds, detail);
            addRateLimitHeaders(*refusal, d);
            return false;
        }
    }
    if (limitedSites != 1)
        last->reset();
    return true;
}

// Refuses the whole request (403) when a site restricts origins and the page's origin is not one of
// them: nothing is stored or quarantined, so another web site cannot fill the quarantine either.
bool originRefused(ApiContext &context, const QList<Rejection> &rejections, HttpResponse *refusal)
{
    for (const Rejection &r : rejections) {
        if (r.reason != QLatin1String("origin_not_allowed"))
            continue;
        for (const Rejection &each : rejections) {
            if (each.reason == QLatin1String("origin_not_allowed"))
                context.metrics.countRejected(each.reason);
        }
        *refusal = Problems::forbidden(r.message);
        return true;
    }
    return false;
}

void process(ApiContext &context, const HttpRequest &request, HttpResponder responder)
{
    const EventDecoder::Format format = EventDecoder::formatForContentType(request.header("content-type"));
    const DecodeResult decoded = EventDecoder::decode(request.body, format, context.validator.limits());

    RequestContext rc;
    rc.clientIp = context.clientAddress(request).toUtf8();
    rc.userAgent = request.header("user-agent");
    rc.receivedAtMs = context.clock.nowMs();
    rc.origin = request.header("origin");
    rc.doNotTrack = request.header("dnt").trimmed() == "1";

    QList<EventRecord> events;
    QList<Rejection> rejections;
    if (!decoded.ok()) {
        // Nothing could be split out: keep the body as sent, so the sender can see it was refused.
        Rejection r;
        r.receivedAtMs = rc.receivedAtMs;
        r.reason = decoded.errorReason;
        r.message = decoded.errorMessage;
        r.payload = request.body.left(context.validator.limits().quarantinePayloadBytes);
        rejections.append(r);
    } else {
        context.validator.validateAll(decoded, rc, &events, &rejections);
    }

    HttpResponse refusal;
    std::optional<IngestQuota::Decision> quota;
    if (originRefused(context, rejections, &refusal) || !takeQuota(context, events, rejections, &refusal, &quota)) {
        CollectEndpoint::addCorsHeaders(refusal);
        responder.send(refusal);
        return;
    }
    // Do Not Track: counted, answered, and not kept, not even in the quarantine.
    const qsizetype before = rejections.size();
    rejections.removeIf([](const Rejection &r) { return r.reason == QLatin1String("do_not_track"); });
    const qsizetype notTracked = before - rejections.size();
    for (qsizetype i = 0; i < notTracked; ++i)
        context.metrics.countRejected(QStringLiteral("do_not_track"));
    for (const Rejection &r : std::as_const(rejections))
        context.metrics.countRejected(r.reason);

    ServerMetrics *metrics = &context.metrics;
    context.workspace.writer().submit(std::move(events), rejections,
        [responder, rejections, metrics, notTracked, quota](const WriteOutcome &outcome) mutable {
            HttpResponse response;
            if (!outcome.ok) {
                response = Problems::unavailable(
                    QStringLiteral("The events could not be stored (%1); nothing was kept. Retry the request.")
                        .arg(outcome.error),
                    5);
            } else {
                metrics->countAccepted(outcome.inserted);
                metrics->countDuplicates(outcome.duplicates);
                response = answer(outcome, rejections, notTracked);
                if (quota)
                    addRateLimitHeaders(response, *quota);
            }
            CollectEndpoint::addCorsHeaders(response);
            responder.send(response);
        });
}
} // namespace

void CollectEndpoint::addCorsHeaders(HttpResponse &response)
{
    response.setHeader("Access-Control-Allow-Origin", "*");
}

HttpResponse CollectEndpoint::preflight(ApiContext &context, const HttpRequest &request)
{
    // A preflight carries no events, so no site key: the origin is checked against the site named
    // by ?site= when given, else against every site (allowed when any site accepts it).
    const QString origin = QString::fromUtf8(request.header("origin"));
    if (!origin.isEmpty()) {
        const QString named = request.query.queryItemValue(QStringLiteral("site"), QUrl::FullyDecoded);
        QList<Site> sites;
        if (!named.isEmpty()) {
            if (std::optional<Site> site = context.workspace.sites().find(named))
                sites << *site;
        } else {
            sites = context.workspace.sites().list();
        }
        const bool allowed = (sites.isEmpty() && named.isEmpty())
            || std::any_of(
                sites.cbegin(), sites.cend(), [&origin](const Site &s) { return s.settings.allowsOrigin(origin); });
        if (!allowed) {
            return Problems::forbidden(
                QStringLiteral("The origin %1 may not send events to %2; add it to the site's \"allowed_origins\".")
                    .arg(origin.left(200), named.isEmpty() ? QStringLiteral("any site here") : named.left(100)));
        }
    }
    HttpResponse response = HttpResponse::noContent();
    addCorsHeaders(response);
    response.setHeader("Access-Control-Allow-Methods", "POST, OPTIONS");
    response.setHeader("Access-Control-Allow-Headers", "Content-Type, Content-Encoding");
    response.setHeader("Access-Control-Max-Age", "86400");
    return response;
}

void CollectEndpoint::handle(ApiContext &context, const HttpRequest &request, HttpResponder responder)
{
    const QByteArray type = request.header("content-type").toLower();
    const bool acceptable = type.isEmpty() || type.startsWith("application/json") || type.startsWith("text/plain")
        || EventDecoder::formatForContentType(type) == EventDecoder::Format::Ndjson;
    if (!acceptable) {
        HttpResponse response = HttpResponse::problem(415, QStringLiteral("Unsupported Media Type"),
            QStringLiteral("Content-Type '%1' is not accepted; send application/json, text/plain (JSON) or "
                           "application/x-ndjson.")
                .arg(QString::fromLatin1(type.left(100))));
        addCorsHeaders(response);
        responder.send(response);
        return;
    }
    if (context.workspace.writer().metrics().queuedEvents.load() > context.maxQueuedEvents) {
        HttpResponse response
            = Problems::unavailable(QStringLiteral("The server is saturated; retry after the delay in Retry-After."));
        addCorsHeaders(response);
        responder.send(response);
        return;
    }
    if (request.body.size() <= kInlineBodyBytes) {
        process(context, request, responder);
        return;
    }
    ApiContext *ctx = &context;
    context.queryPool.start([ctx, request, responder]() mutable { process(*ctx, request, responder); });
}

} // namespace pulse
