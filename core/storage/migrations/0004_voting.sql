-- Schema 3: participatory priority voting. A session belongs to a meeting, lists its candidates (problem cases or
-- free items) and eligible members, and collects ballots through several channels.
--
-- Secret ballots: voting_ballots has no voter column and no time; its id is drawn at random by the application
-- (never an autoincrement), and ballots are read ORDER BY id, so neither the rows nor their order say who cast
-- them. Who has voted is a separate register without time, without a row id and without a ballot reference.
-- Only named sessions link a ballot to its voter, through voting_ballot_voters; a trigger refuses such links in
-- secret sessions.

CREATE TABLE voting_sessions (
    id            INTEGER PRIMARY KEY,
    meeting_id    INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    question      TEXT NOT NULL CHECK (length(trim(question)) > 0),
    method        TEXT NOT NULL CHECK (method IN ('dots', 'approval', 'score', 'plurality', 'borda', 'schulze',
                                                  'irv', 'copeland')),
    options       TEXT NOT NULL DEFAULT '{}',   -- JSON: every method's options and the tie-break (rule, seed)
    secret        INTEGER NOT NULL DEFAULT 1 CHECK (secret IN (0, 1)),
    hide_results  INTEGER NOT NULL DEFAULT 1 CHECK (hide_results IN (0, 1)),
    state         TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
    result        TEXT NOT NULL DEFAULT '',     -- JSON of the agreed ranking, written when the session closes
    closed_at     TEXT,
    updated_at    TEXT NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX voting_sessions_meeting ON voting_sessions(meeting_id);

CREATE TABLE voting_candidates (
    session_id INTEGER NOT NULL REFERENCES voting_sessions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    case_id    INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    label      TEXT NOT NULL CHECK (length(trim(label)) > 0),
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;

CREATE TABLE voting_eligible (
    session_id INTEGER NOT NULL REFERENCES voting_sessions(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, member_id)
) WITHOUT ROWID;

-- "Has voted": one row per member and session (a member votes once). Sorted by member, never by time.
CREATE TABLE voting_register (
    session_id INTEGER NOT NULL REFERENCES voting_sessions(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, member_id)
) WITHOUT ROWID;

-- kind 'ranked': content = places separated by '|', tied candidates by ',' (candidate positions), e.g. "2|0,3|1".
-- kind 'values': content = one number per candidate (dots, approval 0/1, score), e.g. "2,0,1".
-- kind 'counts': aggregated paper or sticker totals per candidate; weight = how many voters they stand for.
CREATE TABLE voting_ballots (
    id         INTEGER PRIMARY KEY,   -- random, drawn by the application
    session_id INTEGER NOT NULL REFERENCES voting_sessions(id) ON DELETE CASCADE,
    channel    TEXT NOT NULL CHECK (channel IN ('laptop', 'paper', 'stickers', 'import')),
    kind       TEXT NOT NULL CHECK (kind IN ('ranked', 'values', 'counts')),
    content    TEXT NOT NULL,
    weight     INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 0)
);
CREATE INDEX voting_ballots_session ON voting_ballots(session_id, id);

-- Named sessions only: who cast which ballot (visible to the committee; lets a spoiled ballot be withdrawn).
CREATE TABLE voting_ballot_voters (
    ballot_id INTEGER PRIMARY KEY REFERENCES voting_ballots(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE
);

CREATE TRIGGER voting_ballot_voters_named_only
BEFORE INSERT ON voting_ballot_voters
WHEN (SELECT s.secret FROM voting_ballots b JOIN voting_sessions s ON s.id = b.session_id
      WHERE b.id = NEW.ballot_id) <> 0
BEGIN
    SELECT RAISE(ABORT, 'secret ballots cannot be linked to a voter');
END;

-- Once ballots exist, a session cannot switch between secret and named.
CREATE TRIGGER voting_sessions_secrecy_fixed
BEFORE UPDATE OF secret ON voting_sessions
WHEN NEW.secret <> OLD.secret AND EXISTS (SELECT 1 FROM voting_ballots WHERE session_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a session with ballots cannot change between secret and named');
END;
