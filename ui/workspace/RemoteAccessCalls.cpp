// RemoteWorkspaceClient's site and key calls (WorkspaceClient.h) over the server's REST API
// (docs/sites-and-keys.md): the Settings page's Sites and API keys tabs on a server. Keys need a key
// with the admin scope; the server's refusal says so otherwise.
#include "core/IsoTime.h"
#include "workspace/RemoteCalls.h"
#include "workspace/RemoteDecode.h"

#include "access/SecretKey.h"

#include <QJsonArray>

namespace pulse::ui {

namespace {
void readSite(const QJsonObject &json, SiteReply *reply)
{
    reply->site = Site::fromJson(json).value_or(Site {});
}

void readKeyWithSecret(const QJsonObject &json, ApiKeyReply *reply)
{
    reply->key = remote::apiKey(json).value_or(ApiKey {});
    reply->secret = json.value(QLatin1String("secret")).toString();
}
} // namespace

QFuture<SiteReply> RemoteWorkspaceClient::saveSite(qint64 id, const QJsonObject &json)
{
    return change<SiteReply>(id > 0 ? "PUT" : "POST",
        id > 0 ? remote::idPath("sites", id) : QStringLiteral("/api/v1/sites"), {}, json, &readSite,
        [this] { Q_EMIT sitesChanged(); });
}

QFuture<SiteReply> RemoteWorkspaceClient::deleteSite(qint64 id)
{
    // The Settings page has asked the user to confirm that the site's data goes with it.
    QUrlQuery confirm;
    confirm.addQueryItem(QStringLiteral("confirm"), QStringLiteral("delete-data"));
    return change<SiteReply>(
        "DELETE", remote::idPath("sites", id), confirm, {}, [](const QJsonObject &, SiteReply *) {},
        [this] {
            Q_EMIT sitesChanged();
            Q_EMIT keysChanged(); // keys limited to the site went with it
        });
}

QFuture<ApiKeysReply> RemoteWorkspaceClient::apiKeys()
{
    return call<ApiKeysReply>(
        "GET", QStringLiteral("/api/v1/keys"), {}, {}, [](const QJsonObject &json, ApiKeysReply *reply) {
            reply->keys = remote::items<ApiKey>(json, &remote::apiKey);
        });
}

QFuture<ApiKeyReply> RemoteWorkspaceClient::createApiKey(const NewApiKey &key)
{
    QJsonObject body { { QStringLiteral("name"), key.name },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(SecretKey::scopeNames(key.scopes)) },
        { QStringLiteral("site"), key.siteId > 0 ? QJsonValue(key.siteId) : QJsonValue(QJsonValue::Null) } };
    if (key.expiresAtMs > 0)
        body.insert(QStringLiteral("expires_at"), iso::utc(key.expiresAtMs));
    return change<ApiKeyReply>(
        "POST", QStringLiteral("/api/v1/keys"), {}, body, &readKeyWithSecret, [this] { Q_EMIT keysChanged(); });
}

QFuture<ApiKeyReply> RemoteWorkspaceClient::rotateApiKey(qint64 id, qint64 graceSeconds)
{
    return change<ApiKeyReply>("POST", remote::idPath("keys", id, "/rotate"), {},
        QJsonObject { { QStringLiteral("grace_seconds"), graceSeconds } }, &readKeyWithSecret,
        [this] { Q_EMIT keysChanged(); });
}

QFuture<ApiKeyReply> RemoteWorkspaceClient::revokeApiKey(qint64 id)
{
    return change<ApiKeyReply>(
        "DELETE", remote::idPath("keys", id), {}, {}, [](const QJsonObject &, ApiKeyReply *) {},
        [this] { Q_EMIT keysChanged(); });
}

} // namespace pulse::ui
