#include "api/SessionEndpoints.h"

#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "access/SessionStore.h"
#include "api/EndpointSupport.h"
#include "core/Clock.h"
#include "core/IsoTime.h"
#include "http/HttpRequest.h"
#include "storage/Workspace.h"

#include <QJsonArray>

namespace pulse {

using namespace endpoint;

namespace {
// The answer that carries a token: like a key's secret, it must not be cached anywhere.
HttpResponse withToken(int status, const SessionStore::Issued &issued, qint64 nowMs)
{
    const Session &s = issued.session;
    QJsonObject body;
    body.insert(QStringLiteral("token"), issued.token);
    body.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    body.insert(QStringLiteral("session_id"), s.id);
    body.insert(QStringLiteral("key_id"), s.keyId);
    body.insert(QStringLiteral("site_id"), s.siteId > 0 ? QJsonValue(s.siteId) : QJsonValue(QJsonValue::Null));
    body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(SecretKey::scopeNames(s.scopes)));
    body.insert(QStringLiteral("expires_at"), iso::utc(s.expiresAtMs));
    body.insert(QStringLiteral("expires_in"), qMax<qint64>(0, (s.expiresAtMs - nowMs) / 1000));
    body.insert(QStringLiteral("ends_at"), iso::utc(s.endsAtMs));
    HttpResponse response = HttpResponse::json(status, body);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

// The session token the request was authenticated with (the route table let only tokens through).
QString presentedToken(const HttpRequest &request)
{
    return QString::fromLatin1(request.header("authorization").mid(7).trimmed());
}

HttpResponse noSuchSession(qint64 id)
{
    return Problems::notFound(
        QStringLiteral("No session has the id %1; list the sessions with GET /api/v1/sessions.").arg(id));
}

bool sessionVisibleTo(const ApiKey &caller, const Session &session)
{
    return caller.siteId == 0 || caller.siteId == session.siteId;
}

// The scopes asked for in {"scopes": [...]}, all of the key's when absent; false with the problem.
bool readWantedScopes(const HttpRequest &request, const ApiKey &key, int *scopes, HttpResponse *error)
{
    *scopes = key.scopes;
    if (request.body.trimmed().isEmpty())
        return true;
    QJsonObject body;
    if (!jsonBody(request, &body, error))
        return false;
    const QJsonValue value = body.value(QStringLiteral("scopes"));
    if (value.isUndefined() || value.isNull())
        return true;
    QStringList names;
    for (const QJsonValue &v : value.toArray())
        names << (v.isString() ? v.toString() : QStringLiteral("?"));
    if (!value.isArray() || names.isEmpty()) {
        *error = Problems::badRequest(QStringLiteral(
            "\"scopes\" must be a non-empty array of: ingest, read, write, export, stream, admin (or left out for all "
            "of the key's scopes)."));
        return false;
    }
    QString message;
    const int wanted = SecretKey::parseScopes(names.join(QLatin1Char(',')), &message);
    if (wanted < 0) {
        *error = Problems::badRequest(QStringLiteral("\"scopes\": %1.").arg(message));
        return false;
    }
    for (const QString &name : SecretKey::scopeNames(wanted)) {
        QString ignored;
        if (!SecretKey::allows(key.scopes, Scope(SecretKey::parseScopes(name, &ignored)))) {
            *error = Problems::forbidden(
                QStringLiteral("The key lacks the '%1' scope, so a session opened with it cannot have it; ask for "
                               "some of: %2.")
                    .arg(name, SecretKey::scopeNames(key.scopes).join(QStringLiteral(", "))));
            return false;
        }
    }
    *scopes = wanted;
    return true;
}
} // namespace

void SessionEndpoints::open(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    int scopes = 0;
    HttpResponse error;
    if (!readWantedScopes(request, key, &scopes, &error)) {
        responder.send(error);
        return;
    }
    Workspace *workspace = &context.workspace;
    const Clock *clock = &context.clock;
    const ApiKey caller = key;
    const QString client = QString::fromUtf8(request.header("user-agent"));
    runOnPool(context, responder, [workspace, clock, caller, scopes, client]() {
        const SessionStore::Issued issued = workspace->sessions().open(caller, scopes, client);
        return withToken(201, issued, clock->nowMs());
    });
}

void SessionEndpoints::refresh(ApiContext &context, const HttpRequest &request, const ApiKey &, HttpResponder responder)
{
    Workspace *workspace = &context.workspace;
    const Clock *clock = &context.clock;
    const QString token = presentedToken(request);
    runOnPool(context, responder, [workspace, clock, token]() {
        Session session;
        ApiKey ignored;
        SessionStore::Verdict why = workspace->sessions().verify(token, &ignored, &session);
        std::optional<SessionStore::Issued> issued;
        if (why == SessionStore::Verdict::Ok)
            issued = workspace->sessions().refresh(session.id, &why);
        if (!issued)
            return Problems::unauthorized(why == SessionStore::Verdict::Ended
                    ? QStringLiteral("The session has expired: it reached its longest lifetime and cannot be "
                                     "refreshed; exchange your key again at POST /api/v1/sessions.")
                    : QStringLiteral("The session ended while it was refreshed; exchange your key again at POST "
                                     "/api/v1/sessions."));
        return withToken(200, *issued, clock->nowMs());
    });
}

void SessionEndpoints::current(ApiContext &context, const HttpRequest &request, const ApiKey &, HttpResponder responder)
{
    Session session;
    ApiKey ignored;
    context.workspace.sessions().verify(presentedToken(request), &ignored, &session);
    responder.send(HttpResponse::json(200, session.toJson(context.clock.nowMs())));
}

void SessionEndpoints::endCurrent(
    ApiContext &context, const HttpRequest &request, const ApiKey &, HttpResponder responder)
{
    Workspace *workspace = &context.workspace;
    const QString token = presentedToken(request);
    runOnPool(context, responder, [workspace, token]() {
        Session session;
        ApiKey ignored;
        if (workspace->sessions().verify(token, &ignored, &session) == SessionStore::Verdict::Ok)
            workspace->sessions().revoke(session.id);
        return HttpResponse::noContent();
    });
}

void SessionEndpoints::list(ApiContext &context, const HttpRequest &, const ApiKey &key, HttpResponder responder)
{
    Workspace *workspace = &context.workspace;
    const Clock *clock = &context.clock;
    const ApiKey caller = key;
    runOnPool(context, responder, [workspace, clock, caller]() {
        const qint64 now = clock->nowMs();
        QJsonArray items;
        for (const Session &s : workspace->sessions().list()) {
            if (sessionVisibleTo(caller, s))
                items.append(s.toJson(now));
        }
        QJsonObject body;
        body.insert(QStringLiteral("items"), items);
        return HttpResponse::json(200, body);
    });
}

void SessionEndpoints::revoke(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    Workspace *workspace = &context.workspace;
    const ApiKey caller = key;
    const qint64 id = pathId(request.path);
    runOnPool(context, responder, [workspace, caller, id]() {
        const std::optional<Session> existing = workspace->sessions().byId(id);
        if (!existing || !sessionVisibleTo(caller, *existing))
            return noSuchSession(id);
        workspace->sessions().revoke(id); // revoking a revoked session changes nothing and is not an error
        return HttpResponse::noContent();
    });
}

} // namespace pulse
