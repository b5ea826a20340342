-- Units whose new operations the state folder could not fold, because the database or the reducer refused the
-- result (a constraint, a value out of range, a fault in the fold itself). Their operations stay in the log and
-- reach devices as ever; the unit's state rows stay as they were before the first of them, and the folder goes on
-- with every other unit instead of trying the same fold for ever. How many of its operations wait is read from the
-- log (those of the unit from first_position on). Each start of the server folds these units
-- again from their whole log, and a unit leaves this table once that succeeds.
CREATE TABLE state_units_set_aside (
    unit_id        TEXT PRIMARY KEY,
    first_position BIGINT NOT NULL,
    error          TEXT NOT NULL,
    set_aside_at   BIGINT NOT NULL
);
