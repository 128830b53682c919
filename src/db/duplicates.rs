//! Importing an article only once: the same URL or the same text (content hash) finds the stored article.

use rusqlite::{Connection, OptionalExtension, params};
use time::OffsetDateTime;
use uuid::Uuid;

use super::{articles, uuid_col};
use crate::domain::NewArticle;

/// An article already stored, offered instead of a copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Existing {
    pub id: Uuid,
    pub title: String,
}

/// What storing an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// A new article with this id.
    Created(Uuid),
    /// Nothing: this article was already there.
    Duplicate(Existing),
}

/// The stored article with the same URL (ignoring a trailing slash) or the same text, if any.
pub fn find(
    conn: &Connection,
    url: Option<&str>,
    text: &str,
) -> rusqlite::Result<Option<Existing>> {
    let hash = articles::content_hash(text);
    let url = url
        .map(|u| u.trim().trim_end_matches('/'))
        .filter(|u| !u.is_empty());
    let (bare, slashed) = match url {
        Some(u) => (Some(u.to_string()), Some(format!("{u}/"))),
        None => (None, None),
    };
    conn.prepare_cached(
        "SELECT id, title FROM articles
         WHERE content_hash = ?1 OR url = ?2 OR url = ?3
         ORDER BY created_at LIMIT 1",
    )?
    .query_row(params![hash, bare, slashed], |row| {
        Ok(Existing {
            id: uuid_col(row, 0)?,
            title: row.get(1)?,
        })
    })
    .optional()
}

/// Stores `article` with its claims unless the same URL or text is already there, in one transaction
/// (two imports of the same page at once cannot both create it).
pub fn store_once(
    conn: &mut Connection,
    article: &NewArticle,
    at: OffsetDateTime,
) -> rusqlite::Result<Stored> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let url = article.url.as_ref().map(|u| u.as_str());
    if let Some(existing) = find(&tx, url, article.text.as_str())? {
        return Ok(Stored::Duplicate(existing));
    }
    let extraction = crate::extract::extract(article.text.as_str());
    let id = articles::insert(&tx, article, &extraction, at)?;
    tx.commit()?;
    Ok(Stored::Created(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::RawArticle;

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().expect("in-memory db");
        crate::db::migrate::run(&mut conn).expect("migrated");
        conn
    }

    fn article(url: &str, text: &str) -> NewArticle {
        let raw = RawArticle {
            title: "Bridge".into(),
            url: url.into(),
            text: text.into(),
            ..Default::default()
        };
        NewArticle::parse(&raw).expect("valid article")
    }

    #[test]
    fn the_same_text_twice_is_stored_once() {
        let mut conn = db();
        let now = OffsetDateTime::now_utc();
        let Stored::Created(id) =
            store_once(&mut conn, &article("", "The bridge reopened."), now).expect("stored")
        else {
            panic!("the first import creates the article");
        };
        let again =
            store_once(&mut conn, &article("", "The bridge reopened."), now).expect("checked");
        assert_eq!(
            again,
            Stored::Duplicate(Existing {
                id,
                title: "Bridge".into()
            })
        );
    }

    #[test]
    fn the_same_url_with_or_without_a_trailing_slash_is_a_duplicate_even_if_the_text_changed() {
        let mut conn = db();
        let now = OffsetDateTime::now_utc();
        store_once(
            &mut conn,
            &article("https://news.example/a/", "First version."),
            now,
        )
        .expect("stored");
        let again = store_once(
            &mut conn,
            &article("https://news.example/a", "Updated version."),
            now,
        )
        .expect("checked");
        assert!(matches!(again, Stored::Duplicate(_)));
        let other = store_once(
            &mut conn,
            &article("https://news.example/b", "Another story."),
            now,
        )
        .expect("stored");
        assert!(matches!(other, Stored::Created(_)));
    }
}
