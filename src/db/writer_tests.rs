//! Tests that writes waiting together commit in one transaction, and that a failing write undoes
//! only its own changes and gets its own error back.

use std::future::Future;
use std::pin::Pin;
use std::sync::mpsc;
use std::task::{Context, Poll, Waker};

use rusqlite::Connection;

use crate::db::Db;
use crate::error::{AppError, AppResult};

type Write<'a> = Pin<Box<dyn Future<Output = AppResult<()>> + 'a>>;

/// A database with a scratch table of unique names.
fn scratch() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = Db::open(&dir.path().join("writer.db")).expect("open");
    db.run_blocking(|c| Ok(c.execute_batch("CREATE TABLE names (name TEXT NOT NULL UNIQUE)")?))
        .expect("scratch table");
    (dir, db)
}

fn insert(conn: &Connection, name: &str) -> AppResult<()> {
    conn.execute("INSERT INTO names (name) VALUES (?1)", [name])?;
    Ok(())
}

fn names(db: &Db) -> Vec<String> {
    db.run_blocking(|c| {
        let mut stmt = c.prepare("SELECT name FROM names ORDER BY name")?;
        let names = stmt.query_map([], |r| r.get(0))?;
        Ok(names.collect::<Result<Vec<String>, _>>()?)
    })
    .expect("names")
}

/// Queues each write (its first poll sends it to the writer thread) without waiting for it.
fn queue(writes: &mut [Write<'_>]) {
    let mut cx = Context::from_waker(Waker::noop());
    for write in writes.iter_mut() {
        assert!(matches!(write.as_mut().poll(&mut cx), Poll::Pending));
    }
}

/// Holds the writer thread inside a first write until the returned sender is dropped, so that the
/// writes queued meanwhile form one batch.
fn hold_the_writer(db: &Db) -> (Write<'_>, mpsc::Sender<()>) {
    let (started_tx, started) = mpsc::channel();
    let (release, gate) = mpsc::channel::<()>();
    let mut first: Write = Box::pin(db.write(move |c| {
        let _ = started_tx.send(());
        let _ = gate.recv();
        insert(c, "first")
    }));
    queue(std::slice::from_mut(&mut first));
    started.recv().expect("the first write started");
    (first, release)
}

/// Queues `writes` behind the held first write, lets the writer go and gathers their results.
async fn run_as_one_batch(
    first: Write<'_>,
    release: mpsc::Sender<()>,
    mut writes: Vec<Write<'_>>,
) -> Vec<AppResult<()>> {
    queue(&mut writes);
    drop(release);
    first.await.expect("the first write");
    let mut results = Vec::new();
    for write in writes {
        results.push(write.await);
    }
    results
}

#[tokio::test]
async fn writes_waiting_together_commit_together_and_a_failing_one_undoes_only_itself() {
    let (_dir, db) = scratch();
    let (first, release) = hold_the_writer(&db);
    let writes: Vec<Write> = vec![
        Box::pin(db.write(|c| insert(c, "a"))),
        Box::pin(db.write(|c| {
            insert(c, "refused")?;
            Err(AppError::Unprocessable("a rule refused it".into()))
        })),
        Box::pin(db.write(|c| insert(c, "b"))),
        // Its first insert works, its second breaks the UNIQUE constraint.
        Box::pin(db.write(|c| {
            insert(c, "half")?;
            insert(c, "a")
        })),
        Box::pin(db.write(|c| insert(c, "c"))),
    ];
    let results = run_as_one_batch(first, release, writes).await;

    assert!(results[0].is_ok() && results[2].is_ok() && results[4].is_ok());
    assert!(
        matches!(&results[1], Err(AppError::Unprocessable(m)) if m == "a rule refused it"),
        "the refused write gets its own error: {:?}",
        results[1]
    );
    assert!(
        matches!(&results[3], Err(AppError::Internal(e)) if format!("{e:#}").contains("UNIQUE")),
        "the write that broke a constraint gets the database's error: {:?}",
        results[3]
    );
    assert_eq!(names(&db), ["a", "b", "c", "first"]);
    assert_eq!(
        db.write_commits(),
        2,
        "the five queued writes shared one transaction"
    );
}

#[tokio::test]
async fn a_panicking_write_is_an_error_for_its_caller_and_the_others_still_commit() {
    let (_dir, db) = scratch();
    let (first, release) = hold_the_writer(&db);
    let writes: Vec<Write> = vec![
        Box::pin(db.write(|c| {
            insert(c, "doomed")?;
            panic!("a bug in one write")
        })),
        Box::pin(db.write(|c| insert(c, "after"))),
    ];
    let results = run_as_one_batch(first, release, writes).await;

    assert!(matches!(results[0], Err(AppError::Internal(_))));
    assert!(results[1].is_ok());
    assert_eq!(names(&db), ["after", "first"]);
}

#[tokio::test]
async fn an_acknowledged_write_is_visible_to_every_other_connection() {
    let (dir, db) = scratch();
    db.write(|c| insert(c, "durable")).await.expect("write");
    let other = Connection::open(dir.path().join("writer.db")).expect("another connection");
    let found: i64 = other
        .query_row(
            "SELECT COUNT(*) FROM names WHERE name = 'durable'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(found, 1);
}
