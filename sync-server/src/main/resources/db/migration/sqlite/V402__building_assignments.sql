-- Buildings assigned to an account one by one: the account works on those buildings of the project, not on the
-- whole project (an inspector's device then holds only them). A whole project is assigned in project_assignments.
CREATE TABLE building_assignments (
    username    TEXT NOT NULL REFERENCES users (username),
    building_id TEXT NOT NULL REFERENCES buildings (id),
    PRIMARY KEY (username, building_id)
);
