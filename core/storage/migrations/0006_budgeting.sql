-- Schema: participatory resource budgeting. A round (a period such as a quarter) has resource pools with
-- capacities, proposals (candidate responses, usually bundles of case actions) with a cost in each pool,
-- constraints between proposals, the voters' support and the allocations the CoPmittee accepted.
-- Amounts are exact decimal text ("12000", "0.5"), never floating point. Voters are anonymous keys.
-- source_* columns keep what a pabulib import held beyond the model, so an export writes the file back as read.

CREATE TABLE budget_rounds (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    period_from  TEXT,
    period_to    TEXT,
    ballot_kind  TEXT NOT NULL DEFAULT 'approval' CHECK (ballot_kind IN ('approval', 'score', 'cumulative',
                                                                       'ranked')),
    support_mode TEXT NOT NULL DEFAULT 'ballots' CHECK (support_mode IN ('ballots', 'counts')),
    source_meta  TEXT NOT NULL DEFAULT '',   -- JSON: pabulib META pairs and table headers
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE budget_pools (
    id        INTEGER PRIMARY KEY,
    round_id  INTEGER NOT NULL REFERENCES budget_rounds(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('police_hours', 'volunteer_hours', 'euros', 'custom')),
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit      TEXT NOT NULL DEFAULT '',
    capacity  TEXT NOT NULL,
    position  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (round_id, name)
);

CREATE TABLE budget_proposals (
    id            INTEGER PRIMARY KEY,
    round_id      INTEGER NOT NULL REFERENCES budget_rounds(id) ON DELETE CASCADE,
    code          TEXT NOT NULL CHECK (length(code) > 0),   -- the project id shown and exported
    title         TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    must_fund     INTEGER NOT NULL DEFAULT 0 CHECK (must_fund IN (0, 1)),
    excluded      INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
    support_count INTEGER CHECK (support_count >= 0),   -- entered or imported totals (support_mode 'counts')
    source_cells  TEXT NOT NULL DEFAULT '',              -- JSON: the pabulib PROJECTS row
    position      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (round_id, code),
    CHECK (NOT (must_fund = 1 AND excluded = 1))
);

CREATE TABLE budget_proposal_costs (
    proposal_id INTEGER NOT NULL REFERENCES budget_proposals(id) ON DELETE CASCADE,
    pool_id     INTEGER NOT NULL REFERENCES budget_pools(id) ON DELETE CASCADE,
    cost        TEXT NOT NULL,
    minimum     TEXT,
    maximum     TEXT,
    PRIMARY KEY (proposal_id, pool_id)
) WITHOUT ROWID;

CREATE TABLE budget_proposal_actions (
    proposal_id INTEGER NOT NULL REFERENCES budget_proposals(id) ON DELETE CASCADE,
    action_id   INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (proposal_id, action_id)
) WITHOUT ROWID;
CREATE INDEX budget_proposal_actions_action ON budget_proposal_actions(action_id);

CREATE TABLE budget_constraints (
    id        INTEGER PRIMARY KEY,
    round_id  INTEGER NOT NULL REFERENCES budget_rounds(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('incompatible', 'depends_on')),
    first_id  INTEGER NOT NULL REFERENCES budget_proposals(id) ON DELETE CASCADE,
    second_id INTEGER NOT NULL REFERENCES budget_proposals(id) ON DELETE CASCADE,
    CHECK (first_id <> second_id),
    UNIQUE (kind, first_id, second_id)
);

CREATE TABLE budget_ballots (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL REFERENCES budget_rounds(id) ON DELETE CASCADE,
    voter_key    TEXT NOT NULL,
    source_cells TEXT NOT NULL DEFAULT '',   -- JSON: the pabulib VOTES row
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX budget_ballots_round ON budget_ballots(round_id, position);

CREATE TABLE budget_ballot_entries (
    ballot_id   INTEGER NOT NULL REFERENCES budget_ballots(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,            -- order on the ballot (rank order for ranked ballots)
    proposal_id INTEGER NOT NULL REFERENCES budget_proposals(id) ON DELETE CASCADE,
    points      INTEGER NOT NULL DEFAULT 1 CHECK (points >= 0),
    PRIMARY KEY (ballot_id, position)
) WITHOUT ROWID;
CREATE INDEX budget_ballot_entries_proposal ON budget_ballot_entries(proposal_id);

CREATE TABLE budget_allocations (
    id          INTEGER PRIMARY KEY,
    round_id    INTEGER NOT NULL REFERENCES budget_rounds(id) ON DELETE CASCADE,
    rule        TEXT NOT NULL,
    capacities  TEXT NOT NULL DEFAULT '',   -- JSON: pool name -> capacity used for this allocation
    accepted_at TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE budget_allocation_items (
    allocation_id INTEGER NOT NULL REFERENCES budget_allocations(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    proposal_id   INTEGER NOT NULL REFERENCES budget_proposals(id) ON DELETE CASCADE,
    PRIMARY KEY (allocation_id, position)
) WITHOUT ROWID;
