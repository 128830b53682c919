//! `/account`: the signed-in user's own page: change the password (asks the current one), create and
//! revoke API tokens (a new token is shown once).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::home::see_other;
use crate::auth::password::{self, Password};
use crate::auth::{CurrentUser, service};
use crate::db::{self, tokens::TokenInfo};
use crate::error::{AppError, AppResult, not_found};
use crate::startup::AppState;

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage<'a> {
    user: &'a CurrentUser,
    tokens: &'a [TokenInfo],
    /// A token just created: shown this once.
    new_token: Option<&'a str>,
    message: Option<&'a str>,
    error: Option<&'a str>,
}

/// The change-password form.
#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

/// The new-token form.
#[derive(Debug, Deserialize)]
pub struct TokenForm {
    name: Option<String>,
}

/// `?saved=1` after a password change.
#[derive(Debug, Deserialize)]
pub struct Flash {
    saved: Option<String>,
}

async fn page(
    state: &AppState,
    user: &CurrentUser,
    status: StatusCode,
    new_token: Option<&str>,
    message: Option<&str>,
    error: Option<&str>,
) -> AppResult<HttpResponse> {
    let id = user.id();
    let tokens = state
        .db
        .run(move |conn| Ok(db::tokens::list(conn, id)?))
        .await?;
    let body = AccountPage {
        user,
        tokens: &tokens,
        new_token,
        message,
        error,
    }
    .render()?;
    // These pages may show a secret once (a new token, an invitation link): never cache them.
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .body(body))
}

/// `GET /account`.
pub async fn show(
    state: web::Data<AppState>,
    user: CurrentUser,
    flash: web::Query<Flash>,
) -> AppResult<HttpResponse> {
    let message = flash
        .saved
        .as_ref()
        .map(|_| "Your password was changed; your other sessions were signed out.");
    page(&state, &user, StatusCode::OK, None, message, None).await
}

/// `POST /account/password`: checks the current password, stores the new one, signs out the other
/// sessions of this account.
pub async fn change_password(
    state: web::Data<AppState>,
    user: CurrentUser,
    form: web::Form<PasswordForm>,
) -> AppResult<HttpResponse> {
    let PasswordForm {
        current,
        password,
        confirm,
    } = form.into_inner();
    let new = match (password == confirm, Password::parse(password)) {
        (false, _) => Err("the two new passwords differ".to_string()),
        (true, parsed) => parsed,
    };
    let new = match new {
        Ok(new) => new,
        Err(message) => {
            return page(
                &state,
                &user,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                None,
                Some(&message),
            )
            .await;
        }
    };
    let id = user.id();
    let stored = state
        .db
        .run(move |conn| Ok(db::users::password_hash(conn, id)?))
        .await?;
    let hashed = web::block(move || {
        if !password::verify_login(&current, stored.as_deref()) {
            return Ok(None);
        }
        password::hash(&new).map(Some)
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("blocking pool: {e}")))?
    .map_err(anyhow::Error::from)?;
    let Some(hash) = hashed else {
        return page(
            &state,
            &user,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            None,
            Some("the current password is wrong"),
        )
        .await;
    };
    let keep = user.session_hash().unwrap_or_default();
    state
        .db
        .run(move |conn| {
            let tx = conn.transaction()?;
            db::users::set_password(&tx, id, &hash)?;
            db::sessions::delete_others(&tx, id, &keep)?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(see_other("/account?saved=1"))
}

/// `POST /account/tokens`: creates a token and shows it this once.
pub async fn create_token(
    state: web::Data<AppState>,
    user: CurrentUser,
    form: web::Form<TokenForm>,
) -> AppResult<HttpResponse> {
    let label = service::token_label(form.name.as_deref())?;
    let id = user.id();
    let secret = state
        .db
        .run(move |conn| service::create_token(conn, id, &label))
        .await?;
    page(&state, &user, StatusCode::OK, Some(&secret), None, None).await
}

/// `POST /account/tokens/{id}/revoke`: deletes one of the user's own tokens.
pub async fn revoke_token(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (id, token_id) = (user.id(), path.into_inner());
    let revoked = state
        .db
        .run(move |conn| Ok(db::tokens::revoke(conn, id, token_id)?))
        .await?;
    if !revoked {
        return Err(not_found("token"));
    }
    Ok(see_other("/account"))
}
