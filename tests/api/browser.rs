//! The article page in a real browser (headless Chromium over the DevTools protocol): keyboard triage,
//! focus, the aria-live announcements and live updates from someone else; and the helpers the other
//! browser tests share. Skips loudly when Chromium is not installed (.ci/run installs the Debian package).

use serde_json::{Value, json};

use crate::cdp::{self, Chromium};
use crate::claim_helpers::{claim, claim_json, post_form};
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
pub fn sign_in(b: &mut Chromium, base: &str, email: &str) {
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
pub fn chromium_or_skip() -> Option<std::path::PathBuf> {
    let found = cdp::find();
    if found.is_none() {
        eprintln!(
            "\n*** SKIPPED the browser test: chromium not found ($CHROMIUM, /usr/bin/chromium or PATH). \
             Install the Debian package `chromium` (.ci/run does) to run it. ***\n"
        );
    }
    found
}

/// Launches Chromium, signs in as `email` and opens the article page at `article` until its live
/// stream is connected.
pub async fn open_live_page(
    binary: std::path::PathBuf,
    base: String,
    email: String,
    article: String,
) -> Chromium {
    tokio::task::spawn_blocking(move || {
        let mut b = Chromium::launch(&binary);
        sign_in(&mut b, &base, &email);
        b.open(&format!("{base}{article}"));
        b.wait_for(
            "document.getElementById('article-page').dataset.connected",
            "the live stream opens",
        );
        b
    })
    .await
    .expect("the browser opened the page")
}

pub fn live_text(b: &mut Chromium) -> String {
    let text = b.eval("document.getElementById('live-updates').textContent");
    text.as_str().unwrap_or_default().to_string()
}

pub fn active_id(b: &mut Chromium) -> Value {
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
        let counts = b.eval("document.querySelector('.summary .count.s-verified').textContent");
        assert_eq!(counts, json!("✓ 1 verified"), "the counts at the top follow");
        let bar = b.eval("document.querySelector('.summary .progress').getAttribute('aria-label')");
        assert!(bar.as_str().unwrap().starts_with("1 verified, 0 disputed"), "{bar}");

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
        let shown = "getComputedStyle(document.getElementById('keys-help')).display !== 'none'";
        assert_eq!(b.eval(shown), json!(true), "? shows the key list");
        assert_eq!(active_id(b), json!("keys-close"), "the key list takes the focus");
        b.press("Escape");
        assert_eq!(b.eval(shown), json!(false), "Escape hides it");
        assert_eq!(active_id(b), json!("keys-button"), "focus returns to its button");
        b.press("/");
        assert_eq!(active_id(b), json!("top-q"), "/ goes to the search field");
    })
    .await;

    let source = claim_json(&app, &path, &second.id)
        .await
        .expect("the claim")["source"]["name"]
        .as_str()
        .expect("a named source")
        .to_string();
    let renamed = format!("{source} (renamed)");
    let res = post_form(
        &app,
        &format!("{path}/rename-source"),
        &[("from", &source), ("to", &renamed)],
    )
    .await;
    assert_eq!(res.status(), 303);
    let b = steps(b, move |b| {
        b.wait_for(
            &format!(
                "document.querySelector('#claim-{m} .attribution .source').textContent === {}",
                json!(renamed)
            ),
            "a source renamed across the article reaches the open cards",
        );
    })
    .await;
    drop(b);
}
