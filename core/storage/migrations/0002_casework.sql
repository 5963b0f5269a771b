-- Schema 2: SARA casework (concerns, the neighbourhood map, incidents, analysis, actions, measures, assessment)
-- and CoPmittee meetings. Personal data stays minimal: "raised_by" is optional and may be "anonymous";
-- incidents carry no names.

-- Scan: what residents, partners and officers raise.
CREATE TABLE concerns (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    source      TEXT NOT NULL DEFAULT 'copmittee_meeting'
                CHECK (source IN ('survey', 'focus_group', 'copmittee_meeting', 'street_briefing', 'guided_walk',
                                  'patrol', 'online_form', 'incident_data', 'other')),
    raised_on   TEXT NOT NULL,
    place       TEXT NOT NULL DEFAULT '',
    category    TEXT NOT NULL DEFAULT '',
    severity    INTEGER CHECK (severity BETWEEN 1 AND 5),
    frequency   TEXT NOT NULL DEFAULT '' CHECK (frequency IN ('', 'once', 'occasionally', 'monthly', 'weekly',
                                                              'daily')),
    raised_by   TEXT NOT NULL DEFAULT '',
    area_id     INTEGER REFERENCES areas(id) ON DELETE SET NULL,
    map_x       REAL,   -- pin position in map image pixels (set together with map_y)
    map_y       REAL,
    lat         REAL,   -- WGS84, when the map is georeferenced or the source had coordinates
    lon         REAL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX concerns_case ON concerns(case_id);

-- Pins of cases on the map (a case can also be placed, e.g. at its main location).
ALTER TABLE cases ADD COLUMN map_x REAL;
ALTER TABLE cases ADD COLUMN map_y REAL;
ALTER TABLE cases ADD COLUMN lat REAL;
ALTER TABLE cases ADD COLUMN lon REAL;

-- The neighbourhood plan, loaded by the user (PNG, JPG or SVG), optionally georeferenced.
CREATE TABLE maps (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    format     TEXT NOT NULL CHECK (format IN ('png', 'jpg', 'svg')),
    image      BLOB NOT NULL,
    width      REAL NOT NULL,   -- pixels (SVG: user units of its view box)
    height     REAL NOT NULL,
    updated_at TEXT NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE map_control_points (
    id     INTEGER PRIMARY KEY,
    map_id INTEGER NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
    x      REAL NOT NULL,
    y      REAL NOT NULL,
    lat    REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon    REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    label  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX map_control_points_map ON map_control_points(map_id);

-- Incident data (e.g. an export of police records), imported from CSV. The fingerprint makes re-imports idempotent.
CREATE TABLE incident_imports (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    actor         TEXT NOT NULL,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_already  INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE incidents (
    id            INTEGER PRIMARY KEY,
    fingerprint   TEXT NOT NULL UNIQUE,
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
CREATE INDEX incidents_date ON incidents(occurred_on);
CREATE INDEX incidents_category ON incidents(category, occurred_on);
CREATE INDEX incidents_area ON incidents(area_id, occurred_on);

-- Which incidents a case looks at: a rule (area, categories, period) plus hand-picked ones.
CREATE TABLE case_incident_rules (
    case_id    INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    area_id    INTEGER REFERENCES areas(id) ON DELETE SET NULL,
    categories TEXT NOT NULL DEFAULT '[]',   -- JSON array of category names; empty = all
    date_from  TEXT,
    date_to    TEXT,
    revision   INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE case_incidents (
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, incident_id)
) WITHOUT ROWID;
CREATE INDEX case_incidents_incident ON case_incidents(incident_id);

-- Analyse: the problem analysis triangle and its controllers, per case.
CREATE TABLE case_analysis (
    case_id    INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    offender   TEXT NOT NULL DEFAULT '',
    victim     TEXT NOT NULL DEFAULT '',
    place      TEXT NOT NULL DEFAULT '',
    handler    TEXT NOT NULL DEFAULT '',
    guardian   TEXT NOT NULL DEFAULT '',
    manager    TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE hypotheses (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    text      TEXT NOT NULL CHECK (length(trim(text)) > 0),
    status    TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'supported', 'rejected')),
    evidence  TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL DEFAULT 0,
    revision  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX hypotheses_case ON hypotheses(case_id);
CREATE TABLE affected_groups (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    how      TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX affected_groups_case ON affected_groups(case_id);

-- Respond: actions of a case, who leads, with whom, when, with which resources.
CREATE TABLE actions (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    rationale         TEXT NOT NULL DEFAULT '',
    triangle_side     TEXT NOT NULL DEFAULT '' CHECK (triangle_side IN ('', 'offender', 'victim', 'place', 'handler',
                                                                         'guardian', 'manager')),
    chain_phase       TEXT NOT NULL DEFAULT '' CHECK (chain_phase IN ('', 'proaction', 'prevention', 'preparation',
                                                                     'response', 'aftercare')),
    lead_member_id    INTEGER REFERENCES members(id) ON DELETE SET NULL,
    lead_organisation TEXT NOT NULL DEFAULT '',
    start_on          TEXT,
    due_on            TEXT,
    status            TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    police_hours      REAL NOT NULL DEFAULT 0 CHECK (police_hours >= 0),
    volunteer_hours   REAL NOT NULL DEFAULT 0 CHECK (volunteer_hours >= 0),
    euros             REAL NOT NULL DEFAULT 0 CHECK (euros >= 0),
    success_measure   TEXT NOT NULL DEFAULT '',
    is_referral       INTEGER NOT NULL DEFAULT 0 CHECK (is_referral IN (0, 1)),
    referral_service  TEXT NOT NULL DEFAULT '',
    referred_on       TEXT,
    referral_answer   TEXT NOT NULL DEFAULT '',
    position          INTEGER NOT NULL DEFAULT 0,
    updated_at        TEXT NOT NULL,
    revision          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX actions_case ON actions(case_id, position);
CREATE TABLE action_partners (
    id           INTEGER PRIMARY KEY,
    action_id    INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    organisation TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
    role         TEXT NOT NULL DEFAULT '',
    member_id    INTEGER REFERENCES members(id) ON DELETE SET NULL,
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX action_partners_action ON action_partners(action_id);

-- Assess: what is measured before and after, and how the case ended.
CREATE TABLE measures (
    id                   INTEGER PRIMARY KEY,
    case_id              INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    what                 TEXT NOT NULL CHECK (length(trim(what)) > 0),
    source               TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'incidents')),
    incident_categories  TEXT NOT NULL DEFAULT '[]',   -- JSON array, for source 'incidents'
    area_id              INTEGER REFERENCES areas(id) ON DELETE SET NULL,
    higher_is_better     INTEGER NOT NULL DEFAULT 0 CHECK (higher_is_better IN (0, 1)),
    baseline_from        TEXT,
    baseline_to          TEXT,
    baseline_value       REAL,
    target_value         REAL,
    comparison_area_id   INTEGER REFERENCES areas(id) ON DELETE SET NULL,
    comparison_baseline  REAL,
    displacement_area_id INTEGER REFERENCES areas(id) ON DELETE SET NULL,
    displacement_before  REAL,
    updated_at           TEXT NOT NULL,
    revision             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX measures_case ON measures(case_id);
CREATE TABLE measure_followups (
    id                 INTEGER PRIMARY KEY,
    measure_id         INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    period_from        TEXT NOT NULL,
    period_to          TEXT NOT NULL,
    value              REAL NOT NULL,
    comparison_value   REAL,
    displacement_value REAL
);
CREATE INDEX measure_followups_measure ON measure_followups(measure_id, period_from);
CREATE TABLE case_assessment (
    case_id           INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    outcome           TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'eliminated', 'fewer_incidents', 'less_harm',
                                                                 'handled_better', 'moved', 'no_change', 'worse')),
    lesson            TEXT NOT NULL DEFAULT '',
    process_notes     TEXT NOT NULL DEFAULT '',
    no_measure_reason TEXT NOT NULL DEFAULT '',
    updated_at        TEXT NOT NULL,
    revision          INTEGER NOT NULL DEFAULT 1
);

-- Every stage move, with the checklist items that were not met and the reason when the user overrode them.
CREATE TABLE stage_transitions (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    from_stage TEXT NOT NULL,
    to_stage   TEXT NOT NULL,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    overridden INTEGER NOT NULL DEFAULT 0 CHECK (overridden IN (0, 1)),
    unmet      TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stage_transitions_case ON stage_transitions(case_id, at);

-- CoPmittee meetings: attendees from the roster, agenda items, minutes and decisions.
CREATE TABLE meetings (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    held_on    TEXT NOT NULL,
    starts_at  TEXT,                 -- HH:MM
    place      TEXT NOT NULL DEFAULT '',
    minutes    TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE meeting_attendees (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    present    INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
    PRIMARY KEY (meeting_id, member_id)
) WITHOUT ROWID;
CREATE TABLE meeting_items (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    case_id    INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    notes      TEXT NOT NULL DEFAULT '',
    decision   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_items_meeting ON meeting_items(meeting_id, position);
