//! The view of one claim in the HTML report: strings ready to print, links checked.

use super::{Link, badge};
use crate::report::{Report, ReportClaim, format};

/// One claim as the template shows it.
pub(super) struct ClaimView<'a> {
    pub(super) number: usize,
    pub(super) class: &'static str,
    pub(super) icon: &'static str,
    pub(super) label: &'static str,
    pub(super) text: &'a str,
    pub(super) before: &'a str,
    pub(super) marked: &'a str,
    pub(super) after: &'a str,
    /// Whether the sentence says more than the claim (else "in context" would repeat it).
    pub(super) context: bool,
    pub(super) source: String,
    pub(super) kind: &'static str,
    pub(super) cue: Option<&'a str>,
    pub(super) quote: Option<&'static str>,
    pub(super) worthiness: String,
    pub(super) note: Option<&'a str>,
    pub(super) decided: Option<String>,
    pub(super) permalink: String,
    pub(super) notes: Vec<Entry<'a>>,
    pub(super) evidence: Vec<EvidenceView<'a>>,
    pub(super) history: Vec<Entry<'a>>,
}

/// A dated line: a note of the thread, or a status change (`what` is "Pending → Verified").
pub(super) struct Entry<'a> {
    pub(super) at: String,
    pub(super) who: &'a str,
    pub(super) what: String,
    pub(super) text: Option<&'a str>,
}

/// An evidence item as the template shows it.
pub(super) struct EvidenceView<'a> {
    pub(super) label: &'a str,
    pub(super) link: Link<'a>,
    pub(super) excerpt: Option<&'a str>,
    pub(super) added: Option<String>,
}

/// Splits the sentence around the claim so the template can mark it; the whole sentence is the
/// "before" part when the claim text does not occur in it verbatim.
fn split<'a>(sentence: &'a str, text: &str) -> (&'a str, &'a str, &'a str) {
    match sentence.find(text).filter(|_| !text.is_empty()) {
        Some(i) => (
            &sentence[..i],
            &sentence[i..i + text.len()],
            &sentence[i + text.len()..],
        ),
        None => (sentence, "", ""),
    }
}

/// "by Alice on 2026-11-20 09:30 UTC", "on 2026-11-20 09:30 UTC" (no accounts yet) or "by Alice".
fn by_at(who: Option<&str>, at: Option<time::OffsetDateTime>) -> Option<String> {
    match (who, at) {
        (Some(w), Some(t)) => Some(format!("by {w} on {}", format::human(t))),
        (None, Some(t)) => Some(format!("on {}", format::human(t))),
        (Some(w), None) => Some(format!("by {w}")),
        (None, None) => None,
    }
}

pub(super) fn claim_view<'a>(report: &Report, c: &'a ReportClaim) -> ClaimView<'a> {
    let (class, icon) = badge(c.status);
    let (before, marked, after) = split(&c.sentence, &c.text);
    ClaimView {
        number: c.number,
        class,
        icon,
        label: c.status.label(),
        text: &c.text,
        before,
        marked,
        after,
        context: c.sentence.trim() != c.text.trim(),
        source: c
            .source
            .as_ref()
            .map_or("The article itself".into(), |s| s.name.clone()),
        kind: format::kind_name(c.source.as_ref()),
        cue: c.cue.as_deref(),
        quote: c.quote.map(|q| q.as_str()),
        worthiness: format!("{:.2}", c.checkworthiness),
        note: c.note.as_deref().filter(|n| !n.trim().is_empty()),
        decided: by_at(c.decided_by.as_deref(), c.decided_at),
        permalink: report.claim_permalink(c),
        notes: c
            .notes
            .iter()
            .map(|n| Entry {
                at: format::human(n.at),
                who: n.author.as_deref().unwrap_or("someone"),
                what: String::new(),
                text: Some(&n.text),
            })
            .collect(),
        evidence: c
            .evidence
            .iter()
            .map(|e| EvidenceView {
                label: &e.label,
                link: Link::new(&e.url),
                excerpt: e.excerpt.as_deref().filter(|x| !x.trim().is_empty()),
                added: by_at(e.added_by.as_deref(), e.added_at),
            })
            .collect(),
        history: c
            .history
            .iter()
            .map(|h| Entry {
                at: format::human(h.at),
                who: h.user.as_deref().unwrap_or("—"),
                what: format!("{} → {}", h.from.label(), h.to.label()),
                text: h.note.as_deref().filter(|n| !n.trim().is_empty()),
            })
            .collect(),
    }
}
