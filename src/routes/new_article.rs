//! Adding an article: the form (`/articles/new`) and its POST, as a URL-encoded form or multipart with a
//! `.txt` upload. Bad input re-renders the form with the user's input and every problem (422 / 413).

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use futures_util::StreamExt;

use super::BODY_LIMIT;
use super::home::see_other;
use crate::auth::{CurrentUser, Role};
use crate::db;
use crate::db::duplicates::{Existing, Stored};
use crate::domain::{ArticleError, NewArticle, RawArticle};
use crate::error::{AppError, AppResult};
use crate::startup::AppState;

#[derive(Template)]
#[template(path = "articles/new.html")]
struct NewPage {
    user: CurrentUser,
    raw: RawArticle,
    errors: Vec<String>,
    /// Shown above the form after an import: what to check before saving.
    notice: Option<String>,
    /// The stored article with the same URL or text, offered instead of a copy.
    duplicate: Option<Existing>,
}

/// `GET /articles/new`: the empty form.
pub async fn form(user: CurrentUser) -> AppResult<HttpResponse> {
    user.require(Role::Editor)?;
    render(
        user,
        RawArticle::default(),
        FormState::default(),
        StatusCode::OK,
    )
}

/// What the new-article form shows besides the fields.
#[derive(Default)]
pub(super) struct FormState {
    pub errors: Vec<String>,
    pub notice: Option<String>,
    pub duplicate: Option<Existing>,
}

/// Renders the new-article form with `raw` filled in.
pub(super) fn render(
    user: CurrentUser,
    raw: RawArticle,
    state: FormState,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let page = NewPage {
        user,
        raw,
        errors: state.errors,
        notice: state.notice,
        duplicate: state.duplicate,
    };
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(page.render()?))
}

/// `POST /articles` as `application/x-www-form-urlencoded`.
pub async fn create(
    state: web::Data<AppState>,
    user: CurrentUser,
    form: web::Form<RawArticle>,
) -> AppResult<HttpResponse> {
    user.require(Role::Editor)?;
    save(state, user, form.into_inner()).await
}

/// `POST /articles` as `multipart/form-data` (the browser form, which can carry a `.txt` file).
pub async fn create_multipart(
    state: web::Data<AppState>,
    user: CurrentUser,
    multipart: Multipart,
) -> AppResult<HttpResponse> {
    user.require(Role::Editor)?;
    let raw = read_multipart(multipart).await?;
    save(state, user, raw).await
}

/// Parses, stores and redirects to the new article; or re-renders the form with the problems.
async fn save(
    state: web::Data<AppState>,
    user: CurrentUser,
    raw: RawArticle,
) -> AppResult<HttpResponse> {
    let article = match NewArticle::parse(&raw) {
        Ok(article) => article,
        Err(errors) => {
            let status = if errors.contains(&ArticleError::TextTooLarge) {
                StatusCode::PAYLOAD_TOO_LARGE
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let errors = errors.iter().map(ToString::to_string).collect();
            let form = FormState {
                errors,
                ..FormState::default()
            };
            return render(user, raw, form, status);
        }
    };
    // The same URL or text twice: the stored article is offered instead of a copy.
    let stored = state
        .db
        .run(move |conn| Ok(db::duplicates::store_once(conn, &article, db::time::now())?))
        .await?;
    let id = match stored {
        Stored::Created(id) => id,
        Stored::Duplicate(existing) => existing.id,
    };
    Ok(see_other(&format!("/articles/{id}")))
}

/// Reads the multipart fields; a non-empty `file` replaces the `text` field.
async fn read_multipart(mut multipart: Multipart) -> AppResult<RawArticle> {
    let mut raw = RawArticle::default();
    let mut total = 0usize;
    while let Some(field) = multipart.next().await {
        let mut field =
            field.map_err(|e| AppError::BadRequest(format!("the form could not be read: {e}")))?;
        let name = field.name().unwrap_or_default().to_string();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk
                .map_err(|e| AppError::BadRequest(format!("the form could not be read: {e}")))?;
            total += chunk.len();
            if total > BODY_LIMIT {
                return Err(AppError::TooLarge(
                    "the text is larger than 2 MB".to_string(),
                ));
            }
            bytes.extend_from_slice(&chunk);
        }
        if name == "file" {
            if bytes.is_empty() {
                continue; // no file chosen
            }
            let text = String::from_utf8(bytes)
                .map_err(|_| AppError::BadRequest("the file is not UTF-8 text".to_string()))?;
            raw.text = text
                .strip_prefix('\u{feff}')
                .map(str::to_string)
                .unwrap_or(text);
            continue;
        }
        let value = String::from_utf8(bytes)
            .map_err(|_| AppError::BadRequest(format!("the field {name} is not UTF-8 text")))?;
        match name.as_str() {
            "title" => raw.title = value,
            "outlet" => raw.outlet = value,
            "byline" => raw.byline = value,
            "url" => raw.url = value,
            "published" => raw.published = value,
            "text" if raw.text.is_empty() => raw.text = value,
            _ => {}
        }
    }
    Ok(raw)
}
