//! Every state-changing form carries a CSRF token; without it, or with someone else's, the request is
//! refused (403) and nothing changes. Nothing changes state on GET.

use reqwest::StatusCode;
use reqwest::multipart::Form;
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};

async fn first_claim(app: &TestApp) -> (String, Value) {
    let path = app.load_sample().await;
    let article = app.api_article(&path).await;
    let claim = article["claims"][0].clone();
    (claim["id"].as_str().unwrap().to_string(), claim)
}

async fn history_len(app: &TestApp, claim: &str) -> usize {
    let history: Value = app
        .get(&format!("/api/v1/claims/{claim}/history"))
        .await
        .json()
        .await
        .unwrap();
    history["history"].as_array().unwrap().len()
}

#[tokio::test]
async fn a_review_without_or_with_a_wrong_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let (claim, _) = first_claim(&app).await;
    let other = app.browser_as("reviewer").await;
    let url = app.url(&format!("/claims/{claim}/review"));
    let attempts: [&[(&str, &str)]; 3] = [
        &[("status", "verified"), ("version", "1")],
        &[
            ("csrf_token", "0000"),
            ("status", "verified"),
            ("version", "1"),
        ],
        // a valid token, but of another session
        &[
            ("csrf_token", other.csrf.as_str()),
            ("status", "verified"),
            ("version", "1"),
        ],
    ];
    for fields in attempts {
        let res = app.client.post(&url).form(fields).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{fields:?}");
    }
    assert_eq!(
        history_len(&app, &claim).await,
        0,
        "no decision was recorded"
    );
    let res = app
        .review_in_browser(&claim, "verified", "checked", 1)
        .await;
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "with the right token it works"
    );
    assert_eq!(history_len(&app, &claim).await, 1);
}

#[tokio::test]
async fn an_upload_without_a_csrf_token_is_refused_and_adds_no_article() {
    let app = spawn_app().await;
    let form = Form::new()
        .text("title", "Sneaky")
        .text("text", "Officials said it is fine.");
    let res = app
        .client
        .post(app.url("/articles"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let articles: Value = app.get("/api/v1/articles").await.json().await.unwrap();
    assert_eq!(articles["articles"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn a_cookie_session_calling_the_api_needs_the_csrf_header_but_a_bearer_token_does_not() {
    let app = spawn_app().await;
    let body = serde_json::json!({"title": "T", "text": "The mayor said the bridge is safe."});
    let res = app
        .client
        .post(app.url("/api/v1/articles"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(res.json::<Value>().await.unwrap()["error"].is_string());
    let res = app
        .client
        .post(app.url("/api/v1/articles"))
        .header("x-csrf-token", &app.csrf)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let other = serde_json::json!({"title": "U", "text": "The council said the road is closed."});
    let res = app
        .api_post("/api/v1/articles")
        .json(&other)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn logout_and_other_actions_do_nothing_on_get() {
    let app = spawn_app().await;
    let res = app.get("/logout").await;
    assert_ne!(res.status(), StatusCode::SEE_OTHER);
    let res = app.get("/sample").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let (status, _) = app.page("/").await;
    assert_eq!(status, StatusCode::OK, "still signed in");
    let articles: Value = app.get("/api/v1/articles").await.json().await.unwrap();
    assert_eq!(articles["articles"].as_array().unwrap().len(), 0);
}
