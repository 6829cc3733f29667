-- Schema version 8: signed webhooks (docs/webhooks.md). An endpoint belongs to one site and names
-- the event types it wants; its secret signs every request (Standard Webhooks), and after a rotation
-- the previous secret keeps signing until previous_secret_expires_at. Events wait in a durable outbox:
-- a message is one event (its body is stored exactly as it is sent, so every retry signs the same
-- bytes), a delivery is that message for one endpoint, written in the same transaction as the
-- message, before anything is sent. Each attempt is logged.
CREATE TABLE webhook_endpoints (
    id              INTEGER PRIMARY KEY,
    site_id         INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    url             TEXT    NOT NULL,
    description     TEXT    NOT NULL DEFAULT '',
    event_types     TEXT    NOT NULL,             -- JSON array of event type names
    enabled         INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT,                         -- why Pulse disabled it (410 Gone), or NULL
    secret          TEXT    NOT NULL,             -- whsec_ + base64 of 32 random bytes
    previous_secret TEXT,                         -- still signs until previous_secret_expires_at
    previous_secret_expires_at INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX webhook_endpoints_site ON webhook_endpoints(site_id, id);

CREATE TABLE webhook_messages (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    webhook_id  TEXT    NOT NULL UNIQUE,          -- msg_…: the webhook-id header, the same on every retry
    event_type  TEXT    NOT NULL,
    body        TEXT    NOT NULL,                 -- the exact request body
    created_at  INTEGER NOT NULL
);

CREATE TABLE webhook_deliveries (
    id              INTEGER PRIMARY KEY,
    message_id      INTEGER NOT NULL REFERENCES webhook_messages(id) ON DELETE CASCADE,
    endpoint_id     INTEGER NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    state           TEXT    NOT NULL,             -- pending, succeeded, failed
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,                      -- epoch ms while pending
    last_status     INTEGER,                      -- HTTP status of the last attempt, NULL: none or no answer
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries(endpoint_id, id);

CREATE TABLE webhook_attempts (
    id           INTEGER PRIMARY KEY,
    delivery_id  INTEGER NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
    attempt      INTEGER NOT NULL,                -- 1 for the first
    attempted_at INTEGER NOT NULL,
    status       INTEGER,                         -- HTTP status, NULL when no answer came
    latency_ms   INTEGER NOT NULL,
    response_excerpt TEXT,                        -- at most 1 KiB of the response body
    error        TEXT                             -- network failure, refused address, timeout
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts(delivery_id, attempt);
