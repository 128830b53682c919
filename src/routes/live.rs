//! `GET /articles/{id}/live`: the Server-Sent Events stream of an open article page — claim changes made
//! by anyone, and who else is viewing. Pages work without it; static/app.js listens when JS runs.

use std::convert::Infallible;
use std::time::Duration;

use actix_web::http::header::{CacheControl, CacheDirective};
use actix_web::{HttpResponse, web};
use futures_util::stream;

use crate::auth::CurrentUser;
use crate::db;
use crate::domain::parse_id;
use crate::error::{AppResult, not_found};
use crate::startup::AppState;

/// A comment line every so often keeps proxies from closing the stream and notices gone clients.
const KEEPALIVE: Duration = Duration::from_secs(15);

/// `GET /articles/{id}/live`.
pub async fn stream(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&path).ok_or_else(|| not_found("article"))?;
    state
        .db
        .run(move |conn| db::articles::get(conn, id)?.ok_or_else(|| not_found("article")))
        .await?;
    let subscription = state.live.join(id, user.id(), user.display_name());
    let first = Some(": connected\n\n".to_string());
    let events = stream::unfold((subscription, first), |(mut sub, first)| async move {
        if let Some(hello) = first {
            return Some((Ok::<_, Infallible>(web::Bytes::from(hello)), (sub, None)));
        }
        let next = tokio::time::timeout(KEEPALIVE, sub.events.recv()).await;
        let frame = match next {
            Ok(Some(frame)) => frame,
            Ok(None) => return None,
            Err(_) => ": keepalive\n\n".to_string(),
        };
        Some((Ok(web::Bytes::from(frame)), (sub, None)))
    });
    Ok(HttpResponse::Ok()
        .content_type("text/event-stream")
        .insert_header(CacheControl(vec![CacheDirective::NoCache]))
        .insert_header(("X-Accel-Buffering", "no"))
        .streaming(events))
}
