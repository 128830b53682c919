//! Report rendering and export throughput: a 300-claim article in every format, and the streamed
//! whole-instance JSON/CSV writers on 100 articles x 100 claims (scale x100 for a million claims).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use time::macros::datetime;
use uuid::Uuid;

use claimdesk::domain::Verdict;
use claimdesk::extract::{Cue, ExtractedClaim, QuoteKind, Source, SourceKind, Span};
use claimdesk::report::claimreview::Organization;
use claimdesk::report::export::{
    Context, CsvExport, ExportArticle, ExportChange, ExportClaim, Filters, JsonExport,
};
use claimdesk::report::{claimreview, csv, html, json, markdown};

const SENTENCE: &str =
    "Officials said the talks would resume in September, according to the ministry. ";

fn article(n: u128, claims: usize) -> ExportArticle {
    let text = SENTENCE.repeat(claims);
    let claims = (0..claims)
        .map(|i| {
            let base = i * SENTENCE.len();
            let status = Verdict::ALL[i % 3];
            ExportClaim {
                id: Uuid::from_u128((n << 32) + i as u128 + 1),
                number: i + 1,
                extracted: ExtractedClaim {
                    text: "the talks would resume in September".into(),
                    start: base + 15,
                    end: base + 50,
                    sentence: Span {
                        start: base,
                        end: base + SENTENCE.len() - 1,
                    },
                    source: Some(Source {
                        name: "officials".into(),
                        kind: SourceKind::Unnamed,
                        mention: "Officials".into(),
                        start: base,
                        end: base + 9,
                    }),
                    cue: Some(Cue {
                        text: "said".into(),
                        start: base + 10,
                        end: base + 14,
                    }),
                    quote: Some(QuoteKind::Indirect),
                    checkworthiness: 0.61,
                    frame: String::new(),
                },
                status,
                note: (status != Verdict::Pending)
                    .then(|| "Checked against the ministry's statement.".into()),
                version: 1 + (status != Verdict::Pending) as i64,
                updated_at: datetime!(2026-11-20 09:30:00.5 UTC),
                history: (status != Verdict::Pending)
                    .then(|| ExportChange {
                        id: None,
                        at: datetime!(2026-11-20 09:30:00.5 UTC),
                        user: Some("Alice Example".into()),
                        from: Verdict::Pending,
                        to: status,
                        note: Some("Checked against the ministry's statement.".into()),
                    })
                    .into_iter()
                    .collect(),
                notes: Vec::new(),
                evidence: Vec::new(),
                deleted_at: None,
                assignee: None,
            }
        })
        .collect();
    ExportArticle {
        id: Uuid::from_u128(n << 32),
        title: format!("Talks to resume, part {n}"),
        outlet: Some("Example News".into()),
        byline: None,
        url: Some("https://news.example/talks".into()),
        published: None,
        created_at: datetime!(2026-11-19 08:00 UTC),
        text,
        claims,
        assignee: None,
        timeline: Vec::new(),
    }
}

fn ctx() -> Context {
    Context {
        instance_name: "claimdesk".into(),
        base_url: "http://127.0.0.1:8080".into(),
        generated_at: datetime!(2026-11-27 20:00 UTC),
    }
}

fn per_article(c: &mut Criterion) {
    let report = article(1, 300).to_report(&ctx());
    let org = Organization {
        name: "Example Fact Check".into(),
        url: None,
    };
    let mut g = c.benchmark_group("report_300_claims");
    g.bench_function("html", |b| b.iter(|| html::render(&report)));
    g.bench_function("markdown", |b| b.iter(|| markdown::render(&report)));
    g.bench_function("csv", |b| b.iter(|| csv::render(&report)));
    g.bench_function("json", |b| b.iter(|| json::render(&report)));
    g.bench_function("claimreview", |b| {
        b.iter(|| claimreview::render(&report, &org))
    });
    g.finish();
}

fn whole_instance(c: &mut Criterion) {
    let articles: Vec<ExportArticle> = (0..100).map(|n| article(n, 100)).collect();
    let mut g = c.benchmark_group("export_10k_claims");
    g.throughput(Throughput::Elements(10_000));
    g.sample_size(20);
    g.bench_function("json", |b| {
        b.iter(|| {
            let mut w = JsonExport::start(std::io::sink(), &Filters::default(), &[]).ok()?;
            for a in &articles {
                w.article(a).ok()?;
            }
            w.finish().ok()
        })
    });
    g.bench_function("csv", |b| {
        b.iter(|| {
            let mut w = CsvExport::start(std::io::sink(), ctx()).ok()?;
            for a in &articles {
                w.article(a).ok()?;
            }
            w.finish().ok()
        })
    });
    g.finish();
}

criterion_group!(benches, per_article, whole_instance);
criterion_main!(benches);
