//! The append-only timeline of every article and claim: who did what, when. Rows are only ever inserted
//! (SQLite triggers refuse UPDATE and DELETE, see migrations/004).

use rusqlite::{Connection, Row, params};
use time::OffsetDateTime;
use uuid::Uuid;

use super::time::{Stamp, format};

/// Who made a change: the account id (`None` for the local user) and the name shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: Option<String>,
    pub name: String,
}

/// What kind of change a timeline row records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Status,
    Note,
    Evidence,
    Edit,
    Assign,
    Delete,
    Restore,
    Add,
    Split,
    Rename,
}

impl Kind {
    /// The name stored in the database and shown as a tag.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Status => "status",
            Kind::Note => "note",
            Kind::Evidence => "evidence",
            Kind::Edit => "edit",
            Kind::Assign => "assign",
            Kind::Delete => "delete",
            Kind::Restore => "restore",
            Kind::Add => "add",
            Kind::Split => "split",
            Kind::Rename => "rename",
        }
    }
}

/// One row of a timeline.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: i64,
    pub article_id: Uuid,
    pub claim_id: Option<Uuid>,
    pub at: OffsetDateTime,
    pub user_id: Option<String>,
    pub user_name: String,
    pub kind: String,
    pub summary: String,
    pub detail: Option<String>,
}

/// Appends one row (call inside the transaction that makes the change).
#[allow(clippy::too_many_arguments)]
pub fn append(
    conn: &Connection,
    article_id: Uuid,
    claim_id: Option<Uuid>,
    actor: &Actor,
    at: OffsetDateTime,
    kind: Kind,
    summary: &str,
    detail: Option<&str>,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO timeline (article_id, claim_id, at, user_id, user_name, kind, summary, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        article_id.to_string(),
        claim_id.map(|c| c.to_string()),
        format(at),
        actor.id,
        actor.name,
        kind.as_str(),
        summary,
        detail
    ])?;
    Ok(())
}

const COLUMNS: &str = "id, article_id, claim_id, at, user_id, user_name, kind, summary, detail";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Entry> {
    let claim_id: Option<String> = row.get(2)?;
    Ok(Entry {
        id: row.get(0)?,
        article_id: super::uuid_col(row, 1)?,
        claim_id: claim_id.and_then(|c| Uuid::parse_str(&c).ok()),
        at: row.get::<_, Stamp>(3)?.0,
        user_id: row.get(4)?,
        user_name: row.get(5)?,
        kind: row.get(6)?,
        summary: row.get(7)?,
        detail: row.get(8)?,
    })
}

/// The timeline of one claim, oldest first.
pub fn for_claim(conn: &Connection, claim_id: Uuid) -> rusqlite::Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM timeline WHERE claim_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([claim_id.to_string()], from_row)?;
    rows.collect()
}

/// The timeline of an article (its own rows and all its claims'), oldest first.
pub fn for_article(conn: &Connection, article_id: Uuid) -> rusqlite::Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM timeline WHERE article_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([article_id.to_string()], from_row)?;
    rows.collect()
}

/// The latest row about a claim (who changed it last), if any.
pub fn latest_for_claim(conn: &Connection, claim_id: Uuid) -> rusqlite::Result<Option<Entry>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM timeline WHERE claim_id = ?1 ORDER BY id DESC LIMIT 1"
    ))?;
    let mut rows = stmt.query_map([claim_id.to_string()], from_row)?;
    rows.next().transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeline_rows_can_be_added_but_never_changed_or_removed() {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrate::run(&mut conn).unwrap();
        let actor = Actor {
            id: None,
            name: "local".into(),
        };
        let article = Uuid::new_v4();
        append(
            &conn,
            article,
            None,
            &actor,
            super::super::time::now(),
            Kind::Rename,
            "Ri → Ri Son Gwon",
            None,
        )
        .unwrap();
        assert_eq!(for_article(&conn, article).unwrap().len(), 1);
        let update = conn.execute("UPDATE timeline SET summary = 'rewritten'", []);
        assert!(update.unwrap_err().to_string().contains("append-only"));
        let delete = conn.execute("DELETE FROM timeline", []);
        assert!(delete.unwrap_err().to_string().contains("append-only"));
        assert_eq!(
            for_article(&conn, article).unwrap()[0].summary,
            "Ri → Ri Son Gwon"
        );
    }
}
