-- A project's own heating (采暖期) and cooling (供冷期) seasons, as month-days (--MM-DD); a project without a row
-- counts its city's heating season and the default cooling season.
CREATE TABLE project_seasons (
    project_id    TEXT NOT NULL PRIMARY KEY REFERENCES projects (id),
    heating_start TEXT,
    heating_end   TEXT,
    cooling_start TEXT,
    cooling_end   TEXT
);
