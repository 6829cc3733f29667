// LocalWorkspaceClient's key calls (WorkspaceClient.h): the workspace's KeyStore on the client's pool,
// with the checks REST makes (server/api/KeyEndpoints.cpp). A secret leaves the store only in the
// reply to a create or a rotation; the GUI shows it once and keeps it nowhere.
#include "workspace/LocalWorkspaceClient.h"

#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "access/SiteStore.h"
#include "storage/Workspace.h"
#include "workspace/LocalPoolCall.h"

namespace pulse::ui {

namespace {

// As REST allows (server/api/KeyEndpoints.cpp).
constexpr int kMaxKeyNameChars = 100;
constexpr int kAllScopeBits = int(Scope::Ingest) | int(Scope::Read) | int(Scope::Write) | int(Scope::Export)
    | int(Scope::Stream) | int(Scope::Admin);

QString keyGoneMessage()
{
    return LocalWorkspaceClient::tr("The key no longer exists.");
}

// What is wrong with a new key, naming the field; empty when nothing is.
ApiKeyReply checkNewKey(Workspace &workspace, const NewApiKey &key, qint64 nowMs)
{
    ApiKeyReply reply;
    const auto refuse = [&reply](const char *field, const QString &why) {
        reply.field = QLatin1String(field);
        reply.error = why;
        return reply;
    };
    const QString name = key.name.trimmed();
    if (name.isEmpty() || name.size() > kMaxKeyNameChars)
        return refuse(
            "name", LocalWorkspaceClient::tr("Say what the key is for, in 1 to %1 characters.").arg(kMaxKeyNameChars));
    if (key.scopes <= 0 || (key.scopes & ~kAllScopeBits) != 0)
        return refuse("scopes", LocalWorkspaceClient::tr("Choose at least one scope: what the key may do."));
    if (key.siteId != 0 && !workspace.sites().byId(key.siteId))
        return refuse("site", LocalWorkspaceClient::tr("The site no longer exists; choose another or every site."));
    if (key.expiresAtMs != 0 && key.expiresAtMs <= nowMs)
        return refuse("expires_at", LocalWorkspaceClient::tr("The expiry is in the past; choose a later date."));
    return reply;
}

} // namespace

QFuture<ApiKeyReply> LocalWorkspaceClient::changeKey(std::function<ApiKeyReply(Workspace &)> change)
{
    QFuture<ApiKeyReply> future = onPool(
        ApiKeyReply {}, [workspace = &m_workspace, change](ApiKeyReply &reply) { reply = change(*workspace); });
    return announceIfOk(std::move(future), [this] { Q_EMIT keysChanged(); });
}

QFuture<ApiKeysReply> LocalWorkspaceClient::apiKeys()
{
    return onPool(ApiKeysReply {}, [workspace = &m_workspace](ApiKeysReply &reply) {
        reply.keys = workspace->keys().list(); // with the usage not yet written
    });
}

QFuture<ApiKeyReply> LocalWorkspaceClient::createApiKey(const NewApiKey &key)
{
    const qint64 now = nowMs();
    return changeKey([key, now](Workspace &w) {
        ApiKeyReply reply = checkNewKey(w, key, now);
        if (!reply.ok())
            return reply;
        const KeyStore::Created created = w.keys().create(key.name.trimmed(), key.scopes, key.siteId, key.expiresAtMs);
        reply.key = created.key;
        reply.secret = created.secret;
        return reply;
    });
}

QFuture<ApiKeyReply> LocalWorkspaceClient::rotateApiKey(qint64 id, qint64 graceSeconds)
{
    return changeKey([id, graceSeconds](Workspace &w) {
        ApiKeyReply reply;
        const std::optional<ApiKey> existing = w.keys().byId(id);
        if (!existing) {
            reply.error = keyGoneMessage();
        } else if (existing->revokedAtMs > 0) {
            reply.error = tr("The key is revoked; create a new key instead of rotating it.");
        } else if (graceSeconds < 0 || graceSeconds > KeyStore::kMaxGraceSeconds) {
            reply.field = QStringLiteral("grace_seconds");
            reply.error = tr("The old secret can keep working for at most 30 days.");
        } else if (const std::optional<KeyStore::Created> rotated = w.keys().rotate(id, graceSeconds * 1000)) {
            reply.key = rotated->key;
            reply.secret = rotated->secret;
        } else {
            reply.error = keyGoneMessage();
        }
        return reply;
    });
}

QFuture<ApiKeyReply> LocalWorkspaceClient::revokeApiKey(qint64 id)
{
    return changeKey([id](Workspace &w) {
        ApiKeyReply reply;
        if (!w.keys().revoke(id)) {
            // Revoking a revoked key changes nothing and is not an error, as over REST.
            if (const std::optional<ApiKey> key = w.keys().byId(id))
                reply.key = *key;
            else
                reply.error = keyGoneMessage();
            return reply;
        }
        reply.key = w.keys().byId(id).value_or(ApiKey {});
        return reply;
    });
}

} // namespace pulse::ui
