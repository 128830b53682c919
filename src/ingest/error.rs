//! The one error type of ingestion: every way a page, a file or a URL can be refused, each with its own message.

use std::net::IpAddr;

/// Why a page, file or URL could not be turned into an article draft. The messages are shown to users as-is.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum IngestError {
    /// Nothing (or only whitespace) was given.
    #[error("the page is empty")]
    Empty,
    /// A PDF was given where a web page or text was expected.
    #[error("this is a PDF, not a web page: save the article as HTML or paste its text")]
    Pdf,
    /// Bytes that are not text (an image, an archive, an office document ...).
    #[error("this is a binary file, not a web page or text")]
    Binary,
    /// The page or file is over the size limit.
    #[error("the page is too large (over {limit_mb} MB)")]
    TooLarge {
        /// The limit in megabytes.
        limit_mb: usize,
    },
    /// The page was read but holds no article text (a menu, a login wall, an index page).
    #[error("no article text found on this page")]
    NoArticle,
    /// The URL could not be parsed.
    #[error("not a valid URL: {0}")]
    BadUrl(String),
    /// The URL uses another scheme than http or https.
    #[error("only http and https URLs can be fetched, not {0}")]
    UnsupportedScheme(String),
    /// The host name does not resolve.
    #[error("the host {0} could not be found")]
    HostNotFound(String),
    /// The host resolves to an address that may not be fetched (private, loopback, link-local ...).
    #[error("address not allowed: {0} is a private, loopback or otherwise non-public address")]
    AddressNotAllowed(IpAddr),
    /// The server answered 404 or 410.
    #[error("page not found (HTTP {0})")]
    NotFound(u16),
    /// The server answered another error status.
    #[error("the server answered HTTP {0}")]
    HttpStatus(u16),
    /// Fetching took longer than the time limit.
    #[error("the page took too long to load (timeout after {0} s)")]
    Timeout(u64),
    /// The server answered with something else than HTML or plain text.
    #[error("not an HTML page (content type {0})")]
    NotHtml(String),
    /// More redirects than allowed.
    #[error("too many redirects (more than {0})")]
    TooManyRedirects(u8),
    /// A redirect without a usable Location header.
    #[error("the server sent a redirect without a valid location")]
    BadRedirect,
    /// The TLS handshake failed (bad certificate, unsupported protocol ...).
    #[error("TLS error: {0}")]
    Tls(String),
    /// The connection failed or broke off.
    #[error("could not connect: {0}")]
    Connect(String),
}

impl From<IngestError> for crate::error::AppError {
    fn from(e: IngestError) -> Self {
        use crate::error::AppError;
        let message = e.to_string();
        match e {
            IngestError::TooLarge { .. } => AppError::TooLarge(message),
            IngestError::Pdf | IngestError::Binary | IngestError::NotHtml(_) => {
                AppError::UnsupportedMediaType(message)
            }
            _ => AppError::Unprocessable(message),
        }
    }
}
