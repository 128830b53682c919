//! The bundled sample article (src/sample) as a report with fixed claims, decisions and times, for the
//! golden files. Claims are placed by hand, not by the extractor, so that extraction improvements do
//! not churn the golden files; only the renderers do.

use time::OffsetDateTime;
use time::macros::{date, datetime};
use uuid::Uuid;

use super::{Report, ReportArticle, ReportClaim, ReportEvidence, ReportHistoryEntry, ReportSource};
use crate::domain::Verdict;
use crate::extract::{QuoteKind, SourceKind};
use crate::sample::{TEXT, TITLE};

/// The sentence of `TEXT` that holds `claim`: from the previous ". " or line break to the next.
fn sentence_of(claim: &str) -> String {
    let at = TEXT.find(claim).unwrap_or(0);
    let before = &TEXT[..at];
    let start = [
        before.rfind(". ").map(|i| i + 2),
        before.rfind('\n').map(|i| i + 1),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(0);
    let after = at + claim.len();
    let end = [TEXT[after..].find(". "), TEXT[after..].find('\n')]
        .into_iter()
        .flatten()
        .min()
        .map_or(TEXT.len(), |i| after + i + 1);
    TEXT[start..end].trim().to_string()
}

type Decision = (Verdict, &'static str, &'static str, OffsetDateTime);

fn claim(
    number: usize,
    text: &str,
    source: Option<(&str, SourceKind, &str, QuoteKind)>,
    decisions: &[Decision],
) -> ReportClaim {
    let mut status = Verdict::Pending;
    let history: Vec<ReportHistoryEntry> = decisions
        .iter()
        .map(|&(to, who, note, at)| {
            let from = std::mem::replace(&mut status, to);
            ReportHistoryEntry {
                at,
                user: Some(who.to_string()),
                from,
                to,
                note: Some(note.to_string()),
            }
        })
        .collect();
    let last = history.last();
    ReportClaim {
        id: Uuid::from_u128(0x5a3f_0000_0000_4000_8000_0000_0000_0000 + number as u128),
        number,
        text: text.to_string(),
        sentence: sentence_of(text),
        source: source.map(|(name, kind, _, _)| ReportSource {
            name: name.into(),
            kind,
        }),
        cue: source.map(|(_, _, cue, _)| cue.to_string()),
        quote: source.map(|(_, _, _, q)| q),
        checkworthiness: 0.3 + 0.05 * (number % 7) as f32,
        status,
        note: last.and_then(|h| h.note.clone()),
        decided_by: last.and_then(|h| h.user.clone()),
        decided_at: last.map(|h| h.at),
        history,
        notes: Vec::new(),
        evidence: Vec::new(),
    }
}

/// The sample article, reviewed: 4 verified, 2 disputed, 4 pending.
pub fn report() -> Report {
    use QuoteKind::{Direct, Indirect};
    use SourceKind::{Media, Person, Unnamed};
    use Verdict::{Disputed, Verified};
    let (ana, ben) = ("Ana Reviewer", "Ben Checker");
    let mut claims = vec![
        claim(
            1,
            "The Port Alder town council postponed its vote on the new harbour bridge on Tuesday, the third delay since January.",
            None,
            &[(
                Verified,
                ana,
                "Council agenda of 10 March lists the postponement.",
                datetime!(2026-03-11 09:00 UTC),
            )],
        ),
        claim(
            2,
            "the council needed more time to study the engineering reports",
            Some(("Elena Marsh", Person, "said", Indirect)),
            &[(
                Verified,
                ana,
                "Matches the council minutes.",
                datetime!(2026-03-11 09:20 UTC),
            )],
        ),
        claim(
            3,
            "\"We will not vote on a bridge we have not fully understood,\"",
            Some(("Elena Marsh", Person, "told reporters", Direct)),
            &[(
                Verified,
                ben,
                "On the council's meeting video at 42:10.",
                datetime!(2026-03-11 10:05 UTC),
            )],
        ),
        claim(
            4,
            "The bridge would cost 48 million crowns",
            Some(("Valley Ledger", Media, "according to", Indirect)),
            &[
                (
                    Disputed,
                    ben,
                    "Tender documents say 41 million.",
                    datetime!(2026-03-11 10:30 UTC),
                ),
                (
                    Verified,
                    ana,
                    "48 million includes VAT; the Ledger is right.",
                    datetime!(2026-03-12 08:15 UTC),
                ),
            ],
        ),
        claim(
            5,
            "two of the four bidders had withdrawn",
            Some(("Valley Ledger", Media, "reported", Indirect)),
            &[],
        ),
        claim(
            6,
            "The regional government may withhold its share of the funding",
            Some(("reports", Unnamed, "say", Indirect)),
            &[(
                Disputed,
                ben,
                "The regional budget of 2 March keeps the funding.",
                datetime!(2026-03-12 11:00 UTC),
            )],
        ),
        claim(
            7,
            "a decision would come before the end of the month",
            Some(("officials", Unnamed, "said", Indirect)),
            &[],
        ),
        claim(
            8,
            "the old ferry could run for another five years",
            Some(("the harbour master", Person, "had told", Indirect)),
            &[],
        ),
        claim(
            9,
            "The ferry carried 1.2 million passengers last year.",
            None,
            &[(
                Disputed,
                ana,
                "Port statistics: 0.9 million passengers.",
                datetime!(2026-03-12 14:45 UTC),
            )],
        ),
        claim(
            10,
            "Construction was first planned to begin in the spring.",
            None,
            &[],
        ),
    ];
    claims[3].evidence = vec![ReportEvidence {
        url: "https://tenders.example/port-alder/bridge-2026".into(),
        label: "Tender notice, Port Alder harbour bridge".into(),
        excerpt: Some("estimated value 41 000 000 crowns excluding VAT".into()),
        added_by: Some(ben.into()),
        added_at: Some(datetime!(2026-03-11 10:28 UTC)),
    }];
    Report {
        instance_name: "claimdesk".into(),
        base_url: "http://127.0.0.1:8080".into(),
        generated_at: datetime!(2026-03-12 15:00 UTC),
        article: ReportArticle {
            id: Uuid::from_u128(0x5a3f_0000_0000_4000_8000_0000_0000_0000),
            title: TITLE.into(),
            outlet: Some("The Alder Courier (fictional)".into()),
            byline: Some("Lena Haug and Tomas Berg".into()),
            url: Some("https://courier.example/port-alder-bridge-vote".into()),
            published: Some(date!(2026 - 03 - 10)),
            created_at: datetime!(2026-03-11 08:30 UTC),
        },
        claims,
    }
}

#[test]
fn every_hand_placed_claim_is_in_the_sample_text() {
    for c in report().claims {
        assert!(
            TEXT.contains(&c.text),
            "claim {} is not in the sample",
            c.number
        );
        assert!(
            c.sentence.contains(&c.text) && c.sentence.len() < 200,
            "{:?}",
            c.sentence
        );
    }
}
