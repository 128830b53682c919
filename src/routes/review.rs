//! The review form on the article page: mark a claim verified, disputed or pending, with a note.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::home::see_other;
use crate::auth::{CurrentUser, Role};
use crate::db::{self, claims::Review, claims::ReviewOutcome};
use crate::domain::{Decision, parse_id};
use crate::error::{AppError, AppResult, not_found};
use crate::startup::AppState;

/// The fields of the review form.
#[derive(Debug, Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    pub status: String,
    pub note: Option<String>,
    /// The claim version the page showed; a stale one is refused (someone reviewed it meanwhile).
    pub version: Option<i64>,
}

/// `POST /claims/{id}/review`: records the decision and returns to the claim (`303 …#claim-N`).
pub async fn submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<ReviewForm>,
) -> AppResult<HttpResponse> {
    user.require(Role::Reviewer)?;
    let id = parse_id(&path).ok_or_else(|| not_found("claim"))?;
    let form = form.into_inner();
    let decision = Decision::parse(&form.status, form.note.as_deref())
        .map_err(|e| AppError::Unprocessable(e.to_string()))?;
    let review = Review {
        status: decision.status,
        note: decision.note,
        expected_version: form.version,
        user_id: Some(user.id().to_string()),
        at: db::time::now(),
    };
    let outcome = state
        .db
        .run(move |conn| db::claims::review(conn, id, &review)?.ok_or_else(|| not_found("claim")))
        .await?;
    match outcome {
        ReviewOutcome::Applied(claim) => Ok(see_other(&format!(
            "/articles/{}#claim-{}",
            claim.article_id, claim.number
        ))),
        ReviewOutcome::Stale(claim) => Err(AppError::Conflict {
            message: format!(
                "claim {} was changed by someone else since you opened the page, so your decision was not \
                 applied; it is now {}. Go back, reload the article and decide again.",
                claim.number, claim.status
            ),
            current: None,
        }),
    }
}
