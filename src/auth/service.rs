//! Account operations shared by the CLI and the pages. Each takes a connection (so it runs inside
//! `Db::run`, `Db::run_blocking` or a transaction); password hashing stays with the caller, which does
//! it off the async threads.

use rusqlite::Connection;
use uuid::Uuid;

use super::cookie::{CookieId, SESSION_TTL_SECS};
use super::{api_token, secret, unix_now};
use crate::db::{self, invites, users::NewUser};
use crate::domain::{DisplayName, Email, Role, User};
use crate::error::{AppError, AppResult};

/// How long a setup link or invitation stays valid (7 days).
pub const INVITE_TTL_SECS: i64 = 7 * 24 * 3600;
/// The label of a token created without one.
pub const DEFAULT_TOKEN_LABEL: &str = "API token";

/// Creates an account (`password_hash` `None`: invited, chooses a password later).
pub fn create_account(
    conn: &Connection,
    email: &Email,
    name: &DisplayName,
    role: Role,
    password_hash: Option<&str>,
) -> AppResult<User> {
    let new = NewUser {
        email: email.as_str(),
        name: name.as_str(),
        role,
        password_hash,
    };
    let id = db::users::insert(conn, &new, unix_now())?.ok_or_else(|| {
        AppError::Unprocessable(format!(
            "an account with the e-mail {} already exists",
            email.as_str()
        ))
    })?;
    db::users::find(conn, id)?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("account {id} vanished after insert")))
}

/// A token label: trimmed, at most 100 characters; empty becomes the default label.
pub fn token_label(raw: Option<&str>) -> AppResult<String> {
    let label = raw.map(str::trim).unwrap_or("");
    if label.chars().count() > 100 {
        return Err(AppError::Unprocessable(
            "the token name must be at most 100 characters".into(),
        ));
    }
    Ok(if label.is_empty() {
        DEFAULT_TOKEN_LABEL.to_string()
    } else {
        label.to_string()
    })
}

/// Creates an API token for an account and returns the secret (shown once, stored only as a hash).
pub fn create_token(conn: &Connection, user_id: Uuid, label: &str) -> AppResult<String> {
    let token = api_token::generate().map_err(anyhow::Error::from)?;
    db::tokens::insert(conn, user_id, label, &token.hash, unix_now())?;
    Ok(token.secret)
}

/// Creates an API token for the active account with this e-mail (`claimdesk token create`).
pub fn create_token_for_email(conn: &Connection, email: &Email, label: &str) -> AppResult<String> {
    let user = match db::users::find_for_login(conn, email.as_str())? {
        Some((user, _)) if user.active => user,
        Some(_) => {
            return Err(AppError::Unprocessable(format!(
                "the account {} is deactivated",
                email.as_str()
            )));
        }
        None => {
            return Err(AppError::NotFound(format!(
                "no account with the e-mail {}",
                email.as_str()
            )));
        }
    };
    create_token(conn, user.id, label)
}

/// Starts a fresh session (a new random id at every sign-in, so a planted id is useless), ending the
/// session the browser had before, if any.
pub fn start_session(
    conn: &Connection,
    user_id: Uuid,
    previous: Option<&str>,
) -> AppResult<CookieId> {
    let now = unix_now();
    if let Some(previous) = previous {
        db::sessions::delete(conn, previous)?;
    }
    db::sessions::delete_expired(conn, now)?;
    let id = CookieId::generate().map_err(anyhow::Error::from)?;
    db::sessions::insert(conn, &id.hash(), user_id, now, now + SESSION_TTL_SECS)?;
    Ok(id)
}

/// On an instance without accounts: a new single-use setup link (replacing older ones) to create the
/// first admin. `None` once an account exists.
pub fn prepare_setup_link(conn: &Connection, base_url: &str) -> AppResult<Option<String>> {
    if db::users::count(conn)? > 0 {
        return Ok(None);
    }
    let token = secret::random_token().map_err(anyhow::Error::from)?;
    let now = unix_now();
    invites::replace_setup(
        conn,
        &secret::sha256_hex(&token),
        now,
        now + INVITE_TTL_SECS,
    )?;
    Ok(Some(format!(
        "{}/setup?token={token}",
        base_url.trim_end_matches('/')
    )))
}

/// A single-use link for an invited account to choose its password.
pub fn invite_link(conn: &Connection, user_id: Uuid, base_url: &str) -> AppResult<String> {
    let token = secret::random_token().map_err(anyhow::Error::from)?;
    let now = unix_now();
    invites::insert_for_user(
        conn,
        &secret::sha256_hex(&token),
        user_id,
        now,
        now + INVITE_TTL_SECS,
    )?;
    Ok(format!(
        "{}/setup?token={token}",
        base_url.trim_end_matches('/')
    ))
}

/// Refuses a change that would leave the instance without an active admin.
pub fn keep_an_admin(conn: &Connection, target: &User, new_role: Option<Role>) -> AppResult<()> {
    let loses_admin = target.role == Role::Admin && target.active && new_role != Some(Role::Admin);
    if loses_admin && db::users::active_admins(conn)? <= 1 {
        return Err(AppError::Unprocessable(
            "this is the last active admin; make someone else admin first".into(),
        ));
    }
    Ok(())
}
