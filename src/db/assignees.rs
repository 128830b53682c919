//! Who things are assigned to, read on their own: an article's assignee (for the assignment rules and
//! the article page's header). Writing an assignment lives in db::edits.

use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

/// The account (id, name) an article is assigned to: `None` if there is no such article,
/// `Some(None)` if it is unassigned.
pub fn of_article(
    conn: &Connection,
    article_id: Uuid,
) -> rusqlite::Result<Option<Option<(String, String)>>> {
    conn.query_row(
        "SELECT assignee_id, assignee_name FROM articles WHERE id = ?1",
        [article_id.to_string()],
        |r| {
            let id: Option<String> = r.get(0)?;
            let name: Option<String> = r.get(1)?;
            Ok(id.zip(name))
        },
    )
    .optional()
}
