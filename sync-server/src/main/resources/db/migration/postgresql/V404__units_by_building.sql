-- A building's units are read on every pull and push of a user assigned buildings one by one (the scope's
-- condition): without this index each read scanned every unit of every project.
CREATE INDEX units_building ON units (building_id);
