//! Changes to one claim under optimistic concurrency: each carries the version it was based on; a stale
//! one writes nothing. Every applied change bumps the version and appends a timeline row.

use rusqlite::{Connection, Transaction, TransactionBehavior, params};
use time::OffsetDateTime;
use uuid::Uuid;

use super::claims::{self, StoredClaim};
use super::time::format;
use super::timeline::{self, Actor, Entry, Kind};
use super::{evidence, notes};
use crate::domain::EvidenceItem;

/// What happened to a change.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Applied; the claim as it is now.
    Applied(StoredClaim),
    /// Someone changed the claim first; nothing was written. The claim now and the latest change.
    Stale(StoredClaim, Option<Entry>),
    /// The change does not make sense for this claim (e.g. text not found); nothing was written.
    Invalid(String),
}

/// Who, when, and based on which version.
#[derive(Debug, Clone)]
pub struct Basis {
    pub actor: Actor,
    pub at: OffsetDateTime,
    /// The version the change was based on; `None` applies unconditionally.
    pub expected_version: Option<i64>,
}

/// What a change did, for the timeline: its kind, a one-line summary, an optional detail.
pub type Record = (Kind, String, Option<String>);

/// Runs `apply` on claim `id` in one immediate transaction if `basis.expected_version` is current,
/// then bumps the version and appends the timeline row it returns. `None` if there is no such claim.
pub fn change<F>(
    conn: &mut Connection,
    id: Uuid,
    basis: &Basis,
    apply: F,
) -> rusqlite::Result<Option<Outcome>>
where
    F: FnOnce(&Transaction<'_>, &StoredClaim) -> rusqlite::Result<Result<Record, String>>,
{
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let Some(current) = claims::get(&tx, id)? else {
        return Ok(None);
    };
    if basis.expected_version.is_some_and(|v| v != current.version) {
        let last = timeline::latest_for_claim(&tx, id)?;
        return Ok(Some(Outcome::Stale(current, last)));
    }
    let (kind, summary, detail) = match apply(&tx, &current)? {
        Ok(record) => record,
        Err(message) => return Ok(Some(Outcome::Invalid(message))),
    };
    bump(&tx, id, basis.at)?;
    timeline::append(
        &tx,
        current.article_id,
        Some(id),
        &basis.actor,
        basis.at,
        kind,
        &summary,
        detail.as_deref(),
    )?;
    let updated = claims::get(&tx, id)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    tx.commit()?;
    Ok(Some(Outcome::Applied(updated)))
}

/// Marks a claim changed: version + 1 and the time.
pub fn bump(conn: &Connection, id: Uuid, at: OffsetDateTime) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE claims SET version = version + 1, updated_at = ?2 WHERE id = ?1")?
        .execute(params![id.to_string(), format(at)])?;
    Ok(())
}

/// Adds a note to a claim's thread.
pub fn add_note(
    conn: &mut Connection,
    id: Uuid,
    basis: &Basis,
    body: &str,
) -> rusqlite::Result<Option<Outcome>> {
    change(conn, id, basis, |tx, _| {
        notes::insert(tx, id, &basis.actor, basis.at, body)?;
        Ok(Ok((Kind::Note, "note".to_string(), Some(body.to_string()))))
    })
}

/// Adds an evidence item to a claim.
pub fn add_evidence(
    conn: &mut Connection,
    id: Uuid,
    basis: &Basis,
    item: &EvidenceItem,
) -> rusqlite::Result<Option<Outcome>> {
    change(conn, id, basis, |tx, _| {
        evidence::insert(tx, id, &basis.actor, basis.at, item)?;
        Ok(Ok((
            Kind::Evidence,
            format!("evidence: {} <{}>", item.label, item.url),
            item.excerpt.clone(),
        )))
    })
}

/// Assigns a claim to a reviewer (`None`: unassigns it).
pub fn assign(
    conn: &mut Connection,
    id: Uuid,
    basis: &Basis,
    assignee: Option<&Actor>,
) -> rusqlite::Result<Option<Outcome>> {
    change(conn, id, basis, |tx, _| {
        tx.execute(
            "UPDATE claims SET assignee_id = ?2, assignee_name = ?3 WHERE id = ?1",
            params![
                id.to_string(),
                assignee.map(|a| a.id.clone().unwrap_or_default()),
                assignee.map(|a| a.name.as_str())
            ],
        )?;
        let summary = match assignee {
            Some(a) => format!("assigned to {}", a.name),
            None => "unassigned".to_string(),
        };
        Ok(Ok((Kind::Assign, summary, None)))
    })
}

/// Removes a claim that is not a claim (soft delete: shown in history, restorable).
pub fn remove(conn: &mut Connection, id: Uuid, basis: &Basis) -> rusqlite::Result<Option<Outcome>> {
    change(conn, id, basis, |tx, current| {
        if current.deleted_at.is_some() {
            return Ok(Err("this claim is already removed".to_string()));
        }
        tx.execute(
            "UPDATE claims SET deleted_at = ?2 WHERE id = ?1",
            params![id.to_string(), format(basis.at)],
        )?;
        Ok(Ok((
            Kind::Delete,
            "removed (not a claim)".to_string(),
            Some(current.claim.text.clone()),
        )))
    })
}

/// Restores a removed claim.
pub fn restore(
    conn: &mut Connection,
    id: Uuid,
    basis: &Basis,
) -> rusqlite::Result<Option<Outcome>> {
    change(conn, id, basis, |tx, current| {
        if current.deleted_at.is_none() {
            return Ok(Err("this claim is not removed".to_string()));
        }
        tx.execute(
            "UPDATE claims SET deleted_at = NULL WHERE id = ?1",
            [id.to_string()],
        )?;
        Ok(Ok((Kind::Restore, "restored".to_string(), None)))
    })
}

/// Assigns every unassigned claim of an article to a reviewer through the article (`None`: unassigns).
pub fn assign_article(
    conn: &mut Connection,
    article_id: Uuid,
    actor: &Actor,
    at: OffsetDateTime,
    assignee: Option<&Actor>,
) -> rusqlite::Result<bool> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let changed = tx.execute(
        "UPDATE articles SET assignee_id = ?2, assignee_name = ?3 WHERE id = ?1",
        params![
            article_id.to_string(),
            assignee.map(|a| a.id.clone().unwrap_or_default()),
            assignee.map(|a| a.name.as_str())
        ],
    )?;
    if changed == 0 {
        return Ok(false);
    }
    let summary = match assignee {
        Some(a) => format!("article assigned to {}", a.name),
        None => "article unassigned".to_string(),
    };
    timeline::append(
        &tx,
        article_id,
        None,
        actor,
        at,
        Kind::Assign,
        &summary,
        None,
    )?;
    tx.commit()?;
    Ok(true)
}
