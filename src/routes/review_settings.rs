//! `/settings/review`: the admin's switch for "verified needs evidence or a note" (on by default).

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::home::{html, see_other};
use crate::auth::{CurrentUser, Role};
use crate::db;
use crate::error::{AppError, AppResult};
use crate::startup::AppState;

#[derive(Template)]
#[template(path = "settings/review.html")]
struct SettingsPage<'a> {
    user: &'a CurrentUser,
    verified_needs_support: bool,
    admin: bool,
}

/// `GET /settings/review`.
pub async fn show(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    let on = state
        .db
        .run(|conn| Ok(db::evidence::verified_needs_support(conn)?))
        .await?;
    let page = SettingsPage {
        admin: user.role() == Role::Admin,
        user: &user,
        verified_needs_support: on,
    };
    Ok(html(page.render()?))
}

/// The settings form: a checked box sends `verified_needs_support=on`.
#[derive(Deserialize)]
pub struct SettingsForm {
    verified_needs_support: Option<String>,
}

/// `POST /settings/review` (admins).
pub async fn update(
    state: web::Data<AppState>,
    user: CurrentUser,
    form: web::Form<SettingsForm>,
) -> AppResult<HttpResponse> {
    if user.role() != Role::Admin {
        return Err(AppError::Forbidden(
            "only admins may change the review rules".into(),
        ));
    }
    let on = form.verified_needs_support.is_some();
    state
        .db
        .run(move |conn| Ok(db::evidence::set_verified_needs_support(conn, on)?))
        .await?;
    Ok(see_other("/settings/review"))
}
