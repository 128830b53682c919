//! Starting the app: health check, database setup, refusing a newer schema or a busy port.

use claimdesk::config::Config;
use claimdesk::startup::Application;
use reqwest::StatusCode;

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_health_check_answers_200_ok() {
    let app = spawn_app().await;
    let (status, body) = app.page("/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, "ok");
}

#[tokio::test]
async fn the_database_is_created_in_wal_mode_with_foreign_keys_and_the_latest_schema() {
    let app = spawn_app().await;
    let conn = rusqlite::Connection::open(&app.db_path).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(version, claimdesk::db::migrate::latest_version());
    // Foreign keys are declared: a claim for a missing article is refused on a connection with them on.
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    let orphan = conn.execute(
        "INSERT INTO claims (id, article_id, ordinal, text, start, \"end\", sentence_start, sentence_end,
         checkworthiness, updated_at) VALUES ('c', 'missing', 1, 't', 0, 1, 0, 1, 0.5, 'x')",
        [],
    );
    assert!(orphan.is_err());
}

#[tokio::test]
async fn a_database_with_a_newer_schema_is_refused_with_a_one_line_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let err = match Application::build(Config::new(&path, "127.0.0.1:0")) {
        Ok(_) => panic!("a newer schema must be refused"),
        Err(e) => format!("{e:#}"),
    };
    assert!(err.contains("newer than this claimdesk"), "{err}");
    assert!(!err.contains('\n'), "one line: {err}");
}

#[tokio::test]
async fn a_second_app_on_a_busy_port_fails_with_a_one_line_error() {
    let app = spawn_app().await;
    let port = app.address.rsplit(':').next().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let second = Application::build(Config::new(
        dir.path().join("b.db"),
        format!("127.0.0.1:{port}"),
    ));
    let err = match second {
        Ok(_) => panic!("the port is busy"),
        Err(e) => format!("{e:#}"),
    };
    assert!(
        err.starts_with(&format!("cannot listen on 127.0.0.1:{port}")),
        "{err}"
    );
    assert!(!err.contains('\n'));
}

#[tokio::test]
async fn the_stylesheet_is_served_as_css() {
    let app = spawn_app().await;
    let res = app.get("/static/app.css").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(res.text().await.unwrap().contains(":focus-visible"));
}
