//! The timeline is append-only: rows are added with user and time and never change.

use reqwest::StatusCode;

use crate::claim_helpers::{claim, post_form};
use crate::helpers::spawn_app;

#[tokio::test]
async fn history_rows_never_change_a_direct_update_or_delete_fails() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    app.review_in_browser(&c.id, "disputed", "date is wrong", c.version)
        .await;
    post_form(
        &app,
        &format!("/claims/{}/notes", c.id),
        &[
            ("body", "asked the ministry"),
            ("version", &(c.version + 1).to_string()),
        ],
    )
    .await;

    let conn = rusqlite::Connection::open(&app.db_path).unwrap();
    let rows: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM timeline WHERE claim_id = ?1",
            [&c.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(rows, 2, "a status change and a note");
    for sql in [
        "UPDATE timeline SET summary = 'rewritten'",
        "DELETE FROM timeline",
        "UPDATE claim_history SET note = 'rewritten'",
        "DELETE FROM claim_history",
        "UPDATE claim_notes SET body = 'rewritten'",
    ] {
        let err = conn.execute(sql, []).expect_err(sql).to_string();
        assert!(err.contains("append-only"), "{sql}: {err}");
    }
    let summary: String = conn
        .query_row(
            "SELECT summary FROM timeline WHERE claim_id = ?1 ORDER BY id LIMIT 1",
            [&c.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(summary, "Pending → Disputed");
}

#[tokio::test]
async fn the_claim_history_lists_status_notes_evidence_and_assignment_with_the_user() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    for (v, (action, fields)) in (c.version..).zip([
        ("assign", vec![("assignee", "me")]),
        ("notes", vec![("body", "first look")]),
        (
            "evidence",
            vec![("url", "https://example.org/a"), ("label", "Source A")],
        ),
    ]) {
        let vs = v.to_string();
        let mut f = fields.clone();
        f.push(("version", &vs));
        let res = post_form(&app, &format!("/claims/{}/{action}", c.id), &f).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{action}");
    }
    let (_, page) = app.page(&path).await;
    for expected in [
        "assigned to Ada Admin",
        "<td>note</td><td>first look</td>",
        "evidence: Source A &#60;https://example.org/a&#62;",
    ] {
        assert!(page.contains(expected), "{expected}");
    }
}
