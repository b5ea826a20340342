-- The device's replica. One statement per line group; statements end with ';'.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every operation the device holds: its own (origin LOCAL) and pulled ones (origin PULLED).
-- sync_status: PENDING (own, not yet confirmed), SYNCED (the server stored it), REJECTED (the server refused it).
CREATE TABLE operations (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    entity          TEXT NOT NULL,
    type            TEXT NOT NULL,
    hlc             TEXT NOT NULL,
    json            TEXT NOT NULL,
    origin          TEXT NOT NULL CHECK (origin IN ('LOCAL', 'PULLED')),
    sync_status     TEXT NOT NULL CHECK (sync_status IN ('PENDING', 'SYNCED', 'REJECTED')),
    server_position INTEGER,
    reject_code     TEXT,
    reject_message  TEXT
);
CREATE INDEX operations_entity ON operations (entity);

-- Own operations the server has not confirmed yet, in the order they were recorded.
CREATE TABLE outbox (
    op_seq   INTEGER PRIMARY KEY REFERENCES operations (seq),
    op_id    TEXT NOT NULL UNIQUE,
    attempts INTEGER NOT NULL DEFAULT 0
);

-- Photo files stored by SHA-256. referenced = named by a saved operation (only those are uploaded).
-- upload_state: LOCAL (not to be uploaded), PENDING, UPLOADED, FAILED (kept for retry with the error).
CREATE TABLE photos (
    sha          TEXT PRIMARY KEY,
    size         INTEGER NOT NULL,
    media_type   TEXT NOT NULL,
    stored_at    TEXT NOT NULL,
    referenced   INTEGER NOT NULL DEFAULT 0,
    upload_state TEXT NOT NULL DEFAULT 'LOCAL',
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT
);
CREATE INDEX photos_upload ON photos (upload_state);

-- Reference data from GET /api/v1/reference, replaced as a whole on each fetch.
CREATE TABLE reference_records (
    kind TEXT NOT NULL,
    id   TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);
