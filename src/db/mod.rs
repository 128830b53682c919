//! The database: the only place with SQL. `Db::run` is the one seam from async handlers to blocking SQLite.
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
pub mod sessions;
pub mod settings;
pub mod time;
pub mod timeline;
pub mod tokens;
pub mod users;

#[cfg(test)]
pub(crate) mod testing;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use rusqlite::Connection;

use crate::error::{AppError, AppResult};

/// How many idle connections are kept for reuse.
const MAX_IDLE: usize = 8;

/// A handle on the SQLite file: cheap to clone, shared by all workers.
#[derive(Clone)]
pub struct Db {
    path: Arc<PathBuf>,
    idle: Arc<Mutex<Vec<Connection>>>,
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
    conn.pragma_update(None, "foreign_keys", "ON")?;
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
