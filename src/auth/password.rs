//! Passwords: the length rule, argon2id hashing, and verification that costs the same whether or not the
//! account exists. Every function here is slow on purpose and blocking: call it off the async threads
//! (`web::block`).

use std::sync::OnceLock;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// The shortest password accepted, in characters.
pub const MIN_LEN: usize = 10;
/// The longest password accepted, in bytes (keeps a request from feeding megabytes to the hash).
pub const MAX_BYTES: usize = 1024;

/// A password that meets the length rules. Its `Debug` never shows the secret, so it cannot end up in
/// a log line by accident.
#[derive(Clone)]
pub struct Password(String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

impl Password {
    /// Checks the length rules (spaces count, nothing is trimmed); the message says what is wrong.
    pub fn parse(raw: String) -> Result<Password, String> {
        if raw.chars().count() < MIN_LEN {
            return Err(format!(
                "the password must have at least {MIN_LEN} characters"
            ));
        }
        if raw.len() > MAX_BYTES {
            return Err(format!("the password must have at most {MAX_BYTES} bytes"));
        }
        Ok(Password(raw))
    }

    fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

/// The argon2id hasher with the crate's defaults (OWASP's first recommendation: m = 19 MiB, t = 2,
/// p = 1). The parameters are stored in each PHC string, so raising them later keeps old hashes valid.
fn hasher() -> Argon2<'static> {
    Argon2::default()
}

/// Hashes a password to a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) with a random salt.
pub fn hash(password: &Password) -> std::io::Result<String> {
    PasswordHasher::<PasswordHash>::hash_password(&hasher(), password.bytes())
        .map(|h| h.to_string())
        .map_err(|e| std::io::Error::other(format!("password hashing failed: {e}")))
}

/// True when `password` matches the stored PHC string. A malformed stored hash never matches.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordVerifier::<str>::verify_password(&hasher(), password.as_bytes(), stored).is_ok()
}

/// Checks a login attempt against the stored hash of the account, or, when there is no such account
/// (or it has no password yet), against a dummy hash with the same parameters, so that a wrong e-mail
/// takes as long as a wrong password and the timing does not tell which accounts exist.
pub fn verify_login(password: &str, stored: Option<&str>) -> bool {
    match stored {
        Some(stored) => verify(password, stored),
        None => {
            let _ = verify(password, dummy_hash());
            false
        }
    }
}

/// A hash of a random throwaway password, made once per process with the current parameters.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let throwaway = crate::auth::secret::random_token()
            .unwrap_or_else(|_| "claimdesk-dummy-password".to_string());
        // Only an out-of-memory error could stop this; a fixed valid PHC string with the same cost
        // keeps the timing equal even then.
        hash(&Password(throwaway)).unwrap_or_else(|_| FALLBACK_DUMMY.to_string())
    })
}

const FALLBACK_DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Xk1nQ0q5mF3S0Y7Jkq2yG0t1ZcHq3mJk2yqv9kq0yU4";

#[cfg(test)]
mod tests {
    use super::*;

    fn pw(s: &str) -> Password {
        Password::parse(s.to_string()).unwrap()
    }

    #[test]
    fn passwords_shorter_than_ten_characters_are_refused() {
        assert!(Password::parse("123456789".into()).is_err());
        assert!(Password::parse("1234567890".into()).is_ok());
        // characters, not bytes: nine accented letters are still too short
        assert!(Password::parse("ééééééééé".into()).is_err());
    }

    #[test]
    fn huge_passwords_are_refused() {
        assert!(Password::parse("x".repeat(MAX_BYTES + 1)).is_err());
    }

    #[test]
    fn debug_output_hides_the_password() {
        assert_eq!(
            format!("{:?}", pw("correct horse battery")),
            "Password(***)"
        );
    }

    #[test]
    fn a_hash_is_argon2id_and_verifies_only_the_right_password() {
        let stored = hash(&pw("correct horse battery")).unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(verify("correct horse battery", &stored));
        assert!(!verify("correct horse battery!", &stored));
    }

    #[test]
    fn two_hashes_of_one_password_differ_by_salt() {
        assert_ne!(
            hash(&pw("correct horse battery")).unwrap(),
            hash(&pw("correct horse battery")).unwrap()
        );
    }

    #[test]
    fn unknown_account_and_malformed_hash_never_verify() {
        assert!(!verify_login("correct horse battery", None));
        assert!(!verify("correct horse battery", "not a hash"));
        assert!(dummy_hash().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    }

    #[test]
    fn the_fallback_dummy_hash_is_a_well_formed_argon2id_string() {
        let parsed = PasswordHash::new(FALLBACK_DUMMY).unwrap();
        assert_eq!(parsed.algorithm.as_str(), "argon2id");
        assert!(!verify("anything at all", FALLBACK_DUMMY));
    }
}
