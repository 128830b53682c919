//! `POST /api/v1/claims/{id}/assign`: the same assignment rules for scripts, with versions and JSON errors.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::claim_helpers::{claim, post_form};
use crate::helpers::{TestApp, spawn_app};

/// Sends the assignment with `token`; returns the status and the JSON body.
async fn assign(app: &TestApp, token: &str, id: &str, body: Value) -> (StatusCode, Value) {
    let res = app
        .client
        .post(app.url(&format!("/api/v1/claims/{id}/assign")))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .expect("POST");
    let status = res.status();
    (status, res.json().await.expect("a JSON body"))
}

#[tokio::test]
async fn a_script_assigns_a_claim_to_a_reviewer_by_account_id_and_a_stale_version_changes_nothing()
{
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let rita_id = app.account_id(&app.add_user("reviewer", "Rita Reviewer"));
    let c = claim(&app, &path, 0).await;

    let body = json!({ "assignee": rita_id, "version": c.version });
    let (status, json) = assign(&app, &app.api_token, &c.id, body.clone()).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(
        json["assignee"],
        json!({ "id": rita_id, "name": "Rita Reviewer" })
    );
    assert_eq!(json["version"], c.version + 1);

    let (status, json) = assign(
        &app,
        &app.api_token,
        &c.id,
        json!({ "assignee": null, "version": c.version }),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{json}");
    assert_eq!(
        json["claim"]["version"],
        c.version + 1,
        "the current claim comes back"
    );
    let mine = app
        .get(&format!("/api/v1/claims?assignee={rita_id}"))
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(mine["total"], 1, "still assigned to her: {mine}");
}

#[tokio::test]
async fn a_reviewers_token_may_take_a_claim_but_not_give_it_away_and_bad_accounts_are_422() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let other_id = app.account_id(&app.add_user("reviewer", "Other Reviewer"));
    let token = app.token_for(&app.add_user("reviewer", "Rita Reviewer"));
    let c = claim(&app, &path, 0).await;

    let (status, json) = assign(
        &app,
        &token,
        &c.id,
        json!({ "assignee": other_id, "version": c.version }),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(
        json["error"]
            .as_str()
            .unwrap()
            .contains("only editors and admins"),
        "{json}"
    );

    let (status, json) = assign(
        &app,
        &token,
        &c.id,
        json!({ "assignee": "me", "version": c.version }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(json["assignee"]["name"], "Rita Reviewer");

    let unknown = "3f2b8c1e-6a0d-4c52-9d8e-0a1b2c3d4e5f";
    let (status, json) = assign(
        &app,
        &app.api_token,
        &c.id,
        json!({ "assignee": unknown, "version": c.version + 1 }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        json["error"]
            .as_str()
            .unwrap()
            .contains("no account has the id"),
        "{json}"
    );
    let (status, json) = assign(&app, &app.api_token, &c.id, json!({ "assignee": "me" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        json["error"]
            .as_str()
            .unwrap()
            .contains("\"version\" is required"),
        "{json}"
    );
}

#[tokio::test]
async fn an_article_read_through_the_api_says_who_each_claim_and_the_article_are_assigned_to() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let rita_id = app.account_id(&app.add_user("reviewer", "Rita Reviewer"));
    let bo_id = app.account_id(&app.add_user("reviewer", "Bo Reviewer"));
    let c = claim(&app, &path, 0).await;
    let (status, json) = assign(
        &app,
        &app.api_token,
        &c.id,
        json!({ "assignee": rita_id, "version": c.version }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{json}");
    let res = post_form(&app, &format!("{path}/assign"), &[("assignee", &bo_id)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    let article = app.api_article(&path).await;
    assert_eq!(
        article["assignee"],
        json!({ "id": bo_id, "name": "Bo Reviewer" })
    );
    let claims = article["claims"].as_array().expect("claims");
    assert_eq!(
        claims[0]["assignee"],
        json!({ "id": rita_id, "name": "Rita Reviewer" }),
        "a claim's own assignee"
    );
    assert!(claims.len() > 1);
    assert!(
        claims[1..].iter().all(|c| c["assignee"].is_null()),
        "the others have none of their own (they follow the article)"
    );
}
