//! The sample articles end to end: the korea-summit article from `../shared` and the bundled sample.

use std::collections::HashSet;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{source_names, spawn_app};

/// The korea-summit article, or `None` (with a loud message) when `../shared` is not beside the crate.
fn korea_summit() -> Option<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/articles/korea-summit.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) => {
            eprintln!(
                "SKIPPED: cannot read {} ({e}); this test needs ../shared beside the crate",
                path.display()
            );
            None
        }
    }
}

async fn post_article(app: &crate::helpers::TestApp, title: &str, text: &str) -> Value {
    let res = app
        .api_post("/api/v1/articles")
        .json(&json!({"title": title, "text": text, "outlet": "CNN"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let id = res.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.api_article(&format!("/articles/{id}")).await
}

#[tokio::test]
async fn the_korea_summit_article_is_stored_with_valid_offsets_and_shown() {
    let Some(text) = korea_summit() else { return };
    let app = spawn_app().await;
    let article = post_article(&app, "Korea summit", &text).await;
    assert_eq!(article["text"].as_str().unwrap(), text);
    let claims = article["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    for c in claims {
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            text.get(s..e),
            c["text"].as_str(),
            "claim text is text[start..end]"
        );
    }
    let (status, page) = app
        .page(&format!("/articles/{}", article["id"].as_str().unwrap()))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&format!(r#"id="claim-{}""#, claims.len())));
}

#[tokio::test]
async fn the_korea_summit_claims_list_cnn_the_new_york_times_and_ri_son_gwon_as_sources() {
    let Some(text) = korea_summit() else { return };
    let app = spawn_app().await;
    let article = post_article(&app, "Korea summit", &text).await;
    let names: HashSet<String> = source_names(&article).into_iter().collect();
    for expected in ["CNN", "The New York Times", "Ri Son Gwon"] {
        assert!(
            names.contains(expected),
            "{expected} missing from {names:?}"
        );
    }
    let (_, page) = app
        .page(&format!("/articles/{}", article["id"].as_str().unwrap()))
        .await;
    for expected in ["CNN", "The New York Times", "Ri Son Gwon"] {
        assert!(
            page.contains(&format!(r#"<span class="source">{expected}</span>"#)),
            "{expected} on the page"
        );
    }
}

#[tokio::test]
async fn the_bundled_sample_shows_every_kind_of_source() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let article = app.api_article(&path).await;
    let claims = article["claims"].as_array().unwrap();
    let kinds: HashSet<&str> = claims
        .iter()
        .map(|c| c["source"]["kind"].as_str().unwrap_or("article"))
        .collect();
    for kind in ["media", "person", "unnamed", "article"] {
        assert!(kinds.contains(kind), "{kind} missing from {kinds:?}");
    }
    let names = source_names(&article);
    assert!(
        names.iter().any(|n| n.contains("Valley Ledger")),
        "{names:?}"
    );
    let marsh: HashSet<&String> = names.iter().filter(|n| n.contains("Marsh")).collect();
    assert_eq!(
        marsh.len(),
        1,
        "\"Marsh\" resolves to the one official: {marsh:?}"
    );
    assert!(marsh.iter().all(|n| n.contains("Elena")), "{marsh:?}");
}
