-- Schema version 4: retention snapshots (docs/retention.md). The scheduler stores each night's
-- pre-computed grids keyed by the request they answer; a snapshot stays valid while the number of
-- stored events before its range end (events_before_end) is unchanged, so a late or imported event
-- for a covered period makes the next request compute afresh.
CREATE TABLE retention_snapshots (
    request_key        TEXT    PRIMARY KEY,
    site_id            INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    to_ms              INTEGER NOT NULL,
    include_bots       INTEGER NOT NULL,
    events_before_end  INTEGER NOT NULL,
    computed_at        INTEGER NOT NULL,
    result             TEXT    NOT NULL
);
CREATE INDEX retention_snapshots_site ON retention_snapshots(site_id, computed_at);
