//! An open page keeps up with changes that follow each other quickly: card fetches for one claim are
//! coalesced, and the card still ends at the newest version with every change announced.

use serde_json::json;

use crate::browser::{chromium_or_skip, live_text, open_live_page};
use crate::cdp;
use crate::claim_helpers::{claim, post_form};
use crate::helpers::spawn_app;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_note_and_a_decision_made_back_to_back_both_reach_the_open_card() {
    let Some(binary) = chromium_or_skip() else {
        return;
    };
    let _turn = cdp::ONE_AT_A_TIME.lock().await;
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let email = app.add_user("reviewer", "Rita Reviewer");
    let c = claim(&app, &path, 2).await;
    let (base, article) = (app.address.clone(), path.clone());
    let b = open_live_page(binary, base, email, article).await;

    let first = c.version.to_string();
    let res = post_form(
        &app,
        &format!("/claims/{}/notes", c.id),
        &[("body", "the agency denies it"), ("version", &first)],
    )
    .await;
    assert_eq!(res.status(), 303);
    let second = (c.version + 1).to_string();
    let res = post_form(
        &app,
        &format!("/claims/{}/review", c.id),
        &[
            ("status", "disputed"),
            ("note", "denied on the record"),
            ("version", &second),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let (n, newest) = (c.number, c.version + 2);
    let b = tokio::task::spawn_blocking(move || {
        let mut b = b;
        b.wait_for(
            &format!("document.getElementById('claim-{n}').getAttribute('data-version') === '{newest}'"),
            "the card ends at the newest version",
        );
        let card = format!("document.getElementById('claim-{n}')");
        assert_eq!(
            b.eval(&format!("{card}.classList.contains('s-disputed')")),
            json!(true)
        );
        assert_eq!(
            b.eval(&format!("{card}.textContent.includes('the agency denies it')")),
            json!(true),
            "the note is there too"
        );
        b.wait_for(
            &format!("document.getElementById('live-updates').textContent.includes('Ada Admin marked claim {n} disputed.')"),
            "the decision is announced",
        );
        let said = live_text(&mut b);
        assert!(
            said.contains(&format!("Ada Admin added a note to claim {n}.")),
            "{said}"
        );
        b
    })
    .await
    .expect("the browser kept up");
    drop(b);
}
