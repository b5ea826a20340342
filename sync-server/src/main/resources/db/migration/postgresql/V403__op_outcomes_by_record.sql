-- A record's outcomes are replaced by its id on every push that touches it: without this index each replacement
-- read the whole table.
CREATE INDEX op_outcomes_entity ON op_outcomes (entity_id);
