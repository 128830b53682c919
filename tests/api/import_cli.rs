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
    crate::accounts_cli::add_user(&db, "editor@example.org", "editor");
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
    assert!(
        !stderr.contains('\r') && !stderr.contains("importing /"),
        "no progress bar when stderr is not a terminal: {stderr:?}"
    );
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

#[test]
fn the_import_command_fetches_urls_only_from_addresses_it_is_allowed_to_reach() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("cli.db").display().to_string();
    crate::accounts_cli::add_user(&db, "editor@example.org", "editor");
    let url = format!("{}/article", crate::import::serve_pages());
    let run = |extra: &[&str]| {
        let mut args = vec!["import", "--db", db.as_str(), "--as", "editor@example.org"];
        args.extend_from_slice(extra);
        args.push(url.as_str());
        std::process::Command::new(env!("CARGO_BIN_EXE_claimdesk"))
            .args(&args)
            .env_remove("CLAIMDESK_FETCH_ALLOW_LOOPBACK")
            .output()
            .expect("runs")
    };
    let refused = run(&[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("address not allowed"));
    let allowed = run(&["--fetch-allow-loopback"]);
    let stderr = String::from_utf8_lossy(&allowed.stderr);
    assert_eq!(allowed.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("imported \"Harbour bridge reopens after two-year repair\""),
        "{stderr}"
    );
}
