#include "api/CollectEndpoint.h"

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

HttpResponse answer(const WriteOutcome &outcome, const QList<Rejection> &rejections)
{
    if (rejections.isEmpty()) {
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
    return HttpResponse::json(200, body);
}

void process(ApiContext &context, const HttpRequest &request, HttpResponder responder)
{
    const EventDecoder::Format format = EventDecoder::formatForContentType(request.header("content-type"));
    const DecodeResult decoded = EventDecoder::decode(request.body, format, context.validator.limits());

    RequestContext rc;
    rc.clientIp = context.clientAddress(request).toUtf8();
    rc.userAgent = request.header("user-agent");
    rc.receivedAtMs = context.clock.nowMs();

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
    for (const Rejection &r : std::as_const(rejections))
        context.metrics.countRejected(r.reason);

    ServerMetrics *metrics = &context.metrics;
    context.workspace.writer().submit(
        std::move(events), rejections, [responder, rejections, metrics](const WriteOutcome &outcome) mutable {
            HttpResponse response;
            if (!outcome.ok) {
                response = Problems::unavailable(
                    QStringLiteral("The events could not be stored (%1); nothing was kept. Retry the request.")
                        .arg(outcome.error),
                    5);
            } else {
                metrics->countAccepted(outcome.inserted);
                metrics->countDuplicates(outcome.duplicates);
                response = answer(outcome, rejections);
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

HttpResponse CollectEndpoint::preflight(const HttpRequest &request)
{
    Q_UNUSED(request)
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
