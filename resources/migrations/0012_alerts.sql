-- Schema version 12: alerts (docs/alerts.md). A rule watches one metric of a site over a window and
-- is evaluated every interval; its definition (metric, filters, window, condition) is a JSON object
-- so new conditions need no schema change, while what the scheduler selects on (enabled, interval,
-- last evaluation) and the rule's running state are columns. Every firing and resolution is kept in
-- alert_events with the value that caused it, for the history and the webhooks.
CREATE TABLE alert_rules (
    id                INTEGER PRIMARY KEY,
    site_id           INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    definition        TEXT    NOT NULL,             -- JSON: metric, event, funnel_id, filters, window, condition
    interval_ms       INTEGER NOT NULL,             -- evaluated when now >= last_evaluated_at + interval_ms
    cooldown_ms       INTEGER NOT NULL,             -- no new firing until this long after the last one
    enabled           INTEGER NOT NULL DEFAULT 1,
    state             TEXT    NOT NULL DEFAULT 'ok', -- ok, firing
    last_evaluated_at INTEGER,
    last_fired_at     INTEGER,
    last_value        REAL,                         -- NULL: no value (no data, or not enough history)
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX alert_rules_site ON alert_rules(site_id, id);

CREATE TABLE alert_events (
    id          INTEGER PRIMARY KEY,
    rule_id     INTEGER NOT NULL REFERENCES alert_rules(id) ON DELETE CASCADE,
    site_id     INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,                   -- fired, resolved
    at          INTEGER NOT NULL,                   -- evaluation time; the window is [window_from, at)
    window_from INTEGER NOT NULL,
    value       REAL    NOT NULL,                   -- the metric over the window
    threshold   REAL    NOT NULL,                   -- the rule's threshold, percentage or z limit
    baseline    REAL,                               -- previous window (change) or mean of the history (anomaly)
    score       REAL                                -- change in % or z-score; NULL for threshold rules
);
CREATE INDEX alert_events_rule ON alert_events(rule_id, id);
CREATE INDEX alert_events_site ON alert_events(site_id, id);
