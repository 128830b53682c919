//! Evidence items of a claim: an http(s) link, a label and an optional quoted excerpt.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, Row, params};
use time::OffsetDateTime;
use uuid::Uuid;

use super::time::{Stamp, format};
use super::timeline::Actor;
use crate::domain::EvidenceItem;

/// One stored evidence item.
#[derive(Debug, Clone)]
pub struct Evidence {
    pub claim_id: Uuid,
    pub at: OffsetDateTime,
    pub user_name: String,
    pub url: String,
    pub label: String,
    pub excerpt: Option<String>,
}

/// Appends an evidence item (call inside the change's transaction).
pub fn insert(
    conn: &Connection,
    claim_id: Uuid,
    actor: &Actor,
    at: OffsetDateTime,
    item: &EvidenceItem,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO evidence (claim_id, at, user_id, user_name, url, label, excerpt)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        claim_id.to_string(),
        format(at),
        actor.id,
        actor.name,
        item.url.as_str(),
        item.label,
        item.excerpt
    ])?;
    Ok(())
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Evidence> {
    Ok(Evidence {
        claim_id: super::uuid_col(row, 0)?,
        at: row.get::<_, Stamp>(1)?.0,
        user_name: row.get(2)?,
        url: row.get(3)?,
        label: row.get(4)?,
        excerpt: row.get(5)?,
    })
}

/// How many evidence items a claim has.
pub fn count(conn: &Connection, claim_id: Uuid) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT COUNT(*) FROM evidence WHERE claim_id = ?1")?
        .query_row([claim_id.to_string()], |r| r.get(0))
}

/// The evidence of one claim, oldest first (a live page refreshing one claim's card).
pub fn for_claim(conn: &Connection, claim_id: Uuid) -> rusqlite::Result<Vec<Evidence>> {
    conn.prepare_cached(
        "SELECT claim_id, at, user_name, url, label, excerpt FROM evidence
         WHERE claim_id = ?1 ORDER BY id",
    )?
    .query_map([claim_id.to_string()], from_row)?
    .collect()
}

/// The evidence of every claim of an article, oldest first, by claim id.
pub fn for_article(
    conn: &Connection,
    article_id: Uuid,
) -> rusqlite::Result<HashMap<Uuid, Vec<Evidence>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.claim_id, e.at, e.user_name, e.url, e.label, e.excerpt
         FROM evidence e JOIN claims c ON c.id = e.claim_id
         WHERE c.article_id = ?1 ORDER BY e.id",
    )?;
    let mut by_claim: HashMap<Uuid, Vec<Evidence>> = HashMap::new();
    for item in stmt.query_map([article_id.to_string()], from_row)? {
        let item = item?;
        by_claim.entry(item.claim_id).or_default().push(item);
    }
    Ok(by_claim)
}

/// Whether evidence or a note is required to mark a claim verified (admin setting, on by default).
pub fn verified_needs_support(conn: &Connection) -> rusqlite::Result<bool> {
    let value: Option<String> = conn
        .prepare_cached("SELECT value FROM review_settings WHERE key = 'verified_needs_support'")?
        .query_row([], |r| r.get(0))
        .optional()?;
    Ok(value.as_deref() != Some("0"))
}

/// Turns the "verified needs evidence or a note" rule on or off.
pub fn set_verified_needs_support(conn: &Connection, on: bool) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO review_settings (key, value) VALUES ('verified_needs_support', ?1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [if on { "1" } else { "0" }],
    )?;
    Ok(())
}
