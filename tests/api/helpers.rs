//! Spawning the app on port 0 with a temporary database, and helpers named after what a user does.

use claimdesk::auth::password::{self, Password};
use claimdesk::auth::service;
use claimdesk::config::Config;
use claimdesk::db::Db;
use claimdesk::domain::{DisplayName, Email, Role};
use claimdesk::startup::Application;
use reqwest::{Client, RequestBuilder, Response, StatusCode, redirect};
use serde_json::Value;

/// The password every test account gets.
pub const PASSWORD: &str = "correct horse battery staple";

/// A running app with its own database, and a browser-like client (signed in as an admin unless the
/// app was spawned empty) that does not follow redirects.
pub struct TestApp {
    pub address: String,
    pub client: Client,
    /// The CSRF token of `client`'s session (for hand-built forms).
    pub csrf: String,
    /// An API token of the same admin.
    pub api_token: String,
    pub db_path: std::path::PathBuf,
    /// The first-admin link `serve` prints (only on an app spawned empty).
    pub setup_link: Option<String>,
    db: Db,
    _dir: tempfile::TempDir,
}

/// A browser signed in as someone: its cookie jar and the CSRF token its pages carry.
pub struct Browser {
    pub client: Client,
    pub csrf: String,
}

impl Browser {
    /// GETs `url` as this signed-in client and returns the body (panics on a transport error).
    pub async fn page_text(&self, url: &str) -> String {
        let res = self
            .client
            .get(url)
            .send()
            .await
            .expect("the request was sent");
        res.text().await.expect("a text body")
    }
}

/// A client like a browser: keeps cookies, does not follow redirects.
pub fn new_client() -> Client {
    Client::builder()
        .redirect(redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("a client")
}

/// Builds the app exactly as `serve` does, on a free port with a fresh database, with no account.
pub async fn spawn_empty_app() -> TestApp {
    spawn_empty_app_with(|_| {}).await
}

/// Like [`spawn_empty_app`], with a change to the configuration.
pub async fn spawn_empty_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let db_path = dir.path().join("test.db");
    let mut config = Config::new(&db_path, "127.0.0.1:0");
    configure(&mut config);
    let app = Application::build(config).expect("the app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let setup_link = app.setup_link().map(str::to_string);
    tokio::spawn(app.run_until_stopped());
    let db = Db::open(&db_path).expect("the test database opens");
    TestApp {
        address,
        client: new_client(),
        csrf: String::new(),
        api_token: String::new(),
        db_path,
        setup_link,
        db,
        _dir: dir,
    }
}

/// An app with one admin ("Ada Admin"), signed in on `client`, with an API token.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Like [`spawn_app`], with a change to the configuration (e.g. allowing fetches from loopback).
pub async fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    let mut app = spawn_empty_app_with(configure).await;
    let email = app.add_user("admin", "Ada Admin");
    let browser = app.login_as(&email).await;
    app.client = browser.client;
    app.csrf = browser.csrf;
    app.api_token = app.token_for(&email);
    app
}

impl TestApp {
    /// Creates an account directly in the database (as `claimdesk user add` does); returns its e-mail.
    pub fn add_user(&self, role: &str, name: &str) -> String {
        let email = format!("{}@example.org", name.to_lowercase().replace(' ', "."));
        self.add_account(role, name, &email)
    }

    /// Creates an account with this e-mail (so two accounts may share a display name); returns the e-mail.
    pub fn add_account(&self, role: &str, name: &str, email: &str) -> String {
        let email = email.to_string();
        let parsed_email = Email::parse(&email).expect("an e-mail");
        let name = DisplayName::parse(name).expect("a name");
        let role = Role::parse(role).expect("a role");
        let hash =
            password::hash(&Password::parse(PASSWORD.into()).expect("a password")).expect("a hash");
        self.db
            .run_blocking(|conn| {
                service::create_account(conn, &parsed_email, &name, role, Some(&hash))
            })
            .expect("the account is created");
        email
    }

    /// The account id of the account with this e-mail (as the admin's accounts page lists it).
    pub fn account_id(&self, email: &str) -> String {
        self.db
            .run_blocking(|conn| Ok(claimdesk::db::users::list(conn)?))
            .expect("the accounts")
            .into_iter()
            .find(|u| u.email == email)
            .map(|u| u.id.to_string())
            .expect("an account with this e-mail")
    }

    /// A new API token for the account with this e-mail (as `claimdesk token create` does).
    pub fn token_for(&self, email: &str) -> String {
        let email = Email::parse(email).expect("an e-mail");
        self.db
            .run_blocking(|conn| service::create_token_for_email(conn, &email, "tests"))
            .expect("a token")
    }

    /// Opens the sign-in page in a fresh browser and returns it with the form's CSRF token.
    pub async fn login_page(&self) -> Browser {
        let client = new_client();
        let page = client
            .get(self.url("/login"))
            .send()
            .await
            .expect("GET /login");
        assert_eq!(page.status(), StatusCode::OK);
        let csrf = csrf_field(&page.text().await.expect("a body"));
        Browser { client, csrf }
    }

    /// Submits the sign-in form from `browser`.
    pub async fn submit_login(&self, browser: &Browser, email: &str, password: &str) -> Response {
        self.login_request(browser, email, password)
            .send()
            .await
            .expect("POST /login")
    }

    /// The sign-in form from `browser`, ready to send (a test may add headers first).
    pub fn login_request(&self, browser: &Browser, email: &str, password: &str) -> RequestBuilder {
        browser.client.post(self.url("/login")).form(&[
            ("csrf_token", browser.csrf.as_str()),
            ("email", email),
            ("password", password),
        ])
    }

    /// Signs in a fresh browser with the test password; returns it with its session's CSRF token.
    pub async fn login_as(&self, email: &str) -> Browser {
        let browser = self.login_page().await;
        let res = self.submit_login(&browser, email, PASSWORD).await;
        assert_eq!(
            res.status(),
            StatusCode::SEE_OTHER,
            "signing in as {email} works"
        );
        let home = browser
            .client
            .get(self.url("/"))
            .send()
            .await
            .expect("GET /");
        let csrf = csrf_field(&home.text().await.expect("a body"));
        Browser {
            client: browser.client,
            csrf,
        }
    }

    /// Creates an account with `role` and signs it in.
    pub async fn browser_as(&self, role: &str) -> Browser {
        let email = self.add_user(role, &format!("{role} person"));
        self.login_as(&email).await
    }

    /// A POST to the API authenticated with the admin's token.
    pub fn api_post(&self, path: &str) -> RequestBuilder {
        self.client
            .post(self.url(path))
            .bearer_auth(&self.api_token)
    }

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
            .form(&with_csrf(&self.csrf, fields))
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
            .form(&[("csrf_token", &self.csrf)])
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
            .form(&[
                ("csrf_token", self.csrf.as_str()),
                ("status", status),
                ("note", note),
                ("version", &version),
            ])
            .send()
            .await
            .expect("POST review")
    }

    /// Reviews a claim through the API.
    pub async fn review_via_api(&self, claim_id: &str, body: Value) -> Response {
        self.api_post(&format!("/api/v1/claims/{claim_id}/review"))
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

/// The value of the first hidden `csrf_token` field of a page.
pub fn csrf_field(html: &str) -> String {
    let marker = r#"name="csrf_token" value=""#;
    let start = html.find(marker).expect("the page has a CSRF field") + marker.len();
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Form fields with the CSRF token first.
pub fn with_csrf<'a>(csrf: &'a str, fields: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut all = vec![("csrf_token", csrf)];
    all.extend_from_slice(fields);
    all
}
