-- Office console B: clocks (warranty expiries, SLA flags) and checklist templates published by the office.

-- Checklist template versions published by the office; the bundled version 1 of each template is not stored.
CREATE TABLE checklist_templates (
    code          TEXT    NOT NULL,
    version       INTEGER NOT NULL,
    template_json TEXT    NOT NULL,
    published_by  TEXT    NOT NULL,
    published_at  BIGINT  NOT NULL,
    PRIMARY KEY (code, version)
);

-- The template being edited before it is published (one draft per template code).
CREATE TABLE checklist_template_drafts (
    code          TEXT   PRIMARY KEY,
    based_on      INTEGER NOT NULL,
    template_json TEXT   NOT NULL,
    source_name   TEXT,
    updated_by    TEXT   NOT NULL,
    updated_at    BIGINT NOT NULL
);

-- Each handed-over unit's warranty per category, from its handover sign-off (refreshed by the clock job).
CREATE TABLE unit_warranty (
    unit_id           TEXT   NOT NULL,
    project_id        TEXT   NOT NULL,
    category          TEXT   NOT NULL,
    handover_date     TEXT   NOT NULL,
    buyer_expiry      TEXT,
    contractor_expiry TEXT,
    decided_by        TEXT   NOT NULL,
    computed_at       BIGINT NOT NULL,
    PRIMARY KEY (unit_id, category)
);
CREATE INDEX unit_warranty_expiry ON unit_warranty (buyer_expiry);
CREATE INDEX unit_warranty_project ON unit_warranty (project_id);

-- Deadlines the clock job found missed: work orders past their on-site deadline, complaints not answered in time.
CREATE TABLE sla_flags (
    entity_id     TEXT   NOT NULL,
    flag          TEXT   NOT NULL,
    entity_kind   TEXT   NOT NULL,
    unit_id       TEXT   NOT NULL,
    project_id    TEXT   NOT NULL,
    due_at_ms     BIGINT NOT NULL,
    flagged_at_ms BIGINT NOT NULL,
    PRIMARY KEY (entity_id, flag)
);
CREATE INDEX sla_flags_project ON sla_flags (project_id, flag);

-- The intake page finds the work order taken from each complaint.
CREATE INDEX work_orders_complaint ON work_orders (complaint_id);
