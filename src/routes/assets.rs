//! The health check, the stylesheet and the scripts: the only routes without a `CurrentUser` (they must work signed out).
//!
//! The one stylesheet is compiled into the binary (`include_str!`) rather than served from disk with
//! actix-files: the binary stays self-contained (runs from any directory) and one file needs no crate.

use actix_web::HttpResponse;
use actix_web::http::header::{CacheControl, CacheDirective};

const APP_CSS: &str = include_str!("../../static/app.css");
const APP_JS: &str = include_str!("../../static/app.js");
const REPORT_JS: &str = include_str!("../../static/report.js");

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

/// `GET /static/app.js`: the progressive-enhancement script (keyboard shortcuts, live updates).
pub async fn script() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(("content-type", "text/javascript; charset=utf-8"))
        .insert_header(CacheControl(vec![CacheDirective::MaxAge(3600)]))
        .body(APP_JS)
}

/// `GET /static/report.js`: the printable report's "Print / Save as PDF" button.
pub async fn report_script() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(("content-type", "text/javascript; charset=utf-8"))
        .insert_header(CacheControl(vec![CacheDirective::MaxAge(3600)]))
        .body(REPORT_JS)
}
