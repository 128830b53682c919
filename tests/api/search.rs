//! Finding claims: full-text search over claim text, notes and evidence labels, filters, highlighting.

use reqwest::StatusCode;
use serde_json::Value;

use crate::claim_helpers::{claim, post_form};
use crate::helpers::spawn_app;

#[tokio::test]
async fn search_finds_a_claim_by_a_word_from_its_note() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 2).await;
    let res = post_form(
        &app,
        &format!("/claims/{}/notes", c.id),
        &[
            ("body", "Checked against the quartermaster ledger"),
            ("version", &c.version.to_string()),
        ],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    let found: Value = app
        .get("/api/v1/claims?q=quartermaster")
        .await
        .json()
        .await
        .unwrap();
    let claims = found["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0]["id"], c.id.as_str());
    assert_eq!(found["total"], 1);

    let none: Value = app
        .get("/api/v1/claims?q=zyzzyva")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(none["claims"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn search_finds_evidence_labels_and_highlights_matched_words_in_claim_text() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    post_form(
        &app,
        &format!("/claims/{}/evidence", c.id),
        &[
            ("url", "https://example.org"),
            ("label", "Gazetteer entry"),
            ("version", &c.version.to_string()),
        ],
    )
    .await;
    let found: Value = app
        .get("/api/v1/claims?q=gazetteer")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(found["claims"][0]["id"], c.id.as_str());

    let text = found["claims"][0]["text"].as_str().unwrap().to_string();
    let word: String = text
        .split(|ch: char| !ch.is_alphanumeric())
        .find(|w| w.len() > 4)
        .expect("a word")
        .to_string();
    let (status, page) = app.page(&format!("/claims?q={word}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(&format!(r#"<mark class="match">{word}</mark>"#)),
        "{word}"
    );
}

#[tokio::test]
async fn filters_by_status_and_kind_and_bad_filters_get_a_422() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    app.review_in_browser(&c.id, "disputed", "wrong", c.version)
        .await;
    let disputed: Value = app
        .get("/api/v1/claims?status=disputed")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(disputed["total"], 1);
    assert_eq!(disputed["claims"][0]["id"], c.id.as_str());

    let all: Value = app.get("/api/v1/claims").await.json().await.unwrap();
    let article_own: Value = app
        .get("/api/v1/claims?kind=article")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        article_own["claims"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["source"].is_null())
    );
    assert!(article_own["total"].as_u64() < all["total"].as_u64());

    let worth: Vec<f64> = all["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["checkworthiness"].as_f64().unwrap())
        .collect();
    assert!(
        worth.windows(2).all(|w| w[0] >= w[1]),
        "most check-worthy first by default"
    );

    for bad in [
        "status=maybe",
        "kind=alien",
        "page=0",
        "sort=sideways",
        "article=42",
    ] {
        let res = app.get(&format!("/api/v1/claims?{bad}")).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
}

#[tokio::test]
async fn search_text_is_escaped_and_fts_operators_are_harmless() {
    let app = spawn_app().await;
    app.load_sample().await;
    let (status, page) = app.page("/claims?q=%3Cscript%3E%22+OR+NEAR(").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("<script>\""));
}
