//! Claims without an assignee of their own follow the article's: their cards say so, with and without
//! JavaScript, and an open page updates them when someone assigns the article.

use serde_json::json;

use crate::browser::{chromium_or_skip, live_text, open_live_page, sign_in};
use crate::cdp::{self, Chromium};
use crate::claim_helpers::{claim, post_form, post_form_as};
use crate::helpers::spawn_app;
use crate::live::{read_until, watch};

#[tokio::test]
async fn a_claim_without_its_own_assignee_shows_the_articles_on_the_page_and_in_its_card() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let rita_id = app.account_id(&app.add_user("reviewer", "Rita Reviewer"));
    let bo_id = app.account_id(&app.add_user("reviewer", "Bo Reviewer"));
    let (own, follows) = (claim(&app, &path, 0).await, claim(&app, &path, 1).await);
    let version = own.version.to_string();
    let res = post_form(
        &app,
        &format!("/claims/{}/assign", own.id),
        &[("assignee", &bo_id), ("version", &version)],
    )
    .await;
    assert_eq!(res.status(), 303);
    let mut stream = watch(&app, &app.client, &path).await;
    let res = post_form(&app, &format!("{path}/assign"), &[("assignee", &rita_id)]).await;
    assert_eq!(res.status(), 303);
    let seen = read_until(&mut stream, "event: assign\n").await;
    assert!(
        seen.contains(&format!(r#""assignee_id":"{rita_id}""#)),
        "{seen}"
    );

    let (_, page) = app.page(&path).await;
    let (_, card) = app.page(&format!("/claims/{}/card", follows.id)).await;
    for html in [&page, &card] {
        assert!(
            html.contains(
                r#"<span class="assignee follows">assigned to Rita Reviewer with the article</span>"#
            ),
            "{html}"
        );
        assert!(html.contains(&format!(
            "aria-label=\"Claim {}, Pending, assigned to Rita Reviewer with the article\"",
            follows.number
        )));
    }
    let (_, own_card) = app.page(&format!("/claims/{}/card", own.id)).await;
    assert!(own_card.contains(r#"<span class="assignee">assigned to Bo Reviewer</span>"#));
    assert!(
        !own_card.contains("with the article"),
        "its own assignee wins"
    );
    assert!(!own_card.contains("data-follows-article"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_article_assigned_by_someone_else_updates_the_cards_that_follow_it_on_an_open_page() {
    let Some(binary) = chromium_or_skip() else {
        return;
    };
    let _turn = cdp::ONE_AT_A_TIME.lock().await;
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let rita_id = app.account_id(&app.add_user("reviewer", "Rita Reviewer"));
    let bo_id = app.account_id(&app.add_user("reviewer", "Bo Reviewer"));
    let ed = app.login_as(&app.add_user("editor", "Ed Editor")).await;
    let (own, follows) = (claim(&app, &path, 0).await, claim(&app, &path, 1).await);
    let version = own.version.to_string();
    let res = post_form(
        &app,
        &format!("/claims/{}/assign", own.id),
        &[("assignee", &bo_id), ("version", &version)],
    )
    .await;
    assert_eq!(res.status(), 303);
    let (base, article) = (app.address.clone(), path.clone());
    let b = open_live_page(binary, base, "ada.admin@example.org".to_string(), article).await;

    let res = post_form_as(
        &app,
        &ed,
        &format!("{path}/assign"),
        &[("assignee", &rita_id)],
    )
    .await;
    assert_eq!(res.status(), 303);
    let (n, m, follows_id) = (follows.number, own.number, follows.id.clone());
    let b = tokio::task::spawn_blocking(move || {
        let mut b = b;
        b.wait_for(
            &format!("(document.querySelector('#claim-{n} .assignee') || {{}}).textContent === 'assigned to Rita Reviewer with the article'"),
            "a card that follows the article shows its new assignee",
        );
        assert_eq!(
            b.eval(&format!("document.getElementById('claim-{n}').getAttribute('aria-label')")),
            json!(format!("Claim {n}, Pending, assigned to Rita Reviewer with the article"))
        );
        assert_eq!(
            b.eval(&format!("document.querySelector('#claim-{m} .assignee').textContent")),
            json!("assigned to Bo Reviewer"),
            "a claim with its own assignee does not follow"
        );
        assert_eq!(
            b.eval("document.getElementById('article-assignee').textContent"),
            json!("Article assigned to Rita Reviewer")
        );
        assert_eq!(b.eval("document.getElementById('assign-article').value"), json!(rita_id));
        let said = live_text(&mut b);
        assert!(
            said.contains("Ed Editor: Article assigned to Rita Reviewer.") && said.contains("claims without an assignee of their own follow it."),
            "{said}"
        );
        // What the page shows is what the server renders for the card.
        let same = b.eval(&format!(
            "fetch('/claims/{follows_id}/card').then(r => r.text()).then(h => {{ \
               var t = document.createElement('template'); t.innerHTML = h.trim(); \
               var fresh = t.content.querySelector('.claim-card'), shown = document.getElementById('claim-{n}'); \
               var top = c => c.querySelector('.claim-top').textContent.replace(/\\s+/g, ' ').trim(); \
               return fresh.getAttribute('aria-label') === shown.getAttribute('aria-label') && top(fresh) === top(shown); }})"
        ));
        assert_eq!(same, json!(true), "the patched card matches the server's");
        b
    })
    .await
    .expect("the browser saw the assignment");
    drop(b);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reviewers_take_the_article_button_follows_the_articles_assignee_live() {
    let Some(binary) = chromium_or_skip() else {
        return;
    };
    let _turn = cdp::ONE_AT_A_TIME.lock().await;
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let rita_email = app.add_user("reviewer", "Rita Reviewer");
    let rita_id = app.account_id(&rita_email);
    let bo_id = app.account_id(&app.add_user("reviewer", "Bo Reviewer"));
    let res = post_form(&app, &format!("{path}/assign"), &[("assignee", &bo_id)]).await;
    assert_eq!(res.status(), 303);
    let rita = app.login_as(&rita_email).await;
    let page = rita.page_text(&app.url(&path)).await;
    assert!(
        page.contains(r#"id="article-take" hidden>"#),
        "without JS: no button to take someone else's article"
    );

    let (base, article) = (app.address.clone(), path.clone());
    let b = tokio::task::spawn_blocking(move || {
        let mut b = Chromium::launch(&binary);
        sign_in(&mut b, &base, &rita_email);
        b.open(&format!("{base}{article}"));
        b.wait_for(
            "document.getElementById('article-page').dataset.connected",
            "the live stream opens",
        );
        assert_eq!(
            b.eval("document.getElementById('article-take').hidden"),
            json!(true)
        );
        b
    })
    .await
    .expect("the browser opened the page");
    let take = "document.getElementById('article-take')";
    let res = post_form(&app, &format!("{path}/assign"), &[("assignee", "")]).await;
    assert_eq!(res.status(), 303);
    let b = tokio::task::spawn_blocking(move || {
        let mut b = b;
        b.wait_for(
            &format!("!{take}.hidden && {take}.querySelector('button').textContent === 'Assign the article to me'"),
            "an unassigned article may be taken",
        );
        b
    })
    .await
    .expect("the button came back");
    let res = post_form(&app, &format!("{path}/assign"), &[("assignee", &rita_id)]).await;
    assert_eq!(res.status(), 303);
    let b = tokio::task::spawn_blocking(move || {
        let mut b = b;
        b.wait_for(
            &format!("!{take}.hidden && {take}.querySelector('button').textContent === 'Unassign me from the article'"),
            "her own article may be dropped",
        );
        assert_eq!(
            b.eval(&format!("{take}.querySelector('input[name=assignee]').value")),
            json!("")
        );
        b.eval(&format!("{take}.querySelector('button').click(); true"));
        b.wait_for(
            "document.readyState === 'complete' && (document.getElementById('article-assignee') || {}).textContent === 'Article not assigned'",
            "the button works: she dropped it",
        );
        b
    })
    .await
    .expect("the button followed the assignment");
    drop(b);
    let article = app.api_article(&path).await;
    assert!(article["assignee"].is_null(), "{}", article["assignee"]);
}
