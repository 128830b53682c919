//! One claim's card on the article page — its view model, shared by the whole page, and
//! `GET /claims/{id}/card`, the card alone, which static/app.js fetches to update an open page in place
//! when the claim changes (notes, evidence, source, assignment, status).

use actix_web::{HttpResponse, web};
use askama::Template;

use super::claim_forms::claim_id;
use super::home::html;
use super::view;
use crate::auth::{CurrentUser, Role};
use crate::db::claims::StoredClaim;
use crate::db::evidence::Evidence;
use crate::db::notes::Note;
use crate::db::timeline::Entry;
use crate::db::{self};
use crate::error::{AppResult, not_found};
use crate::startup::AppState;

/// The source kinds offered by the correction forms ("article": the article's own claim).
pub const KINDS: [&str; 6] = [
    "person",
    "media",
    "organization",
    "unnamed",
    "document",
    "article",
];

/// One timeline row as shown (a claim's history or the article's).
pub struct HistoryView<'a> {
    pub at: String,
    pub summary: String,
    pub note: &'a str,
    pub user: &'a str,
}

/// A timeline entry as shown.
pub fn entry_view(e: &Entry) -> HistoryView<'_> {
    HistoryView {
        at: view::time(e.at),
        summary: e.summary.clone(),
        note: e.detail.as_deref().unwrap_or(""),
        user: &e.user_name,
    }
}

/// One claim as shown in the list.
pub struct ClaimView<'a> {
    pub c: &'a StoredClaim,
    pub source_name: &'a str,
    pub kind_label: &'static str,
    pub kind_class: &'static str,
    pub cue: &'a str,
    pub note: &'a str,
    pub assignee: &'a str,
    pub assignee_id: &'a str,
    /// The article's assignee when the claim has none of its own (it follows the article), else "".
    pub follows: &'a str,
    pub mine: bool,
    pub notes: Vec<(String, &'a Note)>,
    pub evidence: Vec<(String, &'a Evidence)>,
    pub history: Vec<HistoryView<'a>>,
}

impl ClaimView<'_> {
    /// Whether the claim's assignee is among `reviewers` (a deactivated assignee is not).
    pub fn assignee_listed(&self, reviewers: &[(String, String)]) -> bool {
        reviewers.iter().any(|r| r.0 == self.assignee_id)
    }
}

/// Whether an article's assignee (if any) is among `reviewers`; `true` when unassigned.
pub fn article_assignee_listed(
    assignee: Option<&(String, String)>,
    reviewers: &[(String, String)],
) -> bool {
    assignee.is_none_or(|a| reviewers.iter().any(|r| r.0 == a.0))
}

/// Builds the view of claim `c` for the account `me` from its notes, evidence and history rows;
/// `article_assignee` is the article's (a claim without its own assignee follows it).
pub fn claim_view<'a>(
    c: &'a StoredClaim,
    article_assignee: Option<&'a (String, String)>,
    me: &str,
    notes: &'a [Note],
    evidence: &'a [Evidence],
    history: Vec<HistoryView<'a>>,
) -> ClaimView<'a> {
    let source = c.claim.source.as_ref();
    ClaimView {
        c,
        source_name: view::source_name(source),
        kind_label: view::kind_label(source),
        kind_class: view::kind_class(source),
        cue: c.claim.cue.as_ref().map_or("", |cue| cue.text.as_str()),
        note: c.note.as_deref().unwrap_or(""),
        assignee: c.assignee.as_ref().map_or("", |a| a.1.as_str()),
        assignee_id: c.assignee.as_ref().map_or("", |a| a.0.as_str()),
        follows: match (&c.assignee, article_assignee) {
            (None, Some(a)) => a.1.as_str(),
            _ => "",
        },
        mine: c.assignee.as_ref().is_some_and(|a| a.0 == me),
        notes: notes.iter().map(|n| (view::time(n.at), n)).collect(),
        evidence: evidence.iter().map(|e| (view::time(e.at), e)).collect(),
        history,
    }
}

/// The accounts a claim or article may be assigned to: active, reviewer or above, as (id, name).
pub fn assignable(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<(String, String)>> {
    Ok(db::users::list(conn)?
        .into_iter()
        .filter(|u| u.active && u.role.allows(Role::Reviewer))
        .map(|u| (u.id.to_string(), u.name))
        .collect())
}

#[derive(Template)]
#[template(source = r#"{% include "articles/_card.html" %}"#, ext = "html")]
struct Card<'a> {
    user: &'a CurrentUser,
    editor: bool,
    c: ClaimView<'a>,
    reviewers: &'a [(String, String)],
    kinds: [&'static str; 6],
}

/// `GET /claims/{id}/card`: the claim's card as on the article page (404 for a removed claim).
pub async fn show(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = claim_id(&path)?;
    // Only an editor's card lists the accounts to assign to; a reviewer's skips that query.
    let editor = user.role().allows(Role::Editor);
    let (claim, article_assignee, notes, evidence, timeline, reviewers) = state
        .db
        .run(move |conn| {
            let claim = db::claims::get(conn, id)?
                .filter(|c| c.deleted_at.is_none())
                .ok_or_else(|| not_found("claim"))?;
            let article_assignee = match claim.assignee {
                Some(_) => None,
                None => db::assignees::of_article(conn, claim.article_id)?.flatten(),
            };
            let notes = db::notes::for_claim(conn, id)?;
            let evidence = db::evidence::for_claim(conn, id)?;
            let timeline = db::timeline::for_claim(conn, id)?;
            let reviewers = if editor {
                assignable(conn)?
            } else {
                Vec::new()
            };
            Ok((
                claim,
                article_assignee,
                notes,
                evidence,
                timeline,
                reviewers,
            ))
        })
        .await?;
    let me = user.id().to_string();
    let history = timeline.iter().map(entry_view).collect();
    let card = Card {
        user: &user,
        editor,
        c: claim_view(
            &claim,
            article_assignee.as_ref(),
            &me,
            &notes,
            &evidence,
            history,
        ),
        reviewers: &reviewers,
        kinds: KINDS,
    };
    Ok(html(card.render()?))
}
