//! The session cookie: `claimdesk_session = <random id>.<HMAC of the id>`, HttpOnly, SameSite=Lax,
//! `Secure` when configured. The id is the secret; the database keeps only its SHA-256.
//! Hand-rolled (two small functions) rather than actix-session: sessions live in our own table, so the
//! cookie only carries an opaque signed id.

use super::key::SessionKey;
use super::secret::{random_token, sha256_hex};

/// Name of the session cookie.
pub const SESSION: &str = "claimdesk_session";
/// Name of the cookie that ties an anonymous visitor's forms (login, setup) to a CSRF token.
pub const ANON: &str = "claimdesk_anon";
/// How long a session lasts, in seconds (30 days).
pub const SESSION_TTL_SECS: i64 = 30 * 24 * 3600;

const PURPOSE: &str = "cookie";

/// A random session (or anonymous) id taken from a cookie whose signature checked out.
#[derive(Clone, PartialEq, Eq)]
pub struct CookieId(String);

impl std::fmt::Debug for CookieId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CookieId(***)")
    }
}

impl CookieId {
    /// A fresh random id.
    pub fn generate() -> std::io::Result<CookieId> {
        Ok(CookieId(random_token()?))
    }

    /// What the database stores for this id.
    pub fn hash(&self) -> String {
        sha256_hex(&self.0)
    }

    /// The raw id (binds CSRF tokens to it).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The signed cookie value for this id.
    pub fn cookie_value(&self, key: &SessionKey) -> String {
        format!("{}.{}", self.0, key.sign(PURPOSE, &self.0))
    }

    /// Reads a signed cookie value; `None` when the signature does not match (forged or old key).
    pub fn from_cookie_value(key: &SessionKey, value: &str) -> Option<CookieId> {
        let (id, sig) = value.split_once('.')?;
        key.verify(PURPOSE, id, sig)
            .then(|| CookieId(id.to_string()))
    }
}

/// The value of cookie `name` in a `Cookie:` request header.
pub fn find<'a>(cookie_header: &'a str, name: &str) -> Option<&'a str> {
    cookie_header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim_matches('"'))
}

/// A `Set-Cookie` header value. `max_age` of 0 deletes the cookie.
pub fn set_cookie(name: &str, value: &str, max_age: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SessionKey {
        SessionKey::from_hex(&"11".repeat(32)).unwrap()
    }

    #[test]
    fn a_signed_cookie_reads_back_and_a_tampered_one_does_not() {
        let id = CookieId::generate().unwrap();
        let value = id.cookie_value(&key());
        assert_eq!(
            CookieId::from_cookie_value(&key(), &value),
            Some(id.clone())
        );
        let mut forged = value.clone();
        forged.replace_range(0..1, if value.starts_with('0') { "1" } else { "0" });
        assert_eq!(CookieId::from_cookie_value(&key(), &forged), None);
        assert_eq!(CookieId::from_cookie_value(&key(), "no-dot"), None);
        let other = SessionKey::from_hex(&"22".repeat(32)).unwrap();
        assert_eq!(CookieId::from_cookie_value(&other, &value), None);
    }

    #[test]
    fn the_database_never_sees_the_raw_id() {
        let id = CookieId::generate().unwrap();
        assert_ne!(id.hash(), id.as_str());
        assert_eq!(id.hash().len(), 64);
    }

    #[test]
    fn cookies_are_found_among_others() {
        let header = "a=1; claimdesk_session=abc.def; b=2";
        assert_eq!(find(header, SESSION), Some("abc.def"));
        assert_eq!(find(header, ANON), None);
    }

    #[test]
    fn the_cookie_is_http_only_lax_and_secure_only_when_asked() {
        let plain = set_cookie(SESSION, "v", 60, false);
        assert!(plain.contains("HttpOnly") && plain.contains("SameSite=Lax"));
        assert!(!plain.contains("Secure"));
        assert!(set_cookie(SESSION, "v", 60, true).ends_with("; Secure"));
    }
}
