-- Project setup: what a project import holds beyond the reference records
ALTER TABLE buildings ADD COLUMN completion_acceptance TEXT;
ALTER TABLE unit_types ADD COLUMN delivery_standard TEXT;
ALTER TABLE units ADD COLUMN area_m2 TEXT;
ALTER TABLE units ADD COLUMN planned_handover TEXT;
-- 视同交付: the notified date from which the unit counts as handed over although the owner did not come
ALTER TABLE units ADD COLUMN deemed_handover TEXT;
ALTER TABLE units ADD COLUMN deemed_recorded_by TEXT;
CREATE TABLE project_warranty_periods (
    project_id TEXT NOT NULL REFERENCES projects (id),
    category   TEXT NOT NULL,
    unit       TEXT NOT NULL,
    amount     INTEGER,
    PRIMARY KEY (project_id, category)
);
CREATE TABLE contractor_responsibilities (
    building_id   TEXT NOT NULL REFERENCES buildings (id),
    trade         TEXT NOT NULL,
    contractor_id TEXT NOT NULL REFERENCES contractors (id),
    PRIMARY KEY (building_id, trade)
);
