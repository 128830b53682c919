//! A new article as typed by a user: parsed once at the edge into values that are valid by construction.

use time::Date;
use time::macros::format_description;

/// The largest article text accepted, in bytes.
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;
const MAX_TITLE_CHARS: usize = 300;
const MAX_OUTLET_CHARS: usize = 200;
const MAX_BYLINE_CHARS: usize = 300;
const MAX_URL_CHARS: usize = 2000;

/// A non-empty title of at most 300 characters, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleTitle(String);

/// Non-blank article text of at most 2 MB (kept exactly as given: offsets point into it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleText(String);

/// An absolute http(s) URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleUrl(String);

/// Why a field was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArticleError {
    #[error("the title is missing")]
    MissingTitle,
    #[error("the title is longer than {MAX_TITLE_CHARS} characters")]
    TitleTooLong,
    #[error("the outlet is longer than {MAX_OUTLET_CHARS} characters")]
    OutletTooLong,
    #[error("the byline is longer than {MAX_BYLINE_CHARS} characters")]
    BylineTooLong,
    #[error("the text is empty")]
    EmptyText,
    #[error("the text is larger than 2 MB")]
    TextTooLarge,
    #[error("the URL must start with http:// or https://")]
    BadUrl,
    #[error("the published date must look like 2026-03-31")]
    BadDate,
}

impl ArticleTitle {
    /// Trims and checks a title.
    pub fn parse(raw: &str) -> Result<Self, ArticleError> {
        let t = raw.trim();
        if t.is_empty() {
            Err(ArticleError::MissingTitle)
        } else if t.chars().count() > MAX_TITLE_CHARS {
            Err(ArticleError::TitleTooLong)
        } else {
            Ok(ArticleTitle(t.to_string()))
        }
    }
    /// The title.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl ArticleText {
    /// Checks the text; line endings are normalised to `\n` so offsets match what browsers send back.
    pub fn parse(raw: &str) -> Result<Self, ArticleError> {
        if raw.len() > MAX_TEXT_BYTES {
            return Err(ArticleError::TextTooLarge);
        }
        if raw.trim().is_empty() {
            return Err(ArticleError::EmptyText);
        }
        Ok(ArticleText(raw.replace("\r\n", "\n")))
    }
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl ArticleUrl {
    /// Accepts an absolute http or https URL without spaces.
    pub fn parse(raw: &str) -> Result<Self, ArticleError> {
        let u = raw.trim();
        let lower = u.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"));
        match rest {
            Some(host)
                if !host.is_empty()
                    && !u.contains(char::is_whitespace)
                    && u.len() <= MAX_URL_CHARS =>
            {
                Ok(ArticleUrl(u.to_string()))
            }
            _ => Err(ArticleError::BadUrl),
        }
    }
    /// The URL.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Parses a `YYYY-MM-DD` date.
pub fn parse_date(raw: &str) -> Result<Date, ArticleError> {
    Date::parse(raw.trim(), format_description!("[year]-[month]-[day]"))
        .map_err(|_| ArticleError::BadDate)
}

/// The fields of the "new article" form or API body, as received.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
pub struct RawArticle {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub outlet: String,
    /// The authors, as the page names them.
    #[serde(default)]
    pub byline: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub published: String,
    #[serde(default)]
    pub text: String,
}

/// A new article ready to be stored.
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub title: ArticleTitle,
    pub outlet: Option<String>,
    pub byline: Option<String>,
    pub url: Option<ArticleUrl>,
    pub published: Option<Date>,
    pub text: ArticleText,
}

impl NewArticle {
    /// Parses every field, collecting every problem (so a form can show them all at once).
    pub fn parse(raw: &RawArticle) -> Result<NewArticle, Vec<ArticleError>> {
        let mut errors = Vec::new();
        let title = ArticleTitle::parse(&raw.title)
            .map_err(|e| errors.push(e))
            .ok();
        let outlet = raw.outlet.trim();
        if outlet.chars().count() > MAX_OUTLET_CHARS {
            errors.push(ArticleError::OutletTooLong);
        }
        // Pages write "By Mara Lindqvist"; the page header adds the "By" itself.
        let byline = raw.byline.trim();
        let byline = ["By ", "by ", "BY "]
            .iter()
            .find_map(|by| byline.strip_prefix(by))
            .unwrap_or(byline)
            .trim();
        if byline.chars().count() > MAX_BYLINE_CHARS {
            errors.push(ArticleError::BylineTooLong);
        }
        let url = optional(&raw.url, ArticleUrl::parse)
            .map_err(|e| errors.push(e))
            .ok();
        let published = optional(&raw.published, parse_date)
            .map_err(|e| errors.push(e))
            .ok();
        let text = ArticleText::parse(&raw.text)
            .map_err(|e| errors.push(e))
            .ok();
        match (title, url, published, text) {
            (Some(title), Some(url), Some(published), Some(text)) if errors.is_empty() => {
                Ok(NewArticle {
                    title,
                    outlet: (!outlet.is_empty()).then(|| outlet.to_string()),
                    byline: (!byline.is_empty()).then(|| byline.to_string()),
                    url,
                    published,
                    text,
                })
            }
            _ => Err(errors),
        }
    }
}

fn optional<T>(
    raw: &str,
    parse: impl Fn(&str) -> Result<T, ArticleError>,
) -> Result<Option<T>, ArticleError> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        parse(raw).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(title: &str, text: &str) -> RawArticle {
        RawArticle {
            title: title.into(),
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_title_and_text_are_enough() {
        let a = NewArticle::parse(&raw("  Summit  ", "Text.")).unwrap();
        assert_eq!(a.title.as_str(), "Summit");
        assert!(a.outlet.is_none() && a.url.is_none() && a.published.is_none());
        assert!(a.byline.is_none());
    }

    #[test]
    fn a_byline_is_trimmed_loses_its_leading_by_and_a_very_long_one_is_refused() {
        let mut r = raw("Summit", "Text.");
        r.byline = "  Mara Lindqvist ".into();
        let a = NewArticle::parse(&r).unwrap();
        assert_eq!(a.byline.as_deref(), Some("Mara Lindqvist"));
        r.byline = "By Mara Lindqvist and Ilse Brandt".into();
        let a = NewArticle::parse(&r).unwrap();
        assert_eq!(a.byline.as_deref(), Some("Mara Lindqvist and Ilse Brandt"));
        r.byline = "a".repeat(MAX_BYLINE_CHARS + 1);
        let errors = NewArticle::parse(&r).unwrap_err();
        assert_eq!(errors, vec![ArticleError::BylineTooLong]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut r = raw(" ", " \n\t");
        r.url = "ftp://x".into();
        r.published = "31/03/2026".into();
        let errors = NewArticle::parse(&r).unwrap_err();
        assert_eq!(
            errors,
            vec![
                ArticleError::MissingTitle,
                ArticleError::BadUrl,
                ArticleError::BadDate,
                ArticleError::EmptyText
            ]
        );
    }

    #[test]
    fn text_over_two_megabytes_is_refused() {
        let big = "a".repeat(MAX_TEXT_BYTES + 1);
        assert_eq!(ArticleText::parse(&big), Err(ArticleError::TextTooLarge));
        assert!(ArticleText::parse(&"a".repeat(MAX_TEXT_BYTES)).is_ok());
    }

    #[test]
    fn windows_line_endings_become_newlines() {
        assert_eq!(ArticleText::parse("a\r\nb").unwrap().as_str(), "a\nb");
    }

    #[test]
    fn dates_and_urls_are_parsed() {
        assert_eq!(parse_date("2026-03-31").unwrap().to_string(), "2026-03-31");
        assert!(ArticleUrl::parse("https://example.com/a").is_ok());
        assert!(ArticleUrl::parse("https://").is_err());
        assert!(ArticleUrl::parse("javascript:alert(1)").is_err());
    }
}
