#include "api/KeyEndpoints.h"

#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "api/EndpointSupport.h"
#include "core/Clock.h"
#include "core/JsonFields.h"
#include "http/HttpRequest.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace pulse {

using namespace endpoint;

namespace {
constexpr int kMaxKeyNameLength = 100;

HttpResponse noSuchKey(qint64 id)
{
    return Problems::notFound(QStringLiteral("No key has the id %1; list the keys with GET /api/v1/keys.").arg(id));
}

// A key with its secret: the only answer that ever carries one, so it must not be cached anywhere.
HttpResponse withSecret(int status, const KeyStore::Created &created)
{
    QJsonObject body = created.key.toJson();
    body.insert(QStringLiteral("secret"), created.secret);
    HttpResponse response = HttpResponse::json(status, body);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

// The key a site-limited caller may see: its own site's keys only.
bool visibleTo(const ApiKey &caller, const ApiKey &key)
{
    return caller.siteId == 0 || caller.siteId == key.siteId;
}

struct NewKey {
    QString name;
    int scopes = 0;
    qint64 siteId = 0;
    qint64 expiresAtMs = 0;
};

// Reads {name, scopes, site, expires_at}; false with a 400 (or 403/404 for the site) in *error.
bool readNewKey(ApiContext &context, const QJsonObject &body, const ApiKey &caller, NewKey *out, HttpResponse *error)
{
    QString message;
    if (!json::readString(body, "name", &out->name, &message)) {
        *error = Problems::badRequest(message);
        return false;
    }
    out->name = out->name.trimmed();
    if (out->name.isEmpty() || out->name.size() > kMaxKeyNameLength) {
        *error = Problems::badRequest(
            QStringLiteral("\"name\" must say what the key is for, in 1 to %1 characters.").arg(kMaxKeyNameLength));
        return false;
    }
    const QJsonValue scopes = body.value(QStringLiteral("scopes"));
    QStringList names;
    for (const QJsonValue &v : scopes.toArray())
        names << (v.isString() ? v.toString() : QStringLiteral("?"));
    if (!scopes.isArray() || names.isEmpty()) {
        *error = Problems::badRequest(
            QStringLiteral("\"scopes\" must be a non-empty array of: ingest, read, write, export, stream, admin."));
        return false;
    }
    out->scopes = SecretKey::parseScopes(names.join(QLatin1Char(',')), &message);
    if (out->scopes < 0) {
        *error = Problems::badRequest(QStringLiteral("\"scopes\": %1.").arg(message));
        return false;
    }
    // Absent: the caller's own site (or every site); null: every site.
    const QJsonValue site = body.value(QStringLiteral("site"));
    out->siteId = site.isNull() ? 0 : caller.siteId;
    if (!site.isNull() && !site.isUndefined()) {
        if (!site.isString() && !site.isDouble()) {
            *error = Problems::badRequest(
                QStringLiteral("\"site\" must be the site's key, id or domain (or null for every site)."));
            return false;
        }
        const QString name = site.isString() ? site.toString() : QString::number(site.toInteger());
        const std::optional<Site> found = context.workspace.sites().find(name);
        if (!found) {
            *error = Problems::badRequest(
                QStringLiteral("\"site\": no site has the key, id or domain %1 (see GET /api/v1/sites).")
                    .arg(json::quoted(name)));
            return false;
        }
        out->siteId = found->id;
    }
    if (caller.siteId > 0 && out->siteId != caller.siteId) {
        *error = Problems::forbidden(
            QStringLiteral("This key is limited to one site; it can only create keys for that site."));
        return false;
    }
    const QJsonValue expires = body.value(QStringLiteral("expires_at"));
    if (!expires.isNull() && !expires.isUndefined()) {
        QDateTime at = QDateTime::fromString(expires.toString(), Qt::ISODateWithMs);
        if (at.isValid() && at.timeSpec() == Qt::LocalTime)
            at.setTimeZone(QTimeZone::utc()); // a time without an offset is read as UTC, not server-local
        if (!expires.isString() || !at.isValid()) {
            *error = Problems::badRequest(QStringLiteral(
                "\"expires_at\" must be an ISO 8601 time such as 2026-12-31T23:59:59Z, or null for no expiry."));
            return false;
        }
        out->expiresAtMs = at.toMSecsSinceEpoch();
        if (out->expiresAtMs <= context.clock.nowMs()) {
            *error = Problems::badRequest(QStringLiteral("\"expires_at\" is in the past; give a later time."));
            return false;
        }
    }
    return true;
}
} // namespace

void KeyEndpoints::list(ApiContext &context, const HttpRequest &, const ApiKey &key, HttpResponder responder)
{
    Workspace *workspace = &context.workspace;
    const ApiKey caller = key;
    runOnPool(context, responder, [workspace, caller]() {
        QJsonArray items;
        for (const ApiKey &k : workspace->keys().list()) {
            if (visibleTo(caller, k))
                items.append(k.toJson());
        }
        QJsonObject body;
        body.insert(QStringLiteral("items"), items);
        return HttpResponse::json(200, body);
    });
}

void KeyEndpoints::create(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    QJsonObject body;
    HttpResponse error;
    NewKey wanted;
    if (!jsonBody(request, &body, &error) || !readNewKey(context, body, key, &wanted, &error)) {
        responder.send(error);
        return;
    }
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, wanted]() {
        const KeyStore::Created created
            = workspace->keys().create(wanted.name, wanted.scopes, wanted.siteId, wanted.expiresAtMs);
        HttpResponse response = withSecret(201, created);
        response.setHeader("Location", QByteArray(QByteArray("/api/v1/keys/") + QByteArray::number(created.key.id)));
        return response;
    });
}

void KeyEndpoints::rotate(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    QJsonObject body;
    HttpResponse error;
    if (!request.body.trimmed().isEmpty() && !jsonBody(request, &body, &error)) {
        responder.send(error);
        return;
    }
    QString message;
    qint64 graceSeconds = KeyStore::kDefaultGraceSeconds;
    if (!json::readInteger(body, "grace_seconds", &graceSeconds, &message) || graceSeconds < 0
        || graceSeconds > KeyStore::kMaxGraceSeconds) {
        responder.send(Problems::badRequest(
            QStringLiteral("\"grace_seconds\" must be a whole number of seconds from 0 to %1 (30 days): how long "
                           "the old secret keeps working.")
                .arg(KeyStore::kMaxGraceSeconds)));
        return;
    }
    Workspace *workspace = &context.workspace;
    const ApiKey caller = key;
    const qint64 id = pathId(request.path);
    runOnPool(context, responder, [workspace, caller, id, graceSeconds]() {
        const std::optional<ApiKey> existing = workspace->keys().byId(id);
        if (!existing || !visibleTo(caller, *existing))
            return noSuchKey(id);
        if (existing->revokedAtMs > 0)
            return HttpResponse::problem(409, QStringLiteral("Conflict"),
                QStringLiteral("Key %1 is revoked; create a new key instead of rotating it.").arg(id));
        const std::optional<KeyStore::Created> rotated = workspace->keys().rotate(id, graceSeconds * 1000);
        return rotated ? withSecret(200, *rotated) : noSuchKey(id);
    });
}

void KeyEndpoints::revoke(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    Workspace *workspace = &context.workspace;
    const ApiKey caller = key;
    const qint64 id = pathId(request.path);
    runOnPool(context, responder, [workspace, caller, id]() {
        const std::optional<ApiKey> existing = workspace->keys().byId(id);
        if (!existing || !visibleTo(caller, *existing))
            return noSuchKey(id);
        workspace->keys().revoke(id); // revoking a revoked key changes nothing and is not an error
        return HttpResponse::noContent();
    });
}

} // namespace pulse
