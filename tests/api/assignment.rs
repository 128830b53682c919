//! Assignment to any reviewer: editors assign claims and articles to any active reviewer; a reviewer
//! takes or drops work for himself only; unknown, deactivated and viewer accounts are refused.

use reqwest::{Response, StatusCode};

use crate::claim_helpers::{ClaimRef, claim, claim_json, post_form, post_form_as};
use crate::helpers::{Browser, TestApp, spawn_app};

/// The claim's assignment form, sent by `who` with the claim's current version.
pub async fn assign(app: &TestApp, who: &Browser, c: &ClaimRef, assignee: &str) -> Response {
    let version = c.version.to_string();
    post_form_as(
        app,
        who,
        &format!("/claims/{}/assign", c.id),
        &[("assignee", assignee), ("version", &version)],
    )
    .await
}

/// The admin's own browser.
pub fn admin(app: &TestApp) -> Browser {
    Browser {
        client: app.client.clone(),
        csrf: app.csrf.clone(),
    }
}

#[tokio::test]
async fn an_editor_assigns_a_claim_to_another_reviewer_whose_queue_then_lists_it() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let rita_email = app.add_user("reviewer", "Rita Reviewer");
    let rita = app.login_as(&rita_email).await;
    let rita_id = app.account_id(&rita_email);
    let editor = app.browser_as("editor").await;
    let c = claim(&app, &path, 0).await;

    let res = assign(&app, &editor, &c, &rita_id).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    let json = claim_json(&app, &path, &c.id).await.expect("the claim");
    assert_eq!(
        json["version"],
        c.version + 1,
        "assignment is a versioned change"
    );
    let (_, page) = app.page(&path).await;
    assert!(
        page.contains("assigned to Rita Reviewer"),
        "the card names her"
    );
    assert!(
        page.contains("<td>assigned to Rita Reviewer</td><td></td><td>editor person</td>"),
        "the timeline says who assigned whom"
    );
    let queue = rita.client.get(app.url("/queue")).send().await.unwrap();
    let queue = queue.text().await.unwrap();
    assert!(
        queue.contains(&format!("claim {}</a>", c.number)),
        "{queue}"
    );
    let (_, mine) = app.page("/queue").await;
    assert!(!mine.contains(&format!("claim {}</a>", c.number)));
    let (_, found) = app.page(&format!("/claims?assignee={rita_id}")).await;
    assert!(found.contains(&format!(
        r#"<option value="{rita_id}" selected>Rita Reviewer</option>"#
    )));
    assert!(found.contains("1 claim<"), "the claims page filters by her");
}

#[tokio::test]
async fn editors_see_a_list_of_active_reviewers_and_nobody_to_assign_to() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let rita_id = app.account_id(&app.add_user("reviewer", "Rita Reviewer"));
    let gone_email = app.add_user("reviewer", "Gone Reviewer");
    let gone_id = app.account_id(&gone_email);
    let res = post_form(&app, &format!("/admin/users/{gone_id}/deactivate"), &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let viewer_id = app.account_id(&app.add_user("viewer", "Vic Viewer"));

    let (_, page) = app.page(&path).await;
    assert!(page.contains(r#"<label for="assign-1">Assign claim 1 to</label>"#));
    assert!(page.contains(r#"<option value="">nobody</option>"#));
    assert!(page.contains(&format!(
        r#"<option value="{rita_id}">Rita Reviewer</option>"#
    )));
    assert!(
        !page.contains(&gone_id),
        "deactivated accounts are not offered"
    );
    assert!(!page.contains(&viewer_id), "viewers are not offered");

    let reviewer = app.browser_as("reviewer").await;
    let res = reviewer.client.get(app.url(&path)).send().await.unwrap();
    let theirs = res.text().await.unwrap();
    assert!(
        !theirs.contains(&rita_id),
        "a reviewer gets take/drop buttons, not the list"
    );
    assert!(theirs.contains("Assign claim 1 to me"));
}

#[tokio::test]
async fn a_reviewer_takes_a_claim_and_drops_it_but_may_not_hand_it_to_someone_else() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let other_id = app.account_id(&app.add_user("reviewer", "Other Reviewer"));
    let me = app.browser_as("reviewer").await;
    let c = claim(&app, &path, 1).await;

    let res = assign(&app, &me, &c, &other_id).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let body = res.text().await.unwrap();
    assert!(
        body.contains("only editors and admins may assign work to someone else"),
        "{body}"
    );
    assert_eq!(
        claim(&app, &path, 1).await.version,
        c.version,
        "nothing applied"
    );

    assert_eq!(
        assign(&app, &me, &c, "me").await.status(),
        StatusCode::SEE_OTHER
    );
    let badge = r#"<span class="assignee">assigned to reviewer person</span>"#;
    assert!(app.page(&path).await.1.contains(badge));

    let taken = claim(&app, &path, 1).await;
    assert_eq!(
        assign(&app, &me, &taken, "").await.status(),
        StatusCode::SEE_OTHER
    );
    assert!(!app.page(&path).await.1.contains(badge));
}

#[tokio::test]
async fn a_reviewer_may_not_take_or_drop_a_claim_assigned_to_someone_else() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let other_id = app.account_id(&app.add_user("reviewer", "Other Reviewer"));
    let c = claim(&app, &path, 0).await;
    assert_eq!(
        assign(&app, &admin(&app), &c, &other_id).await.status(),
        StatusCode::SEE_OTHER
    );

    let me = app.browser_as("reviewer").await;
    let held = claim(&app, &path, 0).await;
    for target in ["me", ""] {
        let res = assign(&app, &me, &held, target).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        let body = res.text().await.unwrap();
        assert!(
            body.contains(&format!(
                "claim {} is assigned to Other Reviewer",
                held.number
            )),
            "{body}"
        );
    }
    assert_eq!(claim(&app, &path, 0).await.version, held.version);
}

#[tokio::test]
async fn an_editor_assigns_the_whole_article_and_a_reviewer_may_not_take_it_over() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let article = path.trim_start_matches("/articles/");
    let rita_email = app.add_user("reviewer", "Rita Reviewer");
    let rita = app.login_as(&rita_email).await;
    let rita_id = app.account_id(&rita_email);

    let res = post_form(&app, &format!("{path}/assign"), &[("assignee", &rita_id)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = app.page(&path).await;
    assert!(page.contains("Article assigned to Rita Reviewer"));
    assert!(page.contains("<td>article assigned to Rita Reviewer</td><td></td><td>Ada Admin</td>"));
    let queue = rita.client.get(app.url("/queue")).send().await.unwrap();
    assert!(queue.text().await.unwrap().contains("claim 1</a>"));

    let other = app.browser_as("reviewer").await;
    let res = post_form_as(
        &app,
        &other,
        &format!("/articles/{article}/assign"),
        &[("assignee", "me")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("the article is assigned to Rita Reviewer")
    );
    let res = post_form_as(
        &app,
        &rita,
        &format!("/articles/{article}/assign"),
        &[("assignee", "")],
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "she may drop it herself"
    );
    let (_, page) = app.page(&path).await;
    assert!(page.contains("Article not assigned"));
}
