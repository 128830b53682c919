-- Full-text rows were tied to claims by the implicit rowid of `claims`, whose primary key is a TEXT uuid:
-- VACUUM may renumber such rowids, which would silently attach search rows to the wrong claims. Each claim
-- now carries an explicit `search_key` (a stored, uniquely indexed column that VACUUM keeps as it is); the
-- search row's rowid is that key. The index is rebuilt from the claims, notes and evidence themselves, so a
-- database that was already vacuumed under the old design comes out right too.

ALTER TABLE claims ADD COLUMN search_key INTEGER;
UPDATE claims SET search_key = rowid;
CREATE UNIQUE INDEX claims_search_key ON claims (search_key);

DROP TRIGGER claim_search_insert;
DROP TRIGGER claim_search_text;
DROP TRIGGER claim_search_delete;
DROP TRIGGER claim_search_note;
DROP TRIGGER claim_search_evidence;
DROP TABLE claim_search;

CREATE VIRTUAL TABLE claim_search USING fts5 (text, notes, evidence, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO claim_search (rowid, text, notes, evidence)
SELECT c.search_key, c.text,
       COALESCE((SELECT ' ' || group_concat(n.body, ' ') FROM claim_notes n WHERE n.claim_id = c.id), ''),
       COALESCE((SELECT ' ' || group_concat(e.label, ' ') FROM evidence e WHERE e.claim_id = c.id), '')
FROM claims c;

-- A new claim takes the next key (the unique index makes MAX a single lookup), then gets its search row.
CREATE TRIGGER claim_search_insert AFTER INSERT ON claims
BEGIN
    UPDATE claims SET search_key = (SELECT COALESCE(MAX(search_key), 0) + 1 FROM claims) WHERE id = NEW.id;
    INSERT INTO claim_search (rowid, text, notes, evidence)
    VALUES ((SELECT search_key FROM claims WHERE id = NEW.id), NEW.text, '', '');
END;
CREATE TRIGGER claim_search_text AFTER UPDATE OF text ON claims
BEGIN
    UPDATE claim_search SET text = NEW.text WHERE rowid = NEW.search_key;
END;
CREATE TRIGGER claim_search_delete AFTER DELETE ON claims
BEGIN
    DELETE FROM claim_search WHERE rowid = OLD.search_key;
END;
CREATE TRIGGER claim_search_note AFTER INSERT ON claim_notes
BEGIN
    UPDATE claim_search SET notes = notes || ' ' || NEW.body
    WHERE rowid = (SELECT search_key FROM claims WHERE id = NEW.claim_id);
END;
CREATE TRIGGER claim_search_evidence AFTER INSERT ON evidence
BEGIN
    UPDATE claim_search SET evidence = evidence || ' ' || NEW.label
    WHERE rowid = (SELECT search_key FROM claims WHERE id = NEW.claim_id);
END;

-- "Source X, most recent first" walks this instead of sorting every claim of a busy source.
CREATE INDEX claims_source_updated ON claims (source_name, updated_at);
-- Where a database keeps planner statistics (a large one, after ANALYZE), give the new indexes theirs
-- too, or SQLite guesses and may take the new index for a "most check-worthy" sort it cannot serve.
-- On a database without statistics this records nothing and the planner's defaults stay in force.
ANALYZE claims_search_key;
ANALYZE claims_source_updated;
