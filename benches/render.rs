//! Rendering an article page with 300 claims (target: median < 5 ms).

use std::collections::HashMap;
use std::hint::black_box;

use claimdesk::auth::{CurrentUser, Role};
use claimdesk::db::articles::Article;
use claimdesk::db::claims::StoredClaim;
use claimdesk::db::history::HistoryEntry;
use claimdesk::domain::{User, Verdict};
use claimdesk::extract::{Cue, ExtractedClaim, QuoteKind, Source, SourceKind, Span};
use claimdesk::routes::article_page;
use criterion::{Criterion, criterion_group, criterion_main};
use time::OffsetDateTime;
use uuid::Uuid;

/// An article of 300 attributed sentences, each one claim, a third of them reviewed.
fn fixture() -> (Article, Vec<StoredClaim>, HashMap<Uuid, Vec<HistoryEntry>>) {
    let now = OffsetDateTime::now_utc();
    let article_id = Uuid::new_v4();
    let mut text = String::new();
    let mut claims = Vec::new();
    let mut history = HashMap::new();
    for i in 0..300 {
        let sentence_start = text.len();
        let who = format!("Minister Nr{i}");
        text.push_str(&who);
        text.push_str(" said ");
        let start = text.len();
        text.push_str(&format!(
            "the harbour budget for district {i} would rise by {} percent <soon> & \"fast\"",
            i % 17
        ));
        let end = text.len();
        text.push_str(". ");
        if i % 5 == 4 {
            text.push_str("\n\n");
        }
        let status = Verdict::ALL[i % 3];
        let id = Uuid::new_v4();
        if status != Verdict::Pending {
            history.insert(
                id,
                vec![HistoryEntry {
                    claim_id: id,
                    at: now,
                    user_id: None,
                    user_name: Some("Rita Reviewer".into()),
                    from: Verdict::Pending,
                    to: status,
                    note: Some("checked".into()),
                }],
            );
        }
        claims.push(StoredClaim {
            id,
            article_id,
            number: i + 1,
            claim: ExtractedClaim {
                text: text[start..end].to_string(),
                start,
                end,
                sentence: Span {
                    start: sentence_start,
                    end: end + 1,
                },
                source: Some(Source {
                    name: who.clone(),
                    kind: SourceKind::Person,
                    mention: who,
                    start: sentence_start,
                    end: start - 6,
                }),
                cue: Some(Cue {
                    text: "said".into(),
                    start: start - 5,
                    end: start - 1,
                }),
                quote: Some(QuoteKind::Indirect),
                checkworthiness: 0.5,
                frame: String::new(),
            },
            status,
            note: (status != Verdict::Pending).then(|| "checked".to_string()),
            version: 1 + i64::from(status != Verdict::Pending),
            updated_at: now,
            deleted_at: None,
            assignee: None,
        });
    }
    let article = Article {
        id: article_id,
        title: "Three hundred claims".into(),
        outlet: Some("The Bench Gazette".into()),
        byline: Some("A. Bench".into()),
        url: Some("https://example.org/bench".into()),
        published: None,
        content_hash: String::new(),
        text,
        created_at: now,
    };
    (article, claims, history)
}

fn render_article_page(c: &mut Criterion) {
    let (article, claims, history) = fixture();
    let user = CurrentUser::without_session(User {
        id: Uuid::new_v4(),
        email: "ada@example.org".into(),
        name: "Ada Admin".into(),
        role: Role::Admin,
        active: true,
        has_password: true,
        created_at: 0,
    });
    c.bench_function("render article page, 300 claims", |b| {
        b.iter(|| {
            article_page::render(black_box(&user), &article, &claims, &history)
                .map(|html| html.len())
        })
    });
}

criterion_group!(benches, render_article_page);
criterion_main!(benches);
