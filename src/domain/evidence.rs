//! Evidence and notes as typed by a reviewer: an http(s) link with a label and optional excerpt; a note.

const MAX_LABEL_CHARS: usize = 300;
const MAX_EXCERPT_CHARS: usize = 5000;
const MAX_NOTE_CHARS: usize = 5000;

/// Why an evidence item or a note was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EvidenceError {
    #[error("the evidence link must be a full http:// or https:// address")]
    BadUrl,
    #[error("give the evidence a label (what the link is)")]
    NoLabel,
    #[error("the label is longer than {MAX_LABEL_CHARS} characters")]
    LabelTooLong,
    #[error("the excerpt is longer than {MAX_EXCERPT_CHARS} characters")]
    ExcerptTooLong,
    #[error("the note is empty")]
    EmptyNote,
    #[error("the note is longer than {MAX_NOTE_CHARS} characters")]
    NoteTooLong,
}

/// A valid evidence item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceItem {
    pub url: url::Url,
    pub label: String,
    pub excerpt: Option<String>,
}

impl EvidenceItem {
    /// Parses the fields of the evidence form.
    pub fn parse(
        url: &str,
        label: &str,
        excerpt: Option<&str>,
    ) -> Result<EvidenceItem, EvidenceError> {
        let url = url::Url::parse(url.trim()).map_err(|_| EvidenceError::BadUrl)?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
            return Err(EvidenceError::BadUrl);
        }
        let label = label.trim();
        if label.is_empty() {
            return Err(EvidenceError::NoLabel);
        }
        if label.chars().count() > MAX_LABEL_CHARS {
            return Err(EvidenceError::LabelTooLong);
        }
        let excerpt = excerpt.map(str::trim).filter(|e| !e.is_empty());
        if excerpt.is_some_and(|e| e.chars().count() > MAX_EXCERPT_CHARS) {
            return Err(EvidenceError::ExcerptTooLong);
        }
        Ok(EvidenceItem {
            url,
            label: label.to_string(),
            excerpt: excerpt.map(str::to_string),
        })
    }
}

/// Parses a note: trimmed, non-empty, bounded.
pub fn parse_note(body: &str) -> Result<String, EvidenceError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(EvidenceError::EmptyNote);
    }
    if body.chars().count() > MAX_NOTE_CHARS {
        return Err(EvidenceError::NoteTooLong);
    }
    Ok(body.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_links_are_evidence() {
        assert!(
            EvidenceItem::parse("https://example.org/minutes", "Council minutes", None).is_ok()
        );
        assert!(EvidenceItem::parse("http://example.org", "x", Some("  ")).is_ok());
        for bad in [
            "javascript:alert(1)",
            "ftp://example.org/x",
            "example.org",
            "file:///etc/passwd",
            "",
        ] {
            assert_eq!(
                EvidenceItem::parse(bad, "label", None),
                Err(EvidenceError::BadUrl),
                "{bad}"
            );
        }
    }

    #[test]
    fn evidence_needs_a_label_and_a_blank_excerpt_is_none() {
        assert_eq!(
            EvidenceItem::parse("https://a.example", " ", None),
            Err(EvidenceError::NoLabel)
        );
        let item = EvidenceItem::parse("https://a.example", "A", Some(" ")).unwrap();
        assert_eq!(item.excerpt, None);
    }

    #[test]
    fn a_blank_note_is_refused() {
        assert_eq!(parse_note("  \n"), Err(EvidenceError::EmptyNote));
        assert_eq!(parse_note(" why "), Ok("why".to_string()));
    }
}
