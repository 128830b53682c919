//! Markdown report: readable as plain text, renders well on GitHub. All user text is escaped.

use std::fmt::Write;

use super::{Report, ReportClaim, format};

/// Escapes user text for inline use: no emphasis, links, HTML, tables or headings can be injected,
/// and line breaks become spaces (a newline could start a block element).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '&' if starts_entity(&text[i + 1..]) => {
                out.push_str("\\&");
            }
            '\r' => {}
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    // A leading `-`, `+`, `=` or `1.` could still start a list or an underline inside a block.
    if let Some(first) = out.chars().next() {
        if matches!(first, '-' | '+' | '=') {
            out.insert(0, '\\');
        } else if first.is_ascii_digit() {
            let digits = out.chars().take_while(char::is_ascii_digit).count();
            if matches!(out[digits..].chars().next(), Some('.') | Some(')')) {
                out.insert(digits, '\\');
            }
        }
    }
    out
}

/// Whether the text after a `&` would make it an entity such as `&amp;` or `&#42;` ("AT&T" is not).
fn starts_entity(rest: &str) -> bool {
    let body = rest.strip_prefix('#').unwrap_or(rest);
    let name = body.chars().take_while(char::is_ascii_alphanumeric).count();
    name > 0 && body[name..].starts_with(';')
}

/// Escapes multi-line user text as a block quote, keeping its line breaks.
fn quote_block(out: &mut String, text: &str) {
    for line in text.lines() {
        let line = escape(line.trim_end());
        if line.is_empty() {
            out.push_str(">\n");
        } else {
            let _ = writeln!(out, "> {line}");
        }
    }
}

/// A URL as a link if it is safe to put between angle brackets, else as escaped text.
fn link(url: &str) -> String {
    let plain = url.starts_with("http://") || url.starts_with("https://");
    if plain && !url.contains(|c: char| c.is_whitespace() || c == '<' || c == '>') {
        format!("<{url}>")
    } else {
        escape(url)
    }
}

fn header(out: &mut String, report: &Report) {
    let a = &report.article;
    let _ = writeln!(out, "# Review report: {}\n", escape(&a.title));
    if let Some(outlet) = &a.outlet {
        let _ = writeln!(out, "- **Outlet:** {}", escape(outlet));
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
    if let Some(note) = c.note.as_deref().filter(|n| !n.trim().is_empty()) {
        out.push_str("- **Note:**\n\n");
        quote_block(out, note);
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
    fn markdown_significant_characters_in_user_text_are_escaped() {
        assert_eq!(
            escape("*a* _b_ [c](d) <e> | #f `g`"),
            r"\*a\* \_b\_ \[c\](d) \<e\> \| \#f \`g\`"
        );
        assert_eq!(escape("two\nlines"), "two lines");
        assert_eq!(escape("- item"), r"\- item");
        assert_eq!(escape("1. first"), r"1\. first");
        assert_eq!(escape("AT&T &amp;"), r"AT&T \&amp;");
        assert_eq!(escape("U.S. officials, 100%"), "U.S. officials, 100%");
    }

    #[test]
    fn the_header_gives_title_outlet_url_date_and_reviewers() {
        let md = render(&fixture::report());
        assert!(
            md.starts_with(
                "# Review report: North, South Korea set to meet \\*again\\* \\| \\#3\n"
            )
        );
        assert!(md.contains("- **Outlet:** Example News\n"));
        assert!(md.contains("- **URL:** <https://news.example/korea?a=1&b=2>\n"));
        assert!(md.contains("- **Published:** 2018-09-07\n"));
        assert!(md.contains("- **Reviewers:** Alice Example, Bob, \"the checker\"\n"));
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
    fn multi_line_notes_stay_quoted_and_cannot_become_headings() {
        let md = render(&fixture::report());
        assert!(md.contains("> \\-2 sources disagree\n> \\# not a heading\n"));
        assert!(!md.lines().any(|l| l.starts_with("# not")));
    }
}
