//! Editors correcting the extraction: remove and restore, source, span, split, a missed claim, renaming.

use reqwest::StatusCode;

use crate::claim_helpers::{claim, claim_json, post_form};
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_removed_claim_leaves_the_list_shows_in_history_and_can_be_restored() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let before = app.api_article(&path).await["claims"]
        .as_array()
        .unwrap()
        .len();
    let c = claim(&app, &path, 0).await;
    let res = post_form(
        &app,
        &format!("/claims/{}/remove", c.id),
        &[("version", &c.version.to_string())],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(
        claim_json(&app, &path, &c.id).await.is_none(),
        "no longer listed"
    );
    assert_eq!(
        app.api_article(&path).await["claims"]
            .as_array()
            .unwrap()
            .len(),
        before - 1
    );
    let (_, page) = app.page(&path).await;
    assert!(page.contains(&format!("Restore claim {}", c.number)));
    assert!(
        page.contains("removed (not a claim)"),
        "in the article timeline"
    );

    let res = post_form(
        &app,
        &format!("/claims/{}/restore", c.id),
        &[("version", &(c.version + 1).to_string())],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let back = claim_json(&app, &path, &c.id).await.expect("restored");
    assert_eq!(back["version"], c.version + 2);
    assert_eq!(
        app.api_article(&path).await["claims"]
            .as_array()
            .unwrap()
            .len(),
        before
    );
}

#[tokio::test]
async fn an_editor_fixes_a_source_and_changes_a_span_by_the_text_to_match() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    let v = c.version.to_string();
    let res = post_form(
        &app,
        &format!("/claims/{}/source", c.id),
        &[("name", "Agence Test"), ("kind", "media"), ("version", &v)],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let now = claim_json(&app, &path, &c.id).await.unwrap();
    assert_eq!(now["source"]["name"], "Agence Test");
    assert_eq!(now["source"]["kind"], "media");

    let article = app.api_article(&path).await;
    let text = article["text"].as_str().unwrap();
    let (start, end) = (
        now["start"].as_u64().unwrap() as usize,
        now["end"].as_u64().unwrap() as usize,
    );
    let shorter = text[start..end]
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    let v = now["version"].to_string();
    let res = post_form(
        &app,
        &format!("/claims/{}/span", c.id),
        &[("text", &shorter), ("version", &v)],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let now = claim_json(&app, &path, &c.id).await.unwrap();
    assert_eq!(now["text"], shorter.as_str());
    let (s, e) = (
        now["start"].as_u64().unwrap() as usize,
        now["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], shorter, "offsets point at the new text");

    let missing = post_form(
        &app,
        &format!("/claims/{}/span", c.id),
        &[
            ("text", "words that are nowhere"),
            ("version", &now["version"].to_string()),
        ],
    )
    .await;
    assert_eq!(missing.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        missing
            .text()
            .await
            .unwrap()
            .contains("is not in the article")
    );
}

#[tokio::test]
async fn a_claim_splits_in_two_and_a_missed_claim_can_be_added() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let before = app.api_article(&path).await["claims"]
        .as_array()
        .unwrap()
        .len();
    let c = claim(&app, &path, 0).await;
    let original = claim_json(&app, &path, &c.id).await.unwrap()["text"]
        .as_str()
        .unwrap()
        .to_string();
    let words: Vec<&str> = original.split_whitespace().collect();
    assert!(words.len() >= 4, "the sample's first claim has a few words");
    let second = words[words.len() / 2..].join(" ");
    let res = post_form(
        &app,
        &format!("/claims/{}/split", c.id),
        &[("second", &second), ("version", &c.version.to_string())],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let article = app.api_article(&path).await;
    let claims = article["claims"].as_array().unwrap();
    assert_eq!(claims.len(), before + 1);
    assert!(
        claims.iter().any(|c| c["text"] == second.as_str()),
        "the second part is a claim"
    );

    let text = article["text"].as_str().unwrap();
    let words: Vec<&str> = text.split_whitespace().rev().take(3).collect();
    let tail = words.into_iter().rev().collect::<Vec<_>>().join(" ");
    let id = path.trim_start_matches("/articles/");
    let res = post_form(
        &app,
        &format!("/articles/{id}/claims"),
        &[
            ("text", &tail),
            ("source_name", "Ri Son Gwon"),
            ("source_kind", "person"),
        ],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let article = app.api_article(&path).await;
    let added = article["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == tail.as_str())
        .expect("added");
    assert_eq!(added["source"]["name"], "Ri Son Gwon");
}

#[tokio::test]
async fn renaming_a_source_changes_every_claim_of_the_article_in_one_step() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let article = app.api_article(&path).await;
    let names = crate::helpers::source_names(&article);
    let from = names
        .iter()
        .find(|n| *n != "the article")
        .expect("an attributed claim")
        .clone();
    let count = names.iter().filter(|n| **n == from).count();
    let id = path.trim_start_matches("/articles/");
    let res = post_form(
        &app,
        &format!("/articles/{id}/rename-source"),
        &[("from", &from), ("to", "Renamed Source")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let after = crate::helpers::source_names(&app.api_article(&path).await);
    assert_eq!(
        after.iter().filter(|n| *n == "Renamed Source").count(),
        count
    );
    assert!(!after.contains(&from));
    let (_, page) = app.page(&path).await;
    assert!(page.contains(&format!("source {from} → Renamed Source ({count} claims)")));
}

#[tokio::test]
async fn a_reviewer_cannot_edit_claim_spans_or_sources() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    let reviewer = app.browser_as("reviewer").await;
    let v = c.version.to_string();
    for (action, fields) in [
        ("span", vec![("text", "the")]),
        ("source", vec![("name", "X"), ("kind", "media")]),
        ("remove", vec![]),
    ] {
        let mut f = vec![
            ("csrf_token", reviewer.csrf.as_str()),
            ("version", v.as_str()),
        ];
        f.extend(fields);
        let res = reviewer
            .client
            .post(app.url(&format!("/claims/{}/{action}", c.id)))
            .form(&f)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{action}");
    }
    let now = claim_json(&app, &path, &c.id).await.unwrap();
    assert_eq!(now["version"], c.version, "nothing changed");
}
