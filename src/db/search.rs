//! Finding claims across articles: filters, full-text search (FTS5 over claim text, notes and evidence
//! labels), sorting and pagination. The SQL is built from the filters present so indexes stay usable.

use rusqlite::{Connection, ToSql};
use uuid::Uuid;

use super::claims::{StoredClaim, claim_from_row, qualified_columns};
use crate::domain::Verdict;

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Most check-worthy first.
    #[default]
    Worth,
    /// Most recently changed first.
    Recent,
    /// Least recently changed first.
    Oldest,
    /// By article, then position in it.
    Article,
}

impl Sort {
    /// Parses the `sort` parameter; `None` for an unknown value.
    pub fn parse(s: &str) -> Option<Sort> {
        match s {
            "" | "worth" => Some(Sort::Worth),
            "recent" => Some(Sort::Recent),
            "oldest" => Some(Sort::Oldest),
            "article" => Some(Sort::Article),
            _ => None,
        }
    }

    /// The parameter value.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Worth => "worth",
            Sort::Recent => "recent",
            Sort::Oldest => "oldest",
            Sort::Article => "article",
        }
    }

    fn order_by(self) -> &'static str {
        match self {
            // The rowid tiebreak runs the same way as the index scan, so no sort step is needed.
            Sort::Worth => "c.checkworthiness DESC, c.rowid DESC",
            Sort::Recent => "c.updated_at DESC, c.rowid DESC",
            Sort::Oldest => "c.updated_at ASC, c.rowid ASC",
            Sort::Article => "c.article_id, c.start",
        }
    }
}

/// The filters of `/claims` and `GET /api/v1/claims`, parsed.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub status: Option<Verdict>,
    /// Exact source name.
    pub source: Option<String>,
    /// A source kind name, or "article" for unattributed claims.
    pub kind: Option<String>,
    /// An account id: claims assigned to it directly or through their article.
    pub assignee: Option<String>,
    pub article: Option<Uuid>,
    /// Changed on or after this day (YYYY-MM-DD).
    pub from: Option<String>,
    /// Changed on or before this day (YYYY-MM-DD).
    pub to: Option<String>,
    /// Words to search for (already split; each must match a whole word).
    pub words: Vec<String>,
    pub sort: Sort,
    /// 1-based.
    pub page: usize,
    pub per_page: usize,
}

/// One result: the claim and the title of its article.
#[derive(Debug, Clone)]
pub struct Hit {
    pub claim: StoredClaim,
    pub article_title: String,
}

/// A page of results; `total` is exact up to `COUNT_CAP`, beyond which `capped` is set.
#[derive(Debug, Clone)]
pub struct Results {
    pub hits: Vec<Hit>,
    pub total: usize,
    pub capped: bool,
}

/// Counting stops here: "more than 1,000" is all a reader needs, and counting a million rows is slow.
pub const COUNT_CAP: usize = 1_000;

/// Above this many text matches, results are read in sort order and tested against the matches;
/// below it, the matches are looked up one by one (see `search`).
const DENSE_MATCHES: i64 = 10_000;

/// Above this many text matches, gathering the matches costs more than anything else, so it is done
/// once per request: one walk in sort order yields both the count and the page.
const HUGE_MATCHES: i64 = 50_000;

/// The FTS5 query for `words`: each word quoted (no operator injection), all required.
pub fn fts_query(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs a search.
pub fn search(conn: &Connection, f: &Filter) -> rusqlite::Result<Results> {
    let mut wheres = vec!["c.deleted_at IS NULL".to_string()];
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    let mut arg = |wheres: &mut Vec<String>, clause: &str, value: Box<dyn ToSql>| {
        args.push(value);
        wheres.push(clause.replace('?', &format!("?{}", args.len())));
    };
    let mut huge = false;
    if !f.words.is_empty() {
        let query = fts_query(&f.words);
        // A common word matches tens of thousands of claims: then walking the sort index and testing
        // membership ("+" keeps SQLite from looking each match up) finds a page quickly; a rare word
        // is faster looked up match by match.
        let matches: i64 = conn
            .prepare_cached(&format!(
                "SELECT COUNT(*) FROM (SELECT rowid FROM claim_search WHERE claim_search MATCH ?1 LIMIT {HUGE_MATCHES})"
            ))?
            .query_row([&query], |r| r.get(0))?;
        let plus = if matches >= DENSE_MATCHES { "+" } else { "" };
        huge = matches >= HUGE_MATCHES;
        arg(
            &mut wheres,
            &format!(
                "{plus}c.search_key IN (SELECT rowid FROM claim_search WHERE claim_search MATCH ?)"
            ),
            Box::new(query),
        );
    }
    if let Some(s) = f.status {
        arg(&mut wheres, "c.status = ?", Box::new(s.as_str()));
    }
    if let Some(s) = &f.source {
        arg(&mut wheres, "c.source_name = ?", Box::new(s.clone()));
    }
    match f.kind.as_deref() {
        None => {}
        Some("article") => wheres.push("c.source_name IS NULL".into()),
        Some(k) => arg(&mut wheres, "c.source_kind = ?", Box::new(k.to_string())),
    }
    if let Some(a) = &f.assignee {
        arg(
            &mut wheres,
            "(c.assignee_id = ? OR (c.assignee_id IS NULL AND c.article_id IN
                (SELECT id FROM articles WHERE assignee_id = ?)))",
            Box::new(a.clone()),
        );
    }
    if let Some(a) = f.article {
        arg(&mut wheres, "c.article_id = ?", Box::new(a.to_string()));
    }
    if let Some(d) = &f.from {
        arg(&mut wheres, "c.updated_at >= ?", Box::new(d.clone()));
    }
    if let Some(d) = &f.to {
        arg(&mut wheres, "c.updated_at < ?", Box::new(format!("{d}T99")));
    }
    let where_sql = wheres.join(" AND ");
    let params: Vec<&dyn ToSql> = args.iter().map(|a| a.as_ref()).collect();

    let per_page = f.per_page.clamp(1, 200);
    let offset = f.page.saturating_sub(1) * per_page;
    let order = f.sort.order_by();
    let (hits, counted) = if huge {
        // One walk in sort order yields the count (to the cap) and the page: matches gathered once.
        let walk = (offset + per_page).max(COUNT_CAP + 1);
        let walk_sql =
            format!("SELECT c.id FROM claims c WHERE {where_sql} ORDER BY {order} LIMIT {walk}");
        let ids = conn
            .prepare_cached(&walk_sql)?
            .query_map(params.as_slice(), |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let page: Vec<&String> = ids.iter().skip(offset).take(per_page).collect();
        (page_hits(conn, &page)?, ids.len())
    } else {
        // The count needs no order, so SQLite may take a cheaper path for it than for the page.
        let count_sql = format!(
            "SELECT COUNT(*) FROM (SELECT 1 FROM claims c WHERE {where_sql} LIMIT {})",
            COUNT_CAP + 1
        );
        let counted: i64 = conn
            .prepare_cached(&count_sql)?
            .query_row(params.as_slice(), |r| r.get(0))?;
        let sql = format!(
            "SELECT {}, a.title FROM claims c JOIN articles a ON a.id = c.article_id
             WHERE {where_sql} ORDER BY {order} LIMIT {per_page} OFFSET {offset}",
            qualified_columns("c")
        );
        let hits = conn
            .prepare_cached(&sql)?
            .query_map(params.as_slice(), |row| {
                Ok(Hit {
                    claim: claim_from_row(row)?,
                    article_title: row.get(25)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        (hits, counted.max(0) as usize)
    };
    Ok(Results {
        hits,
        total: counted.min(COUNT_CAP),
        capped: counted > COUNT_CAP,
    })
}

/// The claims with these ids and their article titles, in the order of `ids`.
fn page_hits(conn: &Connection, ids: &[&String]) -> rusqlite::Result<Vec<Hit>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; ids.len()].join(", ");
    let sql = format!(
        "SELECT {}, a.title FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN ({marks})",
        qualified_columns("c")
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut hits = stmt
        .query_map(rusqlite::params_from_iter(ids.iter()), |row| {
            Ok(Hit {
                claim: claim_from_row(row)?,
                article_title: row.get(25)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let place = |h: &Hit| {
        let id = h.claim.id.to_string();
        ids.iter().position(|i| **i == id).unwrap_or(usize::MAX)
    };
    hits.sort_by_key(place);
    Ok(hits)
}

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
