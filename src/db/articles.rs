//! Articles: store a new one with its extracted claims, list them with review counts, load one.

use rusqlite::{Connection, OptionalExtension, Row, params};
use sha2::{Digest, Sha256};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::time::{Stamp, format};
use super::{claims, date_col, uuid_col};
use crate::domain::NewArticle;
use crate::extract::Extraction;
use crate::report::Counts;

/// A stored article.
#[derive(Debug, Clone)]
pub struct Article {
    pub id: Uuid,
    pub title: String,
    pub outlet: Option<String>,
    /// The authors, as the page named them.
    pub byline: Option<String>,
    pub url: Option<String>,
    pub published: Option<Date>,
    pub text: String,
    pub content_hash: String,
    pub created_at: OffsetDateTime,
}

/// One line of the articles list.
#[derive(Debug, Clone)]
pub struct ArticleSummary {
    pub id: Uuid,
    pub title: String,
    pub outlet: Option<String>,
    pub published: Option<Date>,
    pub created_at: OffsetDateTime,
    pub counts: Counts,
}

/// The sha256 (hex) of an article text, for finding duplicates.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Extracts the claims of `article` (pure, no I/O) and stores both in one transaction.
pub fn create(
    conn: &mut Connection,
    article: &NewArticle,
    at: OffsetDateTime,
) -> rusqlite::Result<Uuid> {
    let extraction = crate::extract::extract(article.text.as_str());
    let tx = conn.transaction()?;
    let id = insert(&tx, article, &extraction, at)?;
    tx.commit()?;
    Ok(id)
}

/// Stores an article and its claims (call inside a transaction); returns the new article's id.
pub fn insert(
    conn: &Connection,
    article: &NewArticle,
    extraction: &Extraction,
    at: OffsetDateTime,
) -> rusqlite::Result<Uuid> {
    let id = Uuid::new_v4();
    let text = article.text.as_str();
    conn.execute(
        "INSERT INTO articles (id, title, outlet, url, published, text, content_hash, created_at, byline)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            id.to_string(),
            article.title.as_str(),
            article.outlet,
            article.url.as_ref().map(|u| u.as_str()),
            article.published.map(|d| d.to_string()),
            text,
            content_hash(text),
            format(at),
            article.byline,
        ],
    )?;
    claims::insert_all(conn, id, &extraction.claims, at)?;
    Ok(id)
}

const ARTICLE_COLUMNS: &str =
    "id, title, outlet, url, published, text, content_hash, created_at, byline";

fn article_from_row(row: &Row<'_>) -> rusqlite::Result<Article> {
    Ok(Article {
        id: uuid_col(row, 0)?,
        title: row.get(1)?,
        outlet: row.get(2)?,
        url: row.get(3)?,
        published: date_col(row, 4)?,
        text: row.get(5)?,
        content_hash: row.get(6)?,
        created_at: row.get::<_, Stamp>(7)?.0,
        byline: row.get(8)?,
    })
}

/// Loads one article; `None` if there is no such id.
pub fn get(conn: &Connection, id: Uuid) -> rusqlite::Result<Option<Article>> {
    conn.prepare_cached(&format!(
        "SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?1"
    ))?
    .query_row([id.to_string()], article_from_row)
    .optional()
}

/// Every article, newest first, with its claim counts per status.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<ArticleSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.title, a.outlet, a.published, a.created_at,
                COALESCE(SUM(c.status = 'pending'), 0),
                COALESCE(SUM(c.status = 'verified'), 0),
                COALESCE(SUM(c.status = 'disputed'), 0)
         FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.deleted_at IS NULL
         GROUP BY a.id
         ORDER BY a.created_at DESC, a.rowid DESC",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(ArticleSummary {
            id: uuid_col(row, 0)?,
            title: row.get(1)?,
            outlet: row.get(2)?,
            published: date_col(row, 3)?,
            created_at: row.get::<_, Stamp>(4)?.0,
            counts: Counts {
                pending: row.get::<_, i64>(5)? as usize,
                verified: row.get::<_, i64>(6)? as usize,
                disputed: row.get::<_, i64>(7)? as usize,
            },
        })
    })?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_content_hash_is_the_sha256_of_the_text() {
        assert_eq!(
            super::content_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
