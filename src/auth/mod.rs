//! Authentication and authorisation: who is asking (session cookie or API token) and what they may do.
//! Handlers take a [`CurrentUser`]; role checks are its methods; the CSRF guard and the security
//! headers wrap the whole app.

pub mod api_token;
pub mod client_addr;
pub mod cookie;
pub mod csrf;
pub mod current_user;
pub mod form_token;
pub mod guard;
pub mod headers;
pub mod key;
pub mod password;
pub mod secret;
pub mod service;
pub mod throttle;

pub use crate::domain::Role;
pub use current_user::CurrentUser;
pub use key::SessionKey;

/// What every request's authentication needs: the instance key and the cookie policy.
#[derive(Debug, Clone)]
pub struct AuthSettings {
    /// Signs session cookies and CSRF tokens.
    pub key: SessionKey,
    /// Mark cookies `Secure` (served over HTTPS).
    pub secure_cookies: bool,
    /// Reverse proxies whose `X-Forwarded-For` names the client for sign-in throttling.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// Now, in unix seconds (the unit of the account tables).
pub fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A unix time as `2026-11-27 21:04 UTC` for pages.
pub fn format_unix(at: &i64) -> String {
    let at = *at;
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    time::OffsetDateTime::from_unix_timestamp(at)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_else(|| at.to_string())
}
