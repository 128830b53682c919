//! Reviewing a claim on the article page: the decision shows on the page, in its history and on `/`.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{TestApp, location, spawn_app};

/// The sample's first claim (id, number, version).
async fn first_claim(app: &TestApp, path: &str) -> (String, u64, i64) {
    let article = app.api_article(path).await;
    let c = &article["claims"][0];
    (
        c["id"].as_str().unwrap().to_string(),
        c["number"].as_u64().unwrap(),
        c["version"].as_i64().unwrap(),
    )
}

#[tokio::test]
async fn marking_a_claim_verified_returns_to_that_claim_on_the_article_page() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let (id, number, version) = first_claim(&app, &path).await;
    let res = app
        .review_in_browser(&id, "verified", "matches the council minutes", version)
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), format!("{path}#claim-{number}"));
}

#[tokio::test]
async fn a_verified_claim_shows_on_the_page_in_its_history_and_in_the_counts() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let (id, number, version) = first_claim(&app, &path).await;
    app.review_in_browser(&id, "verified", "matches the council minutes", version)
        .await;

    let (_, page) = app.page(&path).await;
    assert!(page.contains(&format!(
        r#"<li class="claim-card s-verified" id="claim-{number}""#
    )));
    assert!(page.contains(&format!(
        r#"<mark class="claim s-verified" id="text-{number}">"#
    )));
    assert!(page.contains("<strong>Note:</strong> matches the council minutes"));
    assert!(page.contains("<td>Pending → Verified</td><td>matches the council minutes</td>"));

    let history: Value = app
        .get(&format!("/api/v1/claims/{id}/history"))
        .await
        .json()
        .await
        .unwrap();
    let entries = history["history"].as_array().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["from"], "pending");
    assert_eq!(entries[0]["to"], "verified");
    assert_eq!(entries[0]["note"], "matches the council minutes");
    assert_eq!(
        entries[0]["user"], "Ada Admin",
        "the history names the reviewer who decided"
    );

    let (_, home) = app.page("/").await;
    assert!(home.contains("1 verified"));
}

#[tokio::test]
async fn every_change_is_kept_in_the_history_oldest_first() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let (id, _, v) = first_claim(&app, &path).await;
    app.review_in_browser(&id, "disputed", "figure is wrong", v)
        .await;
    app.review_in_browser(&id, "pending", "", v + 1).await;
    let history: Value = app
        .get(&format!("/api/v1/claims/{id}/history"))
        .await
        .json()
        .await
        .unwrap();
    let changes: Vec<(String, String)> = history["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["from"].as_str().unwrap().into(),
                h["to"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        vec![
            ("pending".into(), "disputed".into()),
            ("disputed".into(), "pending".into())
        ]
    );
}

#[tokio::test]
async fn an_unknown_status_is_refused_with_422_and_changes_nothing() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let (id, _, version) = first_claim(&app, &path).await;
    let res = app.review_in_browser(&id, "true", "", version).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("unknown status"));
    let article = app.api_article(&path).await;
    assert_eq!(article["claims"][0]["status"], "pending");
    assert_eq!(article["claims"][0]["version"], version);
}

#[tokio::test]
async fn a_decision_based_on_an_old_page_is_refused_with_409() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let (id, _, version) = first_claim(&app, &path).await;
    app.review_in_browser(&id, "verified", "minutes", version)
        .await;
    let res = app
        .review_in_browser(&id, "disputed", "wrong", version)
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("changed by someone else")
    );
    assert_eq!(
        app.api_article(&path).await["claims"][0]["status"],
        "verified"
    );
}

#[tokio::test]
async fn reviewing_an_unknown_or_malformed_claim_is_a_404() {
    let app = spawn_app().await;
    for id in ["3f2b8c1e-6a0d-4c52-9d8e-0a1b2c3d4e5f", "42"] {
        let res = app.review_in_browser(id, "verified", "", 1).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{id}");
    }
}
