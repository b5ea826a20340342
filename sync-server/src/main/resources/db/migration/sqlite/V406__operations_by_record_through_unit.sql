-- The log's operations are no longer looked up by record alone: a record's are read through its unit's.
DROP INDEX operations_entity;
