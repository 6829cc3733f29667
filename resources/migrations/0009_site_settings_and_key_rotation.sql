-- Schema version 9: per-site settings (docs/sites-and-keys.md) and secret-key rotation with a grace period.
-- Existing sites keep today's behaviour except bot filtering, which is on by default (as for new sites).
ALTER TABLE sites ADD COLUMN allowed_origins TEXT NOT NULL DEFAULT '';   -- newline-separated origins; '' = any
ALTER TABLE sites ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 0;  -- 0 = keep forever
ALTER TABLE sites ADD COLUMN bot_filtering INTEGER NOT NULL DEFAULT 1;   -- 1: reject bots (reason "bot")
ALTER TABLE sites ADD COLUMN respect_dnt INTEGER NOT NULL DEFAULT 0;     -- 1: acknowledge DNT: 1, store nothing
ALTER TABLE sites ADD COLUMN identity_mode TEXT NOT NULL DEFAULT 'cookieless'; -- cookieless or user_id
ALTER TABLE sites ADD COLUMN ingest_quota INTEGER NOT NULL DEFAULT 0;    -- events a minute per site key; 0 = unlimited

-- Rotation keeps the key record (id, name, scopes, usage) and moves the old hash aside: the old
-- secret is accepted until previous_expires_at, then refused as expired.
ALTER TABLE api_keys ADD COLUMN previous_hash BLOB;
ALTER TABLE api_keys ADD COLUMN previous_expires_at INTEGER;
ALTER TABLE api_keys ADD COLUMN rotated_at INTEGER;
CREATE UNIQUE INDEX api_keys_previous_hash ON api_keys(previous_hash) WHERE previous_hash IS NOT NULL;
