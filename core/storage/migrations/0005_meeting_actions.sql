-- Actions agreed at a CoPmittee meeting: which actions a meeting created, and from which agenda item.
-- item_id is not a foreign key because a meeting's items are rewritten (with their ids) on every save.
CREATE TABLE meeting_actions (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    action_id  INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    item_id    INTEGER,
    PRIMARY KEY (meeting_id, action_id)
) WITHOUT ROWID;
CREATE INDEX meeting_actions_action ON meeting_actions(action_id);
