//! The health check and the stylesheet: the only routes without a `CurrentUser` (they must work signed out).
//!
//! The one stylesheet is compiled into the binary (`include_str!`) rather than served from disk with
//! actix-files: the binary stays self-contained (runs from any directory) and one file needs no crate.

use actix_web::HttpResponse;
use actix_web::http::header::{CacheControl, CacheDirective};

const APP_CSS: &str = include_str!("../../static/app.css");

/// `GET /healthz`: `200 ok` while the process serves.
pub async fn healthz() -> &'static str {
    "ok"
}

/// `GET /static/app.css`.
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(("content-type", "text/css; charset=utf-8"))
        .insert_header(CacheControl(vec![CacheDirective::MaxAge(3600)]))
        .body(APP_CSS)
}
