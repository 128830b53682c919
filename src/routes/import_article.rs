//! `POST /articles/import`: a web address or an uploaded `.html`/`.txt` file becomes the new-article form,
//! pre-filled with what was extracted, for the user to check and save. Nothing is stored here.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError, web};
use futures_util::StreamExt;

use super::new_article::{FormState, render};
use crate::auth::{CurrentUser, Role};
use crate::db;
use crate::domain::RawArticle;
use crate::error::{AppError, AppResult};
use crate::ingest::source::{Source, draft, raw_from_draft};
use crate::ingest::{IngestError, MAX_BYTES};
use crate::startup::AppState;

/// Room for the form fields around a file of the largest accepted size.
const FORM_LIMIT: usize = MAX_BYTES + 64 * 1024;

/// `POST /articles/import` (multipart: `url`, `file`).
pub async fn import(
    state: web::Data<AppState>,
    user: CurrentUser,
    multipart: Multipart,
) -> AppResult<HttpResponse> {
    user.require(Role::Editor)?;
    let (url, file) = read_fields(multipart).await?;
    let given = RawArticle {
        url: url.clone().unwrap_or_default(),
        ..RawArticle::default()
    };
    let source = match (file, url) {
        (Some((name, bytes)), _) => Source::File { name, bytes },
        (None, Some(url)) => Source::Url(url),
        (None, None) => {
            let errors = vec!["give a web address or choose a file to import".to_string()];
            let form = FormState {
                errors,
                ..FormState::default()
            };
            return render(user, given, form, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let fetch = state.fetch.clone();
    let drafted = web::block(move || draft(&source, &fetch))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("blocking pool: {e}")))?;
    let draft = match drafted {
        Ok(draft) => draft,
        Err(e) => return refused(user, given, e),
    };
    let raw = raw_from_draft(&draft, &given);
    let (url, text) = (raw.url.clone(), raw.text.clone());
    let duplicate = state
        .db
        .run(move |conn| Ok(db::duplicates::find(conn, Some(&url), &text)?))
        .await?;
    // Asking to check and add would contradict the link to the stored copy.
    let notice = duplicate.is_none().then(|| {
        "Check the title, byline, outlet, date and text found on the page, then add the article."
            .to_string()
    });
    render(
        user,
        raw,
        FormState {
            notice,
            duplicate,
            ..FormState::default()
        },
        StatusCode::OK,
    )
}

/// The form again with the reason the import failed, and the status that reason deserves.
fn refused(user: CurrentUser, given: RawArticle, e: IngestError) -> AppResult<HttpResponse> {
    let status = AppError::from(e.clone()).status_code();
    let form = FormState {
        errors: vec![e.to_string()],
        ..FormState::default()
    };
    render(user, given, form, status)
}

/// Reads `url` (trimmed, None if blank) and `file` (name and bytes, None if no file was chosen).
async fn read_fields(
    mut multipart: Multipart,
) -> AppResult<(Option<String>, Option<(String, Vec<u8>)>)> {
    let unreadable = |e: actix_multipart::MultipartError| {
        AppError::BadRequest(format!("the form could not be read: {e}"))
    };
    let (mut url, mut file) = (None, None);
    let mut total = 0usize;
    while let Some(field) = multipart.next().await {
        let mut field = field.map_err(unreadable)?;
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .map(str::to_string);
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(unreadable)?;
            total += chunk.len();
            if total > FORM_LIMIT {
                let too_large = IngestError::TooLarge {
                    limit_mb: MAX_BYTES / (1024 * 1024),
                };
                return Err(too_large.into());
            }
            bytes.extend_from_slice(&chunk);
        }
        match name.as_str() {
            "file" if !bytes.is_empty() => file = Some((file_name.unwrap_or_default(), bytes)),
            "url" => {
                let value = String::from_utf8_lossy(&bytes).trim().to_string();
                url = (!value.is_empty()).then_some(value);
            }
            _ => {}
        }
    }
    Ok((url, file))
}
