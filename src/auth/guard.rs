//! The CSRF guard: one middleware that checks every state-changing request (POST, PUT, PATCH, DELETE)
//! made with a browser cookie, so no form handler can forget it. API calls with a bearer token need no
//! CSRF token (browsers never attach one on their own).
//!
//! The token is bound to the visitor's session id, or before sign-in to an anonymous cookie id; it is
//! read from the `X-CSRF-Token` header or from the form's `csrf_token` field (url-encoded or multipart).

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::{AUTHORIZATION, CONTENT_TYPE, COOKIE, HeaderMap};
use actix_web::middleware::Next;
use actix_web::web::{self, BytesMut};
use actix_web::{HttpMessage, ResponseError};
use futures_util::StreamExt;

use super::cookie::{self, CookieId};
use super::{SessionKey, csrf, form_token};
use crate::error::AppError;
use crate::routes::BODY_LIMIT;
use crate::startup::AppState;

/// Header a script may use instead of the form field.
pub const HEADER: &str = "x-csrf-token";

/// The id CSRF tokens are bound to for this visitor: the signed session cookie, else the signed
/// anonymous cookie. Pages that show forms compute the token from it the same way.
pub fn binding(headers: &HeaderMap, key: &SessionKey) -> Option<CookieId> {
    let cookies = headers
        .get_all(COOKIE)
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join("; ");
    [cookie::SESSION, cookie::ANON]
        .into_iter()
        .find_map(|name| CookieId::from_cookie_value(key, cookie::find(&cookies, name)?))
}

/// The middleware (`middleware::from_fn(guard::csrf)`).
pub async fn csrf<B: MessageBody + 'static>(
    mut req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if safe || req.headers().contains_key(AUTHORIZATION) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let Some(key) = req
        .app_data::<web::Data<AppState>>()
        .map(|s| s.auth.key.clone())
    else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    };
    let Some(bound_to) = binding(req.headers(), &key) else {
        // No cookie at all: a signed-out visitor. The sign-in and setup forms always set one, so a
        // POST there without it is refused; elsewhere the handler refuses the anonymous request.
        if is_public_form(req.path()) {
            return Ok(refuse(req));
        }
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    };
    let submitted = match header_token(&req) {
        Some(token) => Some(token),
        None => match body_token(&mut req).await {
            Ok(token) => token,
            Err(e) => {
                let res = e.error_response();
                return Ok(req.into_response(res).map_into_right_body());
            }
        },
    };
    match submitted {
        Some(token) if csrf::is_valid(&key, bound_to.as_str(), &token) => next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body),
        _ => Ok(refuse(req)),
    }
}

/// Forms that anonymous visitors post (they carry a token bound to the anonymous cookie).
fn is_public_form(path: &str) -> bool {
    matches!(path, "/login" | "/setup")
}

fn header_token(req: &ServiceRequest) -> Option<String> {
    req.headers()
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// Reads the body (up to the app's limit), finds the CSRF field, and puts the body back for the handler.
async fn body_token(req: &mut ServiceRequest) -> Result<Option<String>, AppError> {
    let content_type = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let multipart = content_type.starts_with("multipart/form-data");
    if !multipart && !content_type.starts_with("application/x-www-form-urlencoded") {
        return Ok(None);
    }
    let mut payload = req.take_payload();
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk =
            chunk.map_err(|e| AppError::BadRequest(format!("the request body broke off: {e}")))?;
        if body.len() + chunk.len() > BODY_LIMIT {
            return Err(AppError::TooLarge(format!(
                "the request is larger than {} MB",
                BODY_LIMIT / (1024 * 1024)
            )));
        }
        body.extend_from_slice(&chunk);
    }
    let body = body.freeze();
    let token = if multipart {
        form_token::boundary(&content_type).and_then(|b| form_token::from_multipart(&body, b))
    } else {
        form_token::from_urlencoded(&body)
    };
    req.set_payload(Payload::from(body));
    Ok(token)
}

/// 403: JSON under `/api`, the error page elsewhere. The handler never runs, so nothing changes.
fn refuse<B>(req: ServiceRequest) -> ServiceResponse<EitherBody<B>> {
    let error = AppError::Forbidden(
        "this form has expired or did not come from this site; reload the page and try again"
            .into(),
    );
    let res = if req.path().starts_with("/api/") {
        actix_web::HttpResponse::Forbidden().json(error.json_body())
    } else {
        error.error_response()
    };
    req.into_response(res).map_into_right_body()
}
