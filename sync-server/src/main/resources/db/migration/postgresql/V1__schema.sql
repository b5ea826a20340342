-- Accounts, devices and sessions
CREATE TABLE users (
    username      TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL
);
CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    username   TEXT NOT NULL REFERENCES users (username),
    device_id  TEXT NOT NULL,
    issued_at  BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX tokens_username ON tokens (username);
CREATE TABLE login_failures (
    id        BIGSERIAL PRIMARY KEY,
    username  TEXT NOT NULL,
    failed_at BIGINT NOT NULL
);
CREATE INDEX login_failures_username ON login_failures (username, failed_at);
CREATE TABLE devices (
    device_id     TEXT PRIMARY KEY,
    device_name   TEXT,
    username      TEXT NOT NULL,
    first_seen_at BIGINT NOT NULL,
    last_login_at BIGINT,
    last_sync_at  BIGINT,
    last_drift_ms BIGINT,
    last_hlc      TEXT
);

-- Reference data
CREATE TABLE projects (
    id                        TEXT PRIMARY KEY,
    code                      TEXT NOT NULL UNIQUE,
    name                      TEXT NOT NULL,
    city                      TEXT NOT NULL,
    completion_acceptance     TEXT NOT NULL,
    design_service_life_years INTEGER NOT NULL
);
CREATE TABLE buildings (
    id         TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id),
    name       TEXT NOT NULL,
    floors     INTEGER NOT NULL
);
CREATE TABLE unit_types (
    id                TEXT PRIMARY KEY,
    project_id        TEXT NOT NULL REFERENCES projects (id),
    code              TEXT NOT NULL,
    name              TEXT NOT NULL,
    rooms             TEXT NOT NULL,
    floor_plan_sha256 TEXT
);
CREATE TABLE units (
    id                TEXT PRIMARY KEY,
    project_id        TEXT NOT NULL REFERENCES projects (id),
    building_id       TEXT NOT NULL REFERENCES buildings (id),
    number            TEXT NOT NULL,
    floor             INTEGER NOT NULL,
    delivery_standard TEXT NOT NULL,
    unit_type_id      TEXT NOT NULL REFERENCES unit_types (id),
    owner_name        TEXT,
    owner_phone       TEXT
);
CREATE INDEX units_project ON units (project_id);
CREATE TABLE contractors (
    id                   TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    trades               TEXT NOT NULL,
    repair_phone         TEXT,
    responsible_person   TEXT,
    warranty_deposit_fen BIGINT NOT NULL
);
CREATE TABLE project_assignments (
    username   TEXT NOT NULL REFERENCES users (username),
    project_id TEXT NOT NULL REFERENCES projects (id),
    PRIMARY KEY (username, project_id)
);

-- The operation log: one total order of positions
CREATE TABLE log_head (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    last_position BIGINT NOT NULL
);
INSERT INTO log_head (id, last_position) VALUES (1, 0);
CREATE TABLE operations (
    position    BIGINT PRIMARY KEY,
    op_id       TEXT NOT NULL UNIQUE,
    op_type     TEXT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    project_id  TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    actor       TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    op_json     TEXT NOT NULL,
    received_at BIGINT NOT NULL
);
CREATE INDEX operations_entity ON operations (entity_id);
CREATE INDEX operations_unit ON operations (unit_id, position);
CREATE INDEX operations_project ON operations (project_id, position);
CREATE TABLE entities (
    entity_id   TEXT PRIMARY KEY,
    entity_kind TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    project_id  TEXT NOT NULL
);
CREATE TABLE push_rejections (
    id          BIGSERIAL PRIMARY KEY,
    op_id       TEXT,
    device_id   TEXT NOT NULL,
    username    TEXT NOT NULL,
    code        TEXT NOT NULL,
    message     TEXT NOT NULL,
    rejected_at BIGINT NOT NULL
);

-- Photos
CREATE TABLE photo_refs (
    sha256     TEXT NOT NULL,
    op_id      TEXT NOT NULL,
    unit_id    TEXT NOT NULL,
    project_id TEXT NOT NULL,
    PRIMARY KEY (sha256, op_id)
);
CREATE INDEX photo_refs_project ON photo_refs (project_id);
CREATE INDEX photo_refs_unit ON photo_refs (unit_id);
CREATE TABLE blobs (
    sha256       TEXT PRIMARY KEY,
    size         BIGINT NOT NULL,
    content_type TEXT NOT NULL,
    stored_at    BIGINT NOT NULL
);

-- State materialised by the shared reducer (rebuilt per unit from the log)
CREATE TABLE inspections (
    id                   TEXT PRIMARY KEY,
    unit_id              TEXT NOT NULL,
    project_id           TEXT NOT NULL,
    kind                 TEXT NOT NULL,
    status               TEXT NOT NULL,
    template_code        TEXT NOT NULL,
    template_version     INTEGER NOT NULL,
    item_count           INTEGER,
    answered_count       INTEGER NOT NULL,
    failed_count         INTEGER NOT NULL,
    decision             TEXT,
    content_hash         TEXT,
    signed_at_ms         BIGINT,
    signed_hlc           TEXT,
    outside_signed_count INTEGER NOT NULL,
    started_by           TEXT NOT NULL,
    started_hlc          TEXT NOT NULL,
    state_json           TEXT NOT NULL
);
CREATE INDEX inspections_unit ON inspections (unit_id);
CREATE INDEX inspections_project ON inspections (project_id, status);
CREATE TABLE defects (
    id                    TEXT PRIMARY KEY,
    unit_id               TEXT NOT NULL,
    project_id            TEXT NOT NULL,
    inspection_id         TEXT,
    status                TEXT NOT NULL,
    severity              TEXT NOT NULL,
    trade                 TEXT NOT NULL,
    category              TEXT NOT NULL,
    contractor_id         TEXT,
    room                  TEXT NOT NULL,
    item_code             TEXT,
    description           TEXT NOT NULL,
    reported_on           TEXT NOT NULL,
    reopen_count          INTEGER NOT NULL,
    photo_count           INTEGER NOT NULL,
    outside_signed_record INTEGER NOT NULL,
    opened_by             TEXT NOT NULL,
    opened_hlc            TEXT NOT NULL,
    last_changed_hlc      TEXT NOT NULL,
    state_json            TEXT NOT NULL
);
CREATE INDEX defects_unit ON defects (unit_id);
CREATE INDEX defects_project ON defects (project_id, status);
CREATE INDEX defects_contractor ON defects (contractor_id);
CREATE TABLE work_orders (
    id                    TEXT PRIMARY KEY,
    unit_id               TEXT NOT NULL,
    project_id            TEXT NOT NULL,
    status                TEXT NOT NULL,
    source                TEXT NOT NULL,
    defect_id             TEXT,
    complaint_id          TEXT,
    contractor_id         TEXT,
    assignee              TEXT,
    severity              TEXT NOT NULL,
    emergency             INTEGER NOT NULL,
    warranty_category     TEXT,
    estimated_cost_fen    BIGINT NOT NULL,
    actual_cost_fen       BIGINT,
    self_repair           INTEGER NOT NULL,
    reported_at_ms        BIGINT NOT NULL,
    arrived_at_ms         BIGINT,
    completed_at_ms       BIGINT,
    missing_confirmations TEXT NOT NULL,
    settled_period        TEXT,
    satisfaction          INTEGER,
    created_by            TEXT NOT NULL,
    created_hlc           TEXT NOT NULL,
    last_changed_hlc      TEXT NOT NULL,
    state_json            TEXT NOT NULL
);
CREATE INDEX work_orders_unit ON work_orders (unit_id);
CREATE INDEX work_orders_assignee ON work_orders (assignee);
CREATE INDEX work_orders_contractor ON work_orders (contractor_id, status);
CREATE TABLE complaints (
    id             TEXT PRIMARY KEY,
    unit_id        TEXT NOT NULL,
    project_id     TEXT NOT NULL,
    status         TEXT NOT NULL,
    category       TEXT NOT NULL,
    channel        TEXT NOT NULL,
    urgency        TEXT NOT NULL,
    received_at_ms BIGINT NOT NULL,
    answered_at_ms BIGINT,
    satisfaction   INTEGER,
    received_by    TEXT,
    state_json     TEXT NOT NULL
);
CREATE INDEX complaints_unit ON complaints (unit_id);
CREATE TABLE conflicts (
    entity_kind TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    field       TEXT NOT NULL,
    winner_op   TEXT NOT NULL,
    loser_op    TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    project_id  TEXT NOT NULL,
    PRIMARY KEY (entity_id, field, winner_op, loser_op)
);
CREATE INDEX conflicts_unit ON conflicts (unit_id);
CREATE TABLE op_outcomes (
    op_id       TEXT PRIMARY KEY,
    entity_kind TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    project_id  TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    rule        TEXT
);
CREATE INDEX op_outcomes_unit ON op_outcomes (unit_id);

-- Photo bytes, when the nodes share PostgreSQL rather than a folder. A blob is the chunks of its upload,
-- in offset order; bytes count only once their hash was checked (a row in blobs).
CREATE TABLE blob_uploads (
    sha256     TEXT PRIMARY KEY,
    total      BIGINT NOT NULL,
    received   BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE TABLE blob_chunks (
    sha256       TEXT NOT NULL,
    start_offset BIGINT NOT NULL,
    data         BYTEA NOT NULL,
    PRIMARY KEY (sha256, start_offset)
);
