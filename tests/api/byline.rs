//! The byline of an imported page is kept: on the form, the article page, the API, the reports, and
//! through an export and restore.

use std::process::Command;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const NEWS: &str = include_str!("../../src/ingest/testdata/news.html");

/// Imports the news page (byline "By Mara Lindqvist") through the API; returns the article id.
async fn import_news(app: &TestApp) -> String {
    let res = app
        .api_post("/api/v1/articles")
        .json(&json!({ "html": NEWS }))
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status(), StatusCode::CREATED);
    let body: Value = res.json().await.expect("JSON");
    body["id"].as_str().expect("an id").to_string()
}

fn export_all(db: &std::path::Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(["export", "--all", "--format", "json", "--db"])
        .arg(db)
        .output()
        .expect("claimdesk runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[tokio::test]
async fn an_imported_page_shows_its_byline_on_the_article_page_in_the_api_and_in_the_reports() {
    let app = spawn_app().await;
    let id = import_news(&app).await;
    let (status, page) = app.page(&format!("/articles/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("By Mara Lindqvist"), "{page}");
    let stored = app.api_article(&format!("/articles/{id}")).await;
    assert_eq!(stored["byline"], "Mara Lindqvist");
    let (_, json) = app.page(&format!("/articles/{id}/report.json")).await;
    let report: Value = serde_json::from_str(&json).expect("a JSON report");
    assert_eq!(report["article"]["byline"], "Mara Lindqvist");
    let (_, md) = app.page(&format!("/articles/{id}/report.md")).await;
    assert!(md.contains("- **Byline:** Mara Lindqvist\n"), "{md}");
}

#[tokio::test]
async fn a_byline_typed_on_the_form_is_stored_and_an_article_without_one_has_null() {
    let app = spawn_app().await;
    let res = app
        .post_article_form(&[
            ("title", "Ferry timetable changes"),
            ("byline", "By Ilse Brandt"),
            (
                "text",
                "The ferry will run every twenty minutes, the operator said.",
            ),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let stored = app.api_article(&crate::helpers::location(&res)).await;
    assert_eq!(stored["byline"], "Ilse Brandt", "the leading By is dropped");
    let path = app
        .paste_article("No author", "The port said it was busy.")
        .await;
    assert!(app.api_article(&path).await["byline"].is_null());
}

#[tokio::test]
async fn the_browser_form_sent_as_multipart_keeps_the_byline_too() {
    let app = spawn_app().await;
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", app.csrf.clone())
        .text("title", "Harbour bridge reopens")
        .text("byline", "Mara Lindqvist")
        .text("text", "The bridge reopened on Monday, officials said.");
    let res = app
        .client
        .post(app.url("/articles"))
        .multipart(form)
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let stored = app.api_article(&crate::helpers::location(&res)).await;
    assert_eq!(stored["byline"], "Mara Lindqvist");
}

#[tokio::test]
async fn a_byline_survives_export_restore_and_export_again() {
    let app = spawn_app().await;
    import_news(&app).await;
    let first = export_all(&app.db_path);
    let doc: Value = serde_json::from_str(&first).expect("JSON");
    assert_eq!(doc["articles"][0]["byline"], "Mara Lindqvist");

    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("export.json");
    std::fs::write(&file, &first).expect("write the export");
    let restored = dir.path().join("restored.db");
    let out = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .arg("restore")
        .arg(&file)
        .arg("--db")
        .arg(&restored)
        .output()
        .expect("claimdesk runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(export_all(&restored), first);
}
