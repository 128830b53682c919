//! API tokens: stored as SHA-256 hashes with a label; a token answers only while its account is active.

use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use super::users::{COLUMNS, from_row};
use crate::domain::User;

/// A token as its owner sees it on the account page (never the secret itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenInfo {
    /// Database id (used to revoke it).
    pub id: i64,
    /// The owner's label ("CI", "laptop script").
    pub name: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds of the last request made with it (updated at most once a minute).
    pub last_used_at: Option<i64>,
}

/// Stores a new token hash for `user_id`; returns its id.
pub fn insert(
    conn: &Connection,
    user_id: Uuid,
    name: &str,
    token_hash: &str,
    now: i64,
) -> rusqlite::Result<i64> {
    conn.query_row(
        "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?1, ?2, ?3, ?4)
         RETURNING id",
        params![user_id.to_string(), name, token_hash, now],
        |r| r.get(0),
    )
}

/// A token's owner and when it was last used, by the token's hash.
const TOKEN_SQL: &str = "SELECT user_id, last_used_at FROM api_tokens WHERE token_hash = ?1";

/// An active account by id.
fn owner_sql() -> String {
    format!("SELECT {COLUMNS} FROM users WHERE users.id = ?1 AND users.deactivated_at IS NULL")
}

/// The active account owning this token hash; notes the use (at most one write a minute per token).
///
/// Runs on every API request: the statements are cached, and the use is written only when the last
/// one noted is a minute old, so a busy token does not take the database's write lock per request.
pub fn user(conn: &Connection, token_hash: &str, now: i64) -> rusqlite::Result<Option<User>> {
    // Two lookups by key rather than one join: SQLite re-plans a join on a bound parameter each time
    // the parameter changes (the bundled build has STAT4), which cost more than the rest of the lookup.
    let token = conn
        .prepare_cached(TOKEN_SQL)?
        .query_row([token_hash], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?))
        })
        .optional()?;
    let Some((user_id, last_used)) = token else {
        return Ok(None);
    };
    let found = conn
        .prepare_cached(&owner_sql())?
        .query_row([user_id], from_row)
        .optional()?;
    let Some(user) = found else {
        return Ok(None);
    };
    if last_used.is_none_or(|t| t < now - 60) {
        conn.prepare_cached(
            "UPDATE api_tokens SET last_used_at = ?2
             WHERE token_hash = ?1 AND (last_used_at IS NULL OR last_used_at < ?2 - 60)",
        )?
        .execute(params![token_hash, now])?;
    }
    Ok(Some(user))
}

/// The tokens of one account, newest first.
pub fn list(conn: &Connection, user_id: Uuid) -> rusqlite::Result<Vec<TokenInfo>> {
    let mut stmt = conn.prepare(
        "SELECT id, name, created_at, last_used_at FROM api_tokens WHERE user_id = ?1
         ORDER BY created_at DESC, id DESC",
    )?;
    stmt.query_map([user_id.to_string()], |r| {
        Ok(TokenInfo {
            id: r.get(0)?,
            name: r.get(1)?,
            created_at: r.get(2)?,
            last_used_at: r.get(3)?,
        })
    })?
    .collect()
}

/// Revokes one of `user_id`'s tokens; false when it is not theirs or does not exist.
pub fn revoke(conn: &Connection, user_id: Uuid, token_id: i64) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        "DELETE FROM api_tokens WHERE id = ?1 AND user_id = ?2",
        params![token_id, user_id.to_string()],
    )? == 1)
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
            role: Role::Editor,
            password_hash: None,
        };
        users::insert(conn, &new, 0).unwrap().unwrap()
    }

    #[test]
    fn looking_up_another_token_reuses_the_planned_statements() {
        let conn = migrated();
        let id = user_id(&conn, "a@example.org");
        insert(&conn, id, "ci", "hash1", 5).unwrap();
        insert(&conn, id, "laptop", "hash2", 5).unwrap();
        for hash in ["hash1", "hash2", "hash1", "missing"] {
            assert!(user(&conn, hash, 10).unwrap().is_some() || hash == "missing");
        }
        let replanned: i32 = [TOKEN_SQL.to_string(), owner_sql()]
            .into_iter()
            .map(|sql| {
                let stmt = conn.prepare_cached(&sql).unwrap();
                stmt.get_status(rusqlite::StatementStatus::RePrepare)
            })
            .sum();
        assert_eq!(replanned, 0);
    }

    #[test]
    fn a_token_finds_its_owner_and_records_its_use() {
        let conn = migrated();
        let id = user_id(&conn, "a@example.org");
        insert(&conn, id, "ci", "hash1", 5).unwrap();
        assert_eq!(
            user(&conn, "hash1", 1000).unwrap().map(|u| u.role),
            Some(Role::Editor)
        );
        assert!(user(&conn, "other", 1000).unwrap().is_none());
        let listed = list(&conn, id).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(
            (listed[0].name.as_str(), listed[0].last_used_at),
            ("ci", Some(1000))
        );
    }

    #[test]
    fn a_token_used_again_within_a_minute_keeps_its_first_use_time() {
        let conn = migrated();
        let id = user_id(&conn, "a@example.org");
        insert(&conn, id, "ci", "hash1", 5).unwrap();
        let used = |now| {
            assert!(user(&conn, "hash1", now).unwrap().is_some());
            list(&conn, id).unwrap()[0].last_used_at
        };
        assert_eq!(used(1000), Some(1000));
        assert_eq!(used(1059), Some(1000));
        assert_eq!(used(1061), Some(1061));
    }

    #[test]
    fn only_the_owner_can_revoke_a_token() {
        let conn = migrated();
        let a = user_id(&conn, "a@example.org");
        let b = user_id(&conn, "b@example.org");
        let t = insert(&conn, a, "ci", "hash1", 5).unwrap();
        assert!(!revoke(&conn, b, t).unwrap());
        assert!(user(&conn, "hash1", 6).unwrap().is_some());
        assert!(revoke(&conn, a, t).unwrap());
        assert!(user(&conn, "hash1", 7).unwrap().is_none());
    }

    #[test]
    fn a_deactivated_accounts_tokens_stop_working() {
        let conn = migrated();
        let a = user_id(&conn, "a@example.org");
        insert(&conn, a, "ci", "hash1", 5).unwrap();
        users::deactivate(&conn, a, 6).unwrap();
        assert!(user(&conn, "hash1", 7).unwrap().is_none());
    }
}
