//! Mozilla Readability's test suite as a quality check of the whole HTML pipeline: mean token F1 of our
//! text against `expected.html`, and the share of titles and bylines right. The pages are fetched by
//! `scripts/readability-suite.sh` into target/readability-pages (never committed).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use dom_query::Document;

use super::draft_from_html;

/// The English-language news pages of the suite (fixed before measuring; the rest are blogs, docs,
/// other languages and unit-style pages).
const ENGLISH_NEWS: &[&str] = &[
    "ars-1",
    "bbc-1",
    "breitbart",
    "bug-1255978",
    "buzzfeed-1",
    "citylab-1",
    "cnet",
    "cnn",
    "engadget",
    "guardian-1",
    "herald-sun-1",
    "msn",
    "nytimes-1",
    "nytimes-2",
    "nytimes-3",
    "nytimes-4",
    "salon-1",
    "schema-org-context-object",
    "seattletimes-1",
    "telegraph",
    "theverge",
    "tmz-1",
    "wapo-1",
    "wapo-2",
    "yahoo-1",
    "yahoo-2",
    "yahoo-3",
];

/// Lowest mean token F1 accepted over all pages (measured 0.954).
const FLOOR_ALL: f64 = 0.94;
/// Lowest mean token F1 accepted over the English news pages (the target is 0.95).
const FLOOR_NEWS: f64 = 0.95;

/// One page's result.
struct PageScore {
    name: String,
    f1: f64,
    title_right: bool,
    byline_right: bool,
    /// Our byline and the expected one, when they differ.
    byline_miss: Option<(String, String)>,
}

fn pages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/readability-pages")
}

/// Scores every page of the suite; None when the pages have not been fetched.
fn score_suite() -> Option<Vec<PageScore>> {
    let dir = pages_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.path().join("source.html").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    Some(
        names
            .into_iter()
            .filter_map(|name| score_page(&dir.join(&name), name))
            .collect(),
    )
}

fn score_page(dir: &Path, name: String) -> Option<PageScore> {
    let source = std::fs::read_to_string(dir.join("source.html")).ok()?;
    let expected = std::fs::read_to_string(dir.join("expected.html")).ok()?;
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected-metadata.json")).ok()?)
            .ok()?;
    let draft = draft_from_html(&source, Some("http://fakehost/test/page.html")).ok();
    let gold = Document::fragment(expected).text();
    let f1 = token_f1(draft.as_ref().map_or("", |d| d.text.as_str()), &gold);
    let same = |ours: Option<&str>, key: &str| squash(ours) == squash(meta[key].as_str());
    let ours = draft.as_ref().and_then(|d| d.byline.as_deref());
    let byline_right = same(ours, "byline");
    Some(PageScore {
        f1,
        title_right: same(draft.as_ref().map(|d| d.title.as_str()), "title"),
        byline_right,
        byline_miss: (!byline_right).then(|| (squash(ours), squash(meta["byline"].as_str()))),
        name,
    })
}

fn squash(s: Option<&str>) -> String {
    let s = s
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let lower = s.to_lowercase();
    let cut = if lower.starts_with("by ") { 3 } else { 0 };
    s[cut..].to_string()
}

/// Lower-cased alphanumeric tokens.
fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// F1 of the multiset of tokens of `ours` against those of `gold`.
fn token_f1(ours: &str, gold: &str) -> f64 {
    let (ours, gold) = (tokens(ours), tokens(gold));
    if ours.is_empty() || gold.is_empty() {
        return if ours.is_empty() && gold.is_empty() {
            1.0
        } else {
            0.0
        };
    }
    let mut left: HashMap<&str, usize> = HashMap::new();
    for t in &gold {
        *left.entry(t).or_default() += 1;
    }
    let mut overlap = 0usize;
    for t in &ours {
        if let Some(n) = left.get_mut(t.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            overlap += 1;
        }
    }
    let (p, r) = (
        overlap as f64 / ours.len() as f64,
        overlap as f64 / gold.len() as f64,
    );
    if overlap == 0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// (mean F1, titles right, bylines right, pages) over the pages kept by `keep`.
fn figures(scores: &[PageScore], keep: impl Fn(&PageScore) -> bool) -> (f64, usize, usize, usize) {
    let kept: Vec<&PageScore> = scores.iter().filter(|s| keep(s)).collect();
    let n = kept.len().max(1);
    let f1 = kept.iter().map(|s| s.f1).sum::<f64>() / n as f64;
    let titles = kept.iter().filter(|s| s.title_right).count();
    let bylines = kept.iter().filter(|s| s.byline_right).count();
    (f1, titles, bylines, kept.len())
}

fn report(label: &str, (f1, titles, bylines, n): (f64, usize, usize, usize)) -> String {
    format!(
        "{label}: {n} pages, mean token F1 {f1:.4}, titles right {titles}/{n}, bylines right {bylines}/{n}"
    )
}

#[test]
fn the_readability_suite_extracts_article_text_above_the_floor() {
    let Some(scores) = score_suite() else {
        eprintln!(
            "\n*** SKIPPED: Readability pages not found in {}.\n*** Run scripts/readability-suite.sh to fetch them.\n",
            pages_dir().display()
        );
        return;
    };
    assert!(
        scores.len() >= 100,
        "only {} suite pages found",
        scores.len()
    );
    let all = figures(&scores, |_| true);
    let news = figures(&scores, |s| ENGLISH_NEWS.contains(&s.name.as_str()));
    eprintln!("{}\n{}", report("all", all), report("English news", news));
    assert!(
        news.3 == ENGLISH_NEWS.len(),
        "some English news pages are missing"
    );
    assert!(all.0 >= FLOOR_ALL, "{}", report("all", all));
    assert!(news.0 >= FLOOR_NEWS, "{}", report("English news", news));
}

/// Prints the suite figures (and each page with `SUITE_PAGES=1`):
/// `cargo test --lib ingest::suite::measure -- --ignored --nocapture` (after scripts/readability-suite.sh).
#[test]
#[ignore = "measuring mode: prints figures"]
fn measure() {
    let Some(scores) = score_suite() else {
        panic!(
            "Readability pages not found in {}: run scripts/readability-suite.sh",
            pages_dir().display()
        );
    };
    if std::env::var_os("SUITE_PAGES").is_some() {
        for s in &scores {
            println!(
                "{:40} f1 {:.3} title {} byline {}",
                s.name, s.f1, s.title_right, s.byline_right
            );
            if let Some((ours, expected)) = &s.byline_miss {
                println!("    byline {ours:?}, expected {expected:?}");
            }
        }
    }
    if let Ok(name) = std::env::var("SUITE_DIFF") {
        print_diff(&pages_dir().join(name));
    }
    println!("{}", report("all", figures(&scores, |_| true)));
    println!(
        "{}",
        report(
            "English news",
            figures(&scores, |s| ENGLISH_NEWS.contains(&s.name.as_str()))
        )
    );
}

/// Prints the tokens of one page that we miss and those we add, most frequent first.
fn print_diff(dir: &Path) {
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap_or_default();
    let ours = draft_from_html(&read("source.html"), Some("http://fakehost/test/page.html"))
        .map(|d| d.text)
        .unwrap_or_else(|e| e.to_string());
    let gold = Document::fragment(read("expected.html")).text().to_string();
    let count = |s: &str| {
        let mut m: HashMap<String, i64> = HashMap::new();
        for t in tokens(s) {
            *m.entry(t).or_default() += 1;
        }
        m
    };
    let (o, g) = (count(&ours), count(&gold));
    let mut diff: Vec<(String, i64)> = g
        .keys()
        .chain(o.keys())
        .map(|k| (k.clone(), g.get(k).unwrap_or(&0) - o.get(k).unwrap_or(&0)))
        .filter(|(_, d)| *d != 0)
        .collect();
    diff.sort_by_key(|(k, d)| (-d.abs(), k.clone()));
    diff.dedup();
    println!(
        "missing (+) / extra (-) tokens: {:?}",
        &diff[..diff.len().min(60)]
    );
    println!("--- ours ---\n{ours}");
}

#[test]
fn token_f1_is_one_for_equal_texts_and_drops_with_missing_words() {
    assert_eq!(
        token_f1("The bridge, reopened.", "the bridge reopened"),
        1.0
    );
    assert!((token_f1("the bridge", "the bridge reopened today") - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(token_f1("", "gold"), 0.0);
}
