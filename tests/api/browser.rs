//! The article page in a real browser (headless Chromium over the DevTools protocol): keyboard triage,
//! focus, the aria-live announcements, a live update from someone else, and what a screen reader is given.
//! Skips loudly when Chromium is not installed (.ci/run installs the Debian package).

use serde_json::{Value, json};

use crate::cdp::{self, Chromium};
use crate::claim_helpers::{self, claim, post_form};
use crate::helpers::{PASSWORD, spawn_app};

/// Runs blocking browser steps off the async runtime, handing the browser back.
async fn steps(b: Chromium, f: impl FnOnce(&mut Chromium) + Send + 'static) -> Chromium {
    tokio::task::spawn_blocking(move || {
        let mut b = b;
        f(&mut b);
        b
    })
    .await
    .expect("the browser steps ran")
}

/// Signs in through the sign-in form, as a person would.
fn sign_in(b: &mut Chromium, base: &str, email: &str) {
    b.open(&format!("{base}/login"));
    b.eval(&format!(
        "document.getElementById('email').value = {}; \
         document.getElementById('password').value = {}; \
         document.querySelector('form').submit(); true",
        json!(email),
        json!(PASSWORD)
    ));
    b.wait_for(
        "location.pathname === '/'",
        "signing in lands on the home page",
    );
}

/// Whether the browser is there; if not, says so loudly (the test then passes without running).
fn chromium_or_skip() -> Option<std::path::PathBuf> {
    let found = cdp::find();
    if found.is_none() {
        eprintln!(
            "\n*** SKIPPED the browser test: chromium not found (/usr/bin/chromium or PATH). \
             Install the Debian package `chromium` (.ci/run does) to run it. ***\n"
        );
    }
    found
}

fn live_text(b: &mut Chromium) -> String {
    let text = b.eval("document.getElementById('live-updates').textContent");
    text.as_str().unwrap_or_default().to_string()
}

fn active_id(b: &mut Chromium) -> Value {
    b.eval("document.activeElement && document.activeElement.id")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reviewer_triages_claims_with_the_keyboard_and_hears_what_happened() {
    let Some(binary) = chromium_or_skip() else {
        return;
    };
    let _turn = cdp::ONE_AT_A_TIME.lock().await;
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let rita_email = app.add_user("reviewer", "Rita Reviewer");
    let email = rita_email.clone();
    let (first, second) = (claim(&app, &path, 0).await, claim(&app, &path, 1).await);
    let (base, article) = (app.address.clone(), path.clone());
    let (n, m) = (first.number, second.number);

    let b = tokio::task::spawn_blocking(move || Chromium::launch(&binary))
        .await
        .expect("chromium launched");
    let b = steps(b, move |b| {
        sign_in(b, &base, &email);
        b.open(&format!("{base}{article}"));
        b.wait_for("document.getElementById('article-page').dataset.connected", "the live stream opens");

        b.press("j");
        assert_eq!(active_id(b), json!(format!("claim-{n}")), "j focuses the first claim");
        b.press("n");
        assert_eq!(active_id(b), json!(format!("note-{n}")), "n goes to the claim's note");
        b.type_text("matches the ministry's statement");
        b.press("Escape");
        assert_eq!(active_id(b), json!(format!("claim-{n}")), "Escape returns to the claim");
        b.press("v");
        b.wait_for(
            &format!("document.getElementById('live-updates').textContent.includes('Claim {n} is now verified.')"),
            "the aria-live region announces the decision",
        );
        assert_eq!(active_id(b), json!(format!("claim-{n}")), "focus stays on the claim");
        assert_eq!(
            b.eval("document.activeElement.getAttribute('aria-label')"),
            json!(format!("Claim {n}, Verified")),
            "the focused claim's name says its new status"
        );
        let classes = b.eval(&format!("document.getElementById('claim-{n}').className"));
        assert!(classes.as_str().unwrap().contains("s-verified"), "{classes}");
        let mark = b.eval(&format!("document.getElementById('text-{n}').className"));
        assert_eq!(mark, json!("claim s-verified"), "the highlight in the text follows");

        b.press("j");
        b.press("d");
        b.wait_for(
            "document.getElementById('live-updates').textContent.includes('Disputed needs a note')",
            "d without a note says why it waits",
        );
        assert_eq!(active_id(b), json!(format!("note-{m}")), "and puts the cursor in the note");
        b.press("Escape");
        b.press("e");
        assert_eq!(active_id(b), json!(format!("ev-url-{m}")), "e opens the evidence form");
        b.press("Escape");
        b.press("k");
        assert_eq!(active_id(b), json!(format!("claim-{n}")), "k goes back a claim");
    })
    .await;

    let saved = app.api_article(&path).await;
    let saved = saved["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == first.id.as_str())
        .cloned()
        .unwrap();
    assert_eq!(
        saved["status"], "verified",
        "the decision is in the database"
    );
    assert_eq!(saved["note"], "matches the ministry's statement");

    let version = second.version.to_string();
    let res = post_form(
        &app,
        &format!("/claims/{}/notes", second.id),
        &[
            ("body", "asked the embassy for the transcript"),
            ("version", &version),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let rita = app.account_id(&rita_email);
    let version = (second.version + 1).to_string();
    let res = post_form(
        &app,
        &format!("/claims/{}/assign", second.id),
        &[("assignee", &rita), ("version", &version)],
    )
    .await;
    assert_eq!(res.status(), 303);
    let b = steps(b, move |b| {
        b.wait_for(
            &format!("document.getElementById('live-updates').textContent.includes('Ada Admin added a note to claim {m}.')"),
            "someone else's note is announced",
        );
        b.wait_for(
            &format!("document.getElementById('claim-{m}').textContent.includes('asked the embassy for the transcript')"),
            "the note appears in the claim's card without a reload",
        );
        b.wait_for(
            &format!("document.getElementById('claim-{m}').getAttribute('aria-label') === 'Claim {m}, Pending, assigned to Rita Reviewer'"),
            "someone else's assignment reaches the card",
        );
        assert!(live_text(b).contains(&format!("Ada Admin changed the assignment of claim {m}.")));
        b.press("?");
        assert_eq!(b.eval("document.getElementById('keys-help').hidden"), json!(false));
        assert_eq!(active_id(b), json!("keys-close"), "the key list takes the focus");
        b.press("Escape");
        assert_eq!(b.eval("document.getElementById('keys-help').hidden"), json!(true));
        assert_eq!(active_id(b), json!("keys-button"), "focus returns to its button");
        b.press("/");
        assert_eq!(active_id(b), json!("top-q"), "/ goes to the search field");
    })
    .await;
    drop(b);
}

/// Interactive roles a screen reader announces by name.
const NAMED_ROLES: [&str; 7] = [
    "button",
    "link",
    "textbox",
    "searchbox",
    "combobox",
    "checkbox",
    "radio",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_control_of_the_article_page_has_a_name_a_screen_reader_can_read() {
    let Some(binary) = chromium_or_skip() else {
        return;
    };
    let _turn = cdp::ONE_AT_A_TIME.lock().await;
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let email = app.add_user("editor", "Ed Editor");
    let base = app.address.clone();
    tokio::task::spawn_blocking(move || {
        let mut b = Chromium::launch(&binary);
        sign_in(&mut b, &base, &email);
        b.open(&format!("{base}{path}"));
        // Closed sections are hidden from screen readers; open them all to check every control.
        b.eval("document.querySelectorAll('details').forEach(d => d.open = true); true");
        let controls: Vec<Value> = b
            .accessibility_tree()
            .into_iter()
            .filter(|n| n["ignored"] != json!(true))
            .filter(|n| NAMED_ROLES.contains(&n["role"]["value"].as_str().unwrap_or("")))
            .collect();
        assert!(
            controls.len() > 50,
            "the editor's page has its forms: {}",
            controls.len()
        );
        let nameless: Vec<String> = controls
            .iter()
            .filter(|n| n["name"]["value"].as_str().unwrap_or("").trim().is_empty())
            .map(|n| format!("{} (node {})", n["role"]["value"], n["backendDOMNodeId"]))
            .collect();
        let unlabeled = b.eval(
            "[...document.querySelectorAll('input:not([type=hidden]), select, textarea')] \
             .filter(e => !e.labels.length && !e.getAttribute('aria-label')) \
             .map(e => e.outerHTML.slice(0, 100))",
        );
        assert!(
            nameless.is_empty(),
            "controls without a name: {nameless:?}; {unlabeled}"
        );
        let live = b
            .accessibility_tree()
            .into_iter()
            .filter(|n| {
                n["properties"].as_array().is_some_and(|ps| {
                    ps.iter()
                        .any(|p| p["name"] == "live" && p["value"]["value"] == "polite")
                })
            })
            .count();
        assert!(live >= 1, "an aria-live region announces updates");
        let positive = b.eval(
            "[...document.querySelectorAll('[tabindex]')].filter(e => e.tabIndex > 0).length",
        );
        assert_eq!(
            positive,
            json!(0),
            "no positive tabindex: focus follows the page order"
        );
        b.press("Tab");
        assert_eq!(
            b.eval("document.activeElement.textContent"),
            json!("Skip to content"),
            "the first Tab reaches the skip link"
        );
    })
    .await
    .expect("the browser steps ran");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_change_is_read_out_and_a_stale_one_opens_the_conflict_page() {
    let Some(binary) = chromium_or_skip() else {
        return;
    };
    let _turn = cdp::ONE_AT_A_TIME.lock().await;
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let email = app.add_user("reviewer", "Rita Reviewer");
    let first = claim(&app, &path, 0).await;
    let (base, article, n) = (app.address.clone(), path.clone(), first.number);
    let older = first.version - 1;
    tokio::task::spawn_blocking(move || {
        let mut b = Chromium::launch(&binary);
        sign_in(&mut b, &base, &email);
        b.open(&format!("{base}{article}"));
        b.press("j");
        b.press("v");
        b.wait_for(
            "document.getElementById('live-updates').textContent.includes('Not saved: ')",
            "verified without evidence or a note is refused out loud",
        );
        let classes = b.eval(&format!("document.getElementById('claim-{n}').className"));
        assert!(classes.as_str().unwrap().contains("s-pending"), "{classes}");

        // The page was opened at an older version (as if a change never reached it).
        b.eval(&format!(
            "document.querySelectorAll('#claim-{n} input[name=version]').forEach(i => i.value = '{older}'); true"
        ));
        b.press("n");
        b.type_text("the date is wrong");
        b.press("Escape");
        b.press("d");
        b.wait_for(
            "document.querySelector('h1') && document.querySelector('h1').textContent.includes('was changed by someone else')",
            "a stale change shows the conflict page",
        );
    })
    .await
    .expect("the browser steps ran");
    let saved = claim_helpers::claim_json(&app, &path, &first.id)
        .await
        .expect("the claim");
    assert_eq!(saved["status"], "pending", "nothing was applied");
}
