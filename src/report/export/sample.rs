//! A small exported article for tests: an attributed claim with history, a note, evidence, an
//! assignment and timeline rows, and the article's own claim.

use time::macros::{date, datetime};
use uuid::Uuid;

use super::{
    ExportArticle, ExportAssignee, ExportChange, ExportClaim, ExportEvidence, ExportNote,
    ExportTimelineEntry,
};
use crate::domain::Verdict;
use crate::extract::{Cue, ExtractedClaim, QuoteKind, Source, SourceKind, Span};

const TEXT: &str = "CNN said the summit is set for September. The date has yet to be announced.";

/// The article `n` (distinct ids), with a verified claim and a pending one.
pub fn article(n: u128) -> ExportArticle {
    let id = |k: u128| Uuid::from_u128((n << 16) + k);
    let said = ExtractedClaim {
        text: "the summit is set for September".into(),
        start: 9,
        end: 40,
        sentence: Span { start: 0, end: 41 },
        source: Some(Source {
            name: "CNN".into(),
            kind: SourceKind::Media,
            mention: "CNN".into(),
            start: 0,
            end: 3,
        }),
        cue: Some(Cue {
            text: "said".into(),
            start: 4,
            end: 8,
        }),
        quote: Some(QuoteKind::Indirect),
        checkworthiness: 0.72,
        frame: String::new(),
    };
    let own = ExtractedClaim {
        text: "The date has yet to be announced.".into(),
        start: 42,
        end: 75,
        sentence: Span { start: 42, end: 75 },
        source: None,
        cue: None,
        quote: None,
        checkworthiness: 0.3,
        frame: String::new(),
    };
    ExportArticle {
        id: id(0),
        title: format!("Summit, part {n}"),
        outlet: Some("Example News".into()),
        byline: Some("Mara Lindqvist".into()),
        url: None,
        published: Some(date!(2018 - 09 - 07)),
        created_at: datetime!(2026-11-19 08:00:00.123 UTC),
        text: TEXT.into(),
        claims: vec![
            ExportClaim {
                id: id(1),
                number: 1,
                extracted: said,
                status: Verdict::Verified,
                note: Some("=1+1, \"quoted\"".into()),
                version: 2,
                updated_at: datetime!(2026-11-20 09:30:00.500 UTC),
                history: vec![ExportChange {
                    id: Some(7),
                    at: datetime!(2026-11-20 09:30:00.500 UTC),
                    user: Some("alice".into()),
                    from: Verdict::Pending,
                    to: Verdict::Verified,
                    note: Some("=1+1, \"quoted\"".into()),
                }],
                notes: vec![ExportNote {
                    id: Some(3),
                    at: datetime!(2026-11-20 09:29:00.000 UTC),
                    user: Some("u-alice".into()),
                    user_name: "Alice Example".into(),
                    text: "asked the ministry".into(),
                }],
                evidence: vec![ExportEvidence {
                    id: Some(4),
                    at: datetime!(2026-11-20 09:29:30.000 UTC),
                    user: Some("u-alice".into()),
                    user_name: "Alice Example".into(),
                    url: "https://example.org/minutes".into(),
                    label: "Minutes".into(),
                    excerpt: None,
                }],
                deleted_at: None,
                assignee: Some(ExportAssignee {
                    id: "u-alice".into(),
                    name: "Alice Example".into(),
                }),
            },
            ExportClaim {
                id: id(2),
                number: 2,
                extracted: own,
                status: Verdict::Pending,
                note: None,
                version: 1,
                updated_at: datetime!(2026-11-19 08:00:00.123 UTC),
                history: Vec::new(),
                notes: Vec::new(),
                evidence: Vec::new(),
                deleted_at: None,
                assignee: None,
            },
        ],
        assignee: None,
        timeline: vec![ExportTimelineEntry {
            id: Some(11),
            claim_id: Some(id(1)),
            at: datetime!(2026-11-20 09:29:00.000 UTC),
            user: Some("u-alice".into()),
            user_name: "Alice Example".into(),
            kind: "note".into(),
            summary: "note".into(),
            detail: Some("asked the ministry".into()),
        }],
    }
}
