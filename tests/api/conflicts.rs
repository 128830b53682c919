//! No lost decision: a change based on an old version applies nothing and shows the conflict.

use reqwest::StatusCode;

use crate::claim_helpers::{claim, claim_json, post_form};
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_stale_decision_applies_nothing_and_shows_who_changed_what_with_a_reapply_button() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    let first = app
        .review_in_browser(&c.id, "verified", "matches the minutes", c.version)
        .await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);

    let stale = app
        .review_in_browser(&c.id, "disputed", "the date is wrong", c.version)
        .await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    let page = stale.text().await.unwrap();
    assert!(page.contains("changed by someone else"));
    assert!(
        page.contains("<strong>Ada Admin</strong> changed it at"),
        "who"
    );
    assert!(
        page.contains("Pending → Verified (matches the minutes)"),
        "what"
    );
    assert!(
        page.contains("mark it Disputed with the note “the date is wrong”"),
        "my version"
    );
    assert!(
        page.contains("Status: <strong>Verified</strong>"),
        "their version"
    );
    let reapply_version = format!(
        r#"<input type="hidden" name="version" value="{}">"#,
        c.version + 1
    );
    assert!(
        page.contains(&reapply_version),
        "re-apply carries the current version"
    );
    assert!(page.contains(r#"<input type="hidden" name="note" value="the date is wrong">"#));

    let now = claim_json(&app, &path, &c.id).await.unwrap();
    assert_eq!(now["status"], "verified", "nothing applied");
    assert_eq!(now["version"], c.version + 1);

    // The one click: the same change on the current version.
    let again = app
        .review_in_browser(&c.id, "disputed", "the date is wrong", c.version + 1)
        .await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        claim_json(&app, &path, &c.id).await.unwrap()["status"],
        "disputed"
    );
}

#[tokio::test]
async fn a_note_on_a_stale_version_is_not_added() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    let v = c.version.to_string();
    post_form(
        &app,
        &format!("/claims/{}/notes", c.id),
        &[("body", "first"), ("version", &v)],
    )
    .await;
    let stale = post_form(
        &app,
        &format!("/claims/{}/notes", c.id),
        &[("body", "zebra note"), ("version", &v)],
    )
    .await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    let (_, page) = app.page(&path).await;
    assert!(!page.contains("zebra note"));
}
