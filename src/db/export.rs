//! Whole-instance export and restore: articles read one at a time in a stable order (so memory stays
//! constant and two exports of the same data are byte-identical), and written back into an empty database.

use rusqlite::{Connection, Transaction, params};

use super::time::format;
use super::{articles, claims, history};
use crate::report::export::{ExportArticle, ExportChange, ExportClaim, Filters};

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

/// One article with its matching claims and their history; `None` if it vanished meanwhile.
fn load(
    conn: &Connection,
    id: uuid::Uuid,
    filters: &Filters,
) -> rusqlite::Result<Option<ExportArticle>> {
    let Some(article) = articles::get(conn, id)? else {
        return Ok(None);
    };
    let mut history = history::for_article(conn, id)?;
    let since = filters.since.map(|d| d.to_string());
    let claims = claims::for_article(conn, id)?
        .into_iter()
        .filter(|c| filters.status.is_none_or(|s| s == c.status))
        .filter(|c| {
            since
                .as_ref()
                .is_none_or(|s| format(c.updated_at).as_str() >= s.as_str())
        })
        .map(|c| ExportClaim {
            history: history
                .remove(&c.id)
                .unwrap_or_default()
                .into_iter()
                .map(|h| ExportChange {
                    at: h.at,
                    user: h.user_id,
                    from: h.from,
                    to: h.to,
                    note: h.note,
                })
                .collect(),
            id: c.id,
            number: c.number,
            extracted: c.claim,
            status: c.status,
            note: c.note,
            version: c.version,
            updated_at: c.updated_at,
            notes: Vec::new(),
            evidence: Vec::new(),
        })
        .collect();
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
    }))
}

/// Whether the database holds no article yet (restore only writes into an empty one).
pub fn is_empty(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM articles)", [], |r| {
        r.get(0)
    })
}

/// Writes one exported article, its claims and their history as they were (ids, versions, times).
pub fn restore_article(tx: &Transaction<'_>, a: &ExportArticle) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO articles (id, title, outlet, url, published, text, content_hash, created_at, byline)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        a.id.to_string(),
        a.title,
        a.outlet,
        a.url,
        a.published.map(|d| d.to_string()),
        a.text,
        articles::content_hash(&a.text),
        format(a.created_at),
        a.byline,
    ])?;
    let mut claim = tx.prepare_cached(
        "INSERT INTO claims (id, article_id, ordinal, text, start, \"end\", sentence_start, sentence_end,
            source_name, source_kind, source_mention, source_start, source_end,
            cue_text, cue_start, cue_end, quote, checkworthiness, status, note, version, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20, ?21, ?22)",
    )?;
    let mut change = tx.prepare_cached(
        "INSERT INTO claim_history (claim_id, at, user_id, from_status, to_status, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let article_id = a.id.to_string();
    for c in &a.claims {
        let e = &c.extracted;
        let (s, cue) = (e.source.as_ref(), e.cue.as_ref());
        let id = c.id.to_string();
        claim.execute(params![
            id,
            article_id,
            c.number as i64,
            e.text,
            e.start as i64,
            e.end as i64,
            e.sentence.start as i64,
            e.sentence.end as i64,
            s.map(|s| s.name.as_str()),
            s.map(|s| s.kind.as_str()),
            s.map(|s| s.mention.as_str()),
            s.map(|s| s.start as i64),
            s.map(|s| s.end as i64),
            cue.map(|c| c.text.as_str()),
            cue.map(|c| c.start as i64),
            cue.map(|c| c.end as i64),
            e.quote.map(|q| q.as_str()),
            f64::from(e.checkworthiness),
            c.status.as_str(),
            c.note,
            c.version,
            format(c.updated_at),
        ])?;
        for h in &c.history {
            change.execute(params![
                id,
                format(h.at),
                h.user,
                h.from.as_str(),
                h.to.as_str(),
                h.note
            ])?;
        }
    }
    Ok(())
}
