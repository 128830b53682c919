//! `/api/v1/claims/{id}`: review a claim (optimistic concurrency on `version`) and read its history.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::{ClaimJson, claim_value};
use crate::auth::{CurrentUser, Role};
use crate::db::{self, claims::Review, claims::ReviewOutcome};
use crate::domain::{Decision, parse_id};
use crate::error::{AppError, AppResult, not_found};
use crate::startup::AppState;

/// The body of `POST /api/v1/claims/{id}/review`.
#[derive(Deserialize)]
pub struct ReviewBody {
    #[serde(default)]
    status: String,
    note: Option<String>,
    version: Option<i64>,
}

/// `POST /api/v1/claims/{id}/review` → `200` the updated claim, `409` with the current claim if stale.
pub async fn review(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    body: web::Json<ReviewBody>,
) -> AppResult<HttpResponse> {
    user.require(Role::Reviewer)?;
    let id = parse_id(&path).ok_or_else(|| not_found("claim"))?;
    let body = body.into_inner();
    let decision = Decision::parse(&body.status, body.note.as_deref())
        .map_err(|e| AppError::Unprocessable(e.to_string()))?;
    let version = body.version.ok_or_else(|| {
        AppError::Unprocessable(
            "\"version\" is required: send the version of the claim you reviewed".into(),
        )
    })?;
    let review = Review {
        status: decision.status,
        note: decision.note,
        expected_version: Some(version),
        user_id: Some(user.id().to_string()),
        user_name: user.display_name().to_string(),
        at: db::time::now(),
    };
    let outcome = state
        .db
        .run(move |conn| db::claims::review(conn, id, &review)?.ok_or_else(|| not_found("claim")))
        .await?;
    match outcome {
        ReviewOutcome::Applied(claim) => {
            crate::routes::outcome::announce(&state, &user, &claim, "status");
            Ok(HttpResponse::Ok().json(ClaimJson::from(&claim)))
        }
        ReviewOutcome::Refused(rule) => Err(AppError::Unprocessable(rule.to_string())),
        ReviewOutcome::Stale(claim, _) => Err(AppError::Conflict {
            message: format!(
                "version {version} is stale: the claim is at version {} ({}); nothing was changed",
                claim.version, claim.status
            ),
            current: Some(Box::new(claim_value(&claim))),
        }),
    }
}

/// `GET /api/v1/claims/{id}/history` → `{"history": [{"at", "user", "from", "to", "note"}]}`, oldest first.
pub async fn history(
    state: web::Data<AppState>,
    _user: CurrentUser,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&path).ok_or_else(|| not_found("claim"))?;
    let entries = state
        .db
        .run(move |conn| {
            db::claims::get(conn, id)?.ok_or_else(|| not_found("claim"))?;
            Ok(db::history::for_claim(conn, id)?)
        })
        .await?;
    let history: Vec<serde_json::Value> = entries
        .iter()
        .map(|h| {
            serde_json::json!({
                "at": db::time::format(h.at),
                "user": h.user_name,
                "from": h.from,
                "to": h.to,
                "note": h.note,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(serde_json::json!({ "history": history })))
}
