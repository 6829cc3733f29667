-- Schema version 3: cohorts (docs/cohorts.md). A static cohort's members are the list it was given;
-- a dynamic cohort's are the result of its last computation. Members are "u:<user id>" for identified
-- users and "v:<16 hex digits>" for anonymous visitors. cohort_sizes keeps every computation's size,
-- for the size-over-time chart.
CREATE TABLE cohorts (
    id             INTEGER PRIMARY KEY,
    site_id        INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    description    TEXT    NOT NULL DEFAULT '',
    kind           TEXT    NOT NULL CHECK (kind IN ('static', 'dynamic')),
    definition     TEXT    NOT NULL DEFAULT '',
    refresh_hours  INTEGER NOT NULL DEFAULT 24,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    computed_at    INTEGER NOT NULL DEFAULT 0,
    size           INTEGER NOT NULL DEFAULT 0,
    version        INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX cohorts_site_name ON cohorts(site_id, name COLLATE NOCASE);

CREATE TABLE cohort_members (
    cohort_id  INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    member     TEXT    NOT NULL,
    PRIMARY KEY (cohort_id, member)
) WITHOUT ROWID;

CREATE TABLE cohort_sizes (
    cohort_id    INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    computed_at  INTEGER NOT NULL,
    size         INTEGER NOT NULL,
    PRIMARY KEY (cohort_id, computed_at)
) WITHOUT ROWID;
