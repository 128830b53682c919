//! `/claims` search and filters over 10,000 articles / 1,000,000 claims (target: median < 50 ms each).
//!
//! Uses the database at `CLAIMDESK_BENCH_DB` (default `target/bench-1m.db`), generating it first with
//! `claimdesk generate` defaults when it does not exist (a few minutes, once).

use std::path::PathBuf;
use std::time::Duration;

use claimdesk::db::Db;
use claimdesk::db::search::{self, Filter, Sort};
use claimdesk::domain::Verdict;
use criterion::{Criterion, criterion_group, criterion_main};

fn database() -> Db {
    let path = std::env::var_os("CLAIMDESK_BENCH_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target/bench-1m.db"));
    if !path.exists() {
        eprintln!(
            "generating {} (10,000 articles × 100 claims), once",
            path.display()
        );
        claimdesk::generate::run(&path, 10_000, 100).expect("the benchmark database is generated");
    }
    Db::open(&path).expect("the benchmark database opens")
}

fn filter(
    words: &[&str],
    status: Option<Verdict>,
    source: Option<&str>,
    kind: Option<&str>,
    sort: Sort,
) -> Filter {
    Filter {
        status,
        source: source.map(str::to_string),
        kind: kind.map(str::to_string),
        words: words.iter().map(|w| w.to_string()).collect(),
        sort,
        page: 1,
        per_page: 50,
        ..Filter::default()
    }
}

fn bench(c: &mut Criterion) {
    let db = database();
    let cases: Vec<(&str, Filter)> = vec![
        (
            "all, most check-worthy first",
            filter(&[], None, None, None, Sort::Worth),
        ),
        (
            "status=disputed",
            filter(&[], Some(Verdict::Disputed), None, None, Sort::Worth),
        ),
        (
            "status=pending, recent",
            filter(&[], Some(Verdict::Pending), None, None, Sort::Recent),
        ),
        (
            "source=CNN",
            filter(&[], None, Some("CNN"), None, Sort::Worth),
        ),
        (
            "kind=unnamed, verified",
            filter(
                &[],
                Some(Verdict::Verified),
                None,
                Some("unnamed"),
                Sort::Worth,
            ),
        ),
        (
            "q=ceasefire",
            filter(&["ceasefire"], None, None, None, Sort::Worth),
        ),
        (
            "q=ceasefire tariff",
            filter(&["ceasefire", "tariff"], None, None, None, Sort::Worth),
        ),
        (
            "q=budget status=disputed",
            filter(
                &["budget"],
                Some(Verdict::Disputed),
                None,
                None,
                Sort::Worth,
            ),
        ),
        (
            "q=minister source=Reuters",
            filter(&["minister"], None, Some("Reuters"), None, Sort::Recent),
        ),
        (
            "q=generated (a note word)",
            filter(
                &["generated"],
                Some(Verdict::Verified),
                None,
                None,
                Sort::Worth,
            ),
        ),
    ];
    let mut group = c.benchmark_group("claims_search_1m");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(4));
    for (name, f) in cases {
        group.bench_function(name, |b| {
            b.iter(|| {
                db.run_blocking(|conn| Ok(search::search(conn, &f)?))
                    .expect("the search runs")
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
