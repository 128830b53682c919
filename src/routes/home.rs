//! The articles page (`/`, with the dashboard above the list) and the one-click sample loader.

use actix_web::{HttpResponse, http::header, web};
use askama::Template;

use super::{dashboard, view};
use crate::auth::{CurrentUser, Role};
use crate::db::{self, articles::ArticleSummary};
use crate::error::AppResult;
use crate::sample;
use crate::startup::AppState;

/// One row of the articles table, ready to show.
pub struct Row {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub date: String,
    pub pending: usize,
    pub verified: usize,
    pub disputed: usize,
    pub total: usize,
    /// Widths in percent of the verified / disputed / pending parts of the progress bar.
    pub bar: (usize, usize, usize),
}

impl From<ArticleSummary> for Row {
    fn from(a: ArticleSummary) -> Row {
        let c = a.counts;
        Row {
            id: a.id.to_string(),
            title: a.title,
            outlet: a.outlet.unwrap_or_default(),
            date: a
                .published
                .map_or_else(|| view::time(a.created_at), view::date),
            pending: c.pending,
            verified: c.verified,
            disputed: c.disputed,
            total: c.total(),
            bar: view::percentages(c.verified, c.disputed, c.pending),
        }
    }
}

#[derive(Template)]
#[template(path = "articles/index.html")]
struct IndexPage {
    user: CurrentUser,
    rows: Vec<Row>,
    dash: dashboard::Dashboard,
}

/// `GET /`: every article with its review progress; an empty instance explains the first step.
pub async fn index(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    let today = time::OffsetDateTime::now_utc().date();
    let since = dashboard::since(today).to_string();
    let (rows, counts, days, sources) = state
        .db
        .run(move |conn| {
            Ok((
                db::articles::list(conn)?,
                db::dashboard::counts(conn)?,
                db::dashboard::reviews_per_day(conn, &since)?,
                db::dashboard::busiest_sources(conn, 8)?,
            ))
        })
        .await?;
    let page = IndexPage {
        user,
        rows: rows.into_iter().map(Row::from).collect(),
        dash: dashboard::build(today, counts, &days, sources),
    };
    Ok(html(page.render()?))
}

/// `POST /sample`: stores the bundled sample article and shows it.
pub async fn load_sample(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    user.require(Role::Editor)?;
    let id = state
        .db
        .run(|conn| {
            Ok(db::articles::create(
                conn,
                &sample::article(),
                db::time::now(),
            )?)
        })
        .await?;
    Ok(see_other(&format!("/articles/{id}")))
}

/// A 200 HTML response.
pub fn html(body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(body)
}

/// A `303 See Other` to `location` (post → redirect → get).
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}
