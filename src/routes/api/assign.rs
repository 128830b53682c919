//! `POST /api/v1/claims/{id}/assign`: the claim assignment of the article page for scripts, under the same
//! rules (routes::assignment) and the same optimistic concurrency as a review.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::{claim_value, with_assignee};
use crate::auth::CurrentUser;
use crate::db::edits::{self, Outcome};
use crate::db::{self};
use crate::domain::{Role, parse_id};
use crate::error::{AppError, AppResult, not_found};
use crate::routes::assignment::{Target, may_assign, resolve};
use crate::routes::claim_forms::basis;
use crate::routes::outcome::{actor, announce};
use crate::startup::AppState;

/// The body: `assignee` an account id, `"me"`, or `null`/`""` (nobody); `version` the claim's version.
#[derive(Deserialize)]
pub struct AssignBody {
    assignee: Option<String>,
    version: Option<i64>,
}

/// `POST /api/v1/claims/{id}/assign` → `200` the claim with its assignee; `409` stale; `403`/`422`.
pub async fn assign(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    body: web::Json<AssignBody>,
) -> AppResult<HttpResponse> {
    user.require(Role::Reviewer)?;
    let id = parse_id(&path).ok_or_else(|| not_found("claim"))?;
    let target = Target::parse(body.assignee.as_deref().unwrap_or(""))?;
    let version = body.version.ok_or_else(|| {
        AppError::Unprocessable(
            "\"version\" is required: send the version of the claim you assign".into(),
        )
    })?;
    let (me, role, my_id) = (actor(&user), user.role(), user.id());
    let b = basis(&user, Some(version));
    let outcome = state
        .db
        .run(move |conn| {
            let claim = db::claims::get(conn, id)?.ok_or_else(|| not_found("claim"))?;
            let what = format!("claim {}", claim.number);
            may_assign(role, my_id, target, claim.assignee.as_ref(), &what)
                .map_err(AppError::Forbidden)?;
            let assignee = resolve(conn, target, &me)?;
            edits::assign(conn, id, &b, assignee.as_ref())?.ok_or_else(|| not_found("claim"))
        })
        .await?;
    match outcome {
        Outcome::Applied(claim) => {
            announce(&state, &user, &claim, "assignment");
            Ok(HttpResponse::Ok().json(with_assignee(&claim)))
        }
        Outcome::Stale(claim, _) => Err(AppError::Conflict {
            message: format!(
                "version {version} is stale: the claim is at version {}; nothing was changed",
                claim.version
            ),
            current: Some(Box::new(claim_value(&claim))),
        }),
        Outcome::Invalid(message) => Err(AppError::Unprocessable(message)),
    }
}
