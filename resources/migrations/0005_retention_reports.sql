-- Schema version 5: saved retention reports (docs/retention.md). A report is a name and a retention
-- query without its time range; the nightly job snapshots each one over its last N periods.
CREATE TABLE retention_reports (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    definition  TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX retention_reports_site_name ON retention_reports(site_id, name COLLATE NOCASE);
