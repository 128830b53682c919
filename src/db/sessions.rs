//! Server-side sessions. The cookie holds a random id; this table holds only its SHA-256, the account
//! and the expiry. A session answers only while its account is active.

use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use super::users::{COLUMNS, from_row};
use crate::domain::User;

/// Stores a new session for `user_id`, valid until `expires_at`.
pub fn insert(
    conn: &Connection,
    id_hash: &str,
    user_id: Uuid,
    now: i64,
    expires_at: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
        params![id_hash, user_id.to_string(), now, expires_at],
    )?;
    Ok(())
}

/// The active account behind an unexpired session.
pub fn user(conn: &Connection, id_hash: &str, now: i64) -> rusqlite::Result<Option<User>> {
    conn.prepare_cached(&user_sql())?
        .query_row(params![id_hash, now], from_row)
        .optional()
}

/// The session lookup. A subquery, not a join: SQLite re-plans a join on a bound parameter whenever
/// the parameter changes (the bundled build has STAT4), and this runs on every signed-in request.
fn user_sql() -> String {
    format!(
        "SELECT {COLUMNS} FROM users
         WHERE users.id = (SELECT user_id FROM sessions WHERE id_hash = ?1 AND expires_at > ?2)
           AND users.deactivated_at IS NULL"
    )
}

/// Ends one session (logout).
pub fn delete(conn: &Connection, id_hash: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM sessions WHERE id_hash = ?1", [id_hash])?;
    Ok(())
}

/// Ends every session of an account except `keep` (after a password change).
pub fn delete_others(conn: &Connection, user_id: Uuid, keep: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "DELETE FROM sessions WHERE user_id = ?1 AND id_hash <> ?2",
        params![user_id.to_string(), keep],
    )
}

/// Removes expired sessions (housekeeping at login).
pub fn delete_expired(conn: &Connection, now: i64) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::migrated;
    use crate::db::users::{self, NewUser};
    use crate::domain::Role;

    fn user_id(conn: &Connection, email: &str) -> Uuid {
        let new = NewUser {
            email,
            name: "N",
            role: Role::Viewer,
            password_hash: None,
        };
        users::insert(conn, &new, 0).unwrap().unwrap()
    }

    #[test]
    fn looking_up_another_session_reuses_the_planned_statement() {
        let conn = migrated();
        let id = user_id(&conn, "a@example.org");
        insert(&conn, "h1", id, 10, 20).unwrap();
        insert(&conn, "h2", id, 10, 20).unwrap();
        for (hash, now) in [("h1", 11), ("h2", 12), ("nope", 13), ("h1", 14)] {
            user(&conn, hash, now).unwrap();
        }
        let stmt = conn.prepare_cached(&user_sql()).unwrap();
        assert_eq!(stmt.get_status(rusqlite::StatementStatus::RePrepare), 0);
    }

    #[test]
    fn a_session_finds_its_user_until_it_expires() {
        let conn = migrated();
        let id = user_id(&conn, "a@example.org");
        insert(&conn, "h1", id, 10, 20).unwrap();
        assert_eq!(user(&conn, "h1", 19).unwrap().map(|u| u.id), Some(id));
        assert!(user(&conn, "h1", 20).unwrap().is_none());
        assert!(user(&conn, "nope", 11).unwrap().is_none());
        assert_eq!(delete_expired(&conn, 20).unwrap(), 1);
    }

    #[test]
    fn logout_and_deactivation_end_sessions_at_once() {
        let conn = migrated();
        let id = user_id(&conn, "a@example.org");
        insert(&conn, "h1", id, 0, 100).unwrap();
        insert(&conn, "h2", id, 0, 100).unwrap();
        delete(&conn, "h1").unwrap();
        assert!(user(&conn, "h1", 1).unwrap().is_none());
        assert!(user(&conn, "h2", 1).unwrap().is_some());
        users::deactivate(&conn, id, 1).unwrap();
        assert!(user(&conn, "h2", 1).unwrap().is_none());
    }

    #[test]
    fn a_password_change_can_end_all_other_sessions() {
        let conn = migrated();
        let id = user_id(&conn, "a@example.org");
        for h in ["h1", "h2", "h3"] {
            insert(&conn, h, id, 0, 100).unwrap();
        }
        assert_eq!(delete_others(&conn, id, "h2").unwrap(), 2);
        assert!(user(&conn, "h2", 1).unwrap().is_some());
    }
}
