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
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM sessions JOIN users ON users.id = sessions.user_id
         WHERE sessions.id_hash = ?1 AND sessions.expires_at > ?2
           AND users.deactivated_at IS NULL"
    ))?
    .query_row(params![id_hash, now], from_row)
    .optional()
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
