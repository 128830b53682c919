//! Golden-file tests: every format rendered from the fixed fixture must equal the committed file in
//! `src/report/testdata/`. After an intended change, regenerate with
//! `UPDATE_GOLDEN=1 cargo test --lib report::golden` and review the diff before committing.

use std::path::PathBuf;

use super::claimreview::Organization;
use super::{claimreview, csv, fixture, html, json, markdown};

fn check(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("src/report/testdata")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write the golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; create it with UPDATE_GOLDEN=1", path.display()));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .map_or(expected.lines().count().min(actual.lines().count()), |i| i);
        panic!(
            "{name} differs from {} at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
             (if the change is intended: UPDATE_GOLDEN=1 cargo test --lib report::golden)",
            path.display(),
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn the_markdown_report_matches_its_golden_file() {
    check("fixture.md", &markdown::render(&fixture::report()));
}

#[test]
fn the_csv_report_matches_its_golden_file() {
    check("fixture.csv", &csv::render(&fixture::report()));
}

#[test]
fn the_json_report_matches_its_golden_file() {
    check("fixture.json", &json::render(&fixture::report()));
}

#[test]
fn the_html_report_matches_its_golden_file() {
    let page = html::render(&fixture::report()).expect("the report renders");
    check("fixture.html", &page);
}

#[test]
fn the_claimreview_json_ld_matches_its_golden_file() {
    let org = Organization {
        name: "Example Fact Check".into(),
        url: Some("https://factcheck.example".into()),
    };
    let value = claimreview::render(&fixture::report(), &org);
    check("fixture.claimreview.json", &format!("{value:#}\n"));
}
