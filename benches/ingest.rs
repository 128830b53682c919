//! Turning a saved news page into an article draft (Readability pass, metadata, paragraphs).
//! Targets: median < 20 ms for a typical news page, < 500 ms for a 1 MB page of repeated articles
//! (measured on the 2-core dev machine: 0.64 ms and 215 ms).

use std::hint::black_box;

use claimdesk::ingest::draft_from_bytes;
use criterion::{Criterion, criterion_group, criterion_main};

const NEWS: &[u8] = include_bytes!("../src/ingest/testdata/news.html");

/// The fixture's article repeated inside a page of about 1 MB, with menus and sidebars around it.
fn big_page() -> Vec<u8> {
    let page = String::from_utf8_lossy(NEWS);
    let start = page.find("<article").unwrap_or(0);
    let end = page
        .find("</article>")
        .map_or(page.len(), |i| i + "</article>".len());
    let article = &page[start..end];
    let mut body = String::new();
    while body.len() < 1_000_000 {
        body.push_str("<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>");
        body.push_str(article);
        body.push_str("<aside><h2>Related</h2><a href='/x'>More</a></aside>");
    }
    format!("<html><head><title>Big</title></head><body>{body}</body></html>").into_bytes()
}

fn ingest(c: &mut Criterion) {
    c.bench_function("draft from a news page (3 KB)", |b| {
        b.iter(|| draft_from_bytes(black_box(NEWS), Some("text/html"), None))
    });
    let big = big_page();
    c.bench_function("draft from a 1 MB page", |b| {
        b.iter(|| draft_from_bytes(black_box(&big), Some("text/html"), None))
    });
}

criterion_group!(benches, ingest);
criterion_main!(benches);
