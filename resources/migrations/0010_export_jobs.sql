-- Schema version 10: export jobs and schedules (docs/exports.md). A job writes one export (raw events
-- or a query result) into the data folder's exports/ directory, or a schedule's folder, on the export
-- worker. A job found queued or running at start-up runs again from the start: its file only appears,
-- under its final name, once it is complete.
CREATE TABLE export_jobs (
    id           INTEGER PRIMARY KEY,
    site_id      INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    request      TEXT    NOT NULL,             -- ExportRequest as JSON: kind, format, query, table
    state        TEXT    NOT NULL,             -- queued, running, completed, failed, cancelled
    rows         INTEGER NOT NULL DEFAULT 0,
    bytes        INTEGER NOT NULL DEFAULT 0,
    file_name    TEXT,                         -- in the job's folder, once completed; NULL after deletion
    created_at   INTEGER NOT NULL,
    started_at   INTEGER,
    finished_at  INTEGER,
    error        TEXT,
    schedule_id  INTEGER REFERENCES export_schedules(id) ON DELETE SET NULL,
    folder       TEXT,                         -- where the file goes; NULL: the exports folder
    keep_last    INTEGER NOT NULL DEFAULT 0    -- scheduled runs: how many of the schedule's files stay
);
CREATE INDEX export_jobs_site ON export_jobs(site_id, id);
CREATE INDEX export_jobs_state ON export_jobs(state) WHERE state IN ('queued', 'running');
CREATE INDEX export_jobs_schedule ON export_jobs(schedule_id, id) WHERE schedule_id IS NOT NULL;

-- Scheduled exports: daily, weekly or monthly at a time of day in the site's zone. A run queues an
-- export job for the period before it (range_mode previous), all history, or the query's own range.
CREATE TABLE export_schedules (
    id            INTEGER PRIMARY KEY,
    site_id       INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    request       TEXT    NOT NULL,            -- ExportRequest as JSON
    cadence       TEXT    NOT NULL,            -- daily, weekly, monthly
    minute_of_day INTEGER NOT NULL,            -- 0..1439, in the site's zone
    weekday       INTEGER NOT NULL DEFAULT 1,  -- 1 (Monday) .. 7, for weekly
    month_day     INTEGER NOT NULL DEFAULT 1,  -- 1..28, for monthly
    range_mode    TEXT    NOT NULL,            -- previous, all, query
    keep_last     INTEGER NOT NULL,
    folder        TEXT,                        -- the desktop's folder of the user's choice; NULL: the exports folder
    enabled       INTEGER NOT NULL DEFAULT 1,
    next_run_at   INTEGER NOT NULL,
    last_run_at   INTEGER,
    created_at    INTEGER NOT NULL
);
CREATE INDEX export_schedules_site ON export_schedules(site_id, id);
