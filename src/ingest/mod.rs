//! Ingestion: a saved web page, a fetched URL or plain text becomes an [`ArticleDraft`] (title, byline,
//! outlet, date, address and the body paragraphs). Everything here is pure except [`fetch`].

mod charset;
mod error;
pub mod fetch;
#[cfg(test)]
mod fetch_tests;
mod html;
mod meta;
mod netpolicy;
pub mod source;
#[cfg(test)]
mod suite;
mod text;

pub use error::IngestError;
pub use fetch::{FetchConfig, Fetched, fetch, fetch_draft};
pub use html::draft_from_html;
pub use meta::parse_date;
pub use netpolicy::AddrPolicy;

/// The largest page or file accepted, in bytes (5 MB).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// An article as found, before a person confirms and saves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleDraft {
    /// The headline (never empty).
    pub title: String,
    /// The authors, as the page names them.
    pub byline: Option<String>,
    /// The publication ("BBC News", "The Guardian").
    pub outlet: Option<String>,
    /// The publication date.
    pub published: Option<time::Date>,
    /// The address of the page (the URL fetched, or the page's canonical link).
    pub url: Option<String>,
    /// The body: paragraphs separated by one blank line, no markup.
    pub text: String,
}

/// Turns the bytes of a page or file into a draft. `content_type` is the HTTP header or a type guessed from a
/// file name (`text/html`, `text/plain`); without one, HTML is recognised by its tags. `url` is where the
/// page came from, if known.
pub fn draft_from_bytes(
    bytes: &[u8],
    content_type: Option<&str>,
    url: Option<&str>,
) -> Result<ArticleDraft, IngestError> {
    if bytes.len() > MAX_BYTES {
        return Err(IngestError::TooLarge {
            limit_mb: MAX_BYTES / (1024 * 1024),
        });
    }
    charset::sniff(bytes)?;
    let decoded = charset::decode(bytes, content_type);
    let mime = content_type.map(|c| {
        c.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    });
    let is_html = match mime.as_deref() {
        Some("text/plain") => false,
        Some("text/html") | Some("application/xhtml+xml") => true,
        _ => looks_like_html(&decoded),
    };
    if is_html {
        draft_from_html(&decoded, url)
    } else {
        let mut draft = draft_from_text(&decoded)?;
        draft.url = url.map(str::to_string);
        Ok(draft)
    }
}

/// Plain text as a draft: the first line is the title, line endings are normalised to `\n`.
pub fn draft_from_text(text: &str) -> Result<ArticleDraft, IngestError> {
    let text = text
        .trim_start_matches('\u{feff}')
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let text = text.trim();
    if text.is_empty() {
        return Err(IngestError::Empty);
    }
    let first_line = text.lines().next().unwrap_or(text).trim();
    Ok(ArticleDraft {
        title: shorten(first_line, 200),
        byline: None,
        outlet: None,
        published: None,
        url: None,
        text: text.to_string(),
    })
}

/// True when the start of `text` has the tags of an HTML document.
fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<title",
        "<article",
        "<p>",
        "<div",
    ]
    .iter()
    .any(|tag| head.contains(tag))
}

/// At most `max` characters of `s`, cut at a word boundary when possible.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(at) if at > max / 2 => format!("{}…", &cut[..at]),
        _ => format!("{cut}…"),
    }
}

#[cfg(test)]
mod tests;
