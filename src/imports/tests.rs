//! `import_all` on a throwaway database: the same result lines with or without the live bar.

use super::*;

const NEWS: &[u8] = include_bytes!("../ingest/testdata/news.html");
const LATIN1: &[u8] = include_bytes!("../ingest/testdata/latin1.html");

/// Imports the news page, a Latin-1 page and a missing file; returns what was written.
fn run(live: bool) -> (Summary, String) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let db = Db::open(&dir.path().join("import.db")).expect("a database");
    let mut items = Vec::new();
    for (name, bytes) in [("news.html", NEWS), ("cafe.html", LATIN1)] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write a page");
        items.push(path.display().to_string());
    }
    items.push(dir.path().join("missing.html").display().to_string());
    let mut out = Vec::new();
    let summary =
        import_all(&db, &items, &FetchConfig::default(), &mut out, live).expect("written");
    (summary, String::from_utf8(out).expect("UTF-8"))
}

#[test]
fn on_a_terminal_a_bar_is_drawn_for_each_item_and_erased_before_its_result() {
    let (summary, out) = run(true);
    assert_eq!((summary.imported, summary.failed.len()), (2, 1));
    assert!(out.starts_with("[..........] 1/3 importing "), "{out:?}");
    assert!(out.contains("[###.......] 2/3 importing "), "{out:?}");
    assert!(out.contains("[######....] 3/3 importing "), "{out:?}");
    assert_eq!(out.matches(progress::CLEAR_LINE).count(), 3);
    for (n, outcome) in [(1, "imported "), (2, "imported "), (3, "failed: ")] {
        let result = format!("{}[{n}/3] ", progress::CLEAR_LINE);
        let at = out
            .find(&result)
            .expect("the bar is erased before each result");
        let line = out[at..].lines().next().unwrap_or_default();
        assert!(line.contains(outcome), "{line:?}");
    }
    assert!(out.ends_with(&format!(
        "  failed: {}: {}\n",
        summary.failed[0].0, summary.failed[0].1
    )));
}

#[test]
fn without_a_terminal_only_plain_lines_are_written() {
    let (summary, out) = run(false);
    assert_eq!((summary.imported, summary.failed.len()), (2, 1));
    assert!(!out.contains('\r') && !out.contains('\x1b') && !out.contains("importing"));
    assert!(out.starts_with("[1/3] "), "{out:?}");
    assert!(out.contains("2 imported, 0 skipped as duplicates, 1 failed\n"));
}
