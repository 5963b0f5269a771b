-- The outcome "moved to another agency or owner" is stored under the key the assessment code uses
-- ('moved_owner', see sara::outcomeKey); schema 2 spelled it 'moved'. SQLite cannot change a CHECK constraint in
-- place, so the table is rebuilt with its rows (an old 'moved' becomes 'moved_owner').
ALTER TABLE case_assessment RENAME TO case_assessment_schema2;
CREATE TABLE case_assessment (
    case_id           INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    outcome           TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'eliminated', 'fewer_incidents', 'less_harm',
                                                                 'handled_better', 'moved_owner', 'no_change',
                                                                 'worse')),
    lesson            TEXT NOT NULL DEFAULT '',
    process_notes     TEXT NOT NULL DEFAULT '',
    no_measure_reason TEXT NOT NULL DEFAULT '',
    updated_at        TEXT NOT NULL,
    revision          INTEGER NOT NULL DEFAULT 1
);
INSERT INTO case_assessment (case_id, outcome, lesson, process_notes, no_measure_reason, updated_at, revision)
    SELECT case_id, CASE outcome WHEN 'moved' THEN 'moved_owner' ELSE outcome END, lesson, process_notes,
           no_measure_reason, updated_at, revision
    FROM case_assessment_schema2;
DROP TABLE case_assessment_schema2;
