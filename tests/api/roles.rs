//! Each role is refused (403) what it may not do, and allowed what it may: one table of role × action.
//! viewer reads and exports; reviewer also decides; editor also adds articles; admin also manages
//! accounts.

use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{Browser, TestApp, spawn_app, with_csrf};

/// Something a signed-in user tries, and the least role that may do it.
#[derive(Debug, Clone, Copy)]
enum Action {
    ReadArticles,
    ReadArticlesApi,
    ExportReport,
    ExportInstance,
    ReviewInBrowser,
    ReviewViaApi,
    OpenNewArticleForm,
    AddArticle,
    AddArticleViaApi,
    LoadSample,
    ListAccounts,
    CreateAccount,
    ChangeRole,
}

const TABLE: &[(Action, &str)] = &[
    (Action::ReadArticles, "viewer"),
    (Action::ReadArticlesApi, "viewer"),
    (Action::ExportReport, "viewer"),
    (Action::ExportInstance, "viewer"),
    (Action::ReviewInBrowser, "reviewer"),
    (Action::ReviewViaApi, "reviewer"),
    (Action::OpenNewArticleForm, "editor"),
    (Action::AddArticle, "editor"),
    (Action::AddArticleViaApi, "editor"),
    (Action::LoadSample, "editor"),
    (Action::ListAccounts, "admin"),
    (Action::CreateAccount, "admin"),
    (Action::ChangeRole, "admin"),
];

const ROLES: [&str; 4] = ["viewer", "reviewer", "editor", "admin"];

fn rank(role: &str) -> usize {
    ROLES.iter().position(|r| *r == role).unwrap()
}

/// One user of a role: their browser and their API token.
struct Actor {
    role: &'static str,
    browser: Browser,
    token: String,
}

async fn perform(
    app: &TestApp,
    who: &Actor,
    action: Action,
    claim: &str,
    target: &str,
    article_page: &str,
) -> Response {
    let c = &who.browser.client;
    let csrf = who.browser.csrf.as_str();
    let version = claim_version(app, claim).await.to_string();
    match action {
        Action::ReadArticles => c.get(app.url("/")).send(),
        Action::ReadArticlesApi => c
            .get(app.url("/api/v1/articles"))
            .bearer_auth(&who.token)
            .send(),
        Action::ExportReport => c.get(app.url(&format!("{article_page}/report.csv"))).send(),
        Action::ExportInstance => c.get(app.url("/export?format=json")).send(),
        Action::ReviewInBrowser => c
            .post(app.url(&format!("/claims/{claim}/review")))
            .form(&with_csrf(
                csrf,
                &[("status", "verified"), ("note", "checked"), ("version", &version)],
            ))
            .send(),
        Action::ReviewViaApi => c
            .post(app.url(&format!("/api/v1/claims/{claim}/review")))
            .bearer_auth(&who.token)
            .json(&json!({"status": "disputed", "note": "wrong", "version": version.parse::<i64>().unwrap()}))
            .send(),
        Action::OpenNewArticleForm => c.get(app.url("/articles/new")).send(),
        Action::AddArticle => c
            .post(app.url("/articles"))
            .form(&with_csrf(
                csrf,
                &[("title", "By form"), ("text", "The mayor said it rained.")],
            ))
            .send(),
        Action::AddArticleViaApi => c
            .post(app.url("/api/v1/articles"))
            .bearer_auth(&who.token)
            .json(&json!({"title": "By API", "text": "The mayor said it rained."}))
            .send(),
        Action::LoadSample => c
            .post(app.url("/sample"))
            .form(&[("csrf_token", csrf)])
            .send(),
        Action::ListAccounts => c.get(app.url("/admin/users")).send(),
        Action::CreateAccount => c
            .post(app.url("/admin/users"))
            .form(&with_csrf(
                csrf,
                &[
                    ("email", &format!("new.{}@example.org", who.role)),
                    ("name", "New Person"),
                    ("role", "viewer"),
                    ("mode", "invite"),
                ],
            ))
            .send(),
        Action::ChangeRole => c
            .post(app.url(&format!("/admin/users/{target}/role")))
            .form(&with_csrf(csrf, &[("role", "reviewer")]))
            .send(),
    }
    .await
    .unwrap()
}

async fn claim_version(app: &TestApp, claim: &str) -> i64 {
    let history: Value = app
        .get(&format!("/api/v1/claims/{claim}/history"))
        .await
        .json()
        .await
        .unwrap();
    history["history"].as_array().unwrap().len() as i64 + 1
}

/// What the database holds that an action could change: articles, decisions, accounts.
async fn snapshot(app: &TestApp, claim: &str) -> (usize, i64, String) {
    let articles: Value = app.get("/api/v1/articles").await.json().await.unwrap();
    let (_, accounts) = app.page("/admin/users").await;
    (
        articles["articles"].as_array().unwrap().len(),
        claim_version(app, claim).await,
        accounts,
    )
}

#[tokio::test]
async fn each_role_may_do_its_own_actions_and_is_refused_the_rest_with_403() {
    let app = spawn_app().await;
    let sample = app.load_sample().await;
    let claim = app.api_article(&sample).await["claims"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let target_email = app.add_user("viewer", "Target Person");
    let (_, accounts) = app.page("/admin/users").await;
    let target = target_id(&accounts, &target_email);
    let mut actors = Vec::new();
    for role in ROLES {
        let email = app.add_user(role, &format!("{role} actor"));
        let browser = app.login_as(&email).await;
        actors.push(Actor {
            role,
            browser,
            token: app.token_for(&email),
        });
    }
    for (action, least) in TABLE {
        for who in &actors {
            let before = snapshot(&app, &claim).await;
            let res = perform(&app, who, *action, &claim, &target, &sample).await;
            let allowed = rank(who.role) >= rank(least);
            if allowed {
                assert!(
                    res.status().is_success() || res.status().is_redirection(),
                    "{} may {action:?}: got {}",
                    who.role,
                    res.status()
                );
            } else {
                assert_eq!(
                    res.status(),
                    StatusCode::FORBIDDEN,
                    "{} may not {action:?}",
                    who.role
                );
                assert_eq!(
                    snapshot(&app, &claim).await,
                    before,
                    "a refused {action:?} changed nothing"
                );
            }
        }
    }
}

/// The id in the role form of the account with this e-mail on the accounts page.
fn target_id(accounts_page: &str, email: &str) -> String {
    let row = accounts_page
        .split("<tr")
        .find(|r| r.contains(email))
        .expect("the account is listed");
    let start = row.find("/admin/users/").unwrap() + "/admin/users/".len();
    row[start..].split('/').next().unwrap().to_string()
}
