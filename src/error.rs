//! The one error type of the app: every failure becomes an `AppError`, mapped to a status here and only here.
//!
//! Pages get an HTML error page; routes under `/api` get `{"error": "..."}` (see [`json_errors`]).
//! Internal errors are logged with their chain and shown to the user as a generic message.

use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::ContentType;
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

/// Result of anything a handler calls.
pub type AppResult<T> = Result<T, AppError>;

/// Everything that can go wrong while answering a request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Unknown or malformed id, or an unknown URL.
    #[error("{0}")]
    NotFound(String),
    /// The request could not be understood (e.g. a file that is not UTF-8).
    #[error("{0}")]
    BadRequest(String),
    /// Well-formed but invalid input (an unknown status, an empty text).
    #[error("{0}")]
    Unprocessable(String),
    /// The body is larger than allowed.
    #[error("{0}")]
    TooLarge(String),
    /// No credentials on an API call (401).
    #[error("{0}")]
    Unauthorized(String),
    /// No session on a page: answered with a redirect to the sign-in page, which returns to `next`.
    #[error("sign in to continue")]
    SignInRequired { next: String },
    /// Signed in, but the role may not do this, or the CSRF token is missing or wrong (403).
    #[error("{0}")]
    Forbidden(String),
    /// Too many failed sign-ins (429).
    #[error("{0}")]
    TooManyRequests(String),
    /// The body has a content type this route does not read.
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// Someone else changed the thing first; `current` is its present state (JSON), if known.
    #[error("{message}")]
    Conflict {
        message: String,
        current: Option<Box<serde_json::Value>>,
    },
    /// A bug or an I/O failure: logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    /// The message a user may see.
    pub fn public_message(&self) -> String {
        match self {
            AppError::Internal(_) => {
                "something went wrong on our side; please try again".to_string()
            }
            other => other.to_string(),
        }
    }

    /// The body of the error under `/api`: `{"error": ...}` (and the current claim on a conflict).
    pub fn json_body(&self) -> serde_json::Value {
        let mut body = serde_json::json!({ "error": self.public_message() });
        if let AppError::Conflict {
            current: Some(current),
            ..
        } = self
        {
            body["claim"] = (**current).clone();
        }
        body
    }
}

impl From<rusqlite::Error> for AppError {
    fn from(e: rusqlite::Error) -> Self {
        AppError::Internal(anyhow::Error::new(e).context("database error"))
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(anyhow::Error::new(e).context("template error"))
    }
}

/// The error page (HTML).
#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    status: u16,
    reason: &'a str,
    message: &'a str,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::SignInRequired { .. } => StatusCode::SEE_OTHER,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::Conflict { .. } => StatusCode::CONFLICT,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        if let AppError::SignInRequired { next } = self {
            let next: String = form_urlencoded::byte_serialize(next.as_bytes()).collect();
            return HttpResponse::SeeOther()
                .insert_header((
                    actix_web::http::header::LOCATION,
                    format!("/login?next={next}"),
                ))
                .finish();
        }
        if let AppError::Internal(e) = self {
            tracing::error!("internal error: {e:#}");
        }
        let message = self.public_message();
        let page = ErrorPage {
            status: status.as_u16(),
            reason: status.canonical_reason().unwrap_or("Error"),
            message: &message,
        };
        let body = page.render().unwrap_or_else(|_| message.clone());
        HttpResponse::build(status)
            .content_type(ContentType::html())
            .body(body)
    }
}

/// Middleware hook for `/api`: turns any error response into `{"error": "..."}` with the same status.
pub fn json_errors<B>(res: ServiceResponse<B>) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let (req, res) = res.into_parts();
    let status = res.status();
    let body = match res.error().and_then(|e| e.as_error::<AppError>()) {
        Some(app_error) => app_error.json_body(),
        None => {
            let reason = match res.error() {
                Some(e) if status.is_client_error() => e.to_string(),
                _ => status.canonical_reason().unwrap_or("error").to_lowercase(),
            };
            serde_json::json!({ "error": reason })
        }
    };
    let json = HttpResponse::build(status).json(body);
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(req, json).map_into_right_body(),
    ))
}

/// Shorthand for a 404 with the usual wording.
pub fn not_found(what: &str) -> AppError {
    AppError::NotFound(format!("no such {what}"))
}
