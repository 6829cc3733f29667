-- Schema version 7: the in-memory projection persisted in blocks (engine/projection/ProjectionBlock.h,
-- docs/decisions.md). Derived data: a block encodes the projection's view of the events with
-- after_id < id <= last_id; blocks chain from id 0, and an open reads them instead of every event row.
CREATE TABLE projection_blocks (
    last_id   INTEGER PRIMARY KEY,
    after_id  INTEGER NOT NULL,
    events    INTEGER NOT NULL,
    format    INTEGER NOT NULL,
    data      BLOB    NOT NULL
);
