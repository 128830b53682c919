//! `/claims`: every claim across articles, filtered, searched (matched words highlighted), sorted and
//! paginated; and `/queue`, my pending claims, most check-worthy first.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::claim_card::assignable;
use super::claim_query::{ClaimQuery, Piece, highlight};
use super::home::html;
use super::view;
use crate::auth::CurrentUser;
use crate::db::{self, search::Hit};
use crate::domain::Verdict;
use crate::error::AppResult;
use crate::startup::AppState;

/// One result row as shown.
pub struct Row<'a> {
    pub hit: &'a Hit,
    pub pieces: Vec<Piece<'a>>,
    pub source: &'a str,
    pub kind: &'static str,
    pub kind_class: &'static str,
    pub status: Verdict,
    pub assignee: &'a str,
}

fn rows<'a>(hits: &'a [Hit], words: &[String]) -> Vec<Row<'a>> {
    hits.iter()
        .map(|h| {
            let source = h.claim.claim.source.as_ref();
            Row {
                hit: h,
                pieces: highlight(&h.claim.claim.text, words),
                source: view::source_name(source),
                kind: view::kind_label(source),
                kind_class: view::kind_class(source),
                status: h.claim.status,
                assignee: h.claim.assignee.as_ref().map_or("", |a| a.1.as_str()),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "claims/index.html")]
struct ClaimsPage<'a> {
    user: &'a CurrentUser,
    query: &'a ClaimQuery,
    rows: Vec<Row<'a>>,
    total: usize,
    capped: bool,
    page: usize,
    prev: Option<String>,
    next: Option<String>,
    /// The accounts work can be assigned to (id, name), for the assignee filter.
    reviewers: Vec<(String, String)>,
}

/// The query string of `query` at another page.
fn page_link(query: &ClaimQuery, page: usize) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in [
        ("q", &query.q),
        ("status", &query.status),
        ("source", &query.source),
        ("kind", &query.kind),
        ("assignee", &query.assignee),
        ("article", &query.article),
        ("from", &query.from),
        ("to", &query.to),
        ("sort", &query.sort),
    ] {
        if !v.is_empty() {
            s.append_pair(k, v);
        }
    }
    s.append_pair("page", &page.to_string());
    format!("/claims?{}", s.finish())
}

/// `GET /claims`.
pub async fn index(
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<ClaimQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let filter = query.filter(&user)?;
    let f = filter.clone();
    let (results, reviewers) = state
        .db
        .run(move |conn| Ok((db::search::search(conn, &f)?, assignable(conn)?)))
        .await?;
    let page = filter.page;
    let seen = (page - 1) * filter.per_page + results.hits.len();
    let page_view = ClaimsPage {
        user: &user,
        query: &query,
        rows: rows(&results.hits, &filter.words),
        total: results.total,
        capped: results.capped,
        page,
        prev: (page > 1).then(|| page_link(&query, page - 1)),
        next: (seen < results.total || (results.capped && results.hits.len() == filter.per_page))
            .then(|| page_link(&query, page + 1)),
        reviewers,
    };
    Ok(html(page_view.render()?))
}

#[derive(Template)]
#[template(path = "claims/queue.html")]
struct QueuePage<'a> {
    user: &'a CurrentUser,
    rows: Vec<Row<'a>>,
}

/// `GET /queue`: my pending claims, most check-worthy first.
pub async fn queue(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    let me = user.id().to_string();
    let hits = state
        .db
        .run(move |conn| Ok(db::queue::pending_for(conn, &me, 200)?))
        .await?;
    let page = QueuePage {
        user: &user,
        rows: rows(&hits, &[]),
    };
    Ok(html(page.render()?))
}
