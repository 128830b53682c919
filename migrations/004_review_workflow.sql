-- The review workflow: notes, evidence, assignment, soft delete, an append-only timeline, full-text search.
-- Times are UTC text like migration 001; user ids are account ids (TEXT, NULL for the local user) and the
-- user's display name is copied beside them so a timeline reads the same whatever happens to accounts.

ALTER TABLE claims ADD COLUMN deleted_at TEXT;          -- soft delete: NULL while the claim is live
ALTER TABLE claims ADD COLUMN assignee_id TEXT;         -- the reviewer this claim is assigned to
ALTER TABLE claims ADD COLUMN assignee_name TEXT;
ALTER TABLE articles ADD COLUMN assignee_id TEXT;       -- the reviewer of every unassigned claim of it
ALTER TABLE articles ADD COLUMN assignee_name TEXT;

CREATE INDEX claims_article_live ON claims (article_id, ordinal) WHERE deleted_at IS NULL;
CREATE INDEX claims_assignee ON claims (assignee_id, status) WHERE assignee_id IS NOT NULL;
CREATE INDEX articles_assignee ON articles (assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX claims_status_worth ON claims (status, checkworthiness);
CREATE INDEX claims_updated ON claims (updated_at);
CREATE INDEX claims_worth ON claims (checkworthiness);
CREATE INDEX claims_source_worth ON claims (source_name, checkworthiness);
CREATE INDEX claim_history_at ON claim_history (at);

-- The discussion thread of a claim.
CREATE TABLE claim_notes (
    id          INTEGER PRIMARY KEY,
    claim_id    TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    user_id     TEXT,
    user_name   TEXT NOT NULL,
    body        TEXT NOT NULL
);
CREATE INDEX claim_notes_claim ON claim_notes (claim_id, id);

-- Evidence: a link (http/https only), a label, an optional quoted excerpt.
CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    claim_id    TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    user_id     TEXT,
    user_name   TEXT NOT NULL,
    url         TEXT NOT NULL CHECK (url LIKE 'http://%' OR url LIKE 'https://%'),
    label       TEXT NOT NULL,
    excerpt     TEXT
);
CREATE INDEX evidence_claim ON evidence (claim_id, id);

-- One timeline per article (all rows with its id) and per claim (rows with its claim id). No foreign keys:
-- the timeline outlives anything it mentions, and it is never updated or deleted (triggers below).
CREATE TABLE timeline (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL,
    claim_id    TEXT,
    at          TEXT NOT NULL,
    user_id     TEXT,
    user_name   TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN
                  ('status', 'note', 'evidence', 'edit', 'assign', 'delete', 'restore', 'add', 'split', 'rename')),
    summary     TEXT NOT NULL,       -- one human-readable line: "Pending → Disputed", "source Ri → Ri Son Gwon"
    detail      TEXT                 -- the note, the excerpt, the old text: what the line refers to
);
CREATE INDEX timeline_article ON timeline (article_id, id);
CREATE INDEX timeline_claim ON timeline (claim_id, id) WHERE claim_id IS NOT NULL;

CREATE TRIGGER timeline_no_update BEFORE UPDATE ON timeline
BEGIN
    SELECT RAISE(ABORT, 'timeline is append-only');
END;
CREATE TRIGGER timeline_no_delete BEFORE DELETE ON timeline
BEGIN
    SELECT RAISE(ABORT, 'timeline is append-only');
END;
-- Status history rows can no longer be deleted either, except by the cascade of their claim's removal.
CREATE TRIGGER claim_history_no_delete BEFORE DELETE ON claim_history
WHEN EXISTS (SELECT 1 FROM claims WHERE id = OLD.claim_id)
BEGIN
    SELECT RAISE(ABORT, 'claim_history is append-only');
END;
-- Notes and evidence are part of the record too: appended, never rewritten.
CREATE TRIGGER claim_notes_no_update BEFORE UPDATE ON claim_notes
BEGIN
    SELECT RAISE(ABORT, 'notes are append-only');
END;
CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence
BEGIN
    SELECT RAISE(ABORT, 'evidence is append-only');
END;

-- Instance settings for the review rules ('1'/'0' flags).
CREATE TABLE review_settings (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
);
INSERT INTO review_settings (key, value) VALUES ('verified_needs_support', '1');

-- Full-text search over claim text, notes and evidence labels; one row per claim, rowid = claims.rowid,
-- kept in step by triggers.
CREATE VIRTUAL TABLE claim_search USING fts5 (text, notes, evidence, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO claim_search (rowid, text, notes, evidence) SELECT rowid, text, '', '' FROM claims;

CREATE TRIGGER claim_search_insert AFTER INSERT ON claims
BEGIN
    INSERT INTO claim_search (rowid, text, notes, evidence) VALUES (NEW.rowid, NEW.text, '', '');
END;
CREATE TRIGGER claim_search_text AFTER UPDATE OF text ON claims
BEGIN
    UPDATE claim_search SET text = NEW.text WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER claim_search_delete AFTER DELETE ON claims
BEGIN
    DELETE FROM claim_search WHERE rowid = OLD.rowid;
END;
CREATE TRIGGER claim_search_note AFTER INSERT ON claim_notes
BEGIN
    UPDATE claim_search SET notes = notes || ' ' || NEW.body
    WHERE rowid = (SELECT rowid FROM claims WHERE id = NEW.claim_id);
END;
CREATE TRIGGER claim_search_evidence AFTER INSERT ON evidence
BEGIN
    UPDATE claim_search SET evidence = evidence || ' ' || NEW.label
    WHERE rowid = (SELECT rowid FROM claims WHERE id = NEW.claim_id);
END;
