#include "api/SiteEndpoints.h"

#include "access/KeyStore.h"
#include "access/SiteStore.h"
#include "api/EndpointSupport.h"
#include "core/JsonFields.h"
#include "http/HttpRequest.h"
#include "storage/Workspace.h"

#include <QUrlQuery>

namespace pulse {

using namespace endpoint;

namespace {
constexpr int kMaxSiteNameLength = 200;

HttpResponse noSuchSite(qint64 id)
{
    return Problems::notFound(QStringLiteral("No site has the id %1; list the sites with GET /api/v1/sites.").arg(id));
}

// The site of /api/v1/sites/{id}, if the key may see it; nullopt after answering 404.
std::optional<Site> pathSite(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder &responder)
{
    const qint64 id = pathId(request.path);
    std::optional<Site> site = context.workspace.sites().byId(id);
    if (!site || (key.siteId > 0 && key.siteId != site->id)) {
        responder.send(noSuchSite(id));
        return std::nullopt;
    }
    return site;
}

// Reads the body's fields over *site: absent fields keep their value. False with a 400 naming the field.
bool readSite(const QJsonObject &body, Site *site, HttpResponse *error)
{
    QString message;
    QString domain = site->domain;
    QString name = site->name;
    QString zone = site->timeZone;
    if (!json::readString(body, "domain", &domain, &message) || !json::readString(body, "name", &name, &message)
        || !json::readString(body, "timezone", &zone, &message)
        || !SiteSettings::readJson(body, &site->settings, &message)) {
        *error = Problems::badRequest(message);
        return false;
    }
    if (body.contains(QStringLiteral("domain"))) {
        QString why;
        if (SiteStore::normalizeDomain(domain, &why).isEmpty()) {
            *error = Problems::badRequest(QStringLiteral("\"domain\": %1.").arg(why));
            return false;
        }
    }
    if (zone != site->timeZone && !SiteStore::checkTimeZone(zone, &message)) {
        *error = Problems::badRequest(QStringLiteral("\"timezone\": %1.").arg(message));
        return false;
    }
    if (name.size() > kMaxSiteNameLength) {
        *error = Problems::badRequest(QStringLiteral("\"name\" has %1 characters; at most %2 are allowed.")
                                          .arg(name.size())
                                          .arg(kMaxSiteNameLength));
        return false;
    }
    site->domain = domain;
    site->name = name;
    site->timeZone = zone;
    return true;
}
} // namespace

void SiteEndpoints::create(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    if (key.siteId > 0) {
        responder.send(Problems::forbidden(
            QStringLiteral("This key is limited to one site; creating sites needs a key for every site.")));
        return;
    }
    QJsonObject body;
    HttpResponse error;
    if (!jsonBody(request, &body, &error)) {
        responder.send(error);
        return;
    }
    if (!body.value(QStringLiteral("domain")).isString()) {
        responder.send(Problems::badRequest(
            QStringLiteral("\"domain\" is required: the site's host name, for example example.com.")));
        return;
    }
    Site draft;
    draft.timeZone = QStringLiteral("UTC");
    if (!readSite(body, &draft, &error)) {
        responder.send(error);
        return;
    }
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, draft]() {
        QString why;
        const std::optional<Site> site
            = workspace->sites().add(draft.domain, draft.name, draft.timeZone, &why, draft.settings);
        if (!site)
            return Problems::badRequest(why);
        HttpResponse response = HttpResponse::json(201, site->toJson());
        response.setHeader("Location", QByteArray(QByteArray("/api/v1/sites/") + QByteArray::number(site->id)));
        return response;
    });
}

void SiteEndpoints::get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    if (const std::optional<Site> site = pathSite(context, request, key, responder))
        responder.send(HttpResponse::json(200, site->toJson()));
}

void SiteEndpoints::replace(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    std::optional<Site> site = pathSite(context, request, key, responder);
    if (!site)
        return;
    QJsonObject body;
    HttpResponse error;
    if (!jsonBody(request, &body, &error) || !readSite(body, &*site, &error)) {
        responder.send(error);
        return;
    }
    Workspace *workspace = &context.workspace;
    const Site changed = *site;
    runOnPool(context, responder, [workspace, changed]() {
        QString why;
        const std::optional<Site> updated = workspace->sites().update(changed, &why);
        if (!updated)
            return why.isEmpty() ? noSuchSite(changed.id) : Problems::badRequest(why);
        return HttpResponse::json(200, updated->toJson());
    });
}

void SiteEndpoints::remove(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = pathSite(context, request, key, responder);
    if (!site)
        return;
    const bool confirmed
        = request.query.queryItemValue(QStringLiteral("confirm"), QUrl::FullyDecoded) == QLatin1String("delete-data");
    Workspace *workspace = &context.workspace;
    const qint64 id = site->id;
    const QString domain = site->domain;
    runOnPool(context, responder, [workspace, id, domain, confirmed]() {
        if (!confirmed && workspace->sites().hasData(id))
            return HttpResponse::problem(409, QStringLiteral("Conflict"),
                QStringLiteral("Site %1 (%2) has stored events. Deleting it deletes them and everything else "
                               "stored for it; to do that, repeat the request with ?confirm=delete-data.")
                    .arg(id)
                    .arg(domain));
        if (!workspace->sites().remove(id))
            return noSuchSite(id);
        workspace->keys().forgetCached(); // keys limited to the site went with it
        return HttpResponse::noContent();
    });
}

} // namespace pulse
