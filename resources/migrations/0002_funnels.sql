-- Schema version 2: saved funnels. The definition is a FunnelQuery as JSON without its time range
-- (docs/funnels.md); names are unique per site, compared without case.
CREATE TABLE funnels (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    definition  TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX funnels_site_name ON funnels(site_id, name COLLATE NOCASE);
