-- Schema version 13: API sessions (docs/sites-and-keys.md, "Sessions"); not the visitors' sessions of
-- version 1, hence the api_ prefix, as for api_keys. A secret key is exchanged for a
-- short-lived signed session token; the token itself is never stored (it is checked by its signature),
-- only the session it belongs to, so that a session can be listed and revoked at once. A session ends
-- with its key: deleting the key deletes its sessions, and revoking it refuses them.
CREATE TABLE api_sessions (
    id           INTEGER PRIMARY KEY,
    key_id       INTEGER NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
    scopes       TEXT    NOT NULL,          -- comma-separated, a subset of the key's
    client       TEXT    NOT NULL DEFAULT '', -- the User-Agent that opened it, for listings
    created_at   INTEGER NOT NULL,
    refreshed_at INTEGER,
    expires_at   INTEGER NOT NULL,          -- the newest token's expiry
    ends_at      INTEGER NOT NULL,          -- the absolute end: no refresh after it
    revoked_at   INTEGER
);
CREATE INDEX api_sessions_key ON api_sessions(key_id);
