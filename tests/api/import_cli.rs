//! `claimdesk import` run as a process: one progress line per item, a summary, exit 1 if any failed.

const NEWS: &[u8] = include_bytes!("../../src/ingest/testdata/news.html");
const LATIN1: &[u8] = include_bytes!("../../src/ingest/testdata/latin1.html");

#[test]
fn the_import_command_reports_each_item_and_a_summary_and_fails_if_any_failed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write fixture");
        path.display().to_string()
    };
    let (news, latin1, pdf) = (
        write("news.html", NEWS),
        write("cafe.html", LATIN1),
        write("x.pdf", b"%PDF-1.4"),
    );
    let db = dir.path().join("cli.db").display().to_string();
    let run = |items: &[&str]| {
        let mut args = vec!["import", "--db", db.as_str(), "--as", "editor@example.org"];
        args.extend_from_slice(items);
        std::process::Command::new(env!("CARGO_BIN_EXE_claimdesk"))
            .args(&args)
            .output()
            .expect("runs")
    };
    let out = run(&[&news, &latin1, &pdf, &news]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("[1/4]") && stderr.contains("[4/4]"),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 imported, 1 skipped as duplicates, 1 failed"),
        "{stderr}"
    );
    assert!(stderr.contains("x.pdf: this is a PDF"), "{stderr}");
    let again = run(&[&news]);
    assert_eq!(again.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&again.stderr)
            .contains("0 imported, 1 skipped as duplicates, 0 failed")
    );
}

#[test]
fn the_import_command_refuses_a_missing_email_as_bad_usage() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(["import", "--as", "not-an-email", "whatever.html"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}
