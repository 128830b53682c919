//! Whole-instance export: articles read one at a time in a stable order (so memory stays constant and
//! two exports of the same data are byte-identical), each with its claims (removed ones too), review
//! records and timeline. `db::restore` writes them back.

use rusqlite::Connection;

use super::articles;
use super::claims::{self, StoredClaim};
use super::export_rows as rows;
use super::time::format;
use crate::report::export::{ExportAccount, ExportArticle, ExportAssignee, ExportClaim, Filters};

/// Every account, without secrets, for the head of a JSON export.
pub fn accounts(conn: &Connection) -> rusqlite::Result<Vec<ExportAccount>> {
    rows::accounts(conn)
}

/// Calls `each` with every article (its claims filtered), oldest first; returns how many were given.
///
/// With a filter set, articles without a matching claim are skipped.
pub fn each_article<F>(conn: &Connection, filters: &Filters, mut each: F) -> anyhow::Result<usize>
where
    F: FnMut(ExportArticle) -> std::io::Result<()>,
{
    let mut ids = conn.prepare("SELECT id FROM articles ORDER BY created_at, id")?;
    let mut rows = ids.query([])?;
    let mut given = 0;
    while let Some(row) = rows.next()? {
        let id = super::uuid_col(row, 0)?;
        let Some(article) = load(conn, id, filters)? else {
            continue;
        };
        if filters.is_set() && article.claims.is_empty() {
            continue;
        }
        each(article)?;
        given += 1;
    }
    Ok(given)
}

/// One article with its matching claims (removed ones too) and all their review records; `None` if it
/// vanished meanwhile.
fn load(
    conn: &Connection,
    id: uuid::Uuid,
    filters: &Filters,
) -> rusqlite::Result<Option<ExportArticle>> {
    let Some(article) = articles::get(conn, id)? else {
        return Ok(None);
    };
    let mut history = rows::history(conn, id)?;
    let mut notes = rows::notes(conn, id)?;
    let mut evidence = rows::evidence(conn, id)?;
    let since = filters.since.map(|d| d.to_string());
    let claims: Vec<ExportClaim> = every_claim(conn, id)?
        .into_iter()
        .filter(|c| filters.status.is_none_or(|s| s == c.status))
        .filter(|c| {
            since
                .as_ref()
                .is_none_or(|s| format(c.updated_at).as_str() >= s.as_str())
        })
        .map(|c| ExportClaim {
            history: history.remove(&c.id).unwrap_or_default(),
            notes: notes.remove(&c.id).unwrap_or_default(),
            evidence: evidence.remove(&c.id).unwrap_or_default(),
            id: c.id,
            number: c.number,
            extracted: c.claim,
            status: c.status,
            note: c.note,
            version: c.version,
            updated_at: c.updated_at,
            deleted_at: c.deleted_at,
            assignee: c.assignee.map(|(id, name)| ExportAssignee { id, name }),
        })
        .collect();
    let mut timeline = rows::timeline(conn, id)?;
    if filters.is_set() {
        // A partial export keeps the article's own rows and those of the claims it holds.
        timeline.retain(|t| t.claim_id.is_none_or(|c| claims.iter().any(|k| k.id == c)));
    }
    Ok(Some(ExportArticle {
        id: article.id,
        title: article.title,
        outlet: article.outlet,
        byline: article.byline,
        url: article.url,
        published: article.published,
        created_at: article.created_at,
        text: article.text,
        claims,
        assignee: rows::article_assignee(conn, id)?,
        timeline,
    }))
}

/// Every claim of an article, removed ones included, in text order.
fn every_claim(conn: &Connection, article_id: uuid::Uuid) -> rusqlite::Result<Vec<StoredClaim>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {} FROM claims c WHERE c.article_id = ?1 ORDER BY c.start, c.ordinal",
        claims::qualified_columns("c")
    ))?;
    let rows = stmt.query_map([article_id.to_string()], claims::claim_from_row)?;
    rows.collect()
}
