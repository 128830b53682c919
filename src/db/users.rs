//! Accounts in the database. Accounts are never deleted: deactivation keeps the row (history keeps the
//! name) and ends the account's sessions.

use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use crate::domain::{Role, User};

/// What is needed to create an account.
#[derive(Debug)]
pub struct NewUser<'a> {
    /// Normalised e-mail.
    pub email: &'a str,
    /// Display name.
    pub name: &'a str,
    /// Role.
    pub role: Role,
    /// PHC string, or `None` for an invited account that picks its password later.
    pub password_hash: Option<&'a str>,
}

pub(crate) const COLUMNS: &str = "users.id, users.email, users.name, users.role, users.password_hash IS NOT NULL, \
     users.deactivated_at IS NULL, users.created_at";

/// Reads a `User` from a row selected with [`COLUMNS`] first.
pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<User> {
    let role: String = r.get(3)?;
    let role = Role::parse(&role).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, role.into())
    })?;
    let id: String = r.get(0)?;
    let id = Uuid::parse_str(&id).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(User {
        id,
        email: r.get(1)?,
        name: r.get(2)?,
        role,
        has_password: r.get(4)?,
        active: r.get(5)?,
        created_at: r.get(6)?,
    })
}

/// Creates an account with a new UUID; `None` when the e-mail is already taken (whatever its case).
pub fn insert(conn: &Connection, new: &NewUser<'_>, now: i64) -> rusqlite::Result<Option<Uuid>> {
    let id = Uuid::new_v4();
    let inserted = conn.execute(
        "INSERT INTO users (id, email, name, role, password_hash, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(email) DO NOTHING",
        params![
            id.to_string(),
            new.email,
            new.name,
            new.role.as_str(),
            new.password_hash,
            now
        ],
    )?;
    Ok((inserted == 1).then_some(id))
}

/// The number of accounts, active or not (zero means the instance still needs its first admin).
pub fn count(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT COUNT(*) FROM users", [], |r| r.get(0))
}

/// The account with this id.
pub fn find(conn: &Connection, id: Uuid) -> rusqlite::Result<Option<User>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM users WHERE id = ?1"),
        [id.to_string()],
        from_row,
    )
    .optional()
}

/// The account with this e-mail (any case) and its password hash, for signing in.
pub fn find_for_login(
    conn: &Connection,
    email: &str,
) -> rusqlite::Result<Option<(User, Option<String>)>> {
    conn.query_row(
        &format!("SELECT {COLUMNS}, users.password_hash FROM users WHERE email = ?1"),
        [email],
        |r| Ok((from_row(r)?, r.get(7)?)),
    )
    .optional()
}

/// The stored password hash of an active account (`None`: no such account or no password yet).
pub fn password_hash(conn: &Connection, id: Uuid) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT password_hash FROM users WHERE id = ?1 AND deactivated_at IS NULL",
        [id.to_string()],
        |r| r.get::<_, Option<String>>(0),
    )
    .optional()
    .map(Option::flatten)
}

/// Every account, active ones first, then by name.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<User>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM users ORDER BY deactivated_at IS NOT NULL, name COLLATE NOCASE, id"
    ))?;
    stmt.query_map([], from_row)?.collect()
}

/// The number of active admins (the last one may not be demoted or deactivated).
pub fn active_admins(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT COUNT(*) FROM users WHERE role = 'admin' AND deactivated_at IS NULL",
        [],
        |r| r.get(0),
    )
}

/// Changes an account's role; false when there is no such account.
pub fn set_role(conn: &Connection, id: Uuid, role: Role) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        "UPDATE users SET role = ?2 WHERE id = ?1",
        params![id.to_string(), role.as_str()],
    )? == 1)
}

/// Stores a new password hash; false when there is no such account.
pub fn set_password(conn: &Connection, id: Uuid, hash: &str) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        "UPDATE users SET password_hash = ?2 WHERE id = ?1",
        params![id.to_string(), hash],
    )? == 1)
}

/// Deactivates an account and ends its sessions (its API tokens stop too: lookups skip inactive
/// accounts). False when there is no such active account. Call inside a transaction.
pub fn deactivate(conn: &Connection, id: Uuid, now: i64) -> rusqlite::Result<bool> {
    let changed = conn.execute(
        "UPDATE users SET deactivated_at = ?2 WHERE id = ?1 AND deactivated_at IS NULL",
        params![id.to_string(), now],
    )?;
    conn.execute("DELETE FROM sessions WHERE user_id = ?1", [id.to_string()])?;
    Ok(changed == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::migrated;

    pub(crate) fn add(conn: &Connection, email: &str, role: Role) -> Uuid {
        let new = NewUser {
            email,
            name: "Ana Lima",
            role,
            password_hash: Some("$hash"),
        };
        insert(conn, &new, 100).unwrap().unwrap()
    }

    #[test]
    fn an_account_is_found_by_email_whatever_the_case() {
        let conn = migrated();
        let id = add(&conn, "ana@example.org", Role::Reviewer);
        let (user, hash) = find_for_login(&conn, "ANA@example.org").unwrap().unwrap();
        assert_eq!(user.id, id);
        assert_eq!(user.role, Role::Reviewer);
        assert!(user.active && user.has_password);
        assert_eq!(hash.as_deref(), Some("$hash"));
        assert_eq!(password_hash(&conn, id).unwrap().as_deref(), Some("$hash"));
        assert!(find_for_login(&conn, "bob@example.org").unwrap().is_none());
    }

    #[test]
    fn a_second_account_with_the_same_email_is_refused() {
        let conn = migrated();
        add(&conn, "ana@example.org", Role::Viewer);
        let dup = NewUser {
            email: "Ana@Example.org",
            name: "X",
            role: Role::Admin,
            password_hash: None,
        };
        assert_eq!(insert(&conn, &dup, 1).unwrap(), None);
        assert_eq!(count(&conn).unwrap(), 1);
    }

    #[test]
    fn role_changes_and_deactivation_are_stored_and_counted() {
        let conn = migrated();
        let a = add(&conn, "a@example.org", Role::Admin);
        let b = add(&conn, "b@example.org", Role::Viewer);
        assert!(set_role(&conn, b, Role::Admin).unwrap());
        assert_eq!(active_admins(&conn).unwrap(), 2);
        assert!(deactivate(&conn, a, 5).unwrap());
        assert!(
            !deactivate(&conn, a, 6).unwrap(),
            "deactivating twice changes nothing"
        );
        assert_eq!(active_admins(&conn).unwrap(), 1);
        let listed = list(&conn).unwrap();
        assert_eq!(listed.len(), 2, "deactivated accounts stay listed");
        assert!(listed[0].active && !listed[1].active);
        assert!(!set_role(&conn, Uuid::new_v4(), Role::Admin).unwrap());
    }
}
