//! Live pages tell accounts apart by id, not by display name: two people called the same still see each
//! other's changes and each other in the presence line.

use serde_json::Value;

use crate::browser::{chromium_or_skip, open_live_page};
use crate::cdp;
use crate::claim_helpers::{claim, post_form_as};
use crate::helpers::{TestApp, spawn_app};
use crate::live::{change_data, read_until, watch};

/// Two reviewer accounts both named "Sam Same", signed in: (first's e-mail, second's e-mail).
pub fn two_sams(app: &TestApp) -> (String, String) {
    (
        app.add_account("reviewer", "Sam Same", "sam.one@example.org"),
        app.add_account("reviewer", "Sam Same", "sam.two@example.org"),
    )
}

/// The last `presence` data in `seen`.
fn last_presence(seen: &str) -> Value {
    let data = seen
        .rsplit("event: presence\ndata: ")
        .next()
        .and_then(|d| d.lines().next())
        .expect("a presence event");
    serde_json::from_str(data).expect("JSON data")
}

#[tokio::test]
async fn a_change_names_its_actor_by_account_id_so_a_namesake_sees_it_as_someone_elses() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let (one_email, two_email) = two_sams(&app);
    let (one_id, two_id) = (app.account_id(&one_email), app.account_id(&two_email));
    let one = app.login_as(&one_email).await;
    let two = app.login_as(&two_email).await;

    let page = two.page_text(&app.url(&path)).await;
    assert!(
        page.contains(&format!("data-me-id=\"{two_id}\"")),
        "the page knows whose it is"
    );
    let mut stream = watch(&app, &two.client, &path).await;

    let c = claim(&app, &path, 1).await;
    let version = c.version.to_string();
    let res = post_form_as(
        &app,
        &one,
        &format!("/claims/{}/notes", c.id),
        &[("body", "checked with the agency"), ("version", &version)],
    )
    .await;
    assert_eq!(res.status(), 303);
    let event = change_data(&read_until(&mut stream, "event: change").await);
    assert_eq!(event["by"], "Sam Same");
    assert_eq!(event["by_id"], one_id.as_str());
    assert_ne!(
        event["by_id"],
        two_id.as_str(),
        "not the watcher's own change"
    );
}

#[tokio::test]
async fn presence_lists_each_account_once_with_its_id_even_when_two_share_a_name() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let (one_email, two_email) = two_sams(&app);
    let (one_id, two_id) = (app.account_id(&one_email), app.account_id(&two_email));
    let one = app.login_as(&one_email).await;
    let two = app.login_as(&two_email).await;
    let live = app.url(&format!("{path}/live"));
    let mut first = one.client.get(&live).send().await.unwrap();
    read_until(&mut first, "event: presence").await;
    let _second = two.client.get(&live).send().await.unwrap();
    let seen = read_until(&mut first, &two_id).await;

    let presence = last_presence(&seen);
    let mut ids: Vec<&str> = presence["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .map(|a| {
            assert_eq!(a["name"], "Sam Same");
            a["id"].as_str().expect("an id")
        })
        .collect();
    ids.sort();
    let mut want = vec![one_id.as_str(), two_id.as_str()];
    want.sort();
    assert_eq!(ids, want, "both namesakes are there, each once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_browser_a_namesakes_change_is_announced_and_the_namesake_is_listed_as_viewing() {
    let Some(binary) = chromium_or_skip() else {
        return;
    };
    let _turn = cdp::ONE_AT_A_TIME.lock().await;
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let (one_email, two_email) = two_sams(&app);
    let one = app.login_as(&one_email).await;
    let c = claim(&app, &path, 1).await;
    let n = c.number;
    let (base, article) = (app.address.clone(), path.clone());
    let b = open_live_page(binary, base, two_email, article).await;

    let _stream = watch(&app, &one.client, &path).await;
    let version = c.version.to_string();
    let res = post_form_as(
        &app,
        &one,
        &format!("/claims/{}/notes", c.id),
        &[("body", "checked with the agency"), ("version", &version)],
    )
    .await;
    assert_eq!(res.status(), 303);
    let b = tokio::task::spawn_blocking(move || {
        let mut b = b;
        b.wait_for(
            &format!("document.getElementById('live-updates').textContent.includes('Sam Same added a note to claim {n}.')"),
            "the namesake's note is announced as someone else's",
        );
        b.wait_for(
            &format!("document.getElementById('claim-{n}').classList.contains('changed')"),
            "and the card is marked as changed by someone else",
        );
        b.wait_for(
            "document.getElementById('presence').textContent === 'Also viewing: Sam Same'",
            "the namesake is listed as viewing, the reader is not",
        );
        b
    })
    .await
    .expect("the browser saw the change");
    drop(b);
}
