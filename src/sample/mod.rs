//! The bundled sample article: a short, fictional story that shows every kind of source.
//!
//! It has an outlet (the Valley Ledger), a named official referred to later by surname (Elena Marsh →
//! Marsh), unnamed "reports" and "officials", a nested attribution (Marsh said the harbour master had
//! told her ...) and the article's own claims.

use crate::domain::{NewArticle, RawArticle};

/// The sample's text, compiled into the binary.
pub const TEXT: &str = include_str!("harbour-bridge.txt");

/// The sample's title.
pub const TITLE: &str = "Port Alder delays harbour bridge vote (fictional sample)";

/// The sample as a new article.
pub fn article() -> NewArticle {
    let raw = RawArticle {
        title: TITLE.to_string(),
        outlet: "The Alder Courier (fictional)".to_string(),
        byline: String::new(),
        url: String::new(),
        published: "2026-03-10".to_string(),
        text: TEXT.to_string(),
    };
    match NewArticle::parse(&raw) {
        Ok(article) => article,
        // The sample is a constant; a unit test below proves this arm unreachable.
        Err(errors) => unreachable!("the bundled sample is invalid: {errors:?}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_sample_is_a_valid_article() {
        let a = super::article();
        assert_eq!(a.title.as_str(), super::TITLE);
        assert!(a.text.as_str().contains("Marsh"));
    }
}
