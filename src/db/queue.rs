//! "My queue": the pending claims assigned to a reviewer (directly or through their article),
//! most check-worthy first.

use rusqlite::Connection;

use super::claims::{claim_from_row, qualified_columns};
use super::search::Hit;

/// The pending, live claims assigned to `user_id`, most check-worthy first (at most `limit`).
pub fn pending_for(conn: &Connection, user_id: &str, limit: usize) -> rusqlite::Result<Vec<Hit>> {
    let sql = format!(
        "SELECT {}, a.title FROM claims c JOIN articles a ON a.id = c.article_id
         WHERE c.status = 'pending' AND c.deleted_at IS NULL
           AND (c.assignee_id = ?1 OR (c.assignee_id IS NULL AND a.assignee_id = ?1))
         ORDER BY c.checkworthiness DESC, c.rowid LIMIT ?2",
        qualified_columns("c")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params![user_id, limit as i64], |row| {
        Ok(Hit {
            claim: claim_from_row(row)?,
            article_title: row.get(25)?,
        })
    })?;
    rows.collect()
}
