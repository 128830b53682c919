//! Live article pages (Server-Sent Events): a change reaches a second client, presence is shared.

use std::time::Duration;

use crate::claim_helpers::claim;
use crate::helpers::spawn_app;

/// Reads the stream until `needle` appears (or fails after a few seconds).
async fn read_until(stream: &mut reqwest::Response, needle: &str) -> String {
    let mut seen = String::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while !seen.contains(needle) {
        let chunk = tokio::time::timeout_at(deadline, stream.chunk())
            .await
            .unwrap_or_else(|_| panic!("no {needle:?} within 5 s; got {seen:?}"))
            .expect("a chunk")
            .expect("the stream stays open");
        seen.push_str(&String::from_utf8_lossy(&chunk));
    }
    seen
}

#[tokio::test]
async fn a_review_by_one_client_reaches_another_clients_open_page() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    let watcher = app.browser_as("reviewer").await;
    let res = watcher
        .client
        .get(app.url(&format!("{path}/live")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "text/event-stream");
    let mut stream = res;
    read_until(&mut stream, "event: presence").await;

    let done = app
        .review_in_browser(&c.id, "disputed", "wrong date", c.version)
        .await;
    assert_eq!(done.status(), 303);
    let seen = read_until(&mut stream, "event: change").await;
    let data = seen
        .split("event: change\ndata: ")
        .nth(1)
        .unwrap()
        .lines()
        .next()
        .unwrap();
    let event: serde_json::Value = serde_json::from_str(data).unwrap();
    assert_eq!(event["claim"], c.id.as_str());
    assert_eq!(event["status"], "disputed");
    assert_eq!(event["version"], c.version + 1);
    assert_eq!(event["by"], "Ada Admin");
}

#[tokio::test]
async fn an_open_page_shows_who_else_is_viewing() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let res = app
        .client
        .get(app.url(&format!("{path}/live")))
        .send()
        .await
        .unwrap();
    let mut stream = res;
    let seen = read_until(&mut stream, "viewers").await;
    assert!(seen.contains(r#"{"viewers":["Ada Admin"]}"#), "{seen}");
    let (_, page) = app.page(&path).await;
    assert!(page.contains("Also viewing: Ada Admin"));
    assert!(page.contains(r#"<script src="/static/app.js" defer></script>"#));
    let (_, js) = app.page("/static/app.js").await;
    assert!(js.contains("EventSource"));
}

#[tokio::test]
async fn the_live_stream_of_an_unknown_article_is_a_404() {
    let app = spawn_app().await;
    let res = app
        .get("/articles/3f2b8c1e-6a0d-4c52-9d8e-0a1b2c3d4e5f/live")
        .await;
    assert_eq!(res.status(), 404);
}
