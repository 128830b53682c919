//! `/api/v1/articles`: create an article from text, list articles with counts, read one with its claims.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::{ClaimJson, account_value, with_assignee};
use crate::auth::{CurrentUser, Role};
use crate::db;
use crate::db::duplicates::Stored;
use crate::domain::{ArticleError, NewArticle, RawArticle, parse_id};
use crate::error::{AppError, AppResult, not_found};
use crate::ingest::{self, source::Source};
use crate::report::Counts;
use crate::startup::AppState;

/// The body of `POST /api/v1/articles`.
#[derive(Deserialize)]
pub struct CreateArticle {
    #[serde(flatten)]
    raw: RawArticle,
    html: Option<String>,
}

/// `POST /api/v1/articles` with `{"title", "text"}`, `{"html"}` or `{"url"}` → `201 {"id", "title",
/// "claims"}`; the same URL or text again → `200` with the stored article and `"duplicate": true`.
pub async fn create(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<CreateArticle>,
) -> AppResult<HttpResponse> {
    user.require(Role::Editor)?;
    let body = body.into_inner();
    let source = match body.html {
        Some(html) => Some(Source::Html {
            html,
            url: Some(body.raw.url.clone()).filter(|u| !u.trim().is_empty()),
        }),
        None if body.raw.text.trim().is_empty() && !body.raw.url.trim().is_empty() => {
            Some(Source::Url(body.raw.url.trim().to_string()))
        }
        None => None,
    };
    let raw = match source {
        Some(source) => {
            let fetch = state.fetch.clone();
            let draft = web::block(move || ingest::source::draft(&source, &fetch))
                .await
                .map_err(|e| AppError::Internal(anyhow::anyhow!("blocking pool: {e}")))??;
            ingest::source::raw_from_draft(&draft, &body.raw)
        }
        None => body.raw,
    };
    let article = NewArticle::parse(&raw).map_err(|errors| {
        let message = errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ");
        if errors.contains(&ArticleError::TextTooLarge) {
            AppError::TooLarge(message)
        } else {
            AppError::Unprocessable(message)
        }
    })?;
    let (stored, article, claims) = state
        .db
        .run(move |conn| {
            let stored = db::duplicates::store_once(conn, &article, db::time::now())?;
            let id = match &stored {
                Stored::Created(id) => *id,
                Stored::Duplicate(existing) => existing.id,
            };
            let article = db::articles::get(conn, id)?.ok_or_else(|| not_found("article"))?;
            Ok((stored, article, db::claims::for_article(conn, id)?))
        })
        .await?;
    let claims: Vec<ClaimJson<'_>> = claims.iter().map(ClaimJson::from).collect();
    let duplicate = matches!(stored, Stored::Duplicate(_));
    let mut response = if duplicate {
        HttpResponse::Ok()
    } else {
        HttpResponse::Created()
    };
    Ok(response
        .insert_header(("location", format!("/api/v1/articles/{}", article.id)))
        .json(serde_json::json!({
            "id": article.id,
            "title": article.title,
            "duplicate": duplicate,
            "claims": claims,
        })))
}

/// An article in the list.
#[derive(Serialize)]
struct ArticleListItem {
    id: String,
    title: String,
    outlet: Option<String>,
    published: Option<Date>,
    #[serde(with = "time::serde::rfc3339")]
    created_at: OffsetDateTime,
    counts: Counts,
}

/// `GET /api/v1/articles` → `{"articles": [...]}`, newest first.
pub async fn list(state: web::Data<AppState>, _user: CurrentUser) -> AppResult<HttpResponse> {
    let rows = state.db.run(|conn| Ok(db::articles::list(conn)?)).await?;
    let articles: Vec<ArticleListItem> = rows
        .into_iter()
        .map(|a| ArticleListItem {
            id: a.id.to_string(),
            title: a.title,
            outlet: a.outlet,
            published: a.published,
            created_at: a.created_at,
            counts: a.counts,
        })
        .collect();
    Ok(HttpResponse::Ok().json(serde_json::json!({ "articles": articles })))
}

/// `GET /api/v1/articles/{id}` → the article with its text, its assignee, and its claims each with its
/// own assignee (a claim without one is reviewed by the article's).
pub async fn show(
    state: web::Data<AppState>,
    _user: CurrentUser,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&path).ok_or_else(|| not_found("article"))?;
    let (a, assignee, claims) = state
        .db
        .run(move |conn| {
            let article = db::articles::get(conn, id)?.ok_or_else(|| not_found("article"))?;
            let assignee = db::assignees::of_article(conn, id)?.flatten();
            Ok((article, assignee, db::claims::for_article(conn, id)?))
        })
        .await?;
    let claims: Vec<serde_json::Value> = claims.iter().map(with_assignee).collect();
    Ok(HttpResponse::Ok().json(serde_json::json!({
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "byline": a.byline,
        "url": a.url,
        "published": a.published.map(|d| d.to_string()),
        "created_at": crate::db::time::format(a.created_at),
        "content_hash": a.content_hash,
        "text": a.text,
        "assignee": account_value(assignee.as_ref()),
        "claims": claims,
    })))
}
