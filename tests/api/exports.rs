//! Review reports: a decision, a note and evidence made on the page appear in the downloads and in
//! `claimdesk export`.

use std::process::Command;

use reqwest::StatusCode;
use serde_json::Value;

use crate::claim_helpers::{claim, post_form};
use crate::helpers::{TestApp, spawn_app};

/// Loads the sample and marks its first claim verified with a note; returns (article id, claim id).
async fn sample_with_a_verified_claim(app: &TestApp) -> (String, String) {
    let path = app.load_sample().await;
    let claim = app.api_article(&path).await["claims"][0].clone();
    let claim_id = claim["id"].as_str().unwrap().to_string();
    let res = app
        .review_in_browser(&claim_id, "verified", "matches the council minutes", 1)
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    (path.trim_start_matches("/articles/").to_string(), claim_id)
}

async fn download(app: &TestApp, article: &str, ext: &str) -> (String, String) {
    let res = app.get(&format!("/articles/{article}/report.{ext}")).await;
    assert_eq!(res.status(), StatusCode::OK, "report.{ext}");
    let content_type = res.headers()["content-type"].to_str().unwrap().to_string();
    (content_type, res.text().await.unwrap())
}

#[tokio::test]
async fn a_verified_claim_shows_in_the_markdown_csv_and_json_reports() {
    let app = spawn_app().await;
    let (article, claim_id) = sample_with_a_verified_claim(&app).await;

    let (ct, md) = download(&app, &article, "md").await;
    assert!(ct.starts_with("text/markdown"));
    assert!(md.contains("Port Alder delays harbour bridge vote"));
    assert!(md.contains("matches the council minutes"));
    assert!(md.contains("Verified"));

    let (ct, csv) = download(&app, &article, "csv").await;
    assert!(ct.starts_with("text/csv"));
    let row = csv
        .lines()
        .find(|l| l.contains(&claim_id))
        .expect("a row for the claim");
    assert!(
        row.contains(",verified,") && row.contains("matches the council minutes"),
        "{row}"
    );

    let (ct, json) = download(&app, &article, "json").await;
    assert!(ct.starts_with("application/json"));
    let report: Value = serde_json::from_str(&json).unwrap();
    let text = report.to_string();
    assert!(text.contains(&claim_id) && text.contains("matches the council minutes"));
    assert!(text.contains("\"verified\""));
}

#[tokio::test]
async fn an_unknown_article_or_format_has_no_report() {
    let app = spawn_app().await;
    let (article, _) = sample_with_a_verified_claim(&app).await;
    for path in [
        format!("/articles/{article}/report.pdf"),
        "/articles/3f2b8c1e-6a0d-4c52-9d8e-0a1b2c3d4e5f/report.md".to_string(),
        "/articles/nope/report.csv".to_string(),
    ] {
        assert_eq!(
            app.get(&path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
}

#[tokio::test]
async fn claimdesk_export_prints_the_same_csv_as_the_download() {
    let app = spawn_app().await;
    let (article, _) = sample_with_a_verified_claim(&app).await;
    let (_, downloaded) = download(&app, &article, "csv").await;
    let out = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(["export", "--article", &article, "--format", "csv", "--db"])
        .arg(&app.db_path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), downloaded);
}

#[tokio::test]
async fn claimdesk_export_explains_a_missing_article_in_one_line() {
    let app = spawn_app().await;
    let out = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args([
            "export",
            "--article",
            "3f2b8c1e-6a0d-4c52-9d8e-0a1b2c3d4e5f",
            "--format",
            "md",
            "--db",
        ])
        .arg(&app.db_path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("claimdesk: no article 3f2b8c1e"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1);

    let bad = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(["export", "--article", "42", "--format", "md"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2), "a malformed id is bad usage");
}

#[tokio::test]
async fn a_note_and_an_evidence_item_show_in_the_html_markdown_json_and_csv_reports() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let article = path.trim_start_matches("/articles/").to_string();
    let c = claim(&app, &path, 0).await;
    let res = post_form(
        &app,
        &format!("/claims/{}/notes", c.id),
        &[
            ("body", "asked the harbour office"),
            ("version", &c.version.to_string()),
        ],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = post_form(
        &app,
        &format!("/claims/{}/evidence", c.id),
        &[
            ("url", "https://example.org/minutes"),
            ("label", "Council minutes"),
            ("excerpt", "The council approved the plan."),
            ("version", &(c.version + 1).to_string()),
        ],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    let (_, html) = download(&app, &article, "html").await;
    for expected in [
        "asked the harbour office",
        "href=\"https://example.org/minutes\"",
        "Council minutes",
        "The council approved the plan.",
        "Ada Admin",
    ] {
        assert!(html.contains(expected), "HTML lacks {expected}");
    }

    let (_, md) = download(&app, &article, "md").await;
    for expected in [
        "asked the harbour office",
        "https://example.org/minutes",
        "Council minutes",
    ] {
        assert!(md.contains(expected), "Markdown lacks {expected}");
    }

    let (_, json) = download(&app, &article, "json").await;
    let report: Value = serde_json::from_str(&json).unwrap();
    let first = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == c.id.as_str())
        .expect("the claim")
        .clone();
    assert_eq!(first["notes"][0]["text"], "asked the harbour office");
    assert_eq!(first["notes"][0]["author"], "Ada Admin");
    assert_eq!(first["evidence"][0]["url"], "https://example.org/minutes");
    assert_eq!(first["evidence"][0]["label"], "Council minutes");
    assert_eq!(
        first["evidence"][0]["excerpt"],
        "The council approved the plan."
    );
    assert_eq!(first["evidence"][0]["added_by"], "Ada Admin");
    assert!(first["evidence"][0]["added_at"].is_string());

    let (_, csv) = download(&app, &article, "csv").await;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = headers
        .iter()
        .position(|h| h == "evidence_urls")
        .expect("an evidence_urls column");
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().unwrap();
    let row = rows.iter().find(|r| &r[2] == c.id.as_str()).expect("a row");
    assert_eq!(&row[col], "https://example.org/minutes");
}
