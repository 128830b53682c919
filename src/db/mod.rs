//! The database: the only place with SQL. `Db::run` is the one seam from async handlers to blocking SQLite;
//! `Db::write` hands hot writes to the group-committing writer thread (writer.rs).
//!
//! Query functions take `&Connection` so they work inside a `Transaction` too.

pub mod articles;
pub mod assignees;
pub mod claims;
pub mod corrections;
pub mod dashboard;
pub mod duplicates;
pub mod edits;
pub mod evidence;
pub mod export;
pub mod export_rows;
pub mod history;
pub mod invites;
pub mod login_failures;
pub mod migrate;
pub mod notes;
pub mod queue;
pub mod reports;
pub mod restore;
pub mod search;
pub mod search_walk;
pub mod sessions;
pub mod settings;
pub mod time;
pub mod timeline;
pub mod tokens;
pub mod users;
mod writer;

#[cfg(test)]
pub(crate) mod testing;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use rusqlite::Connection;

use crate::error::{AppError, AppResult};

/// How much of the database file each connection may map into memory (address space, not RAM).
const MMAP_BYTES: i64 = 4 << 30;

/// How often the background checkpoint runs (see `checkpoint_in_background`).
const CHECKPOINT_EVERY: Duration = Duration::from_millis(500);

/// The log size (pages) at which a committing connection checkpoints by itself: a safety net above
/// what the background checkpoint lets the log grow to under load (SQLite's default is 1,000).
const AUTOCHECKPOINT_PAGES: i64 = 10_000;

/// How many idle connections are kept for reuse: at least as many as requests a busy instance has in
/// flight, or connections are closed and reopened (their prepared statements lost) under load.
const MAX_IDLE: usize = 64;

/// A handle on the SQLite file: cheap to clone, shared by all workers.
#[derive(Clone)]
pub struct Db {
    path: Arc<PathBuf>,
    idle: Arc<Mutex<Vec<Connection>>>,
    /// The writer thread, started by the first `write`: writes wait for it in-process instead of
    /// meeting SQLite's write lock (whose busy handler sleeps whole milliseconds), and those that
    /// wait together commit together.
    writer: Arc<writer::Writer>,
}

impl Db {
    /// Opens (creating if needed) and migrates the database at `path`.
    ///
    /// Fails with a one-line reason if the schema is newer than this binary knows.
    pub fn open(path: &Path) -> anyhow::Result<Db> {
        let mut conn = connect(path)?;
        migrate::run(&mut conn)
            .with_context(|| format!("cannot use the database {}", path.display()))?;
        Ok(Db {
            path: Arc::new(path.to_path_buf()),
            idle: Arc::new(Mutex::new(vec![conn])),
            writer: Arc::default(),
        })
    }

    /// Opens an existing database (for CLI commands that must not create one).
    pub fn open_existing(path: &Path) -> anyhow::Result<Db> {
        if !path.exists() {
            anyhow::bail!("no database at {}", path.display());
        }
        Db::open(path)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` with a connection on the blocking thread pool: the one place handlers reach SQLite.
    pub async fn run<F, R>(&self, f: F) -> AppResult<R>
    where
        F: FnOnce(&mut Connection) -> AppResult<R> + Send + 'static,
        R: Send + 'static,
    {
        let db = self.clone();
        actix_web::web::block(move || db.run_blocking(f))
            .await
            .map_err(|e| AppError::Internal(anyhow::anyhow!("blocking pool: {e}")))?
    }

    /// Runs the write `f` on the writer thread, inside a transaction it must not end itself: `f` shares
    /// that transaction with the other writes waiting at the time, each in a savepoint of its own.
    /// Answers only after the commit, so an acknowledged write is in the database; an error from `f`
    /// undoes `f`'s changes alone. Reviews (the hot path) go through here.
    pub async fn write<F, R>(&self, f: F) -> AppResult<R>
    where
        F: FnOnce(&Connection) -> AppResult<R> + Send + 'static,
        R: Send + 'static,
    {
        self.writer.write(&self.path, f).await
    }

    /// How many transactions `write` has committed (several writes each, under load).
    pub fn write_commits(&self) -> u64 {
        self.writer.commits()
    }

    /// Copies the write-ahead log into the database file from a thread of its own, twice a second,
    /// for as long as this `Db` (or a clone) lives. Without it the request that fills the log to
    /// SQLite's threshold does the copy, with its fsync, while every other writer waits on it.
    pub fn checkpoint_in_background(&self) -> anyhow::Result<()> {
        let conn = connect(&self.path)?;
        let alive = Arc::downgrade(&self.idle);
        std::thread::Builder::new()
            .name("claimdesk-checkpoint".into())
            .spawn(move || {
                while alive.strong_count() > 0 {
                    std::thread::sleep(CHECKPOINT_EVERY);
                    // PASSIVE: copies what no reader still needs, never waits for or blocks anyone.
                    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                }
            })?;
        Ok(())
    }

    /// Runs `f` with a connection on the current thread (CLI commands, benchmarks).
    pub fn run_blocking<F, R>(&self, f: F) -> AppResult<R>
    where
        F: FnOnce(&mut Connection) -> AppResult<R>,
    {
        let mut conn = self.take()?;
        let result = f(&mut conn);
        self.give_back(conn);
        result
    }

    fn take(&self) -> AppResult<Connection> {
        let pooled = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        match pooled {
            Some(conn) => Ok(conn),
            None => Ok(connect(&self.path)?),
        }
    }

    fn give_back(&self, conn: Connection) {
        // A connection left inside a transaction (a panic mid-write) is dropped, not reused.
        if !conn.is_autocommit() {
            return;
        }
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < MAX_IDLE
        {
            idle.push(conn);
        }
    }
}

/// Opens one connection with the pragmas every connection needs.
fn connect(path: &Path) -> anyhow::Result<Connection> {
    let conn = Connection::open(path)
        .with_context(|| format!("cannot open the database {}", path.display()))?;
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "wal_autocheckpoint", AUTOCHECKPOINT_PAGES)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Reads map the file instead of copying each page through a system call: on a large instance the
    // claims a search or review touches are spread over many pages.
    conn.pragma_update(None, "mmap_size", MMAP_BYTES)?;
    search_walk::register(&conn)?;
    Ok(conn)
}

/// Reads a UUID stored as text.
pub(crate) fn uuid_col(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<uuid::Uuid> {
    let s: String = row.get(idx)?;
    uuid::Uuid::parse_str(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Reads an optional `YYYY-MM-DD` date stored as text.
pub(crate) fn date_col(
    row: &rusqlite::Row<'_>,
    idx: usize,
) -> rusqlite::Result<Option<::time::Date>> {
    let s: Option<String> = row.get(idx)?;
    s.map(|s| {
        crate::domain::article::parse_date(&s).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}
