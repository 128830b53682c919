//! Printable HTML report: a standalone document (inline stylesheet, no inline script) for reading,
//! printing and saving as PDF. Rendered with askama (autoescaping on; nothing is marked safe).

use askama::Template;

mod claim;

use claim::{ClaimView, claim_view};

use super::{Report, format};
use crate::domain::Verdict;

/// The report page: everything precomputed, so the template only prints and loops.
#[derive(Template)]
#[template(path = "report/article.html")]
struct Page<'a> {
    instance: &'a str,
    title: &'a str,
    outlet: Option<&'a str>,
    byline: Option<&'a str>,
    url: Option<Link<'a>>,
    published: Option<String>,
    article_url: String,
    generated: String,
    reviewers: String,
    total: usize,
    reviewed: usize,
    counts: Vec<Segment>,
    claims: Vec<ClaimView<'a>>,
}

/// A URL shown as a link only when it is http(s); anything else stays text.
pub(crate) struct Link<'a> {
    pub(super) href: Option<&'a str>,
    pub(super) text: &'a str,
}

impl<'a> Link<'a> {
    pub(super) fn new(url: &'a str) -> Self {
        let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
        let linkable = lower.starts_with("http://") || lower.starts_with("https://");
        Link {
            href: linkable.then_some(url),
            text: url,
        }
    }
}

/// One status in the summary: its count and its slice of the SVG bar (in percent).
struct Segment {
    class: &'static str,
    icon: &'static str,
    label: &'static str,
    count: usize,
    x: String,
    width: String,
}

/// The CSS class and the symbol of a status (the symbol keeps it readable without colour).
pub(crate) fn badge(status: Verdict) -> (&'static str, &'static str) {
    match status {
        Verdict::Verified => ("verified", "✓"),
        Verdict::Disputed => ("disputed", "✗"),
        Verdict::Pending => ("pending", "?"),
    }
}

fn segments(report: &Report) -> Vec<Segment> {
    let counts = report.counts();
    let total = counts.total().max(1) as f64;
    let mut x = 0.0;
    [
        (Verdict::Verified, counts.verified),
        (Verdict::Disputed, counts.disputed),
        (Verdict::Pending, counts.pending),
    ]
    .into_iter()
    .map(|(status, count)| {
        let (class, icon) = badge(status);
        let width = count as f64 * 100.0 / total;
        let seg = Segment {
            class,
            icon,
            label: status.label(),
            count,
            x: format!("{x:.2}"),
            width: format!("{width:.2}"),
        };
        x += width;
        seg
    })
    .collect()
}

/// Renders the report as a standalone HTML document.
pub fn render(report: &Report) -> askama::Result<String> {
    let a = &report.article;
    let counts = report.counts();
    let page = Page {
        instance: &report.instance_name,
        title: &a.title,
        outlet: a.outlet.as_deref(),
        byline: a.byline.as_deref(),
        url: a.url.as_deref().map(Link::new),
        published: a.published.map(format::date),
        article_url: report.article_url(),
        generated: format::human(report.generated_at),
        reviewers: match report.reviewers().join(", ") {
            names if !names.is_empty() => names,
            // Decisions made before accounts carry no name.
            _ if counts.verified + counts.disputed > 0 => "not recorded".to_string(),
            _ => "nobody yet".to_string(),
        },
        total: counts.total(),
        reviewed: counts.verified + counts.disputed,
        counts: segments(report),
        claims: report
            .claims
            .iter()
            .map(|c| claim_view(report, c))
            .collect(),
    };
    page.render()
}

#[cfg(test)]
mod tests;
