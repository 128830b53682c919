-- Articles, their extracted claims, and the append-only history of review decisions.
-- Times are UTC text "YYYY-MM-DDTHH:MM:SS.mmmZ" (see src/db/time.rs); ids are UUID text.

CREATE TABLE articles (
    id           TEXT PRIMARY KEY NOT NULL,
    title        TEXT NOT NULL,
    outlet       TEXT,
    url          TEXT,
    published    TEXT,                 -- YYYY-MM-DD
    text         TEXT NOT NULL,
    content_hash TEXT NOT NULL,        -- sha256 hex of text, for duplicate detection
    created_at   TEXT NOT NULL
);
CREATE INDEX articles_created_at ON articles (created_at);
CREATE INDEX articles_content_hash ON articles (content_hash);

CREATE TABLE claims (
    id              TEXT PRIMARY KEY NOT NULL,
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,  -- 1-based position in the article
    text            TEXT NOT NULL,
    start           INTEGER NOT NULL,  -- byte offsets into articles.text, end exclusive
    "end"           INTEGER NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    source_name     TEXT,              -- NULL: the article's own claim
    source_kind     TEXT CHECK (source_kind IN ('media', 'person', 'organization', 'unnamed', 'document')),
    source_mention  TEXT,
    source_start    INTEGER,
    source_end      INTEGER,
    cue_text        TEXT,
    cue_start       INTEGER,
    cue_end         INTEGER,
    quote           TEXT CHECK (quote IN ('direct', 'indirect', 'mixed')),
    checkworthiness REAL NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'disputed')),
    note            TEXT,              -- the note of the latest status change
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX claims_status ON claims (status);
CREATE INDEX claims_source_name ON claims (source_name);

CREATE TABLE claim_history (
    id          INTEGER PRIMARY KEY,
    claim_id    TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    user_id     TEXT,                  -- who decided; accounts (migration 002) give it a users table
    from_status TEXT NOT NULL CHECK (from_status IN ('pending', 'verified', 'disputed')),
    to_status   TEXT NOT NULL CHECK (to_status IN ('pending', 'verified', 'disputed')),
    note        TEXT
);
CREATE INDEX claim_history_claim ON claim_history (claim_id, id);

-- History is append-only: a decision once recorded is never rewritten.
CREATE TRIGGER claim_history_no_update BEFORE UPDATE ON claim_history
BEGIN
    SELECT RAISE(ABORT, 'claim_history is append-only');
END;
