//! Live article pages (Server-Sent Events): a change reaches a second client, presence is shared.

use std::time::Duration;

use crate::claim_helpers::{claim, post_form};
use crate::helpers::{TestApp, spawn_app};

/// Opens the article's live stream with `client` and waits for the first presence event, so a change
/// made afterwards is sure to be delivered on it.
pub async fn watch(app: &TestApp, client: &reqwest::Client, path: &str) -> reqwest::Response {
    let mut stream = client
        .get(app.url(&format!("{path}/live")))
        .send()
        .await
        .unwrap();
    read_until(&mut stream, "event: presence").await;
    stream
}

/// Reads the stream until `needle` appears (or fails after a few seconds).
pub async fn read_until(stream: &mut reqwest::Response, needle: &str) -> String {
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
    assert!(seen.contains(r#""viewers":["Ada Admin"]"#), "{seen}");
    let (_, page) = app.page(&path).await;
    assert!(
        !page.contains("Also viewing"),
        "her own open stream is not someone else viewing"
    );
    let (one_email, two_email) = crate::live_accounts::two_sams(&app);
    let one = app.login_as(&one_email).await;
    let two = app.login_as(&two_email).await;
    let _one_stream = watch(&app, &one.client, &path).await;
    let _two_stream = watch(&app, &two.client, &path).await;
    let page = one.page_text(&app.url(&path)).await;
    assert!(
        page.contains("Also viewing: Ada Admin, Sam Same<"),
        "the namesake is listed, not the viewer herself"
    );
    let (_, page) = app.page(&path).await;
    assert!(
        page.contains("Also viewing: Sam Same, Sam Same<"),
        "two accounts with one name are two viewers"
    );
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

/// The data of the first `event: change` frame in `seen`.
pub fn change_data(seen: &str) -> serde_json::Value {
    let data = seen
        .split("event: change\ndata: ")
        .nth(1)
        .expect("a change event")
        .lines()
        .next()
        .expect("its data line");
    serde_json::from_str(data).expect("JSON data")
}

#[tokio::test]
async fn a_note_by_one_client_reaches_another_clients_open_page_which_fetches_the_fresh_card() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 2).await;
    let watcher = app.browser_as("reviewer").await;
    let mut stream = watch(&app, &watcher.client, &path).await;

    let version = c.version.to_string();
    let res = post_form(
        &app,
        &format!("/claims/{}/notes", c.id),
        &[
            ("body", "the minister said so on 3 May"),
            ("version", &version),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let event = change_data(&read_until(&mut stream, "event: change").await);
    assert_eq!(event["claim"], c.id.as_str());
    assert_eq!(event["what"], "note");
    assert_eq!(event["version"], c.version + 1);
    assert_eq!(event["by"], "Ada Admin");

    // What the watcher's page then fetches: the card alone, with the note and the new version.
    let card = watcher
        .client
        .get(app.url(&format!("/claims/{}/card", c.id)))
        .send()
        .await
        .unwrap();
    assert_eq!(card.status(), 200);
    let card = card.text().await.unwrap();
    assert!(
        card.trim_start().starts_with("<li class=\"claim-card"),
        "{card}"
    );
    assert!(card.contains("the minister said so on 3 May"));
    assert!(card.contains(&format!("data-version=\"{}\"", c.version + 1)));
    assert!(!card.contains("<html"), "a fragment, not a page");
}

#[tokio::test]
async fn an_assignment_by_an_editor_reaches_open_pages_of_the_article() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let rita_email = app.add_user("reviewer", "Rita Reviewer");
    let rita_id = app.account_id(&rita_email);
    let mut stream = watch(&app, &app.client, &path).await;

    let c = claim(&app, &path, 0).await;
    let version = c.version.to_string();
    let claim_path = format!("/claims/{}/assign", c.id);
    let res = post_form(
        &app,
        &claim_path,
        &[("assignee", &rita_id), ("version", &version)],
    )
    .await;
    assert_eq!(res.status(), 303);
    let event = change_data(&read_until(&mut stream, "event: change").await);
    assert_eq!(event["what"], "assignment");

    let res = post_form(&app, &format!("{path}/assign"), &[("assignee", &rita_id)]).await;
    assert_eq!(res.status(), 303);
    let seen = read_until(&mut stream, "event: assign\n").await;
    let data = seen
        .split("event: assign\ndata: ")
        .nth(1)
        .and_then(|d| d.lines().next())
        .expect("the assign event's data");
    let event: serde_json::Value = serde_json::from_str(data).expect("JSON data");
    assert_eq!(event["assignee"], "Rita Reviewer");
    assert_eq!(event["assignee_id"], rita_id.as_str());
    assert_eq!(event["by"], "Ada Admin");
    assert_eq!(
        event["by_id"],
        app.account_id("ada.admin@example.org").as_str()
    );
}

#[tokio::test]
async fn the_card_of_a_removed_claim_is_gone() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    let version = c.version.to_string();
    let res = post_form(
        &app,
        &format!("/claims/{}/remove", c.id),
        &[("version", &version)],
    )
    .await;
    assert_eq!(res.status(), 303);
    let res = app.get(&format!("/claims/{}/card", c.id)).await;
    assert_eq!(res.status(), 404);
}
