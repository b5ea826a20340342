-- How far the state tables have folded the log. Pushes append and commit; a background folder then folds the new
-- operations into the state tables and moves this mark, in one transaction. Until this version every push folded
-- inside its own transaction, so the state tables already hold the whole log.
CREATE TABLE state_progress (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    folded_through BIGINT NOT NULL
);
INSERT INTO state_progress (id, folded_through) SELECT 1, last_position FROM log_head WHERE id = 1;
