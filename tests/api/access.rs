//! Nobody without an account reads or changes anything: every route in the route table but the public
//! ones refuses an anonymous request; every response carries the security headers.

use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helpers::{TestApp, csrf_field, new_client, spawn_app};

/// The only routes anyone may use (the list: sign-in, health check, static files); `/setup` is
/// not here: once an account exists it is as closed as the rest.
fn is_public(path: &str) -> bool {
    matches!(path, "/login" | "/healthz") || path.starts_with("/static/")
}

/// An anonymous visitor who opened the sign-in page: has the anonymous cookie and a valid form token,
/// so a refusal below is for being anonymous, not for a missing CSRF token.
async fn anonymous_browser(app: &TestApp) -> (reqwest::Client, String) {
    let client = new_client();
    let page = client.get(app.url("/login")).send().await.unwrap();
    let csrf = csrf_field(&page.text().await.unwrap());
    (client, csrf)
}

#[tokio::test]
async fn every_route_except_login_health_and_static_refuses_an_anonymous_request() {
    let app = spawn_app().await;
    let (client, csrf) = anonymous_browser(&app).await;
    let routes = claimdesk::routes::PAGES
        .iter()
        .chain(claimdesk::routes::API);
    let mut checked = 0;
    for (method, pattern) in routes {
        if is_public(pattern) {
            continue;
        }
        let path = pattern
            .replace("{id}", "7f9c2a9e-3b1d-4f7a-9d3e-2f1a0b9c8d7e")
            .replace("/tokens/7f9c2a9e-3b1d-4f7a-9d3e-2f1a0b9c8d7e", "/tokens/1");
        let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
        let mut req = client.request(method.clone(), app.url(&path));
        if method == Method::POST {
            req = if path.starts_with("/api/") {
                req.json(&serde_json::json!({"title": "t", "text": "x", "status": "verified", "version": 1}))
            } else {
                req.form(&[("csrf_token", csrf.as_str()), ("title", "t"), ("text", "x")])
            };
        }
        let res = req.send().await.unwrap();
        if path.starts_with("/api/") {
            assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{method} {path}");
            let body: Value = res.json().await.unwrap();
            assert!(
                body["error"].is_string(),
                "{method} {path} answers a JSON error"
            );
        } else {
            assert_eq!(res.status(), StatusCode::SEE_OTHER, "{method} {path}");
            let location = res.headers()["location"].to_str().unwrap().to_string();
            assert!(
                location.starts_with("/login"),
                "{method} {path} sends to {location}"
            );
        }
        checked += 1;
    }
    assert!(checked >= 20, "the table was walked ({checked} routes)");
    // nothing was created on the way
    let articles: Value = app.get("/api/v1/articles").await.json().await.unwrap();
    assert_eq!(articles["articles"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn the_public_routes_answer_anonymous_requests() {
    let app = spawn_app().await;
    let public = claimdesk::routes::PAGES
        .iter()
        .filter(|(m, p)| *m == "get" && is_public(p));
    for (_, path) in public {
        let res = new_client().get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{path}");
    }
}

#[tokio::test]
async fn an_anonymous_page_view_returns_to_the_page_after_signing_in() {
    let app = spawn_app().await;
    let res = new_client()
        .get(app.url("/articles/new?x=1"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.headers()["location"],
        "/login?next=%2Farticles%2Fnew%3Fx%3D1"
    );
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    let anonymous = new_client();
    let responses = vec![
        app.get("/").await,
        app.get("/no/such/page").await,
        app.get("/static/app.css").await,
        app.get("/api/v1/articles").await,
        anonymous.get(app.url("/")).send().await.unwrap(),
        anonymous
            .get(app.url("/api/v1/articles"))
            .send()
            .await
            .unwrap(),
        anonymous.get(app.url("/login")).send().await.unwrap(),
        anonymous.post(app.url("/login")).send().await.unwrap(),
    ];
    for res in responses {
        let h = res.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'"),
            "{} {csp}",
            res.url()
        );
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{}", res.url());
        assert_eq!(h["referrer-policy"], "same-origin", "{}", res.url());
    }
}
