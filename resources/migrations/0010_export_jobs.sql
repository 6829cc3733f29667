-- Schema version 10: export jobs (docs/exports.md). A job writes one export (raw events or a query
-- result) into the data folder's exports/ directory on the export worker. A job found queued or
-- running at start-up runs again from the start: its file only appears, under its final name, once
-- it is complete.
CREATE TABLE export_jobs (
    id           INTEGER PRIMARY KEY,
    site_id      INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    request      TEXT    NOT NULL,             -- ExportRequest as JSON: kind, format, query, table
    state        TEXT    NOT NULL,             -- queued, running, completed, failed, cancelled
    rows         INTEGER NOT NULL DEFAULT 0,
    bytes        INTEGER NOT NULL DEFAULT 0,
    file_name    TEXT,                         -- in the exports folder, once completed; NULL after deletion
    created_at   INTEGER NOT NULL,
    started_at   INTEGER,
    finished_at  INTEGER,
    error        TEXT
);
CREATE INDEX export_jobs_site ON export_jobs(site_id, id);
CREATE INDEX export_jobs_state ON export_jobs(state) WHERE state IN ('queued', 'running');
