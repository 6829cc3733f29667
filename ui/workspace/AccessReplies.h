// What the workspace client answers about sites (the demo site included) and secret API keys, and
// what a new key is asked for.
#pragma once

#include "access/KeyStore.h"
#include "access/SiteStore.h"

#include <QList>
#include <QString>

namespace pulse::ui {

struct DemoReply {
    Site site;
    qint64 events = 0;
    QString error;
};

// The answer to adding, changing or deleting a site: the site as stored (as it was, after a delete),
// or what to change. field names the setting to fix ("domain", "timezone", "allowed_origins").
struct SiteReply {
    Site site;
    QString error; // what to change, e.g. "example" is not a domain
    QString field;
    bool ok() const { return error.isEmpty(); }
};

struct ApiKeysReply {
    QList<ApiKey> keys; // every key of the workspace, revoked ones included, with current usage
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// What a new secret API key is for: its name, scopes (Scope bits), the one site it is limited to
// (0: every site) and when it expires (0: never).
struct NewApiKey {
    QString name;
    int scopes = 0;
    qint64 siteId = 0;
    qint64 expiresAtMs = 0;
};

// The answer to creating, rotating or revoking a key. secret is set only after a create or a
// rotation: the one time it is known. field names what to fix ("name", "scopes", "site", "expires_at").
struct ApiKeyReply {
    ApiKey key;
    QString secret;
    QString field;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace pulse::ui
