//! API tokens: `cdt_` + 64 random hex characters, shown once; the database keeps their SHA-256.
//! The prefix lets secret scanners and people recognise a leaked claimdesk token.

use super::secret::{random_token, sha256_hex};

/// Every token starts with this.
pub const PREFIX: &str = "cdt_";

/// A freshly made token: the secret to show once, and the hash to store.
#[derive(Debug)]
pub struct NewToken {
    /// Shown to the owner exactly once.
    pub secret: String,
    /// Stored in the database.
    pub hash: String,
}

/// Makes a new random token.
pub fn generate() -> std::io::Result<NewToken> {
    let secret = format!("{PREFIX}{}", random_token()?);
    let hash = sha256_hex(&secret);
    Ok(NewToken { secret, hash })
}

/// The hash to look up for an `Authorization` header value `Bearer <token>`; `None` when the header
/// is not a bearer token of ours.
pub fn hash_from_header(authorization: &str) -> Option<String> {
    let (scheme, token) = authorization.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && token.starts_with(PREFIX) && token.len() < 200)
        .then(|| sha256_hex(token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_token_is_prefixed_random_and_stored_only_as_its_hash() {
        let t = generate().unwrap();
        assert!(t.secret.starts_with(PREFIX) && t.secret.len() == PREFIX.len() + 64);
        assert_eq!(t.hash, sha256_hex(&t.secret));
        assert!(!t.hash.contains(&t.secret[PREFIX.len()..]));
        assert_ne!(generate().unwrap().secret, t.secret);
    }

    #[test]
    fn bearer_headers_are_read_and_others_ignored() {
        let t = generate().unwrap();
        assert_eq!(
            hash_from_header(&format!("Bearer {}", t.secret)),
            Some(t.hash.clone())
        );
        assert_eq!(
            hash_from_header(&format!("bearer  {}", t.secret)),
            Some(t.hash)
        );
        assert_eq!(hash_from_header("Basic dXNlcjpwYXNz"), None);
        assert_eq!(hash_from_header("Bearer not-ours"), None);
    }
}
