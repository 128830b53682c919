//! The printable report, ClaimReview, the whole-instance export and the restore round trip.

use std::path::Path;
use std::process::{Command, Output};

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};

/// The sample article with its first claim verified and its second disputed; returns the article id.
async fn reviewed_sample(app: &TestApp) -> (String, Value) {
    let path = app.load_sample().await;
    let article = app.api_article(&path).await;
    let claims = article["claims"].as_array().expect("claims");
    for (claim, status, note) in [
        (&claims[0], "verified", "matches the council minutes"),
        (&claims[1], "disputed", "=cmd|' /C calc'!A0"),
    ] {
        let id = claim["id"].as_str().expect("an id");
        let res = app.review_in_browser(id, status, note, 1).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }
    let id = path.trim_start_matches("/articles/").to_string();
    let article = app.api_article(&path).await;
    (id, article)
}

fn claimdesk(args: &[&str], db: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .expect("claimdesk runs")
}

fn stdout_of(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[tokio::test]
async fn the_printable_report_shows_each_claim_with_its_badge_and_runs_no_inline_script() {
    let app = spawn_app().await;
    let (id, article) = reviewed_sample(&app).await;
    let res = app.get(&format!("/articles/{id}/report.html")).await;
    assert_eq!(res.status(), StatusCode::OK);
    let csp = res.headers()["content-security-policy"]
        .to_str()
        .expect("CSP")
        .to_string();
    assert!(csp.contains("script-src 'self'") && !csp.contains("script-src 'unsafe-inline'"));
    assert!(
        res.headers()["content-type"]
            .to_str()
            .expect("type")
            .starts_with("text/html")
    );
    let page = res.text().await.expect("a body");
    let n = article["claims"].as_array().map_or(0, Vec::len);
    assert_eq!(
        page.matches("<article class=\"claim ").count(),
        n,
        "one section per claim"
    );
    assert!(page.contains("class=\"badge verified\">✓ Verified<"));
    assert!(page.contains("class=\"badge disputed\">✗ Disputed<"));
    assert!(page.contains("matches the council minutes"));
    assert!(page.contains("<script src=\"/static/report.js\" defer></script>"));
    let (status, script) = app.page("/static/report.js").await;
    assert_eq!(status, StatusCode::OK);
    assert!(script.contains("window.print()"));
}

#[tokio::test]
async fn claimreview_lists_the_reviewed_claims_only() {
    let app = spawn_app().await;
    let (id, article) = reviewed_sample(&app).await;
    let res = app.get(&format!("/articles/{id}/claimreview.json")).await;
    assert_eq!(res.status(), StatusCode::OK);
    let reviews: Value = res.json().await.expect("JSON");
    let reviews = reviews.as_array().expect("an array");
    assert_eq!(reviews.len(), 2, "one verified and one disputed claim");
    assert_eq!(reviews[0]["claimReviewed"], article["claims"][0]["text"]);
    assert_eq!(reviews[0]["reviewRating"]["alternateName"], "Verified");
    assert_eq!(reviews[1]["reviewRating"]["alternateName"], "Disputed");
    assert_eq!(reviews[0]["author"]["name"], "claimdesk");
    let permalink = reviews[0]["url"].as_str().expect("a url");
    assert!(
        permalink.ends_with(&format!("/articles/{id}#claim-1")),
        "{permalink}"
    );
}

#[tokio::test]
async fn the_instance_csv_export_has_every_claim_with_formulas_neutralised() {
    let app = spawn_app().await;
    let (_, sample) = reviewed_sample(&app).await;
    app.paste_article(
        "Second story",
        "The mayor said the bridge will open in May.",
    )
    .await;
    let res = app.get("/export?format=csv").await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.expect("a body");
    let body_all_lines = body.lines().count();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("CSV");
    let sample_claims = sample["claims"].as_array().map_or(0, Vec::len);
    assert!(
        rows.len() > sample_claims,
        "the second article's claims are there too"
    );
    assert!(rows.iter().any(|r| &r[1] == "Second story"));
    assert!(rows.iter().any(|r| &r[9] == "'=cmd|' /C calc'!A0"));

    let res = app.get("/export?format=csv&status=disputed").await;
    let body = res.text().await.expect("a body");
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(body.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .expect("CSV");
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][8], "disputed");

    let (_, future) = app.page("/export?format=csv&since=2999-01-01").await;
    assert_eq!(
        future.lines().count(),
        1,
        "nothing changed since 2999: the header alone"
    );
    let (_, past) = app.page("/export?format=csv&since=2000-01-01").await;
    assert_eq!(
        past.lines().count(),
        body_all_lines,
        "everything changed since 2000"
    );
}

#[tokio::test]
async fn export_then_restore_then_export_gives_the_same_file() {
    let app = spawn_app().await;
    reviewed_sample(&app).await;
    app.paste_article(
        "Second story",
        "The mayor said the bridge will open in May.",
    )
    .await;
    let first = stdout_of(claimdesk(
        &["export", "--all", "--format", "json"],
        &app.db_path,
    ));
    let (status, downloaded) = app.page("/export?format=json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        downloaded, first,
        "the web download and the CLI give the same file"
    );

    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("export.json");
    std::fs::write(&file, &first).expect("write the export");
    let new_db = dir.path().join("restored.db");
    let file_arg = file.to_str().expect("a UTF-8 path");
    let out = claimdesk(&["restore", file_arg], &new_db);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again = stdout_of(claimdesk(&["export", "--all", "--format", "json"], &new_db));
    assert_eq!(again, first);

    let doc: Value = serde_json::from_str(&first).expect("JSON");
    assert_eq!(doc["articles"].as_array().map(Vec::len), Some(2));
    let history = &doc["articles"][0]["claims"][1]["history"];
    assert_eq!(
        history[0]["to"], "disputed",
        "history travels with the claims"
    );

    let out = claimdesk(&["restore", file_arg], &new_db);
    assert_eq!(out.status.code(), Some(1), "restoring twice is refused");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("already holds articles") && stderr.lines().count() == 1,
        "{stderr}"
    );
}

#[tokio::test]
async fn only_an_admin_downloads_account_emails_and_a_file_without_them_is_not_restored() {
    let app = spawn_app().await;
    reviewed_sample(&app).await;
    let viewer = app.browser_as("viewer").await;
    let form = viewer.page_text(&app.url("/export")).await;
    assert!(form.contains("not their e-mail addresses"), "{form}");
    let mine = viewer.page_text(&app.url("/export?format=json")).await;
    let (status, admins) = app.page("/export?format=json").await;
    assert_eq!(status, StatusCode::OK);

    let emails = |file: &str| -> Vec<String> {
        let doc: Value = serde_json::from_str(file).expect("JSON");
        doc["accounts"]
            .as_array()
            .expect("accounts")
            .iter()
            .map(|a| a["email"].as_str().expect("an email field").to_string())
            .collect()
    };
    assert!(
        emails(&admins).contains(&"ada.admin@example.org".to_string()),
        "{admins}"
    );
    let withheld = emails(&mine);
    assert_eq!(
        withheld.len(),
        emails(&admins).len(),
        "every account is still listed"
    );
    assert!(withheld.iter().all(String::is_empty), "{mine}");
    assert!(
        !mine.contains("@example.org"),
        "no address anywhere in the file"
    );

    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("viewer.json");
    std::fs::write(&file, &mine).expect("write the export");
    let out = claimdesk(
        &["restore", file.to_str().expect("a UTF-8 path")],
        &dir.path().join("new.db"),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no e-mail") && stderr.lines().count() == 1,
        "{stderr}"
    );
}

#[tokio::test]
async fn bad_export_requests_get_a_clear_answer() {
    let app = spawn_app().await;
    let (status, page) = app.page("/export").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<form method=\"get\" action=\"/export\""));
    for query in [
        "format=xml",
        "format=csv&status=true",
        "format=json&since=yesterday",
    ] {
        let (status, _) = app.page(&format!("/export?{query}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
    }
    let out = claimdesk(&["export", "--all", "--format", "md"], &app.db_path);
    assert_eq!(out.status.code(), Some(2), "--all writes csv or json only");

    let dir = tempfile::tempdir().expect("a directory");
    let junk = dir.path().join("junk.json");
    std::fs::write(&junk, "{\"schema\":\"something/else\",\"articles\":[]}").expect("write");
    let out = claimdesk(
        &["restore", junk.to_str().expect("path")],
        &dir.path().join("n.db"),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not a claimdesk export"), "{stderr}");
}

#[tokio::test]
async fn claimdesk_export_prints_the_html_report_and_claimreview() {
    let app = spawn_app().await;
    let (id, _) = reviewed_sample(&app).await;
    let html = stdout_of(claimdesk(
        &["export", "--article", &id, "--format", "html"],
        &app.db_path,
    ));
    assert!(html.starts_with("<!doctype html>") && html.contains("✓ Verified"));
    let ld = stdout_of(claimdesk(
        &["export", "--article", &id, "--format", "claimreview"],
        &app.db_path,
    ));
    let ld: Value = serde_json::from_str(&ld).expect("JSON");
    assert_eq!(ld.as_array().map(Vec::len), Some(2));
}
