//! The article page: the text with every claim highlighted in place, and the claims with their sources,
//! statuses, review buttons and history.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use askama::Template;
use uuid::Uuid;

use super::home::html;
use super::{highlight, view};
use crate::auth::CurrentUser;
use crate::db::articles::Article;
use crate::db::claims::StoredClaim;
use crate::db::history::HistoryEntry;
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

/// One status change as shown.
pub struct HistoryView<'a> {
    pub at: String,
    pub from: Verdict,
    pub to: Verdict,
    pub note: &'a str,
    pub user: &'a str,
}

/// One claim as shown in the list.
pub struct ClaimView<'a> {
    pub c: &'a StoredClaim,
    pub source_name: &'a str,
    pub kind_label: &'static str,
    pub kind_class: &'static str,
    pub cue: &'a str,
    pub note: &'a str,
    pub history: Vec<HistoryView<'a>>,
}

#[derive(Template)]
#[template(path = "articles/show.html")]
struct ArticlePage<'a> {
    user: &'a CurrentUser,
    article: &'a Article,
    date: String,
    pieces: Vec<PieceView<'a>>,
    claims: Vec<ClaimView<'a>>,
    counts: Counts,
    bar: (usize, usize, usize),
}

/// Renders the article page (pure: everything it shows is passed in).
pub fn render(
    user: &CurrentUser,
    article: &Article,
    claims: &[StoredClaim],
    history: &HashMap<Uuid, Vec<HistoryEntry>>,
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
    let mut counts = Counts::default();
    let claim_views = claims
        .iter()
        .map(|c| {
            match c.status {
                Verdict::Pending => counts.pending += 1,
                Verdict::Verified => counts.verified += 1,
                Verdict::Disputed => counts.disputed += 1,
            }
            let source = c.claim.source.as_ref();
            ClaimView {
                c,
                source_name: view::source_name(source),
                kind_label: view::kind_label(source),
                kind_class: view::kind_class(source),
                cue: c.claim.cue.as_ref().map_or("", |cue| cue.text.as_str()),
                note: c.note.as_deref().unwrap_or(""),
                history: history
                    .get(&c.id)
                    .map(|entries| {
                        entries
                            .iter()
                            .map(|h| HistoryView {
                                at: view::time(h.at),
                                from: h.from,
                                to: h.to,
                                note: h.note.as_deref().unwrap_or(""),
                                user: h.user_name.as_deref().unwrap_or(""),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            }
        })
        .collect();
    let page = ArticlePage {
        user,
        article,
        date: article
            .published
            .map_or_else(|| view::time(article.created_at), view::date),
        pieces,
        claims: claim_views,
        bar: view::percentages(counts.verified, counts.disputed, counts.pending),
        counts,
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
    let (article, claims, history) = state
        .db
        .run(move |conn| {
            let article = db::articles::get(conn, id)?.ok_or_else(|| not_found("article"))?;
            let claims = db::claims::for_article(conn, id)?;
            let history = db::history::for_article(conn, id)?;
            Ok((article, claims, history))
        })
        .await?;
    Ok(html(render(&user, &article, &claims, &history)?))
}
