-- Schema 8: the community side. The community map (groups, their needs, places, key people), the relationship
-- register (who in the team or committee knows which group or person) and the outreach log.
-- Personal data stays minimal: a key person is a name or pseudonym with a role and one way to reach them, recorded
-- only with their consent; deleting one deletes it for good (secure_delete is on) and the change log names no one.

CREATE TABLE community_groups (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('street_residents', 'youth', 'religious', 'diaspora', 'school',
                                                  'business', 'sports_culture', 'social_service', 'seniors',
                                                  'other')),
    basis           TEXT NOT NULL DEFAULT 'geographic' CHECK (basis IN ('geographic', 'interest')),
    size_estimate   INTEGER NOT NULL DEFAULT 0 CHECK (size_estimate >= 0),   -- 0 = unknown
    languages       TEXT NOT NULL DEFAULT '',                                 -- comma-separated, as typed
    hard_to_reach   INTEGER NOT NULL DEFAULT 0 CHECK (hard_to_reach IN (0, 1)),
    engagement      TEXT NOT NULL DEFAULT 'not_engaged'
                    CHECK (engagement IN ('not_engaged', 'informed', 'consulted', 'involved', 'partner')),
    reviewed_on     TEXT,
    area_id         INTEGER REFERENCES areas(id) ON DELETE SET NULL,
    representative_member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,  -- who speaks for it in the CoPmittee
    map_x           REAL,   -- centre of the group's area on the map, in map image pixels
    map_y           REAL,
    map_radius      REAL CHECK (map_radius IS NULL OR map_radius > 0),
    notes           TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX community_groups_area ON community_groups(area_id);

-- What a group needs in community-policing terms; a need may be taken up by a case.
CREATE TABLE group_needs (
    id       INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES community_groups(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
    case_id  INTEGER REFERENCES cases(id) ON DELETE SET NULL
);
CREATE INDEX group_needs_group ON group_needs(group_id);
CREATE INDEX group_needs_case ON group_needs(case_id);

-- Points of convergence and community resources.
CREATE TABLE community_places (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('shop', 'place_of_worship', 'transport_hub', 'square', 'youth_centre',
                                              'school', 'meeting_room', 'association_premises', 'infrastructure',
                                              'other')),
    address     TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    area_id     INTEGER REFERENCES areas(id) ON DELETE SET NULL,
    map_x       REAL,
    map_y       REAL,
    lat         REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon         REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE place_groups (
    place_id INTEGER NOT NULL REFERENCES community_places(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES community_groups(id) ON DELETE CASCADE,
    PRIMARY KEY (place_id, group_id)
) WITHOUT ROWID;
CREATE INDEX place_groups_group ON place_groups(group_id);

-- Key people of a group: only what the work needs.
CREATE TABLE group_contacts (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES community_groups(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),   -- a name or a pseudonym
    role        TEXT NOT NULL DEFAULT '',
    reach       TEXT NOT NULL DEFAULT '',                       -- how to reach them
    language    TEXT NOT NULL DEFAULT '',
    ally        INTEGER NOT NULL DEFAULT 0 CHECK (ally IN (0, 1)),        -- an ally or partner
    key_figure  INTEGER NOT NULL DEFAULT 0 CHECK (key_figure IN (0, 1)),  -- a key figure of the group
    consent     INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),     -- agreed to be recorded
    review_on   TEXT,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX group_contacts_group ON group_contacts(group_id);

-- The relationship register: a member of the team or committee knows a group, or one of its key people.
CREATE TABLE relationship_links (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    group_id     INTEGER REFERENCES community_groups(id) ON DELETE CASCADE,
    contact_id   INTEGER REFERENCES group_contacts(id) ON DELETE CASCADE,
    since        TEXT,
    strength     TEXT NOT NULL DEFAULT 'first_contact' CHECK (strength IN ('first_contact', 'regular', 'trusted')),
    last_contact TEXT,
    notes        TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    CHECK ((group_id IS NULL) <> (contact_id IS NULL))
);
CREATE INDEX relationship_links_member ON relationship_links(member_id);
CREATE INDEX relationship_links_group ON relationship_links(group_id);
CREATE INDEX relationship_links_contact ON relationship_links(contact_id);

-- The outreach log: activities that reach the community.
CREATE TABLE outreach_activities (
    id          INTEGER PRIMARY KEY,
    held_on     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('information_meeting', 'door_to_door', 'neighbourhood_walk',
                                              'community_event', 'school_visit', 'youth_activity', 'office_hours',
                                              'social_media', 'community_meeting', 'other')),
    title       TEXT NOT NULL DEFAULT '',
    people      INTEGER NOT NULL DEFAULT 0 CHECK (people >= 0),
    languages   TEXT NOT NULL DEFAULT '',
    area_id     INTEGER REFERENCES areas(id) ON DELETE SET NULL,
    notes       TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX outreach_activities_date ON outreach_activities(held_on);
CREATE TABLE outreach_groups (
    activity_id INTEGER NOT NULL REFERENCES outreach_activities(id) ON DELETE CASCADE,
    group_id    INTEGER NOT NULL REFERENCES community_groups(id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, group_id)
) WITHOUT ROWID;
CREATE INDEX outreach_groups_group ON outreach_groups(group_id);
CREATE TABLE outreach_members (
    activity_id INTEGER NOT NULL REFERENCES outreach_activities(id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, member_id)
) WITHOUT ROWID;
-- What was promised at an activity; it may become a concern or a case.
CREATE TABLE outreach_followups (
    id          INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES outreach_activities(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    due_on      TEXT,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    concern_id  INTEGER REFERENCES concerns(id) ON DELETE SET NULL,
    case_id     INTEGER REFERENCES cases(id) ON DELETE SET NULL
);
CREATE INDEX outreach_followups_activity ON outreach_followups(activity_id);
