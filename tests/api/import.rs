//! Importing articles the way reviewers find them: a URL, a saved page, or the same article twice,
//! through the API, the browser form and `claimdesk import`. Pages are served by a loopback server.

use std::io::{Read, Write};
use std::net::TcpListener;

use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

use crate::helpers::{TestApp, location, spawn_app, spawn_app_with};

const NEWS: &[u8] = include_bytes!("../../src/ingest/testdata/news.html");
const LATIN1: &[u8] = include_bytes!("../../src/ingest/testdata/latin1.html");
const TITLE: &str = "Harbour bridge reopens after two-year repair";

/// Serves `/article` (the news page) and 404 for anything else on 127.0.0.1; returns the base URL.
pub fn serve_pages() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        for mut stream in listener.incoming().take(20).flatten() {
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n")
                && stream.read(&mut byte).map(|n| n == 1).unwrap_or(false)
            {
                head.push(byte[0]);
            }
            let found = String::from_utf8_lossy(&head).starts_with("GET /article ");
            let (status, body) = if found {
                ("200 OK", NEWS)
            } else {
                ("404 Not Found", &b"gone"[..])
            };
            let reply = format!(
                "HTTP/1.1 {status}\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream
                .write_all(reply.as_bytes())
                .and_then(|_| stream.write_all(body));
        }
    });
    base
}

async fn app_fetching_from_loopback() -> TestApp {
    spawn_app_with(|config| config.fetch.addresses.allow_loopback = true).await
}

async fn post_api(app: &TestApp, body: Value) -> (StatusCode, Value) {
    let res = app
        .api_post("/api/v1/articles")
        .json(&body)
        .send()
        .await
        .expect("POST");
    let status = res.status();
    (status, res.json().await.expect("JSON"))
}

async fn import_form(app: &TestApp, form: Form) -> (StatusCode, String) {
    let res = app
        .client
        .post(app.url("/articles/import"))
        .multipart(form.text("csrf_token", app.csrf.clone()))
        .send()
        .await
        .expect("POST");
    let status = res.status();
    (status, res.text().await.expect("a page"))
}

fn file(name: &str, bytes: &[u8]) -> Form {
    Form::new().part(
        "file",
        Part::bytes(bytes.to_vec()).file_name(name.to_string()),
    )
}

#[tokio::test]
async fn an_article_posted_by_url_is_fetched_extracted_and_stored_once() {
    let app = app_fetching_from_loopback().await;
    let url = format!("{}/article", serve_pages());
    let (status, first) = post_api(&app, json!({ "url": url })).await;
    assert_eq!(status, StatusCode::CREATED, "{first}");
    assert_eq!(first["title"], TITLE);
    assert_eq!(first["duplicate"], false);
    let stored = app
        .api_article(&format!("/articles/{}", first["id"].as_str().expect("id")))
        .await;
    assert_eq!(stored["outlet"], "The Coastal Courier");
    assert_eq!(stored["published"], "2024-03-18");
    assert_eq!(stored["url"], url.as_str());
    assert!(
        stored["text"]
            .as_str()
            .expect("text")
            .contains("\n\nMayor Ilse Brandt told reporters")
    );
    let (status, again) = post_api(&app, json!({ "url": url })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (again["id"].clone(), again["duplicate"].clone()),
        (first["id"].clone(), json!(true))
    );
}

#[tokio::test]
async fn a_url_on_a_private_address_is_refused_unless_the_admin_allows_it() {
    let app = spawn_app().await;
    let (status, body) =
        post_api(&app, json!({ "url": format!("{}/article", serve_pages()) })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body["error"]
            .as_str()
            .expect("error")
            .starts_with("address not allowed"),
        "{body}"
    );
}

#[tokio::test]
async fn a_missing_page_says_not_found() {
    let app = app_fetching_from_loopback().await;
    let (status, body) = post_api(&app, json!({ "url": format!("{}/gone", serve_pages()) })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"], "page not found (HTTP 404)");
}

#[tokio::test]
async fn html_posted_to_the_api_keeps_the_article_and_drops_the_page_furniture() {
    let app = spawn_app().await;
    let html = String::from_utf8(NEWS.to_vec()).expect("utf-8 fixture");
    let (status, body) = post_api(&app, json!({ "html": html, "outlet": "Courier (print)" })).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let stored = app
        .api_article(&format!("/articles/{}", body["id"].as_str().expect("id")))
        .await;
    assert_eq!(
        stored["outlet"], "Courier (print)",
        "what the user typed wins"
    );
    let text = stored["text"].as_str().expect("text");
    assert!(text.starts_with("The harbour bridge reopened"));
    assert!(!text.contains("Read more") && !text.contains("Photo: Courier staff"));
}

#[tokio::test]
async fn html_without_an_article_is_refused_with_a_reason() {
    let app = spawn_app().await;
    let menu = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>";
    let (status, body) = post_api(&app, json!({ "html": menu })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"], "no article text found on this page");
}

#[tokio::test]
async fn the_same_text_posted_twice_offers_the_stored_article() {
    let app = spawn_app().await;
    let body =
        json!({ "title": "Bridge", "text": "The bridge reopened on Monday, officials said." });
    let (first_status, first) = post_api(&app, body.clone()).await;
    let (status, again) = post_api(&app, body).await;
    assert_eq!(
        (first_status, status),
        (StatusCode::CREATED, StatusCode::OK)
    );
    assert_eq!(again["id"], first["id"]);
}

#[tokio::test]
async fn an_uploaded_page_prefills_the_form_for_confirmation_and_saving_it_stores_it() {
    let app = spawn_app().await;
    let (status, page) = import_form(&app, file("bridge.html", NEWS)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(&format!("value=\"{TITLE}\"")),
        "title pre-filled"
    );
    assert!(
        page.contains("value=\"The Coastal Courier\""),
        "outlet pre-filled"
    );
    assert!(page.contains("value=\"2024-03-18\""), "date pre-filled");
    assert!(
        page.contains("value=\"Mara Lindqvist\""),
        "byline pre-filled"
    );
    assert!(
        page.contains("Check the title"),
        "the user is asked to confirm"
    );
    assert!(!page.contains("already in claimdesk"));
    let text = textarea(&page);
    assert!(
        text.starts_with("The harbour bridge reopened") && text.contains("\n\nMayor Ilse Brandt")
    );
    let confirm = [
        ("title", TITLE),
        ("outlet", "The Coastal Courier"),
        ("published", "2024-03-18"),
        ("text", &text),
    ];
    let path = app.paste_article(TITLE, &text).await;
    let stored = app.api_article(&path).await;
    assert_eq!(stored["text"], text.as_str());
    let again = app.post_article_form(&confirm).await;
    assert_eq!(
        location(&again),
        path,
        "saving the same text again goes to the stored article"
    );
}

/// The text of the form's textarea, unescaped.
fn textarea(page: &str) -> String {
    let start = page.find("<textarea id=\"text\"").expect("the text field");
    let body = &page[start..];
    let body =
        &body[body.find('>').expect("tag end") + 1..body.find("</textarea>").expect("closed")];
    body.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[tokio::test]
async fn importing_a_page_already_stored_links_to_the_stored_article() {
    let app = app_fetching_from_loopback().await;
    let url = format!("{}/article", serve_pages());
    let (_, first) = post_api(&app, json!({ "url": url })).await;
    let (status, page) = import_form(&app, Form::new().text("url", url)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("already in claimdesk"));
    assert!(
        !page.contains("Check the title"),
        "no invitation to add a copy"
    );
    assert!(page.contains(&format!("/articles/{}", first["id"].as_str().expect("id"))));
}

#[tokio::test]
async fn a_latin1_page_uploaded_through_the_form_reads_correctly() {
    let app = spawn_app().await;
    let (status, page) = import_form(&app, file("cafe.html", LATIN1)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Jürgen Müller"), "{page}");
}

#[tokio::test]
async fn a_pdf_or_an_empty_form_is_refused_on_the_form_with_a_reason() {
    let app = spawn_app().await;
    let (status, page) = import_form(&app, file("report.pdf", b"%PDF-1.7 ...")).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(page.contains("this is a PDF, not a web page"));
    let (status, page) = import_form(&app, Form::new().text("url", "")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("give a web address or choose a file to import"));
}
