//! What a claim form answers after a change: `303` back to the claim, a `409` page that shows the
//! conflict with a one-click re-apply, or a `422` with the reason. Also the role checks and the actor.

use actix_web::{HttpResponse, http::StatusCode};
use askama::Template;

use super::home::see_other;
use super::view;
use crate::auth::{CurrentUser, Role};
use crate::db::claims::StoredClaim;
use crate::db::timeline::{Actor, Entry};
use crate::error::AppResult;
use crate::startup::AppState;

/// Who is acting, as the timeline records it.
pub fn actor(user: &CurrentUser) -> Actor {
    Actor {
        id: Some(user.id().to_string()),
        name: user.display_name().to_string(),
    }
}

/// Refuses anyone who may not set statuses, write notes or add evidence (viewers): 403.
pub fn require_reviewer(user: &CurrentUser) -> AppResult<()> {
    user.require(Role::Reviewer)
}

/// Refuses anyone who may not correct the extraction (only editors and admins may): 403.
pub fn require_editor(user: &CurrentUser) -> AppResult<()> {
    user.require(Role::Editor)
}

/// The change a user tried, so the conflict page can show it and send it again.
pub struct Attempt {
    /// The form's action URL.
    pub action: String,
    /// The form's fields except `version`.
    pub fields: Vec<(String, String)>,
    /// "mark it Disputed with the note …".
    pub describe: String,
}

#[derive(Template)]
#[template(path = "claims/conflict.html")]
struct ConflictPage<'a> {
    user: &'a CurrentUser,
    claim: &'a StoredClaim,
    who: String,
    when: String,
    what: String,
    source: &'a str,
    attempt: &'a Attempt,
}

/// `303` back to the claim on its article page.
pub fn back_to(claim: &StoredClaim) -> HttpResponse {
    see_other(&format!(
        "/articles/{}#claim-{}",
        claim.article_id, claim.number
    ))
}

/// The `409` page: who changed what and when, both versions, and the re-apply button.
pub fn conflict(
    user: &CurrentUser,
    current: &StoredClaim,
    last: Option<&Entry>,
    attempt: &Attempt,
) -> AppResult<HttpResponse> {
    let page = ConflictPage {
        user,
        claim: current,
        who: last.map_or_else(|| "someone".to_string(), |e| e.user_name.clone()),
        when: last.map_or_else(|| view::time(current.updated_at), |e| view::time(e.at)),
        what: last.map_or_else(String::new, |e| match &e.detail {
            Some(d) => format!("{} ({d})", e.summary),
            None => e.summary.clone(),
        }),
        source: view::source_name(current.claim.source.as_ref()),
        attempt,
    };
    Ok(HttpResponse::build(StatusCode::CONFLICT)
        .content_type("text/html; charset=utf-8")
        .body(page.render()?))
}

/// What a claim form changed, named after the last segment of its URL (`/claims/{id}/notes` → `note`),
/// for the `what` of a live `change` event.
pub fn what_changed(action: &str) -> &'static str {
    match action.rsplit('/').next().unwrap_or_default() {
        "review" => "status",
        "notes" => "note",
        "evidence" => "evidence",
        "assign" => "assignment",
        "source" => "source",
        "span" => "span",
        "split" => "split",
        "remove" => "removal",
        "restore" => "restore",
        _ => "added",
    }
}

/// Tells the article's open pages that a claim changed (Server-Sent Events); `what` as [`what_changed`].
pub fn announce(state: &AppState, user: &CurrentUser, claim: &StoredClaim, what: &str) {
    let data = serde_json::json!({
        "claim": claim.id,
        "number": claim.number,
        "status": claim.status,
        "version": claim.version,
        "removed": claim.deleted_at.is_some(),
        "by": user.display_name(),
        "by_id": user.id(),
        "what": what,
    });
    state
        .live
        .publish(claim.article_id, "change", &data.to_string());
}
