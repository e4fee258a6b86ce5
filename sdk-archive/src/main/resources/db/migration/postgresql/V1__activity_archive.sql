CREATE TABLE activity_record (
    source        text        NOT NULL,
    record_id     text        NOT NULL,
    session_id    text,
    actor         text,
    action        text,
    outcome       text        NOT NULL,
    occurred_at   timestamptz,
    message       text,
    attributes    text        NOT NULL,
    fingerprint   text        NOT NULL,
    first_seen_at timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (source, record_id)
);
CREATE INDEX activity_record_occurred_at ON activity_record (occurred_at);
CREATE INDEX activity_record_session ON activity_record (session_id);

CREATE TABLE sync_state (
    source          text        NOT NULL,
    scope           text        NOT NULL,
    high_water_mark timestamptz,
    last_synced_at  timestamptz NOT NULL,
    PRIMARY KEY (source, scope)
);
