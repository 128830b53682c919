//! Test support: an in-memory database with the account tables, for unit tests of the db functions.

use rusqlite::Connection;

/// A fresh in-memory database with foreign keys on and the accounts migration applied.
pub fn migrated() -> Connection {
    let conn = Connection::open_in_memory().expect("in-memory sqlite");
    conn.execute_batch("PRAGMA foreign_keys = ON;")
        .expect("pragma");
    conn.execute_batch(include_str!("../../migrations/002_accounts.sql"))
        .expect("accounts migration");
    conn
}
