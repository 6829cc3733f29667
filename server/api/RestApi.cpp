#include "api/RestApi.h"

#include "access/KeyStore.h"
#include "access/SessionStore.h"
#include "api/AlertEndpoints.h"
#include "api/ApiContext.h"
#include "api/CohortEndpoints.h"
#include "api/CollectEndpoint.h"
#include "api/ExportEndpoints.h"
#include "api/ExportScheduleEndpoints.h"
#include "api/FailedAuthLimiter.h"
#include "api/FunnelEndpoints.h"
#include "api/ImportEndpoints.h"
#include "api/ImportPresetEndpoints.h"
#include "api/KeyEndpoints.h"
#include "api/Problems.h"
#include "api/QueryEndpoints.h"
#include "api/RetentionEndpoints.h"
#include "api/RetentionReportEndpoints.h"
#include "api/ServerMetrics.h"
#include "api/SessionEndpoints.h"
#include "api/SiteEndpoints.h"
#include "api/WebhookEndpoints.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "storage/EventWriter.h"
#include "storage/Workspace.h"
#include "stream/StreamCredentials.h"
#include "stream/StreamEndpoint.h"

#include <QFile>
#include <QStringList>

namespace pulse {

namespace {
constexpr qint64 kCollectBodyLimit = 1024 * 1024;
constexpr qint64 kDefaultBodyLimit = 64 * 1024;
// A static cohort's member list (JSON or CSV): about 100,000 ids.
constexpr qint64 kMemberListBodyLimit = 8 * 1024 * 1024;

QByteArray trackerScript()
{
    static const QByteArray script = [] {
        QFile file(QStringLiteral(":/tracker/pulse.js"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return script;
}

void health(ApiContext &context, const HttpRequest &, const ApiKey &, HttpResponder responder)
{
    QJsonObject body;
    const bool ok = context.workspace.isOpen();
    body.insert(QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("unavailable"));
    responder.send(HttpResponse::json(ok ? 200 : 503, body));
}

void metrics(ApiContext &context, const HttpRequest &, const ApiKey &, HttpResponder responder)
{
    responder.send(
        HttpResponse::text(200, context.metrics.render(context.workspace.writer().metrics(), context.openConnections()),
            "text/plain; version=0.0.4; charset=utf-8"));
}

void tracker(ApiContext &, const HttpRequest &, const ApiKey &, HttpResponder responder)
{
    HttpResponse response = HttpResponse::text(200, trackerScript(), "application/javascript; charset=utf-8");
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.setHeader("Access-Control-Allow-Origin", "*");
    responder.send(response);
}
// A route path matches itself; each {id} segment matches a positive whole number (the OpenAPI form),
// as in /api/v1/cohorts/{id}/members.
bool pathMatches(const QString &pattern, const QString &path)
{
    if (!pattern.contains(QLatin1String("{id}")))
        return pattern == path;
    const QList<QStringView> want = QStringView(pattern).split(u'/');
    const QList<QStringView> have = QStringView(path).split(u'/');
    if (want.size() != have.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i] != QLatin1String("{id}")) {
            if (want[i] != have[i])
                return false;
            continue;
        }
        const QStringView id = have[i];
        if (id.isEmpty() || id.size() > 18 || id[0] == u'0')
            return false;
        for (QChar c : id) {
            if (c < u'0' || c > u'9')
                return false;
        }
    }
    return true;
}

// What to do about a session token that was refused, and whether it counts as a failed attempt.
HttpResponse sessionRefusal(SessionStore::Verdict verdict)
{
    const QString again = QStringLiteral("exchange your key again at POST /api/v1/sessions.");
    switch (verdict) {
    case SessionStore::Verdict::Ok:
        break;
    case SessionStore::Verdict::Malformed:
        return Problems::unauthorized(
            QStringLiteral("The session token is truncated or damaged; copy it again, or %1").arg(again));
    case SessionStore::Verdict::BadSignature:
        return Problems::unauthorized(
            QStringLiteral("The session token was not issued by this server, or was changed; %1").arg(again));
    case SessionStore::Verdict::Unknown:
        return Problems::unauthorized(
            QStringLiteral("The session is not known to this server (its key was deleted); %1").arg(again));
    case SessionStore::Verdict::Revoked:
        return Problems::unauthorized(QStringLiteral("The session has been revoked; %1").arg(again));
    case SessionStore::Verdict::Expired:
        return Problems::unauthorized(QStringLiteral("The session token has expired; refresh tokens before they "
                                                     "expire (POST /api/v1/sessions/refresh), or %1")
                                          .arg(again));
    case SessionStore::Verdict::Ended:
        return Problems::unauthorized(
            QStringLiteral("The session has expired: it reached its longest lifetime and cannot be refreshed; %1")
                .arg(again));
    case SessionStore::Verdict::KeyRevoked:
        return Problems::unauthorized(QStringLiteral(
            "The key this session was opened with has been revoked, which ended the session; ask for a new key."));
    case SessionStore::Verdict::KeyExpired:
        return Problems::unauthorized(QStringLiteral(
            "The key this session was opened with has expired, which ended the session; ask for a new key."));
    }
    return Problems::unauthorized(again);
}
} // namespace

Access Access::secretKey()
{
    return Access(Kind::SecretKey);
}

Access Access::sessionToken()
{
    return Access(Kind::SessionToken);
}

RestApi::RestApi(ApiContext &context) : m_context(context)
{
    auto collect = [](ApiContext &c, const HttpRequest &r, const ApiKey &, HttpResponder p) {
        CollectEndpoint::handle(c, r, p);
    };
    auto preflight = [](ApiContext &c, const HttpRequest &r, const ApiKey &, HttpResponder p) {
        p.send(CollectEndpoint::preflight(c, r));
    };
    m_routes = {
        { "GET", QStringLiteral("/healthz"), std::nullopt, health },
        { "GET", QStringLiteral("/metrics"), std::nullopt, metrics },
        { "GET", QStringLiteral("/pulse.js"), std::nullopt, tracker },
        { "POST", QStringLiteral("/api/v1/collect"), std::nullopt, collect },
        { "OPTIONS", QStringLiteral("/api/v1/collect"), std::nullopt, preflight },
        { "GET", QStringLiteral("/api/v1/stats"), Scope::Read, QueryEndpoints::stats },
        { "GET", QStringLiteral("/api/v1/quarantine"), Scope::Read, QueryEndpoints::quarantine },
        { "GET", QStringLiteral("/api/v1/sites"), Scope::Read, QueryEndpoints::sites },
        { "GET", QStringLiteral("/api/v1/events/catalog"), Scope::Read, FunnelEndpoints::catalog },
        { "POST", QStringLiteral("/api/v1/funnels/query"), Scope::Read, FunnelEndpoints::query },
        { "POST", QStringLiteral("/api/v1/funnels/users"), Scope::Read, FunnelEndpoints::users },
        { "GET", QStringLiteral("/api/v1/funnels"), Scope::Read, FunnelEndpoints::list },
        { "POST", QStringLiteral("/api/v1/funnels"), Scope::Write, FunnelEndpoints::create },
        { "GET", QStringLiteral("/api/v1/funnels/{id}"), Scope::Read, FunnelEndpoints::get },
        { "PUT", QStringLiteral("/api/v1/funnels/{id}"), Scope::Write, FunnelEndpoints::replace },
        { "DELETE", QStringLiteral("/api/v1/funnels/{id}"), Scope::Write, FunnelEndpoints::remove },
        { "POST", QStringLiteral("/api/v1/retention/query"), Scope::Read, RetentionEndpoints::query },
        { "GET", QStringLiteral("/api/v1/retention/reports"), Scope::Read, RetentionReportEndpoints::list },
        { "POST", QStringLiteral("/api/v1/retention/reports"), Scope::Write, RetentionReportEndpoints::create },
        { "GET", QStringLiteral("/api/v1/retention/reports/{id}"), Scope::Read, RetentionReportEndpoints::get },
        { "PUT", QStringLiteral("/api/v1/retention/reports/{id}"), Scope::Write, RetentionReportEndpoints::replace },
        { "DELETE", QStringLiteral("/api/v1/retention/reports/{id}"), Scope::Write, RetentionReportEndpoints::remove },
        { "GET", QStringLiteral("/api/v1/cohorts"), Scope::Read, CohortEndpoints::list },
        { "POST", QStringLiteral("/api/v1/cohorts"), Scope::Write, CohortEndpoints::create },
        { "POST", QStringLiteral("/api/v1/cohorts/preview"), Scope::Read, CohortEndpoints::preview },
        { "POST", QStringLiteral("/api/v1/cohorts/from-funnel"), Scope::Write, CohortEndpoints::fromFunnel },
        { "GET", QStringLiteral("/api/v1/cohorts/{id}"), Scope::Read, CohortEndpoints::get },
        { "PUT", QStringLiteral("/api/v1/cohorts/{id}"), Scope::Write, CohortEndpoints::replace },
        { "DELETE", QStringLiteral("/api/v1/cohorts/{id}"), Scope::Write, CohortEndpoints::remove },
        { "POST", QStringLiteral("/api/v1/cohorts/{id}/compute"), Scope::Write, CohortEndpoints::compute },
        { "GET", QStringLiteral("/api/v1/cohorts/{id}/members"), Scope::Read, CohortEndpoints::members },
        { "POST", QStringLiteral("/api/v1/cohorts/{id}/members"), Scope::Write, CohortEndpoints::addMembers },
        { "DELETE", QStringLiteral("/api/v1/cohorts/{id}/members"), Scope::Write, CohortEndpoints::removeMembers },
        { "GET", QStringLiteral("/api/v1/imports"), Scope::Read, ImportEndpoints::list },
        { "POST", QStringLiteral("/api/v1/imports"), Scope::Write, ImportEndpoints::create,
            ImportEndpoints::openUpload },
        { "GET", QStringLiteral("/api/v1/imports/{id}"), Scope::Read, ImportEndpoints::get },
        { "GET", QStringLiteral("/api/v1/imports/{id}/rejections"), Scope::Read, ImportEndpoints::rejections },
        { "POST", QStringLiteral("/api/v1/imports/{id}/cancel"), Scope::Write, ImportEndpoints::cancel },
        { "GET", QStringLiteral("/api/v1/imports/presets"), Scope::Read, ImportPresetEndpoints::list },
        { "POST", QStringLiteral("/api/v1/imports/presets"), Scope::Write, ImportPresetEndpoints::save },
        { "DELETE", QStringLiteral("/api/v1/imports/presets/{id}"), Scope::Write, ImportPresetEndpoints::remove },
        { "GET", QStringLiteral("/api/v1/exports/schedules"), Scope::Export, ExportScheduleEndpoints::list },
        { "POST", QStringLiteral("/api/v1/exports/schedules"), Scope::Export, ExportScheduleEndpoints::create },
        { "GET", QStringLiteral("/api/v1/exports/schedules/{id}"), Scope::Export, ExportScheduleEndpoints::get },
        { "PUT", QStringLiteral("/api/v1/exports/schedules/{id}"), Scope::Export, ExportScheduleEndpoints::replace },
        { "DELETE", QStringLiteral("/api/v1/exports/schedules/{id}"), Scope::Export, ExportScheduleEndpoints::remove },
        { "POST", QStringLiteral("/api/v1/exports/schedules/{id}/run"), Scope::Export, ExportScheduleEndpoints::run },
        { "GET", QStringLiteral("/api/v1/exports"), Scope::Export, ExportEndpoints::list },
        { "POST", QStringLiteral("/api/v1/exports"), Scope::Export, ExportEndpoints::create },
        { "GET", QStringLiteral("/api/v1/exports/{id}"), Scope::Export, ExportEndpoints::get },
        { "DELETE", QStringLiteral("/api/v1/exports/{id}"), Scope::Export, ExportEndpoints::remove },
        { "POST", QStringLiteral("/api/v1/exports/{id}/cancel"), Scope::Export, ExportEndpoints::cancel },
        // The signed link in the query string is the credential (docs/exports.md).
        { "GET", QStringLiteral("/api/v1/exports/{id}/download"), std::nullopt, ExportEndpoints::download },
        { "GET", QStringLiteral("/api/v1/webhooks"), Scope::Read, WebhookEndpoints::list },
        { "POST", QStringLiteral("/api/v1/webhooks"), Scope::Write, WebhookEndpoints::create },
        { "GET", QStringLiteral("/api/v1/webhooks/{id}"), Scope::Read, WebhookEndpoints::get },
        { "PUT", QStringLiteral("/api/v1/webhooks/{id}"), Scope::Write, WebhookEndpoints::replace },
        { "DELETE", QStringLiteral("/api/v1/webhooks/{id}"), Scope::Write, WebhookEndpoints::remove },
        { "POST", QStringLiteral("/api/v1/webhooks/{id}/rotate"), Scope::Write, WebhookEndpoints::rotate },
        { "POST", QStringLiteral("/api/v1/webhooks/{id}/test"), Scope::Write, WebhookEndpoints::test },
        { "GET", QStringLiteral("/api/v1/webhooks/{id}/deliveries"), Scope::Read, WebhookEndpoints::deliveries },
        { "POST", QStringLiteral("/api/v1/webhooks/deliveries/{id}/redeliver"), Scope::Write,
            WebhookEndpoints::redeliver },
        // Alerts (docs/alerts.md). A backtest changes nothing, so reading is enough for it.
        { "GET", QStringLiteral("/api/v1/alerts"), Scope::Read, AlertEndpoints::list },
        { "POST", QStringLiteral("/api/v1/alerts"), Scope::Write, AlertEndpoints::create },
        { "POST", QStringLiteral("/api/v1/alerts/backtest"), Scope::Read, AlertEndpoints::backtestDraft },
        { "GET", QStringLiteral("/api/v1/alerts/history"), Scope::Read, AlertEndpoints::siteHistory },
        { "GET", QStringLiteral("/api/v1/alerts/{id}"), Scope::Read, AlertEndpoints::get },
        { "PUT", QStringLiteral("/api/v1/alerts/{id}"), Scope::Write, AlertEndpoints::replace },
        { "DELETE", QStringLiteral("/api/v1/alerts/{id}"), Scope::Write, AlertEndpoints::remove },
        { "POST", QStringLiteral("/api/v1/alerts/{id}/backtest"), Scope::Read, AlertEndpoints::backtest },
        { "GET", QStringLiteral("/api/v1/alerts/{id}/history"), Scope::Read, AlertEndpoints::history },
        // Access: secret keys (docs/sites-and-keys.md).
        { "GET", QStringLiteral("/api/v1/keys"), Scope::Admin, KeyEndpoints::list },
        { "POST", QStringLiteral("/api/v1/keys"), Scope::Admin, KeyEndpoints::create },
        { "POST", QStringLiteral("/api/v1/keys/{id}/rotate"), Scope::Admin, KeyEndpoints::rotate },
        { "DELETE", QStringLiteral("/api/v1/keys/{id}"), Scope::Admin, KeyEndpoints::revoke },
        // Access: sessions exchanged for secret keys (docs/sites-and-keys.md, "Sessions").
        { "POST", QStringLiteral("/api/v1/sessions"), Access::secretKey(), SessionEndpoints::open },
        { "POST", QStringLiteral("/api/v1/sessions/refresh"), Access::sessionToken(), SessionEndpoints::refresh },
        { "GET", QStringLiteral("/api/v1/sessions/current"), Access::sessionToken(), SessionEndpoints::current },
        { "DELETE", QStringLiteral("/api/v1/sessions/current"), Access::sessionToken(), SessionEndpoints::endCurrent },
        { "GET", QStringLiteral("/api/v1/sessions"), Scope::Admin, SessionEndpoints::list },
        { "DELETE", QStringLiteral("/api/v1/sessions/{id}"), Scope::Admin, SessionEndpoints::revoke },
        // Access: sites and their settings (GET /api/v1/sites is above).
        { "POST", QStringLiteral("/api/v1/sites"), Scope::Write, SiteEndpoints::create },
        { "GET", QStringLiteral("/api/v1/sites/{id}"), Scope::Read, SiteEndpoints::get },
        { "PUT", QStringLiteral("/api/v1/sites/{id}"), Scope::Write, SiteEndpoints::replace },
        { "DELETE", QStringLiteral("/api/v1/sites/{id}"), Scope::Admin, SiteEndpoints::remove },
        // The live stream: a WebSocket upgrade, taken by StreamServer before this table is asked;
        // this route answers the upgrades it declines and plain GETs (docs/stream.md).
        { "GET", QLatin1String(StreamCredentials::kPath), Scope::Stream, StreamEndpoint::handle },
    };
}

qint64 RestApi::bodyLimit(const QByteArray &method, const QString &path) const
{
    if (method == "POST" && path == QLatin1String("/api/v1/collect"))
        return kCollectBodyLimit;
    if (method == "POST" && path == QLatin1String("/api/v1/imports"))
        return m_context.maxImportBytes; // streamed to disk, never held in memory
    if (method == "POST" && path.startsWith(QLatin1String("/api/v1/cohorts/"))
        && path.endsWith(QLatin1String("/members")))
        return kMemberListBodyLimit;
    return kDefaultBodyLimit;
}

const Route *RestApi::match(const HttpRequest &request, QStringList *allowed) const
{
    for (const Route &route : m_routes) {
        if (!pathMatches(route.path, request.path))
            continue;
        const bool head = request.method == "HEAD" && route.method == "GET";
        if (route.method != request.method && !head) {
            if (allowed)
                *allowed << QString::fromLatin1(route.method);
            continue;
        }
        return &route;
    }
    return nullptr;
}

std::shared_ptr<HttpBodySink> RestApi::bodySink(const HttpRequest &head, HttpError *refusal)
{
    const Route *route = match(head, nullptr);
    if (!route || !route->openBody)
        return nullptr;
    HttpResponse error;
    ApiKey key;
    if (!route->access.isPublic()) {
        std::optional<ApiKey> authenticated = authenticate(head, route->access, &error);
        if (!authenticated) {
            refusal->status = error.status;
            refusal->response = error;
            return nullptr;
        }
        key = *authenticated;
    }
    std::shared_ptr<HttpBodySink> sink = route->openBody(m_context, head, key, &error);
    if (!sink) {
        refusal->status = error.status;
        refusal->response = error;
    }
    return sink;
}

void RestApi::handle(const HttpRequest &request, HttpResponder responder)
{
    QStringList allowed;
    if (const Route *route = match(request, &allowed)) {
        ApiKey key;
        if (!route->access.isPublic()) {
            HttpResponse error;
            std::optional<ApiKey> authenticated = authenticate(request, route->access, &error);
            if (!authenticated) {
                responder.send(error);
                return;
            }
            key = *authenticated;
        }
        route->handler(m_context, request, key, responder);
        return;
    }
    if (!allowed.isEmpty()) {
        HttpResponse response = HttpResponse::problem(405, QStringLiteral("Method Not Allowed"),
            QStringLiteral("%1 is not supported on %2; use %3.")
                .arg(QString::fromLatin1(request.method), request.path, allowed.join(QStringLiteral(" or "))));
        response.setHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
        responder.send(response);
        return;
    }
    responder.send(Problems::notFound(
        QStringLiteral("There is no endpoint at %1. The API lives under /api/v1 (see docs/openapi.json).")
            .arg(request.path.left(200))));
}

std::optional<ApiKey> RestApi::authenticate(
    const HttpRequest &request, const Access &access, HttpResponse *error, Failures failures)
{
    const auto answer = [error](HttpResponse response) { *error = std::move(response); };
    const QString address = m_context.clientAddress(request);
    const auto recordFailure = [this, &address, failures] {
        if (failures == Failures::Count)
            m_context.authLimiter.recordFailure(address);
    };
    if (const int wait = m_context.authLimiter.retryAfterSeconds(address); wait > 0) {
        HttpResponse limited = Problems::tooManyRequests(wait,
            QStringLiteral("Too many failed authentication attempts from this address; wait %1 seconds.").arg(wait));
        // RateLimit fields as the collector's quota sends them (draft-ietf-httpapi-ratelimit-headers-07).
        limited.setHeader("RateLimit-Limit", QByteArray::number(m_context.authLimiter.maxFailures()));
        limited.setHeader("RateLimit-Remaining", "0");
        limited.setHeader("RateLimit-Reset", QByteArray::number(wait));
        answer(limited);
        return std::nullopt;
    }
    QByteArray header = request.header("authorization");
    // Browsers cannot set headers on a WebSocket: the stream also takes the key as a subprotocol.
    const bool stream = request.path == QLatin1String(StreamCredentials::kPath);
    if (header.isEmpty() && stream) {
        const QString offered = StreamCredentials::subprotocolSecret(request);
        if (!offered.isEmpty())
            header = "Bearer " + offered.toLatin1();
    }
    if (header.isEmpty()) {
        if (access.kind == Access::Kind::SessionToken)
            answer(Problems::unauthorized(QStringLiteral(
                "Send the session token as 'Authorization: Bearer st_…' (exchange a secret key for one at POST "
                "/api/v1/sessions).")));
        else if (stream)
            answer(Problems::unauthorized(QStringLiteral(
                "Send a secret key or session token with the stream scope as 'Authorization: Bearer psk_…' or, from "
                "a browser, as the WebSocket subprotocol 'pulse.key.psk_…' beside 'pulse.v1'; keys in the URL are "
                "refused (see docs/stream.md).")));
        else
            answer(Problems::unauthorized(QStringLiteral(
                "Send a secret key as 'Authorization: Bearer psk_…' (create one with `pulse-server key create "
                "--scope read`), or a session token exchanged for one at POST /api/v1/sessions.")));
        return std::nullopt;
    }
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer ")) {
        recordFailure();
        answer(Problems::unauthorized(QStringLiteral("The Authorization header must read 'Bearer psk_…'.")));
        return std::nullopt;
    }
    const QString secret = QString::fromLatin1(header.mid(7).trimmed());
    ApiKey key;
    if (SessionToken::hasPrefix(secret)) {
        const SessionStore::Verdict verdict = m_context.workspace.sessions().verify(secret, &key);
        if (verdict != SessionStore::Verdict::Ok) {
            recordFailure();
            answer(sessionRefusal(verdict));
            return std::nullopt;
        }
        if (access.kind == Access::Kind::SecretKey) {
            // No chaining: a session cannot prolong itself by opening another (refresh has an end).
            answer(Problems::forbidden(QStringLiteral(
                "A session token cannot open another session; send the secret key as 'Authorization: Bearer psk_…', "
                "or refresh this session at POST /api/v1/sessions/refresh.")));
            return std::nullopt;
        }
        m_context.workspace.keys().recordUse(&key); // the key's last use and count include its sessions'
    } else {
        const KeyStore::Verdict verdict = m_context.workspace.keys().verify(secret, &key);
        switch (verdict) {
        case KeyStore::Verdict::Ok:
            break;
        case KeyStore::Verdict::Malformed:
            recordFailure();
            answer(Problems::unauthorized(
                QStringLiteral("The key is mistyped or truncated (its checksum does not match); copy it again.")));
            return std::nullopt;
        case KeyStore::Verdict::Unknown:
            recordFailure();
            answer(Problems::unauthorized(QStringLiteral("The key is not known to this server.")));
            return std::nullopt;
        case KeyStore::Verdict::Revoked:
            recordFailure();
            answer(Problems::unauthorized(QStringLiteral("The key has been revoked; ask for a new one.")));
            return std::nullopt;
        case KeyStore::Verdict::Expired:
            recordFailure();
            answer(Problems::unauthorized(QStringLiteral("The key has expired; ask for a new one.")));
            return std::nullopt;
        }
        if (access.kind == Access::Kind::SessionToken) {
            answer(Problems::forbidden(QStringLiteral(
                "This endpoint acts on a session: send the session token as 'Authorization: Bearer st_…', not a "
                "secret key (exchange the key for a token at POST /api/v1/sessions).")));
            return std::nullopt;
        }
    }
    if (access.needsScope() && !SecretKey::allows(key.scopes, access.scope)) {
        const QString scope = SecretKey::scopeNames(int(access.scope)).join(QString());
        answer(Problems::forbidden(SessionToken::hasPrefix(secret)
                ? QStringLiteral("The session lacks the '%1' scope this endpoint needs; open a session with it at "
                                 "POST /api/v1/sessions (its key must have it).")
                      .arg(scope)
                : QStringLiteral("The key lacks the '%1' scope this endpoint needs.").arg(scope)));
        return std::nullopt;
    }
    return key;
}

} // namespace pulse
