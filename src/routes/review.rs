//! The review form on the article page: mark a claim verified, disputed or pending, with a note.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::outcome::{Attempt, announce, back_to, conflict};
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
        note: decision.note.clone(),
        expected_version: form.version,
        user_id: Some(user.id().to_string()),
        user_name: user.display_name().to_string(),
        at: db::time::now(),
    };
    let note = review.note.clone().unwrap_or_default();
    let outcome = state
        .db
        .run(move |conn| db::claims::review(conn, id, &review)?.ok_or_else(|| not_found("claim")))
        .await?;
    match outcome {
        ReviewOutcome::Applied(claim) => {
            announce(&state, &user, &claim, "status");
            Ok(back_to(&claim))
        }
        ReviewOutcome::Refused(rule) => Err(AppError::Unprocessable(rule.to_string())),
        ReviewOutcome::Stale(claim, last) => {
            let describe = if note.is_empty() {
                format!("mark it {}", decision.status.label())
            } else {
                format!("mark it {} with the note “{note}”", decision.status.label())
            };
            let attempt = Attempt {
                action: format!("/claims/{id}/review"),
                fields: vec![
                    ("status".into(), decision.status.as_str().into()),
                    ("note".into(), note),
                ],
                describe,
            };
            conflict(&user, &claim, last.as_ref(), &attempt)
        }
    }
}
