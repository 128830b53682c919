//! The route table: every URL of the app in one place. Handlers live in the files beside this one.

pub mod account;
pub mod admin_users;
pub mod api;
pub mod article_page;
pub mod assets;
pub mod assignment;
pub mod claim_card;
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
pub mod login;
pub mod new_article;
pub mod outcome;
pub mod reports;
pub mod review;
pub mod review_settings;
pub mod setup;
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

/// Declares routes once: registers them and lists them (method, full path) in a table that the
/// tests walk, so a new route cannot escape the authentication and role tests.
macro_rules! route_table {
    ($table:ident, $register:ident, $prefix:literal, [
        $( $method:ident $path:literal $(if $guard:ident)? => $handler:path ),* $(,)?
    ]) => {
        /// Every route of this part of the app: (HTTP method, path pattern).
        pub const $table: &[(&str, &str)] = &[ $( (stringify!($method), concat!($prefix, $path)) ),* ];

        fn $register(cfg: &mut web::ServiceConfig) {
            $( cfg.route($path, web::$method()$(.guard(guard::fn_guard($guard)))?.to($handler)); )*
        }
    };
}

route_table!(PAGES, register_pages, "", [
    get "/healthz" => assets::healthz,
    get "/static/app.css" => assets::stylesheet,
    get "/static/report.js" => assets::report_script,
    get "/static/app.js" => assets::script,
    get "/login" => login::form,
    post "/login" => login::submit,
    post "/logout" => login::logout,
    get "/setup" => setup::form,
    post "/setup" => setup::submit,
    get "/" => home::index,
    post "/sample" => home::load_sample,
    get "/articles/new" => new_article::form,
    post "/articles/import" => import_article::import,
    post "/articles" if is_multipart => new_article::create_multipart,
    post "/articles" => new_article::create,
    get "/articles/{id}" => article_page::show,
    get "/articles/{id}/report.{format}" => reports::download,
    get "/articles/{id}/claimreview.json" => reports::claimreview,
    get "/articles/{id}/live" => live::stream,
    post "/articles/{id}/claims" => corrections::add_claim,
    post "/articles/{id}/rename-source" => corrections::rename_source,
    post "/articles/{id}/assign" => assignment::article,
    get "/claims" => claims_page::index,
    get "/queue" => claims_page::queue,
    get "/settings/review" => review_settings::show,
    post "/settings/review" => review_settings::update,
    get "/claims/{id}/card" => claim_card::show,
    post "/claims/{id}/review" => review::submit,
    post "/claims/{id}/notes" => claim_forms::add_note,
    post "/claims/{id}/evidence" => claim_forms::add_evidence,
    post "/claims/{id}/assign" => assignment::claim,
    post "/claims/{id}/remove" => claim_forms::remove,
    post "/claims/{id}/restore" => claim_forms::restore,
    post "/claims/{id}/source" => corrections::set_source,
    post "/claims/{id}/span" => corrections::set_span,
    post "/claims/{id}/split" => corrections::split,
    get "/export" => export::export,
    get "/account" => account::show,
    post "/account/password" => account::change_password,
    post "/account/tokens" => account::create_token,
    post "/account/tokens/{id}/revoke" => account::revoke_token,
    get "/admin/users" => admin_users::list,
    post "/admin/users" => admin_users::create,
    post "/admin/users/{id}/role" => admin_users::set_role,
    post "/admin/users/{id}/deactivate" => admin_users::deactivate,
    post "/admin/users/{id}/invite" => admin_users::reinvite,
]);

route_table!(API, register_api, "/api/v1", [
    get "/articles" => api::articles::list,
    post "/articles" => api::articles::create,
    get "/articles/{id}" => api::articles::show,
    get "/claims" => api::search::search,
    post "/claims/{id}/review" => api::claims::review,
    post "/claims/{id}/assign" => api::assign::assign,
    get "/claims/{id}/history" => api::claims::history,
]);

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
    .configure(register_pages)
    .service(
        web::scope("/api/v1")
            .wrap(ErrorHandlers::new().default_handler(json_errors))
            .configure(register_api)
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
