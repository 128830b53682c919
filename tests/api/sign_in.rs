//! Signing in and out: one message for a wrong e-mail or password, throttling, cookies, sessions that
//! end server-side, and deactivated accounts that stop at once.

use reqwest::StatusCode;
use reqwest::header::SET_COOKIE;

use crate::helpers::{PASSWORD, new_client, spawn_app};

fn session_cookie(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("claimdesk_session=") && !c.starts_with("claimdesk_session=;"))
        .map(str::to_string)
}

#[tokio::test]
async fn a_wrong_email_and_a_wrong_password_get_the_same_answer() {
    let app = spawn_app().await;
    let email = app.add_user("reviewer", "Rita Reviewer");
    let browser = app.login_page().await;
    let wrong_password = app.submit_login(&browser, &email, "not the password").await;
    let wrong_email = app
        .submit_login(&browser, "nobody@example.org", "not the password")
        .await;
    assert_eq!(wrong_password.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(wrong_email.status(), StatusCode::UNAUTHORIZED);
    let a = wrong_password.text().await.unwrap().replace(&email, "E");
    let b = wrong_email
        .text()
        .await
        .unwrap()
        .replace("nobody@example.org", "E");
    assert_eq!(a, b, "the pages differ only by the e-mail typed");
    assert!(a.contains("wrong e-mail or password"));
}

#[tokio::test]
async fn after_five_failures_even_the_right_password_gets_429() {
    let app = spawn_app().await;
    let email = app.add_user("reviewer", "Rita Reviewer");
    let browser = app.login_page().await;
    for i in 0..5 {
        let res = app
            .submit_login(&browser, &email, &format!("guess number {i}"))
            .await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "failure {i}");
    }
    let res = app.submit_login(&browser, &email, PASSWORD).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("try again in 15 minutes")
    );
    assert!(
        app.get("/").await.status().is_success(),
        "other sessions are unaffected"
    );
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_lax_and_renewed_at_every_sign_in() {
    let app = spawn_app().await;
    let email = app.add_user("viewer", "Vic Viewer");
    let browser = app.login_page().await;
    let first = app.submit_login(&browser, &email, PASSWORD).await;
    let cookie = session_cookie(&first).expect("a session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "not Secure unless configured for HTTPS"
    );
    // signing in again from the same browser gets a new session id, and the old one is dead
    let page = browser.client.get(app.url("/login")).send().await.unwrap();
    let csrf = crate::helpers::csrf_field(&page.text().await.unwrap());
    let again = browser
        .client
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", &email),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let renewed = session_cookie(&again).expect("a new session cookie");
    let value = |c: &str| c.split(';').next().unwrap().to_string();
    assert_ne!(value(&cookie), value(&renewed));
    let replay = new_client()
        .get(app.url("/"))
        .header("cookie", value(&cookie))
        .send()
        .await
        .unwrap();
    assert_eq!(
        replay.status(),
        StatusCode::SEE_OTHER,
        "the old session no longer works"
    );
}

#[tokio::test]
async fn logout_ends_the_session_on_the_server() {
    let app = spawn_app().await;
    let email = app.add_user("viewer", "Vic Viewer");
    let browser = app.login_page().await;
    let res = app.submit_login(&browser, &email, PASSWORD).await;
    let cookie = session_cookie(&res)
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let home = browser.client.get(app.url("/")).send().await.unwrap();
    let csrf = crate::helpers::csrf_field(&home.text().await.unwrap());
    let out = browser
        .client
        .post(app.url("/logout"))
        .form(&[("csrf_token", csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    // a copy of the cookie kept elsewhere is useless now
    let replay = new_client()
        .get(app.url("/"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_deactivated_accounts_session_and_token_stop_working_at_once() {
    let app = spawn_app().await;
    let email = app.add_user("editor", "Ed Editor");
    let browser = app.login_as(&email).await;
    let token = app.token_for(&email);
    assert_eq!(
        browser
            .client
            .get(app.url("/"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    let api = new_client()
        .get(app.url("/api/v1/articles"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), StatusCode::OK);

    let (_, accounts) = app.page("/admin/users").await;
    let row = accounts.split("<tr").find(|r| r.contains(&email)).unwrap();
    let id = row
        .split("/admin/users/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap();
    let res = app
        .client
        .post(app.url(&format!("/admin/users/{id}/deactivate")))
        .form(&[("csrf_token", &app.csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    let page = browser.client.get(app.url("/")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::SEE_OTHER, "the session is over");
    let api = new_client()
        .get(app.url("/api/v1/articles"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(
        api.status(),
        StatusCode::UNAUTHORIZED,
        "the token is refused"
    );
    let again = app.login_page().await;
    let res = app.submit_login(&again, &email, PASSWORD).await;
    assert_eq!(
        res.status(),
        StatusCode::UNAUTHORIZED,
        "and it cannot sign in again"
    );
    let (_, accounts) = app.page("/admin/users").await;
    assert!(
        accounts.contains("Ed Editor") && accounts.contains("deactivated"),
        "it stays listed"
    );
}

#[tokio::test]
async fn a_next_parameter_cannot_send_a_user_to_another_site() {
    let app = spawn_app().await;
    let email = app.add_user("viewer", "Vic Viewer");
    let browser = app.login_page().await;
    let res = browser
        .client
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", browser.csrf.as_str()),
            ("email", &email),
            ("password", PASSWORD),
            ("next", "//evil.example/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/");
}

/// Tries to sign in as `email` from `browser`, through a proxy that says it forwards for `client`.
async fn login_forwarded(
    app: &crate::helpers::TestApp,
    browser: &crate::helpers::Browser,
    email: &str,
    password: &str,
    client: &str,
) -> StatusCode {
    app.login_request(browser, email, password)
        .header("X-Forwarded-For", client)
        .send()
        .await
        .unwrap()
        .status()
}

/// Five failed sign-ins (five different e-mails) forwarded for 203.0.113.5, then the right password for
/// a real account from that address and from 203.0.113.6: the two statuses.
async fn after_five_failures_from_one_forwarded_address(
    app: &crate::helpers::TestApp,
) -> (StatusCode, StatusCode) {
    let email = app.add_user("reviewer", "Rita Reviewer");
    let browser = app.login_page().await;
    for i in 0..5 {
        let status = login_forwarded(
            app,
            &browser,
            &format!("guess{i}@example.org"),
            "wrong",
            "203.0.113.5",
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "failure {i}");
    }
    let same = login_forwarded(app, &browser, &email, PASSWORD, "198.51.100.1, 203.0.113.5").await;
    let other = login_forwarded(app, &browser, &email, PASSWORD, "203.0.113.6").await;
    (same, other)
}

#[tokio::test]
async fn behind_a_trusted_proxy_failures_count_against_the_forwarded_client_not_the_proxy() {
    let app = crate::helpers::spawn_app_with(|c| {
        c.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;
    let (same, other) = after_five_failures_from_one_forwarded_address(&app).await;
    assert_eq!(
        same,
        StatusCode::TOO_MANY_REQUESTS,
        "the failing client is held back"
    );
    assert_eq!(
        other,
        StatusCode::SEE_OTHER,
        "another client behind the proxy signs in"
    );
}

#[tokio::test]
async fn without_a_trusted_proxy_a_forwarded_for_header_is_not_believed() {
    let app = spawn_app().await;
    let (same, other) = after_five_failures_from_one_forwarded_address(&app).await;
    assert_eq!(same, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        other,
        StatusCode::TOO_MANY_REQUESTS,
        "a client cannot dodge the count by writing its own header"
    );
}
