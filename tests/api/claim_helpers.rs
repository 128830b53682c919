//! Helpers for the review-workflow tests: the sample's claims, posting claim forms.

use reqwest::Response;
use serde_json::Value;

use crate::helpers::{Browser, TestApp, with_csrf};

/// A claim as the API shows it: (id, number, version).
pub struct ClaimRef {
    pub id: String,
    pub number: u64,
    pub version: i64,
}

/// The `i`-th claim of the article at `path`, fresh from the API.
pub async fn claim(app: &TestApp, path: &str, i: usize) -> ClaimRef {
    let article = app.api_article(path).await;
    let c = &article["claims"][i];
    ClaimRef {
        id: c["id"].as_str().expect("an id").to_string(),
        number: c["number"].as_u64().expect("a number"),
        version: c["version"].as_i64().expect("a version"),
    }
}

/// The claim with `id` in the article at `path` (JSON), if it is live.
pub async fn claim_json(app: &TestApp, path: &str, id: &str) -> Option<Value> {
    let article = app.api_article(path).await;
    article["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .find(|c| c["id"] == id)
        .cloned()
}

/// Posts a form to `path`.
pub async fn post_form(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> Response {
    app.client
        .post(app.url(path))
        .form(&with_csrf(&app.csrf, fields))
        .send()
        .await
        .expect("POST")
}

/// Posts a form to `path` from another signed-in browser.
pub async fn post_form_as(
    app: &TestApp,
    who: &Browser,
    path: &str,
    fields: &[(&str, &str)],
) -> Response {
    who.client
        .post(app.url(path))
        .form(&with_csrf(&who.csrf, fields))
        .send()
        .await
        .expect("POST")
}
