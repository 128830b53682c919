-- Accounts, sessions, API tokens, invitations, login throttling and the instance's secret key.
-- Times here are unix seconds (INTEGER): they are compared with expiries and windows.
-- claim_history.user_id (migration 001, TEXT) holds users.id. Secrets are stored only as SHA-256 hex.

CREATE TABLE users (
    id            TEXT    PRIMARY KEY NOT NULL,  -- UUID, like articles and claims
    email         TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('viewer', 'reviewer', 'editor', 'admin')),
    password_hash TEXT,                -- NULL while an invited account has not chosen a password
    created_at    INTEGER NOT NULL,
    deactivated_at INTEGER             -- set once, never deleted: history keeps the name
);

CREATE TABLE sessions (
    id_hash    TEXT    PRIMARY KEY,    -- SHA-256 of the random session id in the cookie
    user_id    TEXT    NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      TEXT    NOT NULL REFERENCES users(id),
    name         TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER
);
CREATE INDEX api_tokens_by_user ON api_tokens(user_id);

-- Single-use links: user_id NULL is the first-start setup link (creates the first admin);
-- otherwise an invitation for that (password-less) account to choose its password.
CREATE TABLE invites (
    token_hash TEXT    PRIMARY KEY,
    user_id    TEXT    REFERENCES users(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);

CREATE TABLE login_failures (
    id     INTEGER PRIMARY KEY,
    at     INTEGER NOT NULL,
    email  TEXT    NOT NULL COLLATE NOCASE,
    client TEXT    NOT NULL
);
CREATE INDEX login_failures_by_email ON login_failures(email, at);
CREATE INDEX login_failures_by_client ON login_failures(client, at);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
