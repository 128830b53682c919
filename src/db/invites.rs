//! Single-use links: the first-start setup link (no account yet) and invitations for accounts created
//! without a password. Stored as SHA-256 hashes; taking one deletes it.

use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

/// What a valid link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invite {
    /// Creates the first admin.
    Setup,
    /// Lets this (password-less) account choose its password.
    Account(Uuid),
}

/// Replaces any earlier setup link by a new one (each `serve` start on an empty instance prints one).
pub fn replace_setup(
    conn: &Connection,
    token_hash: &str,
    now: i64,
    expires_at: i64,
) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM invites WHERE user_id IS NULL", [])?;
    conn.execute(
        "INSERT INTO invites (token_hash, user_id, created_at, expires_at) VALUES (?1, NULL, ?2, ?3)",
        params![token_hash, now, expires_at],
    )?;
    Ok(())
}

/// Stores an invitation for `user_id`, replacing earlier ones for that account.
pub fn insert_for_user(
    conn: &Connection,
    token_hash: &str,
    user_id: Uuid,
    now: i64,
    expires_at: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM invites WHERE user_id = ?1",
        [user_id.to_string()],
    )?;
    conn.execute(
        "INSERT INTO invites (token_hash, user_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
        params![token_hash, user_id.to_string(), now, expires_at],
    )?;
    Ok(())
}

/// What an unexpired link is for, without using it up (to show its form).
pub fn peek(conn: &Connection, token_hash: &str, now: i64) -> rusqlite::Result<Option<Invite>> {
    conn.query_row(
        "SELECT user_id FROM invites WHERE token_hash = ?1 AND expires_at > ?2",
        params![token_hash, now],
        |r| r.get::<_, Option<String>>(0),
    )
    .optional()
    .map(|found| {
        found.and_then(|user| match user {
            None => Some(Invite::Setup),
            // a damaged id makes the link useless rather than an error page
            Some(id) => Uuid::parse_str(&id).ok().map(Invite::Account),
        })
    })
}

/// Uses up a link: returns what it was for and deletes it, so it works once. Call inside the
/// transaction that acts on it.
pub fn take(conn: &Connection, token_hash: &str, now: i64) -> rusqlite::Result<Option<Invite>> {
    let found = peek(conn, token_hash, now)?;
    if found.is_some() {
        conn.execute("DELETE FROM invites WHERE token_hash = ?1", [token_hash])?;
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::migrated;

    #[test]
    fn a_setup_link_works_once_and_a_new_one_replaces_the_old() {
        let conn = migrated();
        replace_setup(&conn, "old", 0, 100).unwrap();
        replace_setup(&conn, "new", 0, 100).unwrap();
        assert_eq!(peek(&conn, "old", 1).unwrap(), None);
        assert_eq!(peek(&conn, "new", 1).unwrap(), Some(Invite::Setup));
        assert_eq!(take(&conn, "new", 1).unwrap(), Some(Invite::Setup));
        assert_eq!(take(&conn, "new", 1).unwrap(), None);
    }

    #[test]
    fn an_expired_invitation_is_refused() {
        let conn = migrated();
        let new = crate::db::users::NewUser {
            email: "a@b.c",
            name: "A",
            role: crate::domain::Role::Viewer,
            password_hash: None,
        };
        let id = crate::db::users::insert(&conn, &new, 0).unwrap().unwrap();
        insert_for_user(&conn, "inv", id, 0, 10).unwrap();
        assert_eq!(peek(&conn, "inv", 9).unwrap(), Some(Invite::Account(id)));
        assert_eq!(take(&conn, "inv", 10).unwrap(), None);
    }
}
