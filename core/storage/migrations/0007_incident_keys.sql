-- Schema 7: incident fingerprints are no longer kept unique by an index. The importer (IncidentBulkInsert, the only
-- writer of incidents) reads the stored fingerprints inside its write transaction and skips what is there: a set in
-- memory answers faster than the index did, and a large import no longer pays for rebuilding a B-tree of random
-- 40-byte keys. The area index only covers incidents that have an area.
-- SQLite cannot drop an inline constraint, so the table is rebuilt with its rows and ids. case_incidents refers to
-- incidents with ON DELETE CASCADE: it is set aside first, so that dropping the old table cannot cascade into it.
CREATE TABLE case_incidents_schema6 AS SELECT case_id, incident_id FROM case_incidents;
DROP TABLE case_incidents;
ALTER TABLE incidents RENAME TO incidents_schema6;
CREATE TABLE incidents (
    id            INTEGER PRIMARY KEY,
    fingerprint   TEXT NOT NULL,
    reference     TEXT NOT NULL DEFAULT '',
    occurred_on   TEXT NOT NULL,          -- YYYY-MM-DD
    occurred_time TEXT,                   -- HH:MM, NULL when unknown
    category      TEXT NOT NULL,
    address       TEXT NOT NULL DEFAULT '',
    lat           REAL,
    lon           REAL,
    x             REAL,
    y             REAL,
    description   TEXT NOT NULL DEFAULT '',
    area_id       INTEGER REFERENCES areas(id) ON DELETE SET NULL,
    import_id     INTEGER REFERENCES incident_imports(id) ON DELETE SET NULL
);
INSERT INTO incidents (id, fingerprint, reference, occurred_on, occurred_time, category, address, lat, lon, x, y,
                       description, area_id, import_id)
    SELECT id, fingerprint, reference, occurred_on, occurred_time, category, address, lat, lon, x, y, description,
           area_id, import_id
    FROM incidents_schema6 ORDER BY id;
DROP TABLE incidents_schema6;
CREATE INDEX incidents_date ON incidents(occurred_on);
CREATE INDEX incidents_category ON incidents(category, occurred_on);
CREATE INDEX incidents_area ON incidents(area_id, occurred_on) WHERE area_id IS NOT NULL;
CREATE TABLE case_incidents (
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, incident_id)
) WITHOUT ROWID;
INSERT INTO case_incidents (case_id, incident_id) SELECT case_id, incident_id FROM case_incidents_schema6;
DROP TABLE case_incidents_schema6;
CREATE INDEX case_incidents_incident ON case_incidents(incident_id);
