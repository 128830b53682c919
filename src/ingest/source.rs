//! Where an imported article comes from (a URL, a file, pasted HTML) and how its draft becomes the fields
//! of the new-article form or API body. Fetching makes `draft` blocking: handlers call it via web::block.

use super::{ArticleDraft, FetchConfig, IngestError, draft_from_bytes, fetch_draft};
use crate::domain::RawArticle;

/// An article to import.
#[derive(Debug, Clone)]
pub enum Source {
    /// A web address to fetch.
    Url(String),
    /// A saved page or text file; the name's extension says which (`.html`, `.htm`, `.txt`).
    File { name: String, bytes: Vec<u8> },
    /// HTML given directly (the API's `"html"`); `url` is where it came from, if known.
    Html { html: String, url: Option<String> },
}

/// Fetches or reads `source` and extracts its draft.
pub fn draft(source: &Source, fetch: &FetchConfig) -> Result<ArticleDraft, IngestError> {
    match source {
        Source::Url(url) => fetch_draft(url, fetch),
        Source::File { name, bytes } => draft_from_bytes(bytes, content_type_for(name), None),
        Source::Html { html, url } => {
            draft_from_bytes(html.as_bytes(), Some("text/html"), url.as_deref())
        }
    }
}

/// The content type a file name implies; None lets the content decide.
pub fn content_type_for(name: &str) -> Option<&'static str> {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml") => Some("text/html"),
        Some("txt" | "text" | "md") => Some("text/plain"),
        _ => None,
    }
}

/// The form fields for a draft; what the user typed (`given`) wins over what was extracted.
pub fn raw_from_draft(draft: &ArticleDraft, given: &RawArticle) -> RawArticle {
    let pick = |typed: &str, found: Option<String>| {
        if typed.trim().is_empty() {
            found.unwrap_or_default()
        } else {
            typed.to_string()
        }
    };
    RawArticle {
        title: pick(&given.title, Some(draft.title.clone())),
        outlet: pick(&given.outlet, draft.outlet.clone()),
        byline: pick(&given.byline, draft.byline.clone()),
        url: pick(&given.url, draft.url.clone()),
        published: pick(&given.published, draft.published.map(|d| d.to_string())),
        text: draft.text.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_extensions_pick_html_or_text_and_anything_else_is_sniffed() {
        assert_eq!(content_type_for("Saved Page.HTML"), Some("text/html"));
        assert_eq!(content_type_for("notes.txt"), Some("text/plain"));
        assert_eq!(content_type_for("download"), None);
    }

    #[test]
    fn typed_fields_win_over_extracted_ones_and_empty_ones_are_filled() {
        let draft = ArticleDraft {
            title: "Found title".into(),
            byline: Some("Found Author".into()),
            outlet: Some("Found outlet".into()),
            published: Some(time::macros::date!(2024 - 03 - 18)),
            url: Some("https://found.example/".into()),
            text: "Body.".into(),
        };
        let given = RawArticle {
            title: "My title".into(),
            ..Default::default()
        };
        let raw = raw_from_draft(&draft, &given);
        assert_eq!(raw.title, "My title");
        assert_eq!(raw.outlet, "Found outlet");
        assert_eq!(raw.byline, "Found Author");
        assert_eq!(raw.published, "2024-03-18");
        assert_eq!(raw.url, "https://found.example/");
        assert_eq!(raw.text, "Body.");
    }
}
