//! The review rows of one article as the export carries them, with their row ids: status changes,
//! notes, evidence and the timeline (one query per table for the whole article), and the accounts.

use std::collections::HashMap;

use rusqlite::{Connection, Row};
use uuid::Uuid;

use super::time::Stamp;
use super::uuid_col;
use crate::domain::Verdict;
use crate::report::export::{
    ExportAccount, ExportAssignee, ExportChange, ExportEvidence, ExportNote, ExportTimelineEntry,
};

/// Rows of an article grouped by claim id, oldest first.
pub type ByClaim<T> = HashMap<Uuid, Vec<T>>;

fn grouped<T>(
    conn: &Connection,
    sql: &str,
    article_id: Uuid,
    read: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<ByClaim<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query([article_id.to_string()])?;
    let mut by_claim: ByClaim<T> = HashMap::new();
    while let Some(row) = rows.next()? {
        by_claim
            .entry(uuid_col(row, 0)?)
            .or_default()
            .push(read(row)?);
    }
    Ok(by_claim)
}

fn verdict(row: &Row<'_>, idx: usize) -> rusqlite::Result<Verdict> {
    let s: String = row.get(idx)?;
    Verdict::parse(&s).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            "unknown status".into(),
        )
    })
}

/// Every status change of the article's claims.
pub fn history(conn: &Connection, article_id: Uuid) -> rusqlite::Result<ByClaim<ExportChange>> {
    grouped(
        conn,
        "SELECT h.claim_id, h.id, h.at, h.user_id, h.from_status, h.to_status, h.note
         FROM claim_history h JOIN claims c ON c.id = h.claim_id
         WHERE c.article_id = ?1 ORDER BY h.id",
        article_id,
        |r| {
            Ok(ExportChange {
                id: Some(r.get(1)?),
                at: r.get::<_, Stamp>(2)?.0,
                user: r.get(3)?,
                from: verdict(r, 4)?,
                to: verdict(r, 5)?,
                note: r.get(6)?,
            })
        },
    )
}

/// Every note of the article's claims.
pub fn notes(conn: &Connection, article_id: Uuid) -> rusqlite::Result<ByClaim<ExportNote>> {
    grouped(
        conn,
        "SELECT n.claim_id, n.id, n.at, n.user_id, n.user_name, n.body
         FROM claim_notes n JOIN claims c ON c.id = n.claim_id
         WHERE c.article_id = ?1 ORDER BY n.id",
        article_id,
        |r| {
            Ok(ExportNote {
                id: Some(r.get(1)?),
                at: r.get::<_, Stamp>(2)?.0,
                user: r.get(3)?,
                user_name: r.get(4)?,
                text: r.get(5)?,
            })
        },
    )
}

/// Every evidence item of the article's claims.
pub fn evidence(conn: &Connection, article_id: Uuid) -> rusqlite::Result<ByClaim<ExportEvidence>> {
    grouped(
        conn,
        "SELECT e.claim_id, e.id, e.at, e.user_id, e.user_name, e.url, e.label, e.excerpt
         FROM evidence e JOIN claims c ON c.id = e.claim_id
         WHERE c.article_id = ?1 ORDER BY e.id",
        article_id,
        |r| {
            Ok(ExportEvidence {
                id: Some(r.get(1)?),
                at: r.get::<_, Stamp>(2)?.0,
                user: r.get(3)?,
                user_name: r.get(4)?,
                url: r.get(5)?,
                label: r.get(6)?,
                excerpt: r.get(7)?,
            })
        },
    )
}

/// The article's whole timeline (its own rows and its claims'), oldest first.
pub fn timeline(conn: &Connection, article_id: Uuid) -> rusqlite::Result<Vec<ExportTimelineEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, claim_id, at, user_id, user_name, kind, summary, detail
         FROM timeline WHERE article_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([article_id.to_string()], |r| {
        let claim: Option<String> = r.get(1)?;
        Ok(ExportTimelineEntry {
            id: Some(r.get(0)?),
            claim_id: claim.and_then(|c| Uuid::parse_str(&c).ok()),
            at: r.get::<_, Stamp>(2)?.0,
            user: r.get(3)?,
            user_name: r.get(4)?,
            kind: r.get(5)?,
            summary: r.get(6)?,
            detail: r.get(7)?,
        })
    })?;
    rows.collect()
}

/// Who the article as a whole is assigned to.
pub fn article_assignee(
    conn: &Connection,
    article_id: Uuid,
) -> rusqlite::Result<Option<ExportAssignee>> {
    let (id, name): (Option<String>, Option<String>) = conn
        .prepare_cached("SELECT assignee_id, assignee_name FROM articles WHERE id = ?1")?
        .query_row([article_id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(id.map(|id| ExportAssignee {
        id,
        name: name.unwrap_or_default(),
    }))
}

/// Every account, without secrets, in a stable order.
pub fn accounts(conn: &Connection) -> rusqlite::Result<Vec<ExportAccount>> {
    let mut stmt = conn.prepare(
        "SELECT id, email, name, role, created_at, deactivated_at FROM users ORDER BY created_at, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(ExportAccount {
            id: r.get(0)?,
            email: r.get(1)?,
            name: r.get(2)?,
            role: r.get(3)?,
            created_at: r.get(4)?,
            deactivated_at: r.get(5)?,
        })
    })?;
    rows.collect()
}
