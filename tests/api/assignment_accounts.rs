//! Assignment and the accounts it names: unknown, deactivated and viewer accounts are refused with a
//! message; a claim or article whose assignee was deactivated keeps showing them, not "nobody".

use reqwest::StatusCode;

use crate::assignment::{admin, assign};
use crate::claim_helpers::{claim, post_form};
use crate::helpers::spawn_app;

#[tokio::test]
async fn assigning_to_an_unknown_deactivated_or_viewer_account_is_refused_with_a_message() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let gone_id = app.account_id(&app.add_user("reviewer", "Gone Reviewer"));
    post_form(&app, &format!("/admin/users/{gone_id}/deactivate"), &[]).await;
    let viewer_id = app.account_id(&app.add_user("viewer", "Vic Viewer"));
    let unknown = "3f2b8c1e-6a0d-4c52-9d8e-0a1b2c3d4e5f";
    let c = claim(&app, &path, 0).await;

    for (target, message) in [
        (gone_id.as_str(), "Gone Reviewer is deactivated"),
        (
            viewer_id.as_str(),
            "Vic Viewer is a viewer and cannot review claims",
        ),
        (unknown, "no account has the id 3f2b8c1e"),
        ("bob", "is not an account id"),
    ] {
        let res = assign(&app, &admin(&app), &c, target).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{target}");
        let body = res.text().await.unwrap();
        assert!(body.contains(message), "{target}: {body}");
    }
    assert_eq!(
        claim(&app, &path, 0).await.version,
        c.version,
        "nothing applied"
    );
}

#[tokio::test]
async fn a_claim_whose_assignee_was_deactivated_shows_them_selected_not_nobody() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let gone_id = app.account_id(&app.add_user("reviewer", "Gone Reviewer"));
    let c = claim(&app, &path, 0).await;
    assert_eq!(
        assign(&app, &admin(&app), &c, &gone_id).await.status(),
        StatusCode::SEE_OTHER
    );
    let res = post_form(&app, &format!("{path}/assign"), &[("assignee", &gone_id)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    post_form(&app, &format!("/admin/users/{gone_id}/deactivate"), &[]).await;

    let (_, page) = app.page(&path).await;
    let kept =
        format!(r#"<option value="{gone_id}" selected>Gone Reviewer (no longer active)</option>"#);
    assert_eq!(
        page.matches(&kept).count(),
        2,
        "on the claim and on the article"
    );
}
