-- Times are UTC text of fixed width (2026-11-25T16:22:01.123456Z), so that text order is time order.
CREATE TABLE activity_record (
    source        TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    session_id    TEXT,
    actor         TEXT,
    action        TEXT,
    outcome       TEXT NOT NULL,
    occurred_at   TEXT,
    message       TEXT,
    attributes    TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (source, record_id)
);
CREATE INDEX activity_record_occurred_at ON activity_record (occurred_at);
CREATE INDEX activity_record_session ON activity_record (session_id);

CREATE TABLE sync_state (
    source          TEXT NOT NULL,
    scope           TEXT NOT NULL,
    high_water_mark TEXT,
    last_synced_at  TEXT NOT NULL,
    PRIMARY KEY (source, scope)
);
