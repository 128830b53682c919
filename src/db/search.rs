//! Finding claims across articles: filters, full-text search (FTS5 over claim text, notes and evidence
//! labels), sorting and pagination. The SQL is built from the filters present so indexes stay usable.

use rusqlite::{Connection, ToSql};
use uuid::Uuid;

use super::claims::{StoredClaim, claim_from_row, qualified_columns};
use super::search_walk::{Matches, first_matching};
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
            // The search key ends every index the sorts walk (migration 006): ties break the same way
            // as the index scan runs, so no sort step is needed.
            Sort::Worth => "c.checkworthiness DESC, c.search_key DESC",
            Sort::Recent => "c.updated_at DESC, c.search_key DESC",
            Sort::Oldest => "c.updated_at ASC, c.search_key ASC",
            Sort::Article => "c.article_id, c.start, c.search_key",
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

/// From this many text matches on, the matches are read once into a set and the claims walked in sort
/// order (see `search_walk`); below it, SQLite looks the matches up one by one, which is cheaper then.
const DENSE_MATCHES: i64 = 10_000;

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
    search_with(conn, f, DENSE_MATCHES)
}

/// `search`, walking in sort order from `dense` text matches on (tests compare both paths).
fn search_with(conn: &Connection, f: &Filter, dense: i64) -> rusqlite::Result<Results> {
    let (mut wheres, mut args) = filter_clauses(f);
    let per_page = f.per_page.clamp(1, 200);
    let offset = f.page.saturating_sub(1) * per_page;
    let order = f.sort.order_by();
    if !f.words.is_empty() {
        // Text search yields the search keys of the first claims in order, enough for the count (to the
        // cap) and the page, in one pass; then only the page's claims are read.
        let query = fts_query(&f.words);
        let matches: i64 = conn
            .prepare_cached(&format!(
                "SELECT COUNT(*) FROM (SELECT rowid FROM claim_search WHERE claim_search MATCH ?1 LIMIT {dense})"
            ))?
            .query_row([&query], |r| r.get(0))?;
        let want = (offset + per_page).max(COUNT_CAP + 1);
        let keys = if matches >= dense {
            let where_sql = wheres.join(" AND ");
            let params: Vec<&dyn ToSql> = args.iter().map(|a| a.as_ref()).collect();
            let sql =
                format!("SELECT c.search_key FROM claims c WHERE {where_sql} ORDER BY {order}");
            first_matching(conn, &sql, &params, &Matches::read(conn, &query)?, want)?
        } else {
            args.push(Box::new(query));
            wheres.push(format!(
                "c.search_key IN (SELECT rowid FROM claim_search WHERE claim_search MATCH ?{})",
                args.len()
            ));
            let where_sql = wheres.join(" AND ");
            let params: Vec<&dyn ToSql> = args.iter().map(|a| a.as_ref()).collect();
            let sql = format!(
                "SELECT c.search_key FROM claims c WHERE {where_sql} ORDER BY {order} LIMIT {want}"
            );
            conn.prepare_cached(&sql)?
                .query_map(params.as_slice(), |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<i64>>>()?
        };
        let page: Vec<i64> = keys.iter().skip(offset).take(per_page).copied().collect();
        return Ok(results(page_hits(conn, &page)?, keys.len()));
    }
    let where_sql = wheres.join(" AND ");
    let params: Vec<&dyn ToSql> = args.iter().map(|a| a.as_ref()).collect();
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
        .query_map(params.as_slice(), hit_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(results(hits, counted.max(0) as usize))
}

/// The WHERE clauses (joined by AND) and their arguments for every filter but the words.
fn filter_clauses(f: &Filter) -> (Vec<String>, Vec<Box<dyn ToSql>>) {
    let mut wheres = vec!["c.deleted_at IS NULL".to_string()];
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    let mut arg = |wheres: &mut Vec<String>, clause: &str, value: Box<dyn ToSql>| {
        args.push(value);
        wheres.push(clause.replace('?', &format!("?{}", args.len())));
    };
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
    (wheres, args)
}

fn results(hits: Vec<Hit>, counted: usize) -> Results {
    Results {
        hits,
        total: counted.min(COUNT_CAP),
        capped: counted > COUNT_CAP,
    }
}

fn hit_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Hit> {
    Ok(Hit {
        claim: claim_from_row(row)?,
        article_title: row.get(25)?,
    })
}

/// The claims with these search keys and their article titles, in the order of `keys`.
fn page_hits(conn: &Connection, keys: &[i64]) -> rusqlite::Result<Vec<Hit>> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; keys.len()].join(", ");
    let sql = format!(
        "SELECT {}, a.title, c.search_key FROM claims c JOIN articles a ON a.id = c.article_id
         WHERE c.search_key IN ({marks})",
        qualified_columns("c")
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut hits = stmt
        .query_map(rusqlite::params_from_iter(keys.iter()), |row| {
            Ok((row.get::<_, i64>(26)?, hit_from_row(row)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    hits.sort_by_key(|(key, _)| keys.iter().position(|k| k == key).unwrap_or(usize::MAX));
    Ok(hits.into_iter().map(|(_, hit)| hit).collect())
}

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
