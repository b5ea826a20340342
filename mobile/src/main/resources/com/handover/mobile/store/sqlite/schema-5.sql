-- The fold of each record as the replica last stored it, so that the app opens on state instead of folding its
-- whole log again. The settings 'fold.position' (the log's seq the folds cover) and 'fold.version' (the folds'
-- rules) say what the rows are worth: without a position, or under another version, they are folded again.
CREATE TABLE fold_records (
    kind TEXT NOT NULL,
    id   TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
