//! The route table: every URL of the app in one place. Handlers live in the files beside this one.

pub mod api;
pub mod article_page;
pub mod assets;
pub mod claim_forms;
pub mod claim_query;
pub mod claims_page;
pub mod corrections;
pub mod dashboard;
pub mod export;
pub mod highlight;
pub mod home;
pub mod import_article;
pub mod live;
pub mod new_article;
pub mod outcome;
pub mod reports;
pub mod review;
pub mod review_settings;
pub mod view;

use actix_web::error::JsonPayloadError;
use actix_web::guard::{self, GuardContext};
use actix_web::http::header::CONTENT_TYPE;
use actix_web::middleware::ErrorHandlers;
use actix_web::{HttpRequest, ResponseError, web};

use crate::domain::article::MAX_TEXT_BYTES;
use crate::error::{AppError, json_errors};

/// Largest request body read (form or JSON): room for a 2 MB text after URL/JSON escaping, so that an
/// oversized text still gets the friendly 413 from the domain check where possible.
pub const BODY_LIMIT: usize = 4 * MAX_TEXT_BYTES;

/// Registers every route.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(
        web::FormConfig::default()
            .limit(BODY_LIMIT)
            .error_handler(|e, _| body_error(e.to_string(), e.status_code()).into()),
    )
    .app_data(
        web::JsonConfig::default()
            .limit(BODY_LIMIT)
            .error_handler(|e, _| match e {
                JsonPayloadError::ContentType => AppError::UnsupportedMediaType(
                    "send JSON with Content-Type: application/json".into(),
                )
                .into(),
                e => body_error(e.to_string(), e.status_code()).into(),
            }),
    )
    .route("/healthz", web::get().to(assets::healthz))
    .route("/static/app.css", web::get().to(assets::stylesheet))
    .route("/static/app.js", web::get().to(assets::script))
    .route("/static/report.js", web::get().to(assets::report_script))
    .route("/", web::get().to(home::index))
    .route("/sample", web::post().to(home::load_sample))
    .route("/articles/new", web::get().to(new_article::form))
    .route("/articles/import", web::post().to(import_article::import))
    .route(
        "/articles",
        web::post()
            .guard(guard::fn_guard(is_multipart))
            .to(new_article::create_multipart),
    )
    .route("/articles", web::post().to(new_article::create))
    .route("/articles/{id}", web::get().to(article_page::show))
    .route(
        "/articles/{id}/report.{format}",
        web::get().to(reports::download),
    )
    .route("/articles/{id}/live", web::get().to(live::stream))
    .route(
        "/articles/{id}/claims",
        web::post().to(corrections::add_claim),
    )
    .route(
        "/articles/{id}/rename-source",
        web::post().to(corrections::rename_source),
    )
    .route(
        "/articles/{id}/assign",
        web::post().to(corrections::assign_article),
    )
    .route("/claims", web::get().to(claims_page::index))
    .route("/queue", web::get().to(claims_page::queue))
    .route("/settings/review", web::get().to(review_settings::show))
    .route("/settings/review", web::post().to(review_settings::update))
    .route("/claims/{id}/review", web::post().to(review::submit))
    .route("/claims/{id}/notes", web::post().to(claim_forms::add_note))
    .route(
        "/claims/{id}/evidence",
        web::post().to(claim_forms::add_evidence),
    )
    .route("/claims/{id}/assign", web::post().to(claim_forms::assign))
    .route("/claims/{id}/remove", web::post().to(claim_forms::remove))
    .route("/claims/{id}/restore", web::post().to(claim_forms::restore))
    .route(
        "/claims/{id}/source",
        web::post().to(corrections::set_source),
    )
    .route("/claims/{id}/span", web::post().to(corrections::set_span))
    .route("/claims/{id}/split", web::post().to(corrections::split))
    .route(
        "/articles/{id}/claimreview.json",
        web::get().to(reports::claimreview),
    )
    .route("/export", web::get().to(export::export))
    .service(
        web::scope("/api/v1")
            .wrap(ErrorHandlers::new().default_handler(json_errors))
            .route("/articles", web::get().to(api::articles::list))
            .route("/articles", web::post().to(api::articles::create))
            .route("/articles/{id}", web::get().to(api::articles::show))
            .route("/claims", web::get().to(api::search::search))
            .route("/claims/{id}/review", web::post().to(api::claims::review))
            .route("/claims/{id}/history", web::get().to(api::claims::history))
            .default_service(web::to(not_found)),
    )
    .default_service(web::to(not_found));
}

/// Any URL not in the table: a 404 page (JSON under `/api`).
async fn not_found(_req: HttpRequest) -> Result<&'static str, AppError> {
    Err(AppError::NotFound("no such page".to_string()))
}

/// Maps a body that could not be read to the app's error (413 if too large, else 400).
fn body_error(message: String, status: actix_web::http::StatusCode) -> AppError {
    match status.as_u16() {
        413 => AppError::TooLarge(format!(
            "the request is larger than {} MB",
            BODY_LIMIT / (1024 * 1024)
        )),
        415 => AppError::UnsupportedMediaType(message),
        422 => AppError::Unprocessable(message),
        _ => AppError::BadRequest(message),
    }
}

/// Whether a request carries `multipart/form-data` (the browser's new-article form).
fn is_multipart(ctx: &GuardContext<'_>) -> bool {
    ctx.head()
        .headers()
        .get(CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"multipart/form-data"))
}
