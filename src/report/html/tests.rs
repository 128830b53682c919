//! Unit tests of the HTML report on the shared fixture.

use super::*;
use crate::report::fixture;

fn html() -> String {
    render(&fixture::report()).expect("the report renders")
}

#[test]
fn user_text_is_escaped_everywhere() {
    let page = html();
    assert!(page.contains("Carol &#60;script&#62;"));
    assert!(
        page.contains("<dt>Byline</dt><dd>Jane *Doe* &#38; &#60;Co&#62; | [staff](http://x)</dd>")
    );
    assert!(
        !page.contains("<b>|</b>"),
        "claim text must not become markup"
    );
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the report.js tag is a script"
    );
}

#[test]
fn there_is_no_inline_script_for_the_csp_to_block() {
    let page = html();
    for tag in page.match_indices("<script").map(|(i, _)| &page[i..]) {
        let open = &tag[..tag.find('>').unwrap_or(tag.len())];
        assert!(
            open.contains("src=\"/static/report.js\""),
            "inline script: {open}"
        );
    }
    assert!(!page.contains("onclick"), "no inline event handlers");
    assert!(
        page.contains("data-print hidden"),
        "the print button waits for report.js"
    );
}

#[test]
fn only_http_evidence_urls_become_links() {
    let page = html();
    assert!(page.contains("href=\"https://kcna.example/item?id=42&#38;lang=en\""));
    assert!(
        !page.contains("href=\"javascript"),
        "a javascript: URL is shown as text only"
    );
    assert!(page.contains("javascript:alert(1)"));
}

#[test]
fn each_claim_appears_in_order_with_badge_source_and_decision() {
    let page = html();
    let at: Vec<usize> = (1..=4)
        .map(|n| {
            page.find(&format!("id=\"claim-{n}\""))
                .expect("every claim is there")
        })
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]));
    let ri = &page[at[1]..at[2]];
    assert!(ri.contains("class=\"badge disputed\">✗ Disputed<"));
    assert!(ri.contains("Ri Son Gwon <span class=\"kind\">person</span>"));
    assert!(ri.contains("Disputed by Bob, &#34;the checker&#34; on 2026-11-21 13:05 UTC"));
    assert!(ri.contains("<h3>Evidence</h3>") && ri.contains("<h3>Notes</h3>"));
    let cnn = &page[at[0]..at[1]];
    assert!(cnn.contains("<mark>this will be the third meeting between the leaders</mark>."));
}

#[test]
fn the_summary_bar_is_proportional_to_the_counts() {
    let page = html();
    assert!(page.contains("<rect class=\"verified\" x=\"0.00\" y=\"0\" width=\"25.00\""));
    assert!(page.contains("<rect class=\"disputed\" x=\"25.00\" y=\"0\" width=\"25.00\""));
    assert!(page.contains("<rect class=\"pending\" x=\"50.00\" y=\"0\" width=\"50.00\""));
    assert!(page.contains("aria-label=\"1 verified, 1 disputed, 2 pending\""));
}

#[test]
fn printing_hides_the_toolbar_and_keeps_claims_whole() {
    let page = html();
    assert!(page.contains("@page"));
    let print = &page[page.find("@media print").expect("a print stylesheet")..];
    assert!(print.contains(".toolbar, .screen-only { display: none !important; }"));
    assert!(print.contains(".claim { break-inside: avoid;"));
}

#[test]
fn reviewers_are_named_or_said_to_be_unrecorded() {
    let page = html();
    assert!(page.contains("<dt>Reviewers</dt><dd>Alice Example, Bob, &#34;the checker&#34;, Carol &#60;script&#62;</dd>"));
    let mut anonymous = fixture::report();
    for c in &mut anonymous.claims {
        c.decided_by = None;
        c.history.iter_mut().for_each(|h| h.user = None);
        c.notes.clear();
        c.evidence.clear();
    }
    let page = render(&anonymous).expect("renders");
    assert!(page.contains("<dt>Reviewers</dt><dd>not recorded</dd>"));
    anonymous
        .claims
        .iter_mut()
        .for_each(|c| c.status = Verdict::Pending);
    let page = render(&anonymous).expect("renders");
    assert!(page.contains("<dt>Reviewers</dt><dd>nobody yet</dd>"));
}
