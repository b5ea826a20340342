-- Refused own operations are few among many: screens and the sync status line look them up on every refresh.
CREATE INDEX operations_rejected ON operations (seq) WHERE sync_status = 'REJECTED';
