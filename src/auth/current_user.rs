//! Who is asking. The `authenticate` middleware finds the account behind every request (an
//! `Authorization: Bearer` API token, else the session cookie) and refuses anonymous requests to
//! anything but the public paths: pages are sent to `/login`, API calls get `401`. Handlers take the
//! `CurrentUser` extractor; role checks are methods on it.

use std::future::{Ready, ready};

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{AUTHORIZATION, COOKIE};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, ResponseError, web};
use uuid::Uuid;

use super::cookie::{self, CookieId};
use super::{Role, api_token, csrf, unix_now};
use crate::db;
use crate::domain::User;
use crate::error::{AppError, AppResult};
use crate::startup::AppState;

/// The signed-in account making the request.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    user: User,
    /// The session behind a browser request; `None` for an API token.
    session: Option<CookieId>,
    /// The CSRF token for forms on pages shown to this session (empty for API tokens).
    csrf: String,
}

impl CurrentUser {
    /// A user for rendering pages outside a request (benchmarks): no session, no CSRF token.
    pub fn without_session(user: User) -> CurrentUser {
        CurrentUser {
            user,
            session: None,
            csrf: String::new(),
        }
    }

    /// The account's id (stored in history rows).
    pub fn id(&self) -> Uuid {
        self.user.id
    }

    /// The name shown in the top bar, history and reports.
    pub fn display_name(&self) -> &str {
        &self.user.name
    }

    /// The account's e-mail.
    pub fn email(&self) -> &str {
        &self.user.email
    }

    /// What the account may do.
    pub fn role(&self) -> Role {
        self.user.role
    }

    /// True for admins (the top bar shows the Accounts link).
    pub fn is_admin(&self) -> bool {
        self.user.role == Role::Admin
    }

    /// True when the account may do what `needed` may (templates hide buttons with it).
    pub fn can(&self, needed: &str) -> bool {
        Role::parse(needed).is_some_and(|r| self.user.role.allows(r))
    }

    /// Refuses (403) unless the account's role is at least `needed`.
    pub fn require(&self, needed: Role) -> AppResult<()> {
        if self.user.role.allows(needed) {
            Ok(())
        } else {
            Err(AppError::Forbidden(format!(
                "your role ({}) may not do this; it needs {} or above",
                self.user.role, needed
            )))
        }
    }

    /// The hidden CSRF field's value for forms on this page.
    pub fn csrf_token(&self) -> &str {
        &self.csrf
    }

    /// The stored hash of this browser session (`None` for an API token).
    pub fn session_hash(&self) -> Option<String> {
        self.session.as_ref().map(CookieId::hash)
    }

    /// The account itself.
    pub fn user(&self) -> &User {
        &self.user
    }
}

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Ready<AppResult<CurrentUser>>;

    /// The user the [`authenticate`] middleware found; a refusal when there is none.
    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(
            req.extensions()
                .get::<CurrentUser>()
                .cloned()
                .ok_or_else(|| refusal(req)),
        )
    }
}

/// Paths anyone may reach: the sign-in and setup pages, the health check, static files. Everything
/// else needs an account, whether or not its handler remembers to ask (deny by default).
pub fn is_public(path: &str) -> bool {
    matches!(path, "/login" | "/setup" | "/healthz") || path.starts_with("/static/")
}

/// The middleware (`middleware::from_fn(authenticate)`): finds the account behind the request once
/// (bearer token, else session cookie) and stores it for the [`CurrentUser`] extractor; refuses an
/// anonymous request to any non-public path before it reaches a handler.
pub async fn authenticate<B: MessageBody + 'static>(
    req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    let public = is_public(req.path());
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    };
    let found = if public {
        Ok(None)
    } else {
        identify(&req, &state).await
    };
    match found {
        Ok(Some(user)) => {
            req.extensions_mut().insert(user);
            next.call(req)
                .await
                .map(ServiceResponse::map_into_left_body)
        }
        Ok(None) if public => next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body),
        Ok(None) => {
            let error = refusal(req.request());
            Ok(respond(req, &error))
        }
        Err(error) => Ok(respond(req, &error)),
    }
}

/// The error as a response: JSON under `/api`, else the app's error page (or redirect).
fn respond<B>(req: ServiceRequest, error: &AppError) -> ServiceResponse<EitherBody<B>> {
    let res = if req.path().starts_with("/api/") {
        HttpResponse::build(error.status_code()).json(error.json_body())
    } else {
        error.error_response()
    };
    req.into_response(res).map_into_right_body()
}

/// The account behind the request: an `Authorization: Bearer` token (a bad one is an error, not
/// anonymous), else a valid session cookie.
async fn identify(req: &ServiceRequest, state: &AppState) -> AppResult<Option<CurrentUser>> {
    let now = unix_now();
    if let Some(header) = req.headers().get(AUTHORIZATION) {
        let hash = header
            .to_str()
            .ok()
            .and_then(api_token::hash_from_header)
            .ok_or_else(|| {
                AppError::Unauthorized(
                    "the Authorization header is not a claimdesk bearer token".into(),
                )
            })?;
        let user = state
            .db
            .run(move |c| Ok(db::tokens::user(c, &hash, now)?))
            .await?;
        return match user {
            Some(user) => Ok(Some(CurrentUser {
                user,
                session: None,
                csrf: String::new(),
            })),
            None => Err(AppError::Unauthorized(
                "the API token is not valid (revoked, or its account is deactivated)".into(),
            )),
        };
    }
    let cookies = req
        .headers()
        .get_all(COOKIE)
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join("; ");
    let Some(session) = cookie::find(&cookies, cookie::SESSION)
        .and_then(|value| CookieId::from_cookie_value(&state.auth.key, value))
    else {
        return Ok(None);
    };
    let hash = session.hash();
    let user = state
        .db
        .run(move |c| Ok(db::sessions::user(c, &hash, now)?))
        .await?;
    Ok(user.map(|user| {
        let csrf = csrf::token(&state.auth.key, session.as_str());
        CurrentUser {
            user,
            session: Some(session),
            csrf,
        }
    }))
}

/// What an anonymous request gets: `401` JSON under `/api`, else a redirect to the sign-in page that
/// comes back to this page (for GET) afterwards.
fn refusal(req: &HttpRequest) -> AppError {
    if req.path().starts_with("/api/") {
        return AppError::Unauthorized(
            "sign in first: send Authorization: Bearer TOKEN (create one on your account page)"
                .into(),
        );
    }
    let next = (req.method() == actix_web::http::Method::GET)
        .then(|| req.uri().path_and_query().map(|pq| pq.as_str().to_string()))
        .flatten()
        .unwrap_or_else(|| "/".to_string());
    AppError::SignInRequired { next }
}
