//! The whole-instance export carries the review work (notes, evidence, timeline, assignments, removed
//! claims, the accounts they name) and a restore rebuilds it exactly.

use std::path::Path;
use std::process::{Command, Output};

use reqwest::StatusCode;
use serde_json::Value;

use crate::claim_helpers::{claim, post_form};
use crate::helpers::{TestApp, spawn_app};

fn claimdesk(args: &[&str], db: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .expect("claimdesk runs")
}

fn export_all(db: &Path) -> String {
    let out = claimdesk(&["export", "--all", "--format", "json"], db);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The sample with every kind of review work on it: an assigned article, a claim assigned, noted,
/// evidenced and disputed, and a removed claim.
async fn worked_sample(app: &TestApp) -> (String, String) {
    let path = app.load_sample().await;
    let id = path.trim_start_matches("/articles/").to_string();
    let res = post_form(
        app,
        &format!("/articles/{id}/assign"),
        &[("assignee", "me")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let c = claim(app, &path, 0).await;
    for (v, (action, fields)) in (c.version..).zip([
        ("assign", vec![("assignee", "me")]),
        ("notes", vec![("body", "asked the harbour office")]),
        (
            "evidence",
            vec![
                ("url", "https://example.org/minutes"),
                ("label", "Council minutes"),
                ("excerpt", "The vote is postponed."),
            ],
        ),
    ]) {
        let vs = v.to_string();
        let mut f = fields.clone();
        f.push(("version", &vs));
        let res = post_form(app, &format!("/claims/{}/{action}", c.id), &f).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{action}");
    }
    let res = app
        .review_in_browser(
            &c.id,
            "disputed",
            "the minutes say otherwise",
            c.version + 3,
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let removed = claim(app, &path, 1).await;
    let res = post_form(
        app,
        &format!("/claims/{}/remove", removed.id),
        &[("version", &removed.version.to_string())],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    (c.id, removed.id)
}

fn count(db: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).expect("open");
    conn.query_row(sql, [], |r| r.get(0)).expect(sql)
}

#[tokio::test]
async fn a_restore_rebuilds_notes_evidence_timeline_assignments_and_removed_claims_exactly() {
    let app = spawn_app().await;
    let (worked, removed) = worked_sample(&app).await;
    let first = export_all(&app.db_path);

    let doc: Value = serde_json::from_str(&first).expect("JSON");
    let article = &doc["articles"][0];
    let claims = article["claims"].as_array().expect("claims");
    let c = claims
        .iter()
        .find(|c| c["id"] == worked.as_str())
        .expect("worked claim");
    assert_eq!(c["notes"][0]["text"], "asked the harbour office");
    assert_eq!(c["notes"][0]["user_name"], "Ada Admin");
    assert_eq!(c["evidence"][0]["url"], "https://example.org/minutes");
    assert_eq!(c["evidence"][0]["excerpt"], "The vote is postponed.");
    assert_eq!(c["assignee"]["name"], "Ada Admin");
    assert_eq!(c["history"][0]["to"], "disputed");
    assert_eq!(article["assignee"]["name"], "Ada Admin");
    let gone = claims
        .iter()
        .find(|c| c["id"] == removed.as_str())
        .expect("the removed claim is exported");
    assert!(gone["deleted_at"].is_string(), "{gone}");
    let kinds: Vec<&str> = article["timeline"]
        .as_array()
        .expect("a timeline")
        .iter()
        .filter_map(|t| t["kind"].as_str())
        .collect();
    for kind in ["assign", "note", "evidence", "status", "delete"] {
        assert!(kinds.contains(&kind), "timeline lacks {kind}: {kinds:?}");
    }
    assert_eq!(doc["accounts"][0]["name"], "Ada Admin");
    assert!(
        !first.contains("password") && !first.contains("$argon2"),
        "no secrets"
    );

    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("export.json");
    std::fs::write(&file, &first).expect("write the export");
    let new_db = dir.path().join("restored.db");
    let out = claimdesk(&["restore", file.to_str().expect("path")], &new_db);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        export_all(&new_db),
        first,
        "export → restore → export is the same file"
    );

    for sql in [
        "SELECT COUNT(*) FROM timeline",
        "SELECT COUNT(*) FROM claim_notes",
        "SELECT COUNT(*) FROM evidence",
        "SELECT COUNT(*) FROM claims WHERE deleted_at IS NOT NULL",
        "SELECT COUNT(*) FROM claims WHERE assignee_id IS NOT NULL",
    ] {
        assert_eq!(count(&new_db, sql), count(&app.db_path, sql), "{sql}");
    }
    assert_eq!(
        count(
            &new_db,
            "SELECT COUNT(*) FROM users WHERE password_hash IS NOT NULL"
        ),
        0,
        "restored accounts have no password"
    );
    assert_eq!(
        count(
            &new_db,
            "SELECT COUNT(*) FROM claim_search WHERE claim_search MATCH 'notes : harbour'"
        ),
        1,
        "search finds the restored note"
    );
}
