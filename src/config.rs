//! Configuration of a running instance: where the database lives, where to listen, how to name itself.

use std::path::PathBuf;

/// The default database file, relative to the working directory.
pub const DEFAULT_DB: &str = "./claimdesk.db";
/// The default listening address.
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";

/// Everything `Application::build` needs; filled from flags and environment by the CLI.
#[derive(Debug, Clone)]
pub struct Config {
    /// The SQLite file (created and migrated on first start).
    pub db_path: PathBuf,
    /// `host:port` to listen on; port 0 picks a free port (tests).
    pub bind: String,
    /// Public base URL for permalinks in reports; `None`: `http://` + the address listened on.
    pub base_url: Option<String>,
    /// The instance's display name.
    pub instance_name: String,
    /// The organisation credited as author of ClaimReview markup; `None`: the instance name.
    pub organization_name: Option<String>,
    /// The organisation's web site; `None`: the base URL.
    pub organization_url: Option<String>,
    /// Hex key (64+ characters) signing session cookies and CSRF tokens; `None`: the key stored in
    /// the database (made on first start).
    pub session_key: Option<String>,
    /// Mark cookies `Secure` (also on when `base_url` is https).
    pub secure_cookies: bool,
    /// Reverse proxies in front of the app whose `X-Forwarded-For` is believed when sign-in failures are
    /// counted per client address; empty: every request counts against its direct peer.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Limits of server-side URL fetching, and which non-public addresses an admin allows.
    pub fetch: crate::ingest::FetchConfig,
}

impl Config {
    /// A config with the given database and address, defaults elsewhere.
    pub fn new(db_path: impl Into<PathBuf>, bind: impl Into<String>) -> Config {
        Config {
            db_path: db_path.into(),
            bind: bind.into(),
            base_url: None,
            instance_name: "claimdesk".to_string(),
            organization_name: None,
            organization_url: None,
            session_key: None,
            secure_cookies: false,
            trusted_proxies: Vec::new(),
            fetch: crate::ingest::FetchConfig::default(),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config::new(DEFAULT_DB, DEFAULT_BIND)
    }
}
