//! More of the article page in a real browser: what a screen reader is given (names, live region, focus
//! order), and how refused and stale changes sent in place behave. Skips loudly without Chromium.

use serde_json::{Value, json};

use crate::browser::{chromium_or_skip, sign_in};
use crate::cdp::{self, Chromium};
use crate::claim_helpers::{claim, claim_json};
use crate::helpers::spawn_app;

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
    let saved = claim_json(&app, &path, &first.id).await.expect("the claim");
    assert_eq!(saved["status"], "pending", "nothing was applied");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_javascript_the_page_hides_script_only_controls_and_the_forms_still_work() {
    let Some(binary) = chromium_or_skip() else {
        return;
    };
    let _turn = cdp::ONE_AT_A_TIME.lock().await;
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let email = app.add_user("reviewer", "Rita Reviewer");
    let first = claim(&app, &path, 0).await;
    let (base, article, n) = (app.address.clone(), path.clone(), first.number);
    tokio::task::spawn_blocking(move || {
        let mut b = Chromium::launch(&binary);
        sign_in(&mut b, &base, &email);
        b.call("Emulation.setScriptExecutionDisabled", json!({ "value": true }));
        b.open(&format!("{base}{article}"));
        let shown = "getComputedStyle(document.getElementById('keys-button')).display !== 'none'";
        assert_eq!(
            b.eval("document.getElementById('keys-button').hidden"),
            json!(true),
            "the page's script did not run"
        );
        assert_eq!(b.eval(shown), json!(false), "no shortcut button without the script");
        b.eval(&format!(
            "document.getElementById('note-{n}').value = 'the port authority confirmed it'; \
             document.querySelector('#claim-{n} button[value=verified]').click(); true"
        ));
        b.wait_for(
            &format!("document.readyState === 'complete' && document.getElementById('claim-{n}') && document.getElementById('claim-{n}').className.includes('s-verified')"),
            "the ordinary form post reloads the page with the decision",
        );
    })
    .await
    .expect("the browser steps ran");
    let saved = claim_json(&app, &path, &first.id).await.expect("the claim");
    assert_eq!(saved["status"], "verified");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn evidence_added_from_the_keyboard_lets_v_verify_the_claim() {
    let Some(binary) = chromium_or_skip() else {
        return;
    };
    let _turn = cdp::ONE_AT_A_TIME.lock().await;
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let email = app.add_user("reviewer", "Rita Reviewer");
    let first = claim(&app, &path, 0).await;
    let (base, article, n) = (app.address.clone(), path.clone(), first.number);
    tokio::task::spawn_blocking(move || {
        let mut b = Chromium::launch(&binary);
        sign_in(&mut b, &base, &email);
        b.open(&format!("{base}{article}"));
        b.press("j");
        b.press("e");
        b.type_text("https://example.org/council-minutes");
        b.press("Tab");
        b.type_text("Council minutes, 10 March");
        b.press("Enter");
        b.wait_for(
            &format!("document.getElementById('live-updates').textContent.includes('Your evidence for claim {n} is saved.')"),
            "the evidence is saved in place and announced",
        );
        let link = b.eval(&format!(
            "document.querySelector('#claim-{n} .evidence a').getAttribute('href')"
        ));
        assert_eq!(link, json!("https://example.org/council-minutes"));
        assert_eq!(
            b.eval(&format!("document.getElementById('ev-url-{n}').value")),
            json!(""),
            "the form is empty again"
        );
        b.press("Escape");
        b.press("v");
        b.wait_for(
            &format!("document.getElementById('live-updates').textContent.includes('Claim {n} is now verified.')"),
            "with evidence, verified is accepted",
        );
    })
    .await
    .expect("the browser steps ran");
    let saved = claim_json(&app, &path, &first.id).await.expect("the claim");
    assert_eq!(saved["status"], "verified");
}
