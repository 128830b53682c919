//! `claimdesk serve`: the web app, configured from flags and environment variables.

use std::path::PathBuf;

use claimdesk::config::{self, Config};
use claimdesk::ingest::{AddrPolicy, FetchConfig};
use claimdesk::startup::Application;
use clap::Args;

#[derive(Args)]
pub struct ServeArgs {
    /// The SQLite database file (created and migrated on first start).
    #[arg(long, env = "CLAIMDESK_DB", default_value = config::DEFAULT_DB)]
    db: PathBuf,
    /// The address to listen on (host:port).
    #[arg(long, env = "CLAIMDESK_BIND", default_value = config::DEFAULT_BIND)]
    bind: String,
    /// Public base URL used in report permalinks (default: http:// + the address listened on).
    #[arg(long, env = "CLAIMDESK_BASE_URL")]
    base_url: Option<String>,
    #[command(flatten)]
    fetch: FetchFlags,
    #[command(flatten)]
    identity: Identity,
    /// Mark cookies Secure (serve over HTTPS); on by default when --base-url is https.
    #[arg(long, env = "CLAIMDESK_SECURE_COOKIES")]
    secure_cookies: bool,
    /// Reverse proxies in front of the app (IP addresses, comma-separated) whose X-Forwarded-For names
    /// the client that sign-in throttling counts against; default: none, every request counts as its peer.
    #[arg(long, env = "CLAIMDESK_TRUSTED_PROXY", value_delimiter = ',')]
    trusted_proxy: Vec<std::net::IpAddr>,
    /// Hex key (64+ characters) signing sessions; default: a key stored in the database.
    #[arg(long, env = "CLAIMDESK_SESSION_KEY", hide_env_values = true)]
    session_key: Option<String>,
}

/// Which non-public addresses article imports may fetch from (`serve` and `import`).
#[derive(Args)]
pub struct FetchFlags {
    /// Let article imports fetch from private and link-local networks (an intranet deployment).
    #[arg(long, env = "CLAIMDESK_FETCH_ALLOW_PRIVATE")]
    fetch_allow_private: bool,
    /// Let article imports fetch from loopback addresses (127.0.0.1, ::1).
    #[arg(long, env = "CLAIMDESK_FETCH_ALLOW_LOOPBACK")]
    fetch_allow_loopback: bool,
}

impl FetchFlags {
    /// The fetch limits with the addresses these flags allow.
    pub fn config(&self) -> FetchConfig {
        FetchConfig {
            addresses: AddrPolicy {
                allow_private: self.fetch_allow_private,
                allow_loopback: self.fetch_allow_loopback,
            },
            ..FetchConfig::default()
        }
    }
}

/// How the instance names itself in reports, and who is credited for its reviews.
#[derive(Args)]
pub struct Identity {
    /// The instance's name, shown on reports.
    #[arg(long, env = "CLAIMDESK_INSTANCE_NAME", default_value = "claimdesk")]
    pub instance_name: String,
    /// The organisation credited as ClaimReview author (default: the instance name).
    #[arg(long, env = "CLAIMDESK_ORG_NAME")]
    pub org_name: Option<String>,
    /// The organisation's web site for ClaimReview (default: the base URL).
    #[arg(long, env = "CLAIMDESK_ORG_URL")]
    pub org_url: Option<String>,
}

/// Starts the app and serves until stopped; prints the URL and, on an empty instance, the setup link.
pub fn run(args: ServeArgs) -> anyhow::Result<()> {
    let config = Config {
        base_url: args.base_url,
        instance_name: args.identity.instance_name,
        organization_name: args.identity.org_name,
        organization_url: args.identity.org_url,
        fetch: args.fetch.config(),
        secure_cookies: args.secure_cookies,
        trusted_proxies: args.trusted_proxy,
        session_key: args.session_key,
        ..Config::new(args.db, args.bind)
    };
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    actix_web::rt::System::new().block_on(async move {
        let app = Application::build(config)?;
        println!("claimdesk listening on {}", app.base_url());
        if let Some(link) = app.setup_link() {
            println!("No accounts yet. Create the first admin (single-use link): {link}");
        }
        app.run_until_stopped().await?;
        Ok(())
    })
}
