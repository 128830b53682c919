//! Markdown report: readable as plain text, renders well on GitHub. All user text is escaped.

use std::fmt::Write;

mod escape;

pub use escape::escape;
use escape::{labelled_link, link, quote_block};

use super::{Report, ReportClaim, format};

fn header(out: &mut String, report: &Report) {
    let a = &report.article;
    let _ = writeln!(out, "# Review report: {}\n", escape(&a.title));
    if let Some(outlet) = &a.outlet {
        let _ = writeln!(out, "- **Outlet:** {}", escape(outlet));
    }
    if let Some(byline) = &a.byline {
        let _ = writeln!(out, "- **Byline:** {}", escape(byline));
    }
    if let Some(url) = &a.url {
        let _ = writeln!(out, "- **URL:** {}", link(url));
    }
    if let Some(published) = a.published {
        let _ = writeln!(out, "- **Published:** {}", format::date(published));
    }
    let _ = writeln!(out, "- **On claimdesk:** {}", link(&report.article_url()));
    let reviewers = report.reviewers();
    if !reviewers.is_empty() {
        let names: Vec<String> = reviewers.iter().map(|r| escape(r)).collect();
        let _ = writeln!(out, "- **Reviewers:** {}", names.join(", "));
    }
    let _ = writeln!(
        out,
        "- **Report:** {}, {}\n",
        escape(&report.instance_name),
        format::human(report.generated_at)
    );
}

fn summary(out: &mut String, report: &Report) {
    let c = report.counts();
    out.push_str("## Summary\n\n| Status | Claims |\n| --- | ---: |\n");
    let _ = writeln!(out, "| Verified | {} |", c.verified);
    let _ = writeln!(out, "| Disputed | {} |", c.disputed);
    let _ = writeln!(out, "| Pending | {} |", c.pending);
    let _ = writeln!(out, "| **Total** | **{}** |\n", c.total());
}

fn claim(out: &mut String, c: &ReportClaim) {
    let _ = writeln!(out, "### Claim {} · {}\n", c.number, c.status.label());
    quote_block(out, &c.text);
    out.push('\n');
    let source = format::source_label(c.source.as_ref());
    let _ = writeln!(out, "- **Source:** {}", escape(&source));
    if let Some(cue) = &c.cue {
        let _ = writeln!(out, "- **Cue:** {}", escape(cue));
    }
    if let Some(q) = c.quote {
        let _ = writeln!(out, "- **Quote:** {}", q.as_str());
    }
    let _ = writeln!(out, "- **Status:** {}", c.status.label());
    if let Some(at) = c.decided_at {
        let by = c.decided_by.as_deref().map(escape);
        let by = by.map(|b| format!(" by {b}")).unwrap_or_default();
        let _ = writeln!(out, "- **Last change:** {}{by}", format::human(at));
    }
    let _ = writeln!(out, "- **Check-worthiness:** {:.2}", c.checkworthiness);
    match c.note.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        Some(note) if note.contains('\n') => {
            out.push_str("- **Note:**\n\n");
            quote_block(out, note);
        }
        Some(note) => {
            let _ = writeln!(out, "- **Note:** {}", escape(note));
        }
        None => {}
    }
    if !c.evidence.is_empty() {
        out.push_str("\n*Evidence:*\n\n");
        for e in &c.evidence {
            let _ = write!(out, "- {}", labelled_link(&e.label, &e.url));
            if let Some(by) = &e.added_by {
                let _ = write!(out, " (added by {})", escape(by));
            }
            if let Some(excerpt) = e.excerpt.as_deref().filter(|x| !x.trim().is_empty()) {
                let _ = write!(out, ": “{}”", escape(excerpt));
            }
            out.push('\n');
        }
    }
    if !c.notes.is_empty() {
        out.push_str("\n*Notes:*\n\n");
        for n in &c.notes {
            let by = n.author.as_deref().map_or("someone".to_string(), escape);
            let _ = writeln!(
                out,
                "- {}, {}: {}",
                by,
                format::human(n.at),
                escape(&n.text)
            );
        }
    }
    if c.sentence != c.text {
        out.push_str("\n*In context:*\n\n");
        quote_block(out, &c.sentence);
    }
    if c.history.len() > 1 {
        out.push_str("\n| When | Who | Change | Note |\n| --- | --- | --- | --- |\n");
        for h in &c.history {
            let _ = writeln!(
                out,
                "| {} | {} | {} → {} | {} |",
                format::human(h.at),
                h.user.as_deref().map(escape).unwrap_or_default(),
                h.from.label(),
                h.to.label(),
                h.note.as_deref().map(escape).unwrap_or_default()
            );
        }
    }
    out.push('\n');
}

/// Renders the report as a Markdown document.
pub fn render(report: &Report) -> String {
    let mut out = String::with_capacity(1024 + report.claims.len() * 512);
    header(&mut out, report);
    summary(&mut out, report);
    out.push_str("## Claims\n\n");
    if report.claims.is_empty() {
        out.push_str("No claims were found in this article.\n");
    }
    for c in &report.claims {
        claim(&mut out, c);
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn the_header_gives_title_outlet_byline_url_date_and_reviewers() {
        let md = render(&fixture::report());
        assert!(
            md.starts_with(
                "# Review report: North, South Korea set to meet \\*again\\* \\| \\#3\n"
            )
        );
        assert!(md.contains("- **Outlet:** Example News\n"));
        assert!(
            md.contains("- **Byline:** Jane \\*Doe\\* & \\<Co\\> \\| \\[staff\\](http://x)\n"),
            "{md}"
        );
        assert!(md.contains("- **URL:** <https://news.example/korea?a=1&b=2>\n"));
        assert!(md.contains("- **Published:** 2018-09-07\n"));
        assert!(md.contains(
            "- **Reviewers:** Alice Example, Bob, \"the checker\", Carol \\<script\\>\n"
        ));
    }

    #[test]
    fn the_summary_counts_claims_per_status() {
        let md = render(&fixture::report());
        assert!(md.contains(
            "| Verified | 1 |\n| Disputed | 1 |\n| Pending | 2 |\n| **Total** | **4** |"
        ));
    }

    #[test]
    fn claims_appear_in_article_order_with_status_source_cue_and_last_change() {
        let md = render(&fixture::report());
        let positions: Vec<usize> = (1..=4)
            .map(|n| {
                md.find(&format!("### Claim {n} · "))
                    .expect("every claim has a heading")
            })
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]));
        assert!(md.contains("### Claim 2 · Disputed\n"));
        assert!(md.contains("- **Source:** Ri Son Gwon (person)\n- **Cue:** said\n"));
        assert!(md.contains("- **Last change:** 2026-11-21 13:05 UTC by Bob, \"the checker\"\n"));
        assert!(md.contains("- **Source:** the article\n"));
    }

    #[test]
    fn evidence_is_linked_and_notes_are_listed_with_author_and_time() {
        let md = render(&fixture::report());
        assert!(md.contains(
            "- [KCNA transcript](<https://kcna.example/item?id=42&lang=en>) (added by Bob, \"the checker\")\n"
        ));
        assert!(md.contains("- not a link (javascript:alert(1))\n"));
        assert!(md.contains("- Carol \\<script\\>, 2026-11-21 13:00 UTC: Two agencies quote him"));
    }

    #[test]
    fn multi_line_notes_stay_quoted_and_cannot_become_headings() {
        let md = render(&fixture::report());
        assert!(md.contains("> \\-2 sources disagree\n> \\# not a heading\n"));
        assert!(!md.lines().any(|l| l.starts_with("# not")));
    }
}
