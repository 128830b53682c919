//! The article page: the text with every claim highlighted in place, and the claims with their sources,
//! statuses, review forms, notes, evidence, editor tools and timelines; plus the article's own timeline.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use askama::Template;
use uuid::Uuid;

use super::claim_card::{
    ClaimView, HistoryView, KINDS, article_assignee_listed, assignable, claim_view, entry_view,
};
use super::home::html;
use super::{highlight, view};
use crate::auth::{CurrentUser, Role};
use crate::db::articles::Article;
use crate::db::claims::StoredClaim;
use crate::db::evidence::Evidence;
use crate::db::history::HistoryEntry;
use crate::db::notes::Note;
use crate::db::timeline::Entry;
use crate::db::{self};
use crate::domain::{Verdict, parse_id};
use crate::error::{AppResult, not_found};
use crate::report::Counts;
use crate::startup::AppState;

/// A run of article text: `number` 0 for plain text, else the claim it belongs to.
pub struct PieceView<'a> {
    pub text: &'a str,
    pub number: usize,
    pub status: Verdict,
}

/// Everything the page shows besides the article and its live claims.
#[derive(Default)]
pub struct Extras {
    pub removed: Vec<StoredClaim>,
    pub notes: HashMap<Uuid, Vec<Note>>,
    pub evidence: HashMap<Uuid, Vec<Evidence>>,
    pub timeline: Vec<Entry>,
    pub viewers: Vec<String>,
    /// The accounts that may be assigned (id, name).
    pub reviewers: Vec<(String, String)>,
    /// The article's own assignee (id, name).
    pub assignee: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "articles/show.html")]
struct ArticlePage<'a> {
    user: &'a CurrentUser,
    editor: bool,
    article: &'a Article,
    date: String,
    pieces: Vec<PieceView<'a>>,
    claims: Vec<ClaimView<'a>>,
    removed: &'a [StoredClaim],
    timeline: Vec<HistoryView<'a>>,
    viewers: &'a [String],
    reviewers: &'a [(String, String)],
    article_assignee: Option<&'a (String, String)>,
    article_mine: bool,
    article_assignee_listed: bool,
    counts: Counts,
    bar: (usize, usize, usize),
    kinds: [&'static str; 6],
}

/// Renders the article page from its status history only (no notes, evidence or timeline rows).
pub fn render(
    user: &CurrentUser,
    article: &Article,
    claims: &[StoredClaim],
    history: &HashMap<Uuid, Vec<HistoryEntry>>,
) -> AppResult<String> {
    render_full(user, article, claims, history, &Extras::default())
}

/// Renders the article page (pure: everything it shows is passed in).
pub fn render_full(
    user: &CurrentUser,
    article: &Article,
    claims: &[StoredClaim],
    history: &HashMap<Uuid, Vec<HistoryEntry>>,
    extras: &Extras,
) -> AppResult<String> {
    let spans: Vec<(usize, usize)> = claims
        .iter()
        .map(|c| (c.claim.start, c.claim.end))
        .collect();
    let pieces = highlight::split(&article.text, &spans)
        .into_iter()
        .map(|p| PieceView {
            text: p.text,
            number: p.claim.map_or(0, |i| claims[i].number),
            status: p.claim.map_or(Verdict::Pending, |i| claims[i].status),
        })
        .collect();
    let mut by_claim: HashMap<Uuid, Vec<&Entry>> = HashMap::new();
    for e in &extras.timeline {
        if let Some(c) = e.claim_id {
            by_claim.entry(c).or_default().push(e);
        }
    }
    let me = user.id().to_string();
    let mut counts = Counts::default();
    let claim_views = claims
        .iter()
        .map(|c| {
            match c.status {
                Verdict::Pending => counts.pending += 1,
                Verdict::Verified => counts.verified += 1,
                Verdict::Disputed => counts.disputed += 1,
            }
            let history = match by_claim.get(&c.id) {
                Some(entries) => entries.iter().map(|e| entry_view(e)).collect(),
                None => history
                    .get(&c.id)
                    .map(|entries| {
                        entries
                            .iter()
                            .map(|h| HistoryView {
                                at: view::time(h.at),
                                summary: format!("{} → {}", h.from.label(), h.to.label()),
                                note: h.note.as_deref().unwrap_or(""),
                                user: h.user_id.as_deref().unwrap_or(""),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            };
            claim_view(
                c,
                extras.assignee.as_ref(),
                &me,
                extras.notes.get(&c.id).map_or(&[], Vec::as_slice),
                extras.evidence.get(&c.id).map_or(&[], Vec::as_slice),
                history,
            )
        })
        .collect();
    let page = ArticlePage {
        user,
        editor: user.role().allows(Role::Editor),
        article,
        date: article
            .published
            .map_or_else(|| view::time(article.created_at), view::date),
        pieces,
        claims: claim_views,
        removed: &extras.removed,
        timeline: extras
            .timeline
            .iter()
            .rev()
            .take(50)
            .map(entry_view)
            .collect(),
        viewers: &extras.viewers,
        reviewers: &extras.reviewers,
        article_assignee: extras.assignee.as_ref(),
        article_mine: extras.assignee.as_ref().is_some_and(|a| a.0 == me),
        article_assignee_listed: article_assignee_listed(
            extras.assignee.as_ref(),
            &extras.reviewers,
        ),
        bar: view::percentages(counts.verified, counts.disputed, counts.pending),
        counts,
        kinds: KINDS,
    };
    Ok(page.render()?)
}

/// `GET /articles/{id}`.
pub async fn show(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&path).ok_or_else(|| not_found("article"))?;
    let (article, claims, history, mut extras) = state
        .db
        .run(move |conn| {
            let article = db::articles::get(conn, id)?.ok_or_else(|| not_found("article"))?;
            let claims = db::claims::for_article(conn, id)?;
            let history = db::history::for_article(conn, id)?;
            let extras = Extras {
                removed: db::claims::removed_for_article(conn, id)?,
                notes: db::notes::for_article(conn, id)?,
                evidence: db::evidence::for_article(conn, id)?,
                timeline: db::timeline::for_article(conn, id)?,
                viewers: Vec::new(),
                reviewers: assignable(conn)?,
                assignee: db::assignees::of_article(conn, id)?.flatten(),
            };
            Ok((article, claims, history, extras))
        })
        .await?;
    extras.viewers = state.live.others(id, user.id());
    Ok(html(render_full(
        &user, &article, &claims, &history, &extras,
    )?))
}
