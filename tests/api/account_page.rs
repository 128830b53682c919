//! The account page and the session key: everyone changes their password and manages their own API
//! tokens; the key that signs sessions survives restarts and can be set by configuration.

use claimdesk::config::Config;
use claimdesk::startup::Application;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{PASSWORD, new_client, spawn_app, with_csrf};

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
    assert_eq!(
        res.headers()["cache-control"],
        "no-store",
        "the page with the secret is not cached"
    );
    let page = res.text().await.unwrap();
    let start = page.find("cdt_").expect("the new token is shown");
    let token: String = page[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let account = viewer.page_text(&app.url("/account")).await;
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
