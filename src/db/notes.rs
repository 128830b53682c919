//! The discussion thread of a claim: notes with author and time, appended and never rewritten.

use std::collections::HashMap;

use rusqlite::{Connection, Row, params};
use time::OffsetDateTime;
use uuid::Uuid;

use super::time::{Stamp, format};
use super::timeline::Actor;

/// One note of a thread.
#[derive(Debug, Clone)]
pub struct Note {
    pub claim_id: Uuid,
    pub at: OffsetDateTime,
    pub user_id: Option<String>,
    pub user_name: String,
    pub body: String,
}

/// Appends a note (call inside the change's transaction).
pub fn insert(
    conn: &Connection,
    claim_id: Uuid,
    actor: &Actor,
    at: OffsetDateTime,
    body: &str,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO claim_notes (claim_id, at, user_id, user_name, body) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        claim_id.to_string(),
        format(at),
        actor.id,
        actor.name,
        body
    ])?;
    Ok(())
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Note> {
    Ok(Note {
        claim_id: super::uuid_col(row, 0)?,
        at: row.get::<_, Stamp>(1)?.0,
        user_id: row.get(2)?,
        user_name: row.get(3)?,
        body: row.get(4)?,
    })
}

/// How many notes a claim has.
pub fn count(conn: &Connection, claim_id: Uuid) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT COUNT(*) FROM claim_notes WHERE claim_id = ?1")?
        .query_row([claim_id.to_string()], |r| r.get(0))
}

/// The notes of one claim, oldest first.
pub fn for_claim(conn: &Connection, claim_id: Uuid) -> rusqlite::Result<Vec<Note>> {
    let mut stmt = conn.prepare_cached(
        "SELECT claim_id, at, user_id, user_name, body FROM claim_notes WHERE claim_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([claim_id.to_string()], from_row)?;
    rows.collect()
}

/// The notes of every claim of an article, oldest first, by claim id.
pub fn for_article(
    conn: &Connection,
    article_id: Uuid,
) -> rusqlite::Result<HashMap<Uuid, Vec<Note>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT n.claim_id, n.at, n.user_id, n.user_name, n.body
         FROM claim_notes n JOIN claims c ON c.id = n.claim_id
         WHERE c.article_id = ?1 ORDER BY n.id",
    )?;
    let mut by_claim: HashMap<Uuid, Vec<Note>> = HashMap::new();
    for note in stmt.query_map([article_id.to_string()], from_row)? {
        let note = note?;
        by_claim.entry(note.claim_id).or_default().push(note);
    }
    Ok(by_claim)
}
