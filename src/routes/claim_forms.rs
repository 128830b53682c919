//! The reviewer's forms on a claim: a note, an evidence link, remove and restore (assignment: assignment.rs). Each
//! carries the claim version it was based on; the answer is `303` back, `409` conflict page or `422`.

use actix_web::{HttpResponse, web};
use rusqlite::Connection;
use serde::Deserialize;
use uuid::Uuid;

use super::outcome::{
    Attempt, actor, announce, back_to, conflict, require_editor, require_reviewer, what_changed,
};
use crate::auth::CurrentUser;
use crate::db::edits::{self, Basis, Outcome};
use crate::domain::evidence::parse_note;
use crate::domain::{EvidenceItem, parse_id};
use crate::error::{AppError, AppResult, not_found};
use crate::startup::AppState;

/// Parses the claim id of the URL (malformed → 404).
pub fn claim_id(path: &str) -> AppResult<Uuid> {
    parse_id(path).ok_or_else(|| not_found("claim"))
}

/// The basis of a change by `user` on `version`.
pub fn basis(user: &CurrentUser, version: Option<i64>) -> Basis {
    Basis {
        actor: actor(user),
        at: crate::db::time::now(),
        expected_version: version,
    }
}

/// Applies one change to a claim on the blocking pool and answers as [`answer`] does; a claim that
/// does not exist (the change gives `None`) is a 404.
pub async fn apply<F>(
    state: &AppState,
    user: &CurrentUser,
    attempt: Attempt,
    change: F,
) -> AppResult<HttpResponse>
where
    F: FnOnce(&mut Connection) -> rusqlite::Result<Option<Outcome>> + Send + 'static,
{
    let outcome = state
        .db
        .run(move |conn| change(conn)?.ok_or_else(|| not_found("claim")))
        .await?;
    answer(state, user, outcome, attempt)
}

/// Turns an outcome into the answer, announcing applied changes to live pages.
fn answer(
    state: &AppState,
    user: &CurrentUser,
    outcome: Outcome,
    attempt: Attempt,
) -> AppResult<HttpResponse> {
    match outcome {
        Outcome::Applied(claim) => {
            announce(state, user, &claim, what_changed(&attempt.action));
            Ok(back_to(&claim))
        }
        Outcome::Stale(current, last) => conflict(user, &current, last.as_ref(), &attempt),
        Outcome::Invalid(message) => Err(AppError::Unprocessable(message)),
    }
}

/// The note form.
#[derive(Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    body: String,
    version: Option<i64>,
}

/// `POST /claims/{id}/notes`.
pub async fn add_note(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<NoteForm>,
) -> AppResult<HttpResponse> {
    require_reviewer(&user)?;
    let id = claim_id(&path)?;
    let body = parse_note(&form.body).map_err(|e| AppError::Unprocessable(e.to_string()))?;
    let b = basis(&user, form.version);
    let note = body.clone();
    let attempt = Attempt {
        action: format!("/claims/{id}/notes"),
        describe: format!("add the note “{body}”"),
        fields: vec![("body".into(), body)],
    };
    apply(&state, &user, attempt, move |conn| {
        edits::add_note(conn, id, &b, &note)
    })
    .await
}

/// The evidence form.
#[derive(Deserialize)]
pub struct EvidenceForm {
    #[serde(default)]
    url: String,
    #[serde(default)]
    label: String,
    excerpt: Option<String>,
    version: Option<i64>,
}

/// `POST /claims/{id}/evidence`.
pub async fn add_evidence(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<EvidenceForm>,
) -> AppResult<HttpResponse> {
    require_reviewer(&user)?;
    let id = claim_id(&path)?;
    let item = EvidenceItem::parse(&form.url, &form.label, form.excerpt.as_deref())
        .map_err(|e| AppError::Unprocessable(e.to_string()))?;
    let b = basis(&user, form.version);
    let stored = item.clone();
    let attempt = Attempt {
        action: format!("/claims/{id}/evidence"),
        describe: format!("add the evidence “{}” ({})", item.label, item.url),
        fields: vec![
            ("url".into(), item.url.to_string()),
            ("label".into(), item.label),
            ("excerpt".into(), item.excerpt.unwrap_or_default()),
        ],
    };
    apply(&state, &user, attempt, move |conn| {
        edits::add_evidence(conn, id, &b, &stored)
    })
    .await
}

/// A form that carries only the version.
#[derive(Deserialize)]
pub struct VersionForm {
    version: Option<i64>,
}

/// `POST /claims/{id}/remove`: soft delete of a non-claim (editors).
pub async fn remove(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<VersionForm>,
) -> AppResult<HttpResponse> {
    require_editor(&user)?;
    let id = claim_id(&path)?;
    let b = basis(&user, form.version);
    let attempt = Attempt {
        action: format!("/claims/{id}/remove"),
        describe: "remove this claim (not a claim)".into(),
        fields: Vec::new(),
    };
    apply(&state, &user, attempt, move |conn| {
        edits::remove(conn, id, &b)
    })
    .await
}

/// `POST /claims/{id}/restore`: brings a removed claim back (editors).
pub async fn restore(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<VersionForm>,
) -> AppResult<HttpResponse> {
    require_editor(&user)?;
    let id = claim_id(&path)?;
    let b = basis(&user, form.version);
    let attempt = Attempt {
        action: format!("/claims/{id}/restore"),
        describe: "restore this claim".into(),
        fields: Vec::new(),
    };
    apply(&state, &user, attempt, move |conn| {
        edits::restore(conn, id, &b)
    })
    .await
}
