//! Instance settings: a small key → value table (the session key lives here).

use rusqlite::{Connection, OptionalExtension, params};

/// The stored value of `key`, if any.
pub fn get(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
        r.get(0)
    })
    .optional()
}

/// The stored value of `key`; stores `default` first when there is none. Safe when two processes race:
/// both get the value that won.
pub fn get_or_insert(conn: &Connection, key: &str, default: &str) -> rusqlite::Result<String> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO NOTHING",
        params![key, default],
    )?;
    conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
        r.get(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_value_stored_wins() {
        let conn = crate::db::testing::migrated();
        assert_eq!(get(&conn, "k").unwrap(), None);
        assert_eq!(get_or_insert(&conn, "k", "one").unwrap(), "one");
        assert_eq!(get_or_insert(&conn, "k", "two").unwrap(), "one");
        assert_eq!(get(&conn, "k").unwrap().as_deref(), Some("one"));
    }
}
