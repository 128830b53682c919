//! An HTML page to a draft: metadata from the page head, main text from the `dom_smoothie` Readability port.

use dom_query::Document;

use super::{ArticleDraft, IngestError, meta, shorten, text};

/// Fewer letters and digits than this after extraction means the page had no article body (counted in
/// characters, not words, so that Chinese and Japanese articles are measured fairly).
const MIN_CHARS: usize = 100;

/// Turns an HTML page (already decoded) into a draft. `url` is the page's address, if known; it also
/// resolves relative links.
pub fn draft_from_html(html: &str, url: Option<&str>) -> Result<ArticleDraft, IngestError> {
    if html.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    let doc = Document::from(html);
    let page = meta::read(&doc);
    let base = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut readability = dom_smoothie::Readability::with_document(doc, base, None)
        .or_else(|_| dom_smoothie::Readability::with_document(Document::from(html), None, None))
        .map_err(|_| IngestError::NoArticle)?;
    let article = readability.parse().map_err(|_| IngestError::NoArticle)?;
    let body = text::paragraphs(&article.content);
    if body.chars().filter(|c| c.is_alphanumeric()).count() < MIN_CHARS {
        return Err(IngestError::NoArticle);
    }
    let title = Some(article.title.trim().to_string())
        .filter(|t| !t.is_empty())
        .or(page.title)
        .unwrap_or_else(|| shorten(body.lines().next().unwrap_or(""), 200));
    let byline = article
        .byline
        .as_deref()
        .and_then(clean_byline)
        .or_else(|| page.byline.as_deref().and_then(clean_byline));
    let body = drop_heading_lines(&body, &title, byline.as_deref());
    let outlet = page
        .outlet
        .or(article.site_name)
        .filter(|o| !o.trim().is_empty());
    let published = page
        .published
        .or_else(|| article.published_time.as_deref().and_then(meta::parse_date));
    Ok(ArticleDraft {
        title,
        byline,
        outlet,
        published,
        url: url.map(str::to_string).or(page.url),
        text: body,
    })
}

/// Drops a leading "By" and surrounding whitespace; None when nothing is left.
fn clean_byline(byline: &str) -> Option<String> {
    let b = byline.split_whitespace().collect::<Vec<_>>().join(" ");
    let b = b
        .strip_prefix("By ")
        .or_else(|| b.strip_prefix("by "))
        .unwrap_or(&b)
        .trim();
    (!b.is_empty()).then(|| b.to_string())
}

/// Removes the headline and the byline when they open the body (Readability keeps them when the page's
/// metadata already named them), so the text starts with the article's first paragraph.
fn drop_heading_lines(body: &str, title: &str, byline: Option<&str>) -> String {
    let mut paragraphs: Vec<&str> = body.split("\n\n").collect();
    let mut checked = 0;
    while checked < 2 && paragraphs.len() > 1 {
        let first = paragraphs[0];
        let is_byline = byline.is_some_and(|b| clean_byline(first).as_deref() == Some(b));
        if first == title || is_byline {
            paragraphs.remove(0);
        }
        checked += 1;
    }
    paragraphs.join("\n\n")
}
