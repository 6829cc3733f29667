// LocalWorkspaceClient's site calls (WorkspaceClient.h): creating, changing and deleting sites in the
// workspace's SiteStore, on the client's pool. A site's JSON is read as REST reads it (SiteEndpoints),
// field by field, so a refusal names the one setting to fix.
#include "workspace/LocalWorkspaceClient.h"

#include "access/KeyStore.h"
#include "access/SiteStore.h"
#include "core/JsonFields.h"
#include "storage/Workspace.h"
#include "workspace/LocalPoolCall.h"

namespace pulse::ui {

namespace {

// As REST allows (server/api/SiteEndpoints.cpp).
constexpr int kMaxSiteNameChars = 200;

// The settings' members, in the order a form shows them: each is read alone so a refusal names it.
const char *const kSettingFields[] = { "allowed_origins", "retention_days", "bot_filtering", "respect_dnt",
    "identity_mode", "ingest_quota_per_minute" };

// Reads body's members over *site; false with the field to fix and what to change.
bool readSiteJson(const QJsonObject &body, Site *site, QString *field, QString *error)
{
    const auto refuse = [field, error](const char *name, const QString &why) {
        *field = QLatin1String(name);
        *error = why;
        return false;
    };
    QString domain = site->domain;
    QString name = site->name;
    QString zone = site->timeZone;
    QString why;
    if (!json::readString(body, "domain", &domain, &why))
        return refuse("domain", why);
    if (body.contains(QStringLiteral("domain")) && SiteStore::normalizeDomain(domain, &why).isEmpty())
        return refuse("domain", why);
    if (!json::readString(body, "name", &name, &why))
        return refuse("name", why);
    if (name.trimmed().size() > kMaxSiteNameChars)
        return refuse("name",
            LocalWorkspaceClient::tr("The name has %1 characters; at most %2 are allowed.")
                .arg(name.trimmed().size())
                .arg(kMaxSiteNameChars));
    if (!json::readString(body, "timezone", &zone, &why)
        || (zone != site->timeZone && !SiteStore::checkTimeZone(zone, &why)))
        return refuse("timezone", why);
    SiteSettings settings = site->settings;
    for (const char *member : kSettingFields) {
        const QString key = QLatin1String(member);
        if (body.contains(key) && !SiteSettings::readJson(QJsonObject { { key, body.value(key) } }, &settings, &why))
            return refuse(member, why);
    }
    site->domain = domain;
    site->name = name.trimmed();
    site->timeZone = zone;
    site->settings = settings;
    return true;
}

QString siteGoneMessage()
{
    return LocalWorkspaceClient::tr("The site no longer exists; it may have been deleted meanwhile.");
}

} // namespace

QFuture<SiteReply> LocalWorkspaceClient::saveSite(qint64 id, const QJsonObject &json)
{
    QFuture<SiteReply> future = onPool(SiteReply {}, [workspace = &m_workspace, id, json](SiteReply &reply) {
        Site site;
        site.timeZone = QStringLiteral("UTC");
        if (id != 0) {
            const std::optional<Site> stored = workspace->sites().byId(id);
            if (!stored) {
                reply.error = siteGoneMessage();
                return;
            }
            site = *stored;
        } else if (!json.value(QStringLiteral("domain")).isString()) {
            reply.field = QStringLiteral("domain");
            reply.error = tr("Give the site's domain, for example example.com.");
            return;
        }
        if (!readSiteJson(json, &site, &reply.field, &reply.error))
            return;
        const std::optional<Site> saved = id == 0
            ? workspace->sites().add(site.domain, site.name, site.timeZone, &reply.error, site.settings)
            : workspace->sites().update(site, &reply.error);
        if (saved)
            reply.site = *saved;
        else if (reply.error.isEmpty())
            reply.error = siteGoneMessage();
    });
    return announceIfOk(std::move(future), [this] { Q_EMIT sitesChanged(); });
}

QFuture<SiteReply> LocalWorkspaceClient::deleteSite(qint64 id)
{
    QFuture<SiteReply> future = onPool(SiteReply {}, [workspace = &m_workspace, id](SiteReply &reply) {
        const std::optional<Site> site = workspace->sites().byId(id);
        if (site && workspace->sites().remove(id)) {
            reply.site = *site;
            workspace->keys().forgetCached(); // keys limited to the site went with it
        } else {
            reply.error = siteGoneMessage();
        }
    });
    return announceIfOk(std::move(future), [this] {
        Q_EMIT sitesChanged();
        Q_EMIT keysChanged();
    });
}

} // namespace pulse::ui
