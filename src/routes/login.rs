//! Signing in and out: `GET/POST /login` (throttled, same answer for a wrong e-mail or password) and
//! `POST /logout` (ends the session server-side).

use actix_web::http::StatusCode;
use actix_web::http::header::{LOCATION, SET_COOKIE};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::auth::cookie::{self, CookieId, SESSION_TTL_SECS};
use crate::auth::{CurrentUser, client_addr, csrf, guard, password, throttle, unix_now};
use crate::db;
use crate::error::{AppError, AppResult};
use crate::startup::AppState;

/// The one message for every failed sign-in: it never tells whether the e-mail exists.
pub const WRONG_CREDENTIALS: &str = "wrong e-mail or password";

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage<'a> {
    csrf_token: &'a str,
    email: &'a str,
    next: &'a str,
    error: Option<&'a str>,
}

/// `?next=` on the sign-in page.
#[derive(Debug, Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// The sign-in form.
#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

/// The CSRF token for a form shown to a possibly anonymous visitor, and the `Set-Cookie` that gives
/// them an anonymous id when they have neither a session nor one yet.
pub fn anonymous_form_token(
    req: &HttpRequest,
    state: &AppState,
) -> AppResult<(String, Option<String>)> {
    if let Some(bound) = guard::binding(req.headers(), &state.auth.key) {
        return Ok((csrf::token(&state.auth.key, bound.as_str()), None));
    }
    let fresh = CookieId::generate().map_err(anyhow::Error::from)?;
    let set = cookie::set_cookie(
        cookie::ANON,
        &fresh.cookie_value(&state.auth.key),
        24 * 3600,
        state.auth.secure_cookies,
    );
    Ok((csrf::token(&state.auth.key, fresh.as_str()), Some(set)))
}

/// Only paths on this site, so `?next=` cannot send a signed-in user elsewhere.
fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n,
        _ => "/",
    }
}

fn render(
    status: StatusCode,
    page: &LoginPage<'_>,
    set_cookie: Option<String>,
) -> AppResult<HttpResponse> {
    let mut res = HttpResponse::build(status);
    res.content_type("text/html; charset=utf-8");
    if let Some(set) = set_cookie {
        res.append_header((SET_COOKIE, set));
    }
    Ok(res.body(page.render()?))
}

/// `GET /login`.
pub async fn form(
    req: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<NextQuery>,
) -> AppResult<HttpResponse> {
    let (token, set_cookie) = anonymous_form_token(&req, &state)?;
    let page = LoginPage {
        csrf_token: &token,
        email: "",
        next: safe_next(query.next.as_deref()),
        error: None,
    };
    render(StatusCode::OK, &page, set_cookie)
}

/// The address failures are counted against: the peer, or the client a trusted proxy forwarded for.
fn client_addr(req: &HttpRequest, trusted: &[std::net::IpAddr]) -> String {
    let forwarded_for = req
        .headers()
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok());
    client_addr::client_addr(req.peer_addr().map(|a| a.ip()), forwarded_for, trusted)
}

/// `POST /login`: `303` to `next` with a fresh session cookie, `401` with the form again, or `429`
/// after too many failures.
pub async fn submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: web::Form<LoginForm>,
) -> AppResult<HttpResponse> {
    let LoginForm {
        email,
        password,
        next,
    } = form.into_inner();
    let email = email.trim().to_lowercase();
    let next = safe_next(next.as_deref()).to_string();
    let client = client_addr(&req, &state.auth.trusted_proxies);
    let now = unix_now();
    let (e, c) = (email.clone(), client.clone());
    let (throttled, found) = state
        .db
        .run(move |conn| {
            if throttle::is_throttled(conn, &e, &c, now)? {
                return Ok((true, None));
            }
            Ok((false, db::users::find_for_login(conn, &e)?))
        })
        .await?;
    let (token, _) = anonymous_form_token(&req, &state)?;
    if throttled {
        let message = format!(
            "too many failed sign-ins for this account or from this address; try again in {} minutes",
            throttle::WINDOW_SECS / 60
        );
        let page = LoginPage {
            csrf_token: &token,
            email: &email,
            next: &next,
            error: Some(&message),
        };
        return render(StatusCode::TOO_MANY_REQUESTS, &page, None);
    }
    // Deactivated accounts and accounts without a password check against the dummy hash: same time,
    // same answer as an unknown e-mail.
    let stored = found
        .as_ref()
        .filter(|(u, _)| u.active)
        .and_then(|(_, h)| h.clone());
    let ok = web::block(move || password::verify_login(&password, stored.as_deref()))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("blocking pool: {e}")))?;
    let user = match found {
        Some((user, _)) if ok => user,
        _ => {
            let (e, c) = (email.clone(), client);
            state
                .db
                .run(move |conn| Ok(throttle::record_failure(conn, &e, &c, now)?))
                .await?;
            let page = LoginPage {
                csrf_token: &token,
                email: &email,
                next: &next,
                error: Some(WRONG_CREDENTIALS),
            };
            return render(StatusCode::UNAUTHORIZED, &page, None);
        }
    };
    let previous = guard::binding(req.headers(), &state.auth.key).map(|id| id.hash());
    let session = state
        .db
        .run(move |conn| crate::auth::service::start_session(conn, user.id, previous.as_deref()))
        .await?;
    Ok(signed_in(&state, &session, &next))
}

/// The `303` that sets a new session cookie (and drops the anonymous one).
pub fn signed_in(state: &AppState, session: &CookieId, next: &str) -> HttpResponse {
    let secure = state.auth.secure_cookies;
    HttpResponse::SeeOther()
        .insert_header((LOCATION, next))
        .append_header((
            SET_COOKIE,
            cookie::set_cookie(
                cookie::SESSION,
                &session.cookie_value(&state.auth.key),
                SESSION_TTL_SECS,
                secure,
            ),
        ))
        .append_header((SET_COOKIE, cookie::set_cookie(cookie::ANON, "", 0, secure)))
        .finish()
}

/// `POST /logout`: deletes the session on the server and the cookie in the browser.
pub async fn logout(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    if let Some(hash) = user.session_hash() {
        state
            .db
            .run(move |conn| Ok(db::sessions::delete(conn, &hash)?))
            .await?;
    }
    Ok(HttpResponse::SeeOther()
        .insert_header((LOCATION, "/login"))
        .append_header((
            SET_COOKIE,
            cookie::set_cookie(cookie::SESSION, "", 0, state.auth.secure_cookies),
        ))
        .finish())
}
