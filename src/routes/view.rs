//! Small presentation helpers shared by the page handlers: how times, sources and statuses read.

use time::macros::format_description;
use time::{Date, OffsetDateTime};

use crate::extract::{Source, SourceKind};

/// "2026-11-27 20:48 UTC".
pub fn time(at: OffsetDateTime) -> String {
    at.format(format_description!(
        "[year]-[month]-[day] [hour]:[minute] UTC"
    ))
    .unwrap_or_default()
}

/// "2026-11-27".
pub fn date(d: Date) -> String {
    d.to_string()
}

/// The name shown for a claim's source.
pub fn source_name(source: Option<&Source>) -> &str {
    source.map_or("the article", |s| s.name.as_str())
}

/// The badge word for a source's kind ("the article" for unattributed claims).
pub fn kind_label(source: Option<&Source>) -> &'static str {
    match source.map(|s| s.kind) {
        None => "the article",
        Some(SourceKind::Media) => "media",
        Some(SourceKind::Person) => "person",
        Some(SourceKind::Organization) => "organization",
        Some(SourceKind::Unnamed) => "unnamed",
        Some(SourceKind::Document) => "document",
    }
}

/// The CSS class suffix of a source kind badge.
pub fn kind_class(source: Option<&Source>) -> &'static str {
    source.map_or("article", |s| s.kind.as_str())
}

/// Percentages of (verified, disputed, pending) for a progress bar, summing to 100 when non-empty.
pub fn percentages(verified: usize, disputed: usize, pending: usize) -> (usize, usize, usize) {
    let total = verified + disputed + pending;
    if total == 0 {
        return (0, 0, 0);
    }
    let v = verified * 100 / total;
    let d = disputed * 100 / total;
    (v, d, 100 - v - d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_percentages_add_up_to_one_hundred() {
        assert_eq!(percentages(1, 1, 1), (33, 33, 34));
        assert_eq!(percentages(0, 0, 0), (0, 0, 0));
        assert_eq!(percentages(3, 0, 0), (100, 0, 0));
    }

    #[test]
    fn unattributed_claims_belong_to_the_article() {
        assert_eq!(source_name(None), "the article");
        assert_eq!(kind_label(None), "the article");
    }
}
