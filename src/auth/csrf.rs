//! CSRF tokens: an HMAC of the visitor's session (or anonymous) id under the instance key. Nothing to
//! store: the token is valid exactly as long as the session it belongs to, and a page from another site
//! cannot read it.

use super::key::SessionKey;

const PURPOSE: &str = "csrf";

/// The hidden form field's name.
pub const FIELD: &str = "csrf_token";

/// The CSRF token for forms shown to the holder of `binding` (a session or anonymous id).
pub fn token(key: &SessionKey, binding: &str) -> String {
    key.sign(PURPOSE, binding)
}

/// True when `submitted` is the token for `binding` (constant-time comparison).
pub fn is_valid(key: &SessionKey, binding: &str, submitted: &str) -> bool {
    key.verify(PURPOSE, binding, submitted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_valid_only_for_its_own_session() {
        let key = SessionKey::from_hex(&"33".repeat(32)).unwrap();
        let t = token(&key, "session-a");
        assert!(is_valid(&key, "session-a", &t));
        assert!(!is_valid(&key, "session-b", &t));
        assert!(!is_valid(&key, "session-a", ""));
        assert!(!is_valid(&key, "session-a", &"0".repeat(64)));
    }
}
