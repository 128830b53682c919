//! The review rules: disputed needs a note, verified needs evidence or a note; notes and evidence threads.

use reqwest::StatusCode;
use serde_json::json;

use crate::claim_helpers::{claim, claim_json, post_form};
use crate::helpers::spawn_app;

#[tokio::test]
async fn marking_a_claim_disputed_without_a_note_is_refused_with_a_message() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    let res = app
        .review_in_browser(&c.id, "disputed", "  ", c.version)
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("disputed with a note saying why")
    );
    let api = app
        .review_via_api(&c.id, json!({"status": "disputed", "version": c.version}))
        .await;
    assert_eq!(api.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let now = claim_json(&app, &path, &c.id).await.unwrap();
    assert_eq!(now["status"], "pending");
    assert_eq!(now["version"], c.version);
}

#[tokio::test]
async fn verified_needs_evidence_or_a_note_and_evidence_alone_is_enough() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    let bare = app
        .review_in_browser(&c.id, "verified", "", c.version)
        .await;
    assert_eq!(bare.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bare.text()
            .await
            .unwrap()
            .contains("evidence link or a note")
    );

    let added = post_form(
        &app,
        &format!("/claims/{}/evidence", c.id),
        &[
            ("url", "https://example.org/minutes"),
            ("label", "Council minutes"),
            ("excerpt", "The council approved the plan."),
            ("version", &c.version.to_string()),
        ],
    )
    .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let ok = app
        .review_in_browser(&c.id, "verified", "", c.version + 1)
        .await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    let (_, page) = app.page(&path).await;
    assert!(page.contains(r#"<a href="https://example.org/minutes" rel="noopener noreferrer nofollow">Council minutes</a>"#));
    assert!(page.contains("The council approved the plan."));
}

#[tokio::test]
async fn evidence_must_be_an_http_or_https_link() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    let res = post_form(
        &app,
        &format!("/claims/{}/evidence", c.id),
        &[
            ("url", "javascript:alert(1)"),
            ("label", "x"),
            ("version", "1"),
        ],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("http:// or https://"));
}

#[tokio::test]
async fn notes_form_a_thread_with_author_and_time() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 1).await;
    for (i, body) in ["Called the ministry", "They confirm the date"]
        .iter()
        .enumerate()
    {
        let v = (c.version + i as i64).to_string();
        let res = post_form(
            &app,
            &format!("/claims/{}/notes", c.id),
            &[("body", body), ("version", &v)],
        )
        .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }
    let (_, page) = app.page(&path).await;
    let first = page.find("Called the ministry").expect("the first note");
    let second = page.find("They confirm the date").expect("the second note");
    assert!(first < second, "oldest first");
    assert!(page.contains(r#"<span class="who">Ada Admin</span>"#));
    let empty = post_form(
        &app,
        &format!("/claims/{}/notes", c.id),
        &[("body", " "), ("version", "3")],
    )
    .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn an_admin_can_let_verified_go_without_evidence_or_a_note() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let (_, settings) = app.page("/settings/review").await;
    assert!(
        settings.contains(r#"name="verified_needs_support" checked"#),
        "on by default"
    );
    let res = post_form(&app, "/settings/review", &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let c = claim(&app, &path, 0).await;
    let ok = app
        .review_in_browser(&c.id, "verified", "", c.version)
        .await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    let still = app
        .review_in_browser(&c.id, "disputed", "", c.version + 1)
        .await;
    assert_eq!(
        still.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "disputed always needs a note"
    );
}
