//! Importing a 5,000-word article: extraction plus inserting it and its claims (target: median < 50 ms).

use std::hint::black_box;

use claimdesk::db::{self, Db};
use claimdesk::domain::{NewArticle, RawArticle};
use criterion::{Criterion, criterion_group, criterion_main};

/// About 5,000 words of news-like prose with attributions of every kind.
fn article_text() -> String {
    let sentences = [
        "The council postponed its vote on the new harbour bridge on Tuesday, the third delay since January.",
        "Deputy Mayor Elena Marsh said the council needed more time to study the engineering reports.",
        "\"We will not vote on a bridge we have not fully understood,\" Marsh told reporters after the meeting.",
        "The bridge would cost 48 million crowns, according to the Valley Ledger.",
        "The regional government may withhold its share of the funding, reports say.",
        "Officials said a decision would come before the end of the month.",
        "Marsh said the harbour master had told her that the old ferry could run for another five years.",
        "The ferry carried 1.2 million passengers last year.",
    ];
    let mut text = String::new();
    let mut words = 0;
    let mut i = 0;
    while words < 5000 {
        let s = sentences[i % sentences.len()];
        text.push_str(s);
        text.push(if i % 4 == 3 { '\n' } else { ' ' });
        words += s.split_whitespace().count();
        i += 1;
    }
    text
}

fn import_article(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let db = Db::open(&dir.path().join("bench.db")).expect("a database");
    let raw = RawArticle {
        title: "Five thousand words".into(),
        text: article_text(),
        ..Default::default()
    };
    let article = NewArticle::parse(&raw).expect("a valid article");
    c.bench_function("import 5,000-word article (extract + insert)", |b| {
        b.iter(|| {
            db.run_blocking(|conn| {
                Ok(db::articles::create(
                    conn,
                    black_box(&article),
                    db::time::now(),
                )?)
            })
            .expect("stored")
        })
    });
}

criterion_group!(benches, import_article);
criterion_main!(benches);
