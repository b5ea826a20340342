-- Checklist template versions the office published, downloaded from GET /api/v1/templates/{code}/{version}
-- (the bundled versions ship with the app). A published version never changes, so a row is written once.
CREATE TABLE checklist_templates (
    code          TEXT NOT NULL,
    version       INTEGER NOT NULL,
    template_json TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    PRIMARY KEY (code, version)
);
