//! `/admin/users` (admins only): list accounts, create one (initial password or single-use invitation
//! link), change a role, deactivate (never delete: history keeps the name).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::home::see_other;
use crate::auth::password::{self, Password};
use crate::auth::{CurrentUser, Role, service, unix_now};
use crate::db;
use crate::domain::{DisplayName, Email, User, parse_id};
use crate::error::{AppError, AppResult, not_found};
use crate::startup::AppState;

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage<'a> {
    user: &'a CurrentUser,
    users: &'a [User],
    roles: &'a [Role],
    form: &'a NewUserForm,
    error: Option<&'a str>,
    /// Shown once after creating an invited account.
    invite_link: Option<&'a str>,
}

/// The create-account form.
#[derive(Debug, Default, Deserialize)]
pub struct NewUserForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub role: String,
    /// `password` (set an initial password) or `invite` (make a single-use link).
    #[serde(default)]
    pub mode: String,
    #[serde(default)]
    pub password: String,
}

/// The change-role form.
#[derive(Debug, Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

async fn page(
    state: &AppState,
    user: &CurrentUser,
    status: StatusCode,
    form: &NewUserForm,
    error: Option<&str>,
    invite_link: Option<&str>,
) -> AppResult<HttpResponse> {
    let users = state.db.run(|conn| Ok(db::users::list(conn)?)).await?;
    let body = UsersPage {
        user,
        users: &users,
        roles: &Role::ALL,
        form,
        error,
        invite_link,
    }
    .render()?;
    // These pages may show a secret once (a new token, an invitation link): never cache them.
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .body(body))
}

/// `GET /admin/users`.
pub async fn list(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    page(
        &state,
        &user,
        StatusCode::OK,
        &NewUserForm::default(),
        None,
        None,
    )
    .await
}

/// `POST /admin/users`: creates the account; `303` back (password) or the page with the link (invite).
pub async fn create(
    state: web::Data<AppState>,
    user: CurrentUser,
    form: web::Form<NewUserForm>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let form = form.into_inner();
    let parsed = (|| -> Result<_, String> {
        let email = Email::parse(&form.email)?;
        let name = DisplayName::parse(&form.name)?;
        let role =
            Role::parse(&form.role).ok_or("choose a role: viewer, reviewer, editor or admin")?;
        let password = match form.mode.as_str() {
            "invite" => None,
            _ => Some(Password::parse(form.password.clone())?),
        };
        Ok((email, name, role, password))
    })();
    let (email, name, role, password) = match parsed {
        Ok(p) => p,
        Err(message) => {
            return page(
                &state,
                &user,
                StatusCode::UNPROCESSABLE_ENTITY,
                &form,
                Some(&message),
                None,
            )
            .await;
        }
    };
    let hash = match password {
        Some(pw) => Some(
            web::block(move || password::hash(&pw))
                .await
                .map_err(|e| AppError::Internal(anyhow::anyhow!("blocking pool: {e}")))?
                .map_err(anyhow::Error::from)?,
        ),
        None => None,
    };
    let base_url = state.base_url.clone();
    let created = state
        .db
        .run(move |conn| {
            let tx = conn.transaction()?;
            let created = service::create_account(&tx, &email, &name, role, hash.as_deref())?;
            let link = match hash {
                Some(_) => None,
                None => Some(service::invite_link(&tx, created.id, &base_url)?),
            };
            tx.commit()?;
            Ok(link)
        })
        .await;
    match created {
        Ok(None) => Ok(see_other("/admin/users")),
        Ok(Some(link)) => {
            page(
                &state,
                &user,
                StatusCode::OK,
                &NewUserForm::default(),
                None,
                Some(&link),
            )
            .await
        }
        Err(AppError::Unprocessable(message)) => {
            page(
                &state,
                &user,
                StatusCode::UNPROCESSABLE_ENTITY,
                &form,
                Some(&message),
                None,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

async fn target(state: &AppState, raw_id: &str) -> AppResult<User> {
    let id = parse_id(raw_id).ok_or_else(|| not_found("account"))?;
    state
        .db
        .run(move |conn| db::users::find(conn, id)?.ok_or_else(|| not_found("account")))
        .await
}

/// `POST /admin/users/{id}/role`.
pub async fn set_role(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<RoleForm>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let role = Role::parse(&form.role).ok_or_else(|| {
        AppError::Unprocessable("choose a role: viewer, reviewer, editor or admin".into())
    })?;
    let target = target(&state, &path).await?;
    state
        .db
        .run(move |conn| {
            let tx = conn.transaction()?;
            service::keep_an_admin(&tx, &target, Some(role))?;
            db::users::set_role(&tx, target.id, role)?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(see_other("/admin/users"))
}

/// `POST /admin/users/{id}/deactivate`: the account's sessions and tokens stop at once.
pub async fn deactivate(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let target = target(&state, &path).await?;
    state
        .db
        .run(move |conn| {
            let tx = conn.transaction()?;
            service::keep_an_admin(&tx, &target, None)?;
            db::users::deactivate(&tx, target.id, unix_now())?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(see_other("/admin/users"))
}

/// `POST /admin/users/{id}/invite`: a fresh single-use link for an invited account that has not chosen
/// its password yet (the earlier link stops working); shown once on the accounts page.
pub async fn reinvite(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let target = target(&state, &path).await?;
    if !target.active || target.has_password {
        return Err(AppError::Unprocessable(
            "only an active account that has not chosen its password can get a new invitation"
                .into(),
        ));
    }
    let base_url = state.base_url.clone();
    let link = state
        .db
        .run(move |conn| service::invite_link(conn, target.id, &base_url))
        .await?;
    page(
        &state,
        &user,
        StatusCode::OK,
        &NewUserForm::default(),
        None,
        Some(&link),
    )
    .await
}
