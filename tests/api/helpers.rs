//! Spawning the app on port 0 with a temporary database, and helpers named after what a user does.

use claimdesk::config::Config;
use claimdesk::startup::Application;
use reqwest::{Client, Response, StatusCode, redirect};
use serde_json::Value;

/// A running app with its own database, and a browser-like client that does not follow redirects.
pub struct TestApp {
    pub address: String,
    pub client: Client,
    pub db_path: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

/// Builds the app exactly as `serve` does, on a free port with a fresh database.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Like [`spawn_app`], with a change to the configuration (e.g. allowing fetches from loopback).
pub async fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let db_path = dir.path().join("test.db");
    let mut config = Config::new(&db_path, "127.0.0.1:0");
    configure(&mut config);
    let app = Application::build(config).expect("the app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = Client::builder()
        .redirect(redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("a client");
    TestApp {
        address,
        client,
        db_path,
        _dir: dir,
    }
}

impl TestApp {
    /// The absolute URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// GET a page or file.
    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// GET a page and return its status and body.
    pub async fn page(&self, path: &str) -> (StatusCode, String) {
        let res = self.get(path).await;
        let status = res.status();
        (status, res.text().await.expect("a body"))
    }

    /// Submits the new-article form (URL-encoded).
    pub async fn post_article_form(&self, fields: &[(&str, &str)]) -> Response {
        self.client
            .post(self.url("/articles"))
            .form(fields)
            .send()
            .await
            .expect("POST /articles")
    }

    /// Adds an article through the form and returns its page path (`/articles/{id}`).
    pub async fn paste_article(&self, title: &str, text: &str) -> String {
        let res = self
            .post_article_form(&[("title", title), ("text", text)])
            .await;
        assert_eq!(
            res.status(),
            StatusCode::SEE_OTHER,
            "adding an article redirects to it"
        );
        location(&res)
    }

    /// Clicks "Load the sample article" and returns its page path.
    pub async fn load_sample(&self) -> String {
        let res = self
            .client
            .post(self.url("/sample"))
            .send()
            .await
            .expect("POST /sample");
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        location(&res)
    }

    /// The article as the API shows it.
    pub async fn api_article(&self, page_path: &str) -> Value {
        let id = page_path.trim_start_matches("/articles/");
        let res = self.get(&format!("/api/v1/articles/{id}")).await;
        assert_eq!(res.status(), StatusCode::OK);
        res.json().await.expect("JSON")
    }

    /// Presses a status button on the article page, with an optional note.
    pub async fn review_in_browser(
        &self,
        claim_id: &str,
        status: &str,
        note: &str,
        version: i64,
    ) -> Response {
        let version = version.to_string();
        self.client
            .post(self.url(&format!("/claims/{claim_id}/review")))
            .form(&[("status", status), ("note", note), ("version", &version)])
            .send()
            .await
            .expect("POST review")
    }

    /// Reviews a claim through the API.
    pub async fn review_via_api(&self, claim_id: &str, body: Value) -> Response {
        self.client
            .post(self.url(&format!("/api/v1/claims/{claim_id}/review")))
            .json(&body)
            .send()
            .await
            .expect("POST API review")
    }
}

/// The `Location` header of a redirect.
pub fn location(res: &Response) -> String {
    res.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("a Location header")
        .to_string()
}

/// The source names of an API article's claims (`"the article"` for unattributed ones).
pub fn source_names(article: &Value) -> Vec<String> {
    article["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .map(|c| {
            c["source"]["name"]
                .as_str()
                .unwrap_or("the article")
                .to_string()
        })
        .collect()
}
