//! A fixed report for renderer tests: every source kind, every status, and user text full of
//! characters that Markdown, CSV and spreadsheets treat specially.

use time::macros::{date, datetime};
use uuid::Uuid;

use super::{
    Report, ReportArticle, ReportClaim, ReportEvidence, ReportHistoryEntry, ReportNote,
    ReportSource,
};
use crate::domain::Verdict;
use crate::extract::{QuoteKind, SourceKind};

fn id(n: u128) -> Uuid {
    Uuid::from_u128(0x5eed_0000_0000_4000_8000_0000_0000_0000 + n)
}

fn claim(
    number: usize,
    text: &str,
    source: Option<(&str, SourceKind)>,
    cue: Option<&str>,
) -> ReportClaim {
    ReportClaim {
        id: id(number as u128),
        number,
        text: text.to_string(),
        sentence: text.to_string(),
        source: source.map(|(name, kind)| ReportSource {
            name: name.to_string(),
            kind,
        }),
        cue: cue.map(str::to_string),
        quote: source.map(|_| QuoteKind::Indirect),
        checkworthiness: 0.5,
        status: Verdict::Pending,
        note: None,
        decided_by: None,
        decided_at: None,
        history: Vec::new(),
        notes: Vec::new(),
        evidence: Vec::new(),
    }
}

/// Four claims: verified (CNN), disputed (a person, twice changed), pending (unnamed), pending (article).
pub fn report() -> Report {
    let mut cnn = claim(
        1,
        "this will be the third meeting between the leaders",
        Some(("CNN", SourceKind::Media)),
        Some("said"),
    );
    cnn.sentence = "CNN said this will be the third meeting between the leaders.".into();
    cnn.checkworthiness = 0.72;
    cnn.status = Verdict::Verified;
    cnn.note = Some("=HYPERLINK(\"http://evil.example\",\"click\")".into());
    cnn.decided_by = Some("Alice Example".into());
    cnn.decided_at = Some(datetime!(2026-11-20 09:30:00 UTC));
    cnn.history = vec![ReportHistoryEntry {
        at: datetime!(2026-11-20 09:30:00 UTC),
        user: Some("Alice Example".into()),
        from: Verdict::Pending,
        to: Verdict::Verified,
        note: cnn.note.clone(),
    }];

    cnn.evidence = vec![ReportEvidence {
        url: "https://www.cnn.example/2018/08/13/asia/korea-summit".into(),
        label: "CNN, 13 Aug 2018".into(),
        excerpt: Some("the third meeting between the leaders".into()),
        added_by: Some("Alice Example".into()),
        added_at: Some(datetime!(2026-11-20 09:25:00 UTC)),
    }];

    let mut ri = claim(
        2,
        "the United States is “not doing enough” — *really*? [see](http://x) <b>|</b>",
        Some(("Ri Son Gwon", SourceKind::Person)),
        Some("said"),
    );
    ri.quote = Some(QuoteKind::Mixed);
    ri.status = Verdict::Disputed;
    ri.note =
        Some("-2 sources disagree\n# not a heading\nsee _Reuters_, line \"two\", 100% sure".into());
    ri.decided_by = Some("Bob, \"the checker\"".into());
    ri.decided_at = Some(datetime!(2026-11-21 14:05:00 +01:00));
    ri.history = vec![
        ReportHistoryEntry {
            at: datetime!(2026-11-20 10:00:00 UTC),
            user: Some("Alice Example".into()),
            from: Verdict::Pending,
            to: Verdict::Verified,
            note: None,
        },
        ReportHistoryEntry {
            at: datetime!(2026-11-21 14:05:00 +01:00),
            user: Some("Bob, \"the checker\"".into()),
            from: Verdict::Verified,
            to: Verdict::Disputed,
            note: ri.note.clone(),
        },
    ];

    ri.notes = vec![ReportNote {
        at: datetime!(2026-11-21 13:00:00 UTC),
        author: Some("Carol <script>".into()),
        text: "Two agencies quote him differently; see the KCNA text.".into(),
    }];
    ri.evidence = vec![
        ReportEvidence {
            url: "https://kcna.example/item?id=42&lang=en".into(),
            label: "KCNA transcript".into(),
            excerpt: None,
            added_by: Some("Bob, \"the checker\"".into()),
            added_at: Some(datetime!(2026-11-21 13:02:00 UTC)),
        },
        ReportEvidence {
            url: "javascript:alert(1)".into(),
            label: "not a link".into(),
            excerpt: None,
            added_by: None,
            added_at: None,
        },
    ];

    let reports = claim(
        3,
        "Leaders of North and South Korea are set to meet again in September",
        Some(("reports", SourceKind::Unnamed)),
        Some("say"),
    );
    let mut own = claim(4, "+1 the date has yet to be announced @ noon", None, None);
    own.checkworthiness = 0.25;

    Report {
        instance_name: "Example Desk".into(),
        base_url: "https://desk.example".into(),
        generated_at: datetime!(2026-11-27 20:00:00 UTC),
        article: ReportArticle {
            id: id(0),
            title: "North, South Korea set to meet *again* | #3".into(),
            outlet: Some("Example News".into()),
            byline: Some("Jane *Doe* & <Co> | [staff](http://x)".into()),
            url: Some("https://news.example/korea?a=1&b=2".into()),
            published: Some(date!(2018 - 09 - 07)),
            created_at: datetime!(2026-11-19 08:00:00 UTC),
        },
        claims: vec![cnn, ri, reports, own],
    }
}
