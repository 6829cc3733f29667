-- Schema version 1: sites, keys, events, sessions and the quarantine of rejected events.
-- Times are milliseconds since the Unix epoch (UTC). The events table stays lean: one primary key,
-- one time index per site and the partial uniqueness that drops retried client event ids.

CREATE TABLE sites (
    id          INTEGER PRIMARY KEY,
    site_key    TEXT    NOT NULL UNIQUE,
    domain      TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    timezone    TEXT    NOT NULL DEFAULT 'UTC',
    created_at  INTEGER NOT NULL
);

CREATE TABLE api_keys (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    prefix       TEXT    NOT NULL,          -- the first characters, shown in listings
    secret_hash  BLOB    NOT NULL UNIQUE,   -- HMAC-SHA256(pepper, secret)
    scopes       TEXT    NOT NULL,          -- comma-separated
    site_id      INTEGER REFERENCES sites(id) ON DELETE CASCADE, -- NULL: every site
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    revoked_at   INTEGER,
    last_used_at INTEGER,
    use_count    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    site_id       INTEGER NOT NULL,
    event_id      TEXT,                     -- the client's id, for dropping retries
    ts            INTEGER NOT NULL,         -- when it happened (client time within the skew window, else receive time)
    received_at   INTEGER NOT NULL,
    name          TEXT    NOT NULL,
    visitor_id    INTEGER NOT NULL,         -- 64-bit hash: cookieless daily id, or of user_id
    user_id       TEXT,
    session_id    INTEGER NOT NULL,
    path          TEXT    NOT NULL,
    host          TEXT,
    referrer      TEXT,
    source        TEXT,                     -- referrer host or UTM source, '' for direct
    source_class  TEXT    NOT NULL,         -- direct, search, social, email, paid, other
    utm_source    TEXT,
    utm_medium    TEXT,
    utm_campaign  TEXT,
    utm_term      TEXT,
    utm_content   TEXT,
    browser       TEXT    NOT NULL,
    os            TEXT    NOT NULL,
    device        TEXT    NOT NULL,         -- desktop, mobile, tablet, bot, other
    is_bot        INTEGER NOT NULL DEFAULT 0,
    props         TEXT                      -- JSON object, NULL when empty
);
CREATE INDEX events_site_ts ON events(site_id, ts);
CREATE UNIQUE INDEX events_site_event_id ON events(site_id, event_id) WHERE event_id IS NOT NULL;

CREATE TABLE sessions (
    id           INTEGER PRIMARY KEY,
    site_id      INTEGER NOT NULL,
    visitor_id   INTEGER NOT NULL,
    started_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    entry_path   TEXT,
    exit_path    TEXT,
    pageviews    INTEGER NOT NULL DEFAULT 0,
    events       INTEGER NOT NULL DEFAULT 0,
    source       TEXT,
    source_class TEXT
);
CREATE INDEX sessions_site_started ON sessions(site_id, started_at);

CREATE TABLE quarantine (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER,                    -- NULL when the site key was unknown or missing
    site_key    TEXT,
    received_at INTEGER NOT NULL,
    reason      TEXT    NOT NULL,           -- a stable code, e.g. name_too_long
    message     TEXT    NOT NULL,           -- what to fix, for a person
    payload     TEXT                        -- the event as sent, cut to 4 KiB
);
CREATE INDEX quarantine_site ON quarantine(site_id, id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
);
