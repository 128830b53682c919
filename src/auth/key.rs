//! The instance's secret key: signs session cookies and derives CSRF tokens. It is made once and kept in
//! the database (so a restart does not sign everyone out), or given by configuration
//! (`CLAIMDESK_SESSION_KEY`, 64+ hex characters) to share it between instances or rotate it.

use hmac::{Hmac, KeyInit, Mac};
use rusqlite::Connection;
use sha2::Sha256;

use super::secret::{hex, random_bytes, unhex};

type HmacSha256 = Hmac<Sha256>;

/// Fewest key bytes accepted from configuration (256 bits).
pub const MIN_KEY_BYTES: usize = 32;
const SETTING: &str = "session_key";

/// The secret HMAC key. `Debug` hides it.
#[derive(Clone)]
pub struct SessionKey(Vec<u8>);

impl std::fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionKey(***)")
    }
}

impl SessionKey {
    /// Parses a key given by configuration: hex, at least 32 bytes.
    pub fn from_hex(s: &str) -> Result<SessionKey, String> {
        match unhex(s.trim()) {
            Some(bytes) if bytes.len() >= MIN_KEY_BYTES => Ok(SessionKey(bytes)),
            Some(_) => Err(format!(
                "the session key must have at least {} hex characters",
                MIN_KEY_BYTES * 2
            )),
            None => Err("the session key must be hex (0-9, a-f)".to_string()),
        }
    }

    /// The configured key if there is one, else the key stored in the database, made on first use.
    pub fn load(conn: &Connection, configured: Option<&str>) -> anyhow::Result<SessionKey> {
        if let Some(hex_key) = configured {
            return SessionKey::from_hex(hex_key).map_err(anyhow::Error::msg);
        }
        let fresh = hex(&random_bytes::<MIN_KEY_BYTES>()?);
        let stored = crate::db::settings::get_or_insert(conn, SETTING, &fresh)?;
        SessionKey::from_hex(&stored)
            .map_err(|e| anyhow::anyhow!("the stored session key is damaged: {e}"))
    }

    fn mac(&self, purpose: &str, message: &str) -> HmacSha256 {
        // HMAC takes keys of any length, so this cannot fail.
        let mut mac = <HmacSha256 as KeyInit>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
        // The purpose keeps a signature made for one use (a cookie) from passing as another (CSRF).
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac.update(message.as_bytes());
        mac
    }

    /// Hex HMAC-SHA256 of `message` for one `purpose`.
    pub fn sign(&self, purpose: &str, message: &str) -> String {
        hex(&self.mac(purpose, message).finalize().into_bytes())
    }

    /// True when `signature` is `sign(purpose, message)`; compared in constant time.
    pub fn verify(&self, purpose: &str, message: &str, signature: &str) -> bool {
        match unhex(signature) {
            Some(bytes) => self.mac(purpose, message).verify_slice(&bytes).is_ok(),
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> SessionKey {
        SessionKey(vec![byte; 32])
    }

    #[test]
    fn a_signature_verifies_for_its_message_and_purpose_only() {
        let k = key(7);
        let sig = k.sign("cookie", "abc");
        assert!(k.verify("cookie", "abc", &sig));
        assert!(!k.verify("cookie", "abd", &sig));
        assert!(!k.verify("csrf", "abc", &sig));
        assert!(!key(8).verify("cookie", "abc", &sig));
        assert!(!k.verify("cookie", "abc", "not hex"));
    }

    #[test]
    fn configured_keys_must_be_long_hex() {
        assert!(SessionKey::from_hex(&"ab".repeat(32)).is_ok());
        assert!(SessionKey::from_hex(&"ab".repeat(31)).is_err());
        assert!(SessionKey::from_hex(&"zz".repeat(32)).is_err());
    }

    #[test]
    fn the_stored_key_survives_a_restart_and_configuration_overrides_it() {
        let conn = crate::db::testing::migrated();
        let first = SessionKey::load(&conn, None).unwrap();
        let again = SessionKey::load(&conn, None).unwrap();
        assert_eq!(first.0, again.0);
        let configured = SessionKey::load(&conn, Some(&"cd".repeat(32))).unwrap();
        assert_eq!(configured.0, vec![0xcd; 32]);
    }
}
