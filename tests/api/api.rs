//! The JSON API of CONTRACT.md: articles in and out, reviews with optimistic concurrency, history.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

async fn create(app: &TestApp, body: Value) -> reqwest::Response {
    app.api_post("/api/v1/articles")
        .json(&body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_article_posted_to_the_api_is_created_with_its_claims() {
    let app = spawn_app().await;
    let res = create(
        &app,
        json!({"title": "Port", "text": "Officials said the port will reopen.\nIt rained.\n", "outlet": "Courier",
               "published": "2026-03-10", "url": "https://example.org/port"}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let body: Value = res.json().await.unwrap();
    let id = body["id"].as_str().unwrap();
    assert_eq!(body["title"], "Port");
    let claims = body["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    for c in claims {
        assert_eq!(c["status"], "pending");
        assert_eq!(c["version"], 1);
        assert!(c["sentence"]["start"].is_u64() && c["id"].is_string());
    }
    let article: Value = app
        .get(&format!("/api/v1/articles/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        article["text"],
        "Officials said the port will reopen.\nIt rained.\n"
    );
    assert_eq!(article["outlet"], "Courier");
    assert_eq!(article["published"], "2026-03-10");
    assert_eq!(article["claims"].as_array().unwrap().len(), claims.len());
}

#[tokio::test]
async fn the_api_lists_articles_with_counts_per_status() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let claim = app.api_article(&path).await["claims"][0].clone();
    app.review_via_api(
        claim["id"].as_str().unwrap(),
        json!({"status": "disputed", "note": "wrong figure", "version": 1}),
    )
    .await;
    let list: Value = app.get("/api/v1/articles").await.json().await.unwrap();
    let a = &list["articles"][0];
    assert_eq!(a["id"], path.trim_start_matches("/articles/"));
    assert_eq!(a["counts"]["disputed"], 1);
    assert_eq!(a["counts"]["verified"], 0);
    assert!(a["counts"]["pending"].as_u64().is_some());
}

#[tokio::test]
async fn a_review_returns_the_updated_claim_with_a_new_version() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let id = app.api_article(&path).await["claims"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let res = app
        .review_via_api(
            &id,
            json!({"status": "verified", "note": "minutes", "version": 1}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let claim: Value = res.json().await.unwrap();
    assert_eq!(claim["status"], "verified");
    assert_eq!(claim["version"], 2);
    assert_eq!(claim["note"], "minutes");
}

#[tokio::test]
async fn a_stale_version_answers_409_with_the_current_claim_and_changes_nothing() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let id = app.api_article(&path).await["claims"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.review_via_api(
        &id,
        json!({"status": "verified", "note": "minutes", "version": 1}),
    )
    .await;
    let res = app
        .review_via_api(
            &id,
            json!({"status": "disputed", "note": "late", "version": 1}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let body: Value = res.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("stale"));
    assert_eq!(body["claim"]["status"], "verified");
    assert_eq!(body["claim"]["version"], 2);
    let history: Value = app
        .get(&format!("/api/v1/claims/{id}/history"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        history["history"].as_array().unwrap().len(),
        1,
        "the stale review left no trace"
    );
}

#[tokio::test]
async fn an_unknown_status_or_a_missing_version_answers_422() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let id = app.api_article(&path).await["claims"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for body in [
        json!({"status": "maybe", "version": 1}),
        json!({"status": "verified"}),
    ] {
        let res = app.review_via_api(&id, body.clone()).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(res.json::<Value>().await.unwrap()["error"].is_string());
    }
}

#[tokio::test]
async fn unknown_and_malformed_ids_answer_json_404() {
    let app = spawn_app().await;
    let unknown = "3f2b8c1e-6a0d-4c52-9d8e-0a1b2c3d4e5f";
    for path in [
        format!("/api/v1/articles/{unknown}"),
        "/api/v1/articles/xyz".to_string(),
        format!("/api/v1/claims/{unknown}/history"),
        "/api/v1/claims/xyz/history".to_string(),
        "/api/v1/nothing-here".to_string(),
    ] {
        let res = app.get(&path).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
        let body: Value = res.json().await.unwrap();
        assert!(
            body["error"].as_str().unwrap().starts_with("no such"),
            "{path}: {body}"
        );
    }
    let res = app
        .review_via_api(unknown, json!({"status": "verified", "version": 1}))
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn bad_article_bodies_get_a_json_error_with_a_fitting_status() {
    let app = spawn_app().await;
    let res = create(&app, json!({"text": "Some text."})).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.json::<Value>().await.unwrap()["error"]
            .as_str()
            .unwrap()
            .contains("title is missing")
    );

    let big = "a".repeat(2 * 1024 * 1024 + 1);
    let res = create(&app, json!({"title": "Big", "text": big})).await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        res.json::<Value>().await.unwrap()["error"]
            .as_str()
            .unwrap()
            .contains("2 MB")
    );

    let res = app
        .api_post("/api/v1/articles")
        .body("title=x")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(res.json::<Value>().await.unwrap()["error"].is_string());

    let res = app
        .api_post("/api/v1/articles")
        .header("content-type", "application/json")
        .body("{\"title\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.json::<Value>().await.unwrap()["error"].is_string());
}
