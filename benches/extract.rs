//! Extraction throughput: words per second on one core over the whole PolNeAR train split
//! (or a generated article when `../shared` is absent). Target: ≥ 1,000,000 words/s.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Every train article, or a generated stand-in when the corpus is not beside the crate.
fn corpus() -> (String, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear/train/text");
    let mut texts = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        texts = paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
    }
    if texts.is_empty() {
        eprintln!(
            "!!! {} is absent: benchmarking a generated article instead",
            dir.display()
        );
        let para = "The senator said on Tuesday that the bill, which officials said costs $3.2 \
                    billion, would pass. “We will win,” he told reporters. Prices rose 4 percent.\n\n";
        texts = vec![para.repeat(20_000)];
        return ("generated".into(), texts);
    }
    ("polnear-train".into(), texts)
}

fn bench_extract(c: &mut Criterion) {
    let (name, texts) = corpus();
    let words: u64 = texts
        .iter()
        .map(|t| t.split_whitespace().count() as u64)
        .sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Elements(words));
    group.sample_size(20);
    group.bench_function(format!("{name} ({words} words)"), |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &texts {
                n += claimdesk::extract::extract(black_box(t)).claims.len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
