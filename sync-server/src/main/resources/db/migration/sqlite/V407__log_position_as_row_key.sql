-- The log's position becomes the table's own row key. Declared BIGINT, it was a column beside SQLite's hidden
-- rowid with a unique index of its own: every append wrote the table and four indexes. As INTEGER PRIMARY KEY it is
-- the rowid itself, so an append writes the table and three indexes (op_id, unit, project), positions arrive in
-- order at the table's end, and a page reads its range straight from the table. The unit and project indexes end in
-- the rowid, which is the position, so they still give a scope's operations in log order.
CREATE TABLE operations_by_position (
    position    INTEGER PRIMARY KEY,
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
INSERT INTO operations_by_position (position, op_id, op_type, entity_kind, entity_id, unit_id, project_id, hlc, actor,
                                    device_id, op_json, received_at)
SELECT position, op_id, op_type, entity_kind, entity_id, unit_id, project_id, hlc, actor, device_id, op_json,
       received_at
FROM operations ORDER BY position;
DROP TABLE operations;
ALTER TABLE operations_by_position RENAME TO operations;
CREATE INDEX operations_unit ON operations (unit_id);
CREATE INDEX operations_project ON operations (project_id);
