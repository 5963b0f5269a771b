-- Schema 1: the foundation. Workspace metadata, areas, the CoPmittee roster, problem cases, the change log.
-- Append-only: later schema changes are new numbered files, never edits to this one.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE areas (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    revision    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE members (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation TEXT NOT NULL DEFAULT '',
    sector       TEXT NOT NULL CHECK (sector IN ('police', 'resident', 'youth_work', 'religious_community',
                                                 'migrant_association', 'school', 'business', 'municipality',
                                                 'social_services', 'other')),
    role         TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('facilitator', 'member', 'observer')),
    contact      TEXT NOT NULL DEFAULT '',
    active_from  TEXT,
    active_to    TEXT,
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE cases (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description    TEXT NOT NULL DEFAULT '',
    category       TEXT NOT NULL DEFAULT '',
    area_id        INTEGER REFERENCES areas(id) ON DELETE SET NULL,
    location       TEXT NOT NULL DEFAULT '',
    stage          TEXT NOT NULL DEFAULT 'scan' CHECK (stage IN ('scan', 'analyse', 'respond', 'assess', 'closed')),
    priority       INTEGER NOT NULL DEFAULT 0 CHECK (priority >= 0),
    lead_member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
    opened_on      TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cases_area ON cases(area_id);
CREATE INDEX cases_lead ON cases(lead_member_id);

-- Every change is traceable: who, when, what.
CREATE TABLE change_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    action    TEXT NOT NULL,
    summary   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX change_log_entity ON change_log(entity, entity_id);
