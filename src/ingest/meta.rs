//! Page metadata read before Readability runs: OpenGraph and `article:*` meta tags, JSON-LD `NewsArticle`,
//! the canonical link and the `<title>`. Each field keeps the first source that has it.

use dom_query::Document;
use serde_json::Value;
use time::Date;
use time::macros::format_description;

/// What the page says about itself.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageMeta {
    /// Headline (JSON-LD `headline`, `og:title`, `<title>`).
    pub title: Option<String>,
    /// Authors (JSON-LD `author`, `<meta name="author">`, `article:author` when it is a name).
    pub byline: Option<String>,
    /// Publication (`og:site_name`, JSON-LD `publisher.name`).
    pub outlet: Option<String>,
    /// Publication date (`article:published_time`, JSON-LD `datePublished`, `<meta name="date">`).
    pub published: Option<Date>,
    /// Canonical address (`<link rel="canonical">`, `og:url`, JSON-LD `url`).
    pub url: Option<String>,
}

/// Reads the metadata of a parsed page.
pub fn read(doc: &Document) -> PageMeta {
    let ld = json_ld_article(doc);
    let ld_str = |key: &str| ld.as_ref().and_then(|v| v.get(key)).and_then(text_of);
    let meta = |sel: &str| {
        let found = doc
            .select(sel)
            .attr("content")
            .map(|s| s.trim().to_string());
        found.filter(|s| !s.is_empty())
    };
    let title = ld_str("headline")
        .or_else(|| meta("meta[property='og:title']"))
        .or_else(|| meta("meta[name='twitter:title']"))
        .or_else(|| clean(&doc.select("title").text()));
    let byline = ld
        .as_ref()
        .and_then(|v| v.get("author"))
        .and_then(names)
        .or_else(|| meta("meta[name='author']"))
        .or_else(|| meta("meta[property='article:author']").filter(|a| !a.contains("://")));
    let outlet = meta("meta[property='og:site_name']").or_else(|| {
        let publisher = ld.as_ref().and_then(|v| v.get("publisher"));
        publisher.and_then(|p| p.get("name")).and_then(text_of)
    });
    let published = [
        meta("meta[property='article:published_time']"),
        ld_str("datePublished"),
        meta("meta[name='date']"),
        meta("meta[itemprop='datePublished']"),
        doc.select("time[datetime]")
            .attr("datetime")
            .map(|s| s.to_string()),
    ]
    .into_iter()
    .flatten()
    .find_map(|s| parse_date(&s));
    let canonical = doc
        .select("link[rel='canonical']")
        .attr("href")
        .map(|s| s.to_string());
    let url = canonical
        .or_else(|| meta("meta[property='og:url']"))
        .or_else(|| ld_str("url"))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    PageMeta {
        title,
        byline,
        outlet,
        published,
        url,
    }
}

/// The date part of an ISO 8601 date or date-time ("2018-09-18", "2018-09-18T03:12:00Z").
pub fn parse_date(s: &str) -> Option<Date> {
    let day = s.trim().get(..10)?;
    Date::parse(day, format_description!("[year]-[month]-[day]")).ok()
}

/// The first JSON-LD object whose `@type` is an article (NewsArticle, Article, BlogPosting ...).
fn json_ld_article(doc: &Document) -> Option<Value> {
    doc.select("script[type='application/ld+json']")
        .iter()
        .filter_map(|s| serde_json::from_str::<Value>(&s.text()).ok())
        .find_map(|v| find_article(&v).cloned())
}

fn find_article(v: &Value) -> Option<&Value> {
    match v {
        Value::Array(items) => items.iter().find_map(find_article),
        Value::Object(map) => {
            let is_article = |t: &Value| {
                t.as_str()
                    .is_some_and(|t| t.ends_with("Article") || t == "BlogPosting")
            };
            let typed = match map.get("@type") {
                Some(Value::Array(types)) => types.iter().any(is_article),
                Some(t) => is_article(t),
                None => false,
            };
            if typed {
                Some(v)
            } else {
                map.get("@graph").and_then(find_article)
            }
        }
        _ => None,
    }
}

/// The names in a JSON-LD `author` (a string, a Person, or a list of them), joined with commas.
fn names(v: &Value) -> Option<String> {
    let list: Vec<String> = match v {
        Value::Array(items) => items.iter().filter_map(names).collect(),
        Value::Object(map) => map.get("name").and_then(text_of).into_iter().collect(),
        other => text_of(other).into_iter().collect(),
    };
    clean(&list.join(", "))
}

fn text_of(v: &Value) -> Option<String> {
    v.as_str().and_then(clean)
}

/// Collapses whitespace; None when nothing is left.
fn clean(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}
