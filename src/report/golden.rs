//! Golden-file tests: every format rendered from the reviewed sample article (`sample_fixture`) and
//! from the hostile fixture (`fixture`) must equal the committed file in
//! `src/report/testdata/`. After an intended change, regenerate with
//! `UPDATE_GOLDEN=1 cargo test --lib report::golden` and review the diff before committing.

use std::path::PathBuf;

use super::claimreview::Organization;
use super::{Report, claimreview, csv, fixture, html, json, markdown, sample_fixture};

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

/// Renders `report` in every format and checks each against `{name}.{ext}`.
fn check_all(name: &str, report: &Report) {
    check(&format!("{name}.md"), &markdown::render(report));
    check(&format!("{name}.csv"), &csv::render(report));
    check(&format!("{name}.json"), &json::render(report));
    let page = html::render(report).expect("the report renders");
    check(&format!("{name}.html"), &page);
    let org = Organization {
        name: "Example Fact Check".into(),
        url: Some("https://factcheck.example".into()),
    };
    let value = claimreview::render(report, &org);
    check(&format!("{name}.claimreview.json"), &format!("{value:#}\n"));
}

#[test]
fn every_format_of_the_reviewed_sample_article_matches_its_golden_file() {
    check_all("sample", &sample_fixture::report());
}

#[test]
fn every_format_of_the_hostile_fixture_matches_its_golden_file() {
    check_all("fixture", &fixture::report());
}
