//! Server-side fetching of a URL, safely: http(s) only, public addresses only (checked after DNS resolution
//! on every hop, and the connection goes to the checked address), a total time limit, few redirects
//! (followed here, each re-checked), a size limit enforced while reading, and HTML or plain text only.

use std::io::Read;
use std::net::IpAddr;
use std::time::{Duration, Instant};

use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};
use url::Url;

use super::netpolicy::AddrPolicy;
use super::{ArticleDraft, IngestError, MAX_BYTES, draft_from_bytes};

/// Limits and permissions for fetching.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// Total time for the fetch, redirects and body included.
    pub timeout: Duration,
    /// Largest body accepted, in bytes.
    pub max_bytes: usize,
    /// Most redirects followed.
    pub max_redirects: u8,
    /// Non-public addresses that may be fetched anyway.
    pub addresses: AddrPolicy,
    /// The User-Agent sent.
    pub user_agent: String,
}

impl Default for FetchConfig {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(10),
            max_bytes: MAX_BYTES,
            max_redirects: 5,
            addresses: AddrPolicy::default(),
            user_agent: format!(
                "claimdesk/{} (+fact-check workbench)",
                env!("CARGO_PKG_VERSION")
            ),
        }
    }
}

/// A fetched page.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The address the body came from, after redirects.
    pub final_url: String,
    /// The Content-Type header.
    pub content_type: String,
    /// The body, at most `max_bytes` long.
    pub body: Vec<u8>,
}

/// Fetches `url` and turns the page into a draft whose `url` is the address as given.
pub fn fetch_draft(url: &str, config: &FetchConfig) -> Result<ArticleDraft, IngestError> {
    let page = fetch(url, config)?;
    let mut draft = draft_from_bytes(&page.body, Some(&page.content_type), Some(&page.final_url))?;
    draft.url = Some(url.trim().to_string());
    Ok(draft)
}

/// Fetches `url` within the limits of `config`.
pub fn fetch(url: &str, config: &FetchConfig) -> Result<Fetched, IngestError> {
    let deadline = Instant::now() + config.timeout;
    let mut current = parse_url(url)?;
    let agent = agent(config);
    for _ in 0..=config.max_redirects {
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            return Err(IngestError::Timeout(config.timeout.as_secs()));
        }
        let response = agent
            .get(current.as_str())
            .config()
            .timeout_global(Some(remaining))
            .build()
            .call()
            .map_err(|e| from_ureq(e, config, &current))?;
        let status = response.status().as_u16();
        if matches!(status, 301 | 302 | 303 | 307 | 308) {
            let location = response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok());
            let next = location
                .and_then(|l| current.join(l).ok())
                .ok_or(IngestError::BadRedirect)?;
            current = checked_scheme(next)?;
            continue;
        }
        if status == 404 || status == 410 {
            return Err(IngestError::NotFound(status));
        }
        if !(200..300).contains(&status) {
            return Err(IngestError::HttpStatus(status));
        }
        let content_type = header(&response, "content-type").unwrap_or_default();
        let mime = content_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if !matches!(
            mime.as_str(),
            "text/html" | "text/plain" | "application/xhtml+xml"
        ) {
            let shown = if mime.is_empty() {
                "none".to_string()
            } else {
                mime
            };
            return Err(IngestError::NotHtml(shown));
        }
        let too_large = IngestError::TooLarge {
            limit_mb: config.max_bytes / (1024 * 1024),
        };
        let declared =
            header(&response, "content-length").and_then(|l| l.trim().parse::<u64>().ok());
        if declared.is_some_and(|len| len > config.max_bytes as u64) {
            return Err(too_large);
        }
        let mut body = Vec::new();
        let reader = response.into_body().into_reader();
        reader
            .take(config.max_bytes as u64 + 1)
            .read_to_end(&mut body)
            .map_err(|e| from_ureq(ureq::Error::from(e), config, &current))?;
        if body.len() > config.max_bytes {
            return Err(too_large);
        }
        return Ok(Fetched {
            final_url: current.to_string(),
            content_type,
            body,
        });
    }
    Err(IngestError::TooManyRedirects(config.max_redirects))
}

fn parse_url(url: &str) -> Result<Url, IngestError> {
    let parsed = Url::parse(url.trim()).map_err(|_| IngestError::BadUrl(url.trim().to_string()))?;
    let parsed = checked_scheme(parsed)?;
    if parsed.host_str().is_none() {
        return Err(IngestError::BadUrl(url.trim().to_string()));
    }
    Ok(parsed)
}

fn checked_scheme(url: Url) -> Result<Url, IngestError> {
    match url.scheme() {
        "http" | "https" => Ok(url),
        other => Err(IngestError::UnsupportedScheme(other.to_string())),
    }
}

fn header(response: &ureq::http::Response<ureq::Body>, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// An agent that follows no redirects itself, uses no proxy, and resolves through [`GuardedResolver`].
fn agent(config: &FetchConfig) -> ureq::Agent {
    let ureq_config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .proxy(None)
        .user_agent(config.user_agent.as_str())
        .accept("text/html,application/xhtml+xml,text/plain;q=0.9")
        .timeout_global(Some(config.timeout))
        .build();
    let resolver = GuardedResolver {
        policy: config.addresses,
    };
    ureq::Agent::with_parts(ureq_config, DefaultConnector::new(), resolver)
}

/// Resolves like the system does, then refuses the whole lookup if any address is not allowed. The
/// connector connects to exactly these addresses, so a second lookup cannot swap in another one.
#[derive(Debug)]
struct GuardedResolver {
    policy: AddrPolicy,
}

/// The marker error carried through ureq when an address is refused.
#[derive(Debug)]
struct Refused(IpAddr);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "address {} not allowed", self.0)
    }
}

impl std::error::Error for Refused {}

impl Resolver for GuardedResolver {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let addrs = DefaultResolver::default().resolve(uri, config, timeout)?;
        if let Some(bad) = addrs.iter().find(|a| !self.policy.allows(a.ip())) {
            return Err(ureq::Error::Io(std::io::Error::other(Refused(bad.ip()))));
        }
        Ok(addrs)
    }
}

/// Maps a ureq error to the message a user sees.
fn from_ureq(error: ureq::Error, config: &FetchConfig, url: &Url) -> IngestError {
    let host = || IngestError::HostNotFound(url.host_str().unwrap_or_default().to_string());
    let timeout = IngestError::Timeout(config.timeout.as_secs());
    match error {
        ureq::Error::Timeout(_) => timeout,
        ureq::Error::HostNotFound => host(),
        ureq::Error::Tls(reason) => IngestError::Tls(reason.to_string()),
        ureq::Error::Rustls(e) => IngestError::Tls(e.to_string()),
        ureq::Error::BadUri(uri) => IngestError::BadUrl(uri),
        ureq::Error::Io(e) => {
            if let Some(Refused(ip)) = e.get_ref().and_then(|i| i.downcast_ref::<Refused>()) {
                return IngestError::AddressNotAllowed(*ip);
            }
            if let Some(tls) = e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
                return IngestError::Tls(tls.to_string());
            }
            match e.kind() {
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => timeout,
                std::io::ErrorKind::NotFound => host(),
                _ => IngestError::Connect(e.to_string()),
            }
        }
        other => IngestError::Connect(other.to_string()),
    }
}
