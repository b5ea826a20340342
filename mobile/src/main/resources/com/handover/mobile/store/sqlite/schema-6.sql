-- The operations table again, with its two CHECK constraints written as comparisons. SQLite evaluates a
-- "column IN (list)" CHECK by building a small lookup table for every row inserted: for the 150,000 rows of a
-- first sync that was a third of the store's time. The comparisons accept and refuse exactly the same values.
-- SQLite cannot change a constraint in place, so the table is made anew (its documented procedure: new table, copy,
-- drop, rename). The outbox refers to operations, so its rows are set aside while the old table is dropped.
CREATE TABLE operations_new (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    entity          TEXT NOT NULL,
    type            TEXT NOT NULL,
    hlc             TEXT NOT NULL,
    json            TEXT NOT NULL,
    origin          TEXT NOT NULL CHECK (origin = 'LOCAL' OR origin = 'PULLED'),
    sync_status     TEXT NOT NULL CHECK (sync_status = 'PENDING' OR sync_status = 'SYNCED' OR sync_status = 'REJECTED'),
    server_position INTEGER,
    reject_code     TEXT,
    reject_message  TEXT
);
INSERT INTO operations_new (seq, id, entity, type, hlc, json, origin, sync_status, server_position, reject_code,
                            reject_message)
    SELECT seq, id, entity, type, hlc, json, origin, sync_status, server_position, reject_code, reject_message
    FROM operations ORDER BY seq;
-- A number AUTOINCREMENT has handed out is never handed out again, even when its row is gone.
INSERT INTO sqlite_sequence (name, seq) SELECT 'operations_new', 0
    WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'operations_new');
UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'operations'), 0))
    WHERE name = 'operations_new';
CREATE TEMP TABLE outbox_kept AS SELECT op_seq, op_id, attempts FROM outbox;
DELETE FROM outbox;
DROP TABLE operations;
ALTER TABLE operations_new RENAME TO operations;
INSERT INTO outbox (op_seq, op_id, attempts) SELECT op_seq, op_id, attempts FROM temp.outbox_kept;
DROP TABLE temp.outbox_kept;
CREATE INDEX operations_entity ON operations (entity);
CREATE INDEX operations_rejected ON operations (seq) WHERE sync_status = 'REJECTED';
