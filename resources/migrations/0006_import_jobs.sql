-- Schema version 6: import jobs (docs/imports.md, "Over REST"). A job is one uploaded file imported
-- into one site on the server's import worker. Its progress is written after every committed batch,
-- with the row the committed work reaches (resume_row), so a job found queued or running at start-up
-- continues from its stored file and counts nothing twice. The rejected rows are kept per job for the
-- downloadable report; the upload itself is deleted when the job ends.
CREATE TABLE import_jobs (
    id             INTEGER PRIMARY KEY,
    site_id        INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    file_name      TEXT    NOT NULL,
    format         TEXT    NOT NULL,             -- csv, json or ndjson
    preset         TEXT,                         -- a built-in CSV mapping, or NULL
    mapping        TEXT,                         -- a CSV mapping as JSON, or NULL
    state          TEXT    NOT NULL,             -- queued, running, completed, failed, cancelled
    rows_read      INTEGER NOT NULL DEFAULT 0,
    rows_imported  INTEGER NOT NULL DEFAULT 0,
    duplicates     INTEGER NOT NULL DEFAULT 0,
    rows_rejected  INTEGER NOT NULL DEFAULT 0,
    rejections_not_listed INTEGER NOT NULL DEFAULT 0,
    bytes_done     INTEGER NOT NULL DEFAULT 0,
    bytes_total    INTEGER NOT NULL DEFAULT 0,
    resume_row     INTEGER NOT NULL DEFAULT 0,   -- rows up to this one are committed and counted
    created_at     INTEGER NOT NULL,
    started_at     INTEGER,
    finished_at    INTEGER,
    updated_at     INTEGER NOT NULL,
    error          TEXT,
    upload_path    TEXT                          -- the stored upload, relative to the data folder; NULL once deleted
);
CREATE INDEX import_jobs_site ON import_jobs(site_id, id);
CREATE INDEX import_jobs_state ON import_jobs(state) WHERE state IN ('queued', 'running');

CREATE TABLE import_rejections (
    job_id   INTEGER NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
    row      INTEGER NOT NULL,
    line     INTEGER NOT NULL,
    col      TEXT    NOT NULL,
    reason   TEXT    NOT NULL,
    message  TEXT    NOT NULL
);
CREATE INDEX import_rejections_job ON import_rejections(job_id, row);
