//! First start, invitations, the account page: the setup link makes the first admin once; an admin
//! invites people; everyone changes their password and manages their own API tokens.

use claimdesk::config::Config;
use claimdesk::startup::Application;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{PASSWORD, csrf_field, new_client, spawn_app, spawn_empty_app, with_csrf};

#[tokio::test]
async fn the_setup_link_creates_the_first_admin_once() {
    let app = spawn_empty_app().await;
    let link = app
        .setup_link
        .clone()
        .expect("serve prints a setup link on an empty instance");
    let token = link.split("token=").nth(1).unwrap().to_string();
    let browser = new_client();
    assert_eq!(
        browser.get(app.url("/")).send().await.unwrap().status(),
        StatusCode::SEE_OTHER
    );
    let form = browser.get(&link).send().await.unwrap();
    assert_eq!(form.status(), StatusCode::OK);
    let csrf = csrf_field(&form.text().await.unwrap());
    let fields = [
        ("csrf_token", csrf.as_str()),
        ("token", token.as_str()),
        ("email", "ada@example.org"),
        ("name", "Ada Admin"),
        ("password", PASSWORD),
        ("confirm", PASSWORD),
    ];
    let short = [("password", "short"), ("confirm", "short")];
    let mut too_short = fields.to_vec();
    too_short.retain(|(k, _)| *k != "password" && *k != "confirm");
    too_short.extend(short);
    let res = browser
        .post(app.url("/setup"))
        .form(&too_short)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("at least 10 characters"));

    let res = browser
        .post(app.url("/setup"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (status, home) = {
        let r = browser.get(app.url("/")).send().await.unwrap();
        (r.status(), r.text().await.unwrap())
    };
    assert_eq!(status, StatusCode::OK);
    assert!(
        home.contains("Ada Admin") && home.contains("/admin/users"),
        "signed in as the admin"
    );

    // the link is used up, and /setup is closed once an account exists
    let again = new_client().get(&link).send().await.unwrap();
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    assert_eq!(again.headers()["location"], "/login");
}

#[tokio::test]
async fn an_invited_person_chooses_a_password_through_a_single_use_link() {
    let app = spawn_app().await;
    let fields = [
        ("email", "ivy@example.org"),
        ("name", "Ivy Invited"),
        ("role", "reviewer"),
        ("mode", "invite"),
    ];
    let res = app
        .client
        .post(app.url("/admin/users"))
        .form(&with_csrf(&app.csrf, &fields))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let page = res.text().await.unwrap();
    let start = page
        .find("/setup?token=")
        .expect("the page shows the invitation link");
    let link = page[start..].split('<').next().unwrap().to_string();
    let token = link.split("token=").nth(1).unwrap().to_string();

    let invited = new_client();
    let form = invited.get(app.url(&link)).send().await.unwrap();
    let body = form.text().await.unwrap();
    assert!(body.contains("Ivy Invited") && body.contains("ivy@example.org"));
    let csrf = csrf_field(&body);
    let set = [
        ("csrf_token", csrf.as_str()),
        ("token", &token),
        ("password", PASSWORD),
        ("confirm", PASSWORD),
    ];
    let res = invited
        .post(app.url("/setup"))
        .form(&set)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let home = invited
        .get(app.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("Ivy Invited"));
    // once only
    let reuse = new_client().get(app.url(&link)).send().await.unwrap();
    assert_eq!(reuse.status(), StatusCode::SEE_OTHER);
    let browser = app.login_page().await;
    let res = app
        .submit_login(&browser, "ivy@example.org", PASSWORD)
        .await;
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "Ivy signs in with her password"
    );
}

#[tokio::test]
async fn changing_the_password_asks_the_current_one_and_signs_out_other_sessions() {
    let app = spawn_app().await;
    let email = app.add_user("viewer", "Vic Viewer");
    let here = app.login_as(&email).await;
    let elsewhere = app.login_as(&email).await;
    let new = "a brand new passphrase";
    let wrong = [
        ("current", "not my password"),
        ("password", new),
        ("confirm", new),
    ];
    let res = here
        .client
        .post(app.url("/account/password"))
        .form(&with_csrf(&here.csrf, &wrong))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("current password is wrong")
    );

    let right = [("current", PASSWORD), ("password", new), ("confirm", new)];
    let res = here
        .client
        .post(app.url("/account/password"))
        .form(&with_csrf(&here.csrf, &right))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        here.client.get(app.url("/")).send().await.unwrap().status(),
        StatusCode::OK
    );
    assert_eq!(
        elsewhere
            .client
            .get(app.url("/"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::SEE_OTHER
    );
    let browser = app.login_page().await;
    assert_eq!(
        app.submit_login(&browser, &email, new).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn an_api_token_is_shown_once_acts_with_its_owners_role_and_can_be_revoked() {
    let app = spawn_app().await;
    let viewer = app.browser_as("viewer").await;
    let res = viewer
        .client
        .post(app.url("/account/tokens"))
        .form(&with_csrf(&viewer.csrf, &[("name", "laptop")]))
        .send()
        .await
        .unwrap();
    let page = res.text().await.unwrap();
    let start = page.find("cdt_").expect("the new token is shown");
    let token: String = page[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let account = viewer
        .client
        .get(app.url("/account"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        account.contains("laptop") && !account.contains(&token),
        "listed, never shown again"
    );

    let api = new_client();
    let list = api
        .get(app.url("/api/v1/articles"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(list.status(), StatusCode::OK);
    let body = serde_json::json!({"title": "T", "text": "The mayor said it rained."});
    let create = api
        .post(app.url("/api/v1/articles"))
        .bearer_auth(&token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        create.status(),
        StatusCode::FORBIDDEN,
        "a viewer's token cannot add articles"
    );
    assert!(
        create.json::<Value>().await.unwrap()["error"]
            .as_str()
            .unwrap()
            .contains("viewer")
    );

    let id = account
        .split("/account/tokens/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap();
    let res = viewer
        .client
        .post(app.url(&format!("/account/tokens/{id}/revoke")))
        .form(&[("csrf_token", &viewer.csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let list = api
        .get(app.url("/api/v1/articles"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(list.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn sessions_survive_a_restart_unless_the_configured_key_changes() {
    let app = spawn_app().await;
    let cookie = {
        let browser = app.login_page().await;
        let email = app.add_user("viewer", "Vic Viewer");
        let res = app.submit_login(&browser, &email, PASSWORD).await;
        let set = res.headers()["set-cookie"].to_str().unwrap().to_string();
        set.split(';').next().unwrap().to_string()
    };
    let restarted = Application::build(Config::new(&app.db_path, "127.0.0.1:0")).unwrap();
    let url = format!("http://127.0.0.1:{}/", restarted.port());
    tokio::spawn(restarted.run_until_stopped());
    let res = new_client()
        .get(&url)
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "the stored key still signs the cookie"
    );

    let mut config = Config::new(&app.db_path, "127.0.0.1:0");
    config.session_key = Some("ab".repeat(32));
    config.secure_cookies = true;
    let rekeyed = Application::build(config).unwrap();
    let base = format!("http://127.0.0.1:{}", rekeyed.port());
    tokio::spawn(rekeyed.run_until_stopped());
    let res = new_client()
        .get(format!("{base}/"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "a new key invalidates old cookies"
    );
    let login = new_client()
        .get(format!("{base}/login"))
        .send()
        .await
        .unwrap();
    let set = login.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(set.ends_with("; Secure"), "Secure when configured: {set}");
}
