//! Group commit: one thread owns the write connection and runs every queued write together in ONE
//! transaction, each write inside a savepoint of its own, and answers the callers only once that
//! transaction has committed. A write that fails rolls back to its savepoint and gets its own error;
//! the others in the batch are not disturbed. An acknowledged write is therefore a committed one.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use anyhow::Context;
use rusqlite::Connection;
use tokio::sync::oneshot;

use crate::error::{AppError, AppResult};

/// The most writes one transaction takes. Batches form from whatever is waiting when the previous
/// commit ends (no waiting for more), so they rarely reach this; it only bounds one transaction.
const MAX_BATCH: usize = 256;

/// Where `Db::write` queues its jobs for the writer thread.
type Queue = mpsc::Sender<Box<dyn Job>>;

/// The writer thread's queue (started on first use) and its count of commits.
#[derive(Default)]
pub(super) struct Writer {
    queue: Mutex<Option<Queue>>,
    commits: Arc<AtomicU64>,
}

impl Writer {
    /// Queues `f` for the writer thread of the database at `path` and waits for its answer.
    pub(super) async fn write<F, R>(&self, path: &Path, f: F) -> AppResult<R>
    where
        F: FnOnce(&Connection) -> AppResult<R> + Send + 'static,
        R: Send + 'static,
    {
        let stopped = || AppError::Internal(anyhow::anyhow!("the writer thread stopped"));
        let (job, answer) = Pending::new(f);
        let mut job: Box<dyn Job> = Box::new(job);
        // A writer thread that died (it never should) is replaced once, here.
        for _ in 0..2 {
            match self.queue(path)?.send(job) {
                Ok(()) => return answer.await.map_err(|_| stopped())?,
                Err(returned) => {
                    job = returned.0;
                    if let Ok(mut queue) = self.queue.lock() {
                        *queue = None;
                    }
                }
            }
        }
        Err(stopped())
    }

    /// Transactions committed so far.
    pub(super) fn commits(&self) -> u64 {
        self.commits.load(Ordering::Relaxed)
    }

    fn queue(&self, path: &Path) -> AppResult<Queue> {
        let mut queue = self
            .queue
            .lock()
            .map_err(|_| AppError::Internal(anyhow::anyhow!("the writer queue is poisoned")))?;
        if let Some(queue) = queue.as_ref() {
            return Ok(queue.clone());
        }
        let conn = super::connect(path)?;
        // Each write's savepoint keeps the pages it changes in a sub-journal; in memory, not a temp file.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        let started =
            spawn(conn, self.commits.clone()).context("cannot start the writer thread")?;
        *queue = Some(started.clone());
        Ok(started)
    }
}

/// A queued write: runs inside its savepoint, then hears how the commit went.
trait Job: Send {
    /// Runs the write; `true` when it succeeded and its changes are kept.
    fn run(&mut self, conn: &Connection) -> bool;
    /// Answers the waiting caller: its own result if the batch committed, else the commit's error.
    fn answer(self: Box<Self>, committed: Result<(), &str>);
}

/// A write closure and the channel its caller awaits.
struct Pending<F, R> {
    f: Option<F>,
    result: Option<AppResult<R>>,
    reply: oneshot::Sender<AppResult<R>>,
}

impl<F, R> Pending<F, R> {
    /// The job for `f`, and where its answer will arrive.
    fn new(f: F) -> (Self, oneshot::Receiver<AppResult<R>>) {
        let (reply, answer) = oneshot::channel();
        let job = Pending {
            f: Some(f),
            result: None,
            reply,
        };
        (job, answer)
    }
}

impl<F, R> Job for Pending<F, R>
where
    F: FnOnce(&Connection) -> AppResult<R> + Send,
    R: Send,
{
    fn run(&mut self, conn: &Connection) -> bool {
        let Some(f) = self.f.take() else {
            return false;
        };
        // A panicking write must not take the writer thread (and every other write) down with it.
        let result = catch_unwind(AssertUnwindSafe(|| f(conn))).unwrap_or_else(|_| {
            Err(AppError::Internal(anyhow::anyhow!(
                "a database write panicked"
            )))
        });
        let kept = result.is_ok();
        self.result = Some(result);
        kept
    }

    fn answer(self: Box<Self>, committed: Result<(), &str>) {
        let result = match (committed, self.result) {
            (Ok(()), Some(result)) => result,
            // Its own refusal says more than the batch's failure, and its changes are absent either way.
            (Err(_), Some(Err(own))) => Err(own),
            (Err(why), _) => Err(AppError::Internal(anyhow::anyhow!(
                "the write was not committed: {why}"
            ))),
            (Ok(()), None) => Err(AppError::Internal(anyhow::anyhow!("the write never ran"))),
        };
        // A caller that went away (client disconnected) no longer listens; the write stands.
        let _ = self.reply.send(result);
    }
}

/// Starts the writer thread on `conn`; it ends when every `Queue` clone is dropped. `commits` counts
/// the transactions it commits.
fn spawn(conn: Connection, commits: Arc<AtomicU64>) -> std::io::Result<Queue> {
    let (queue, jobs) = mpsc::channel::<Box<dyn Job>>();
    std::thread::Builder::new()
        .name("claimdesk-writer".into())
        .spawn(move || {
            while let Ok(first) = jobs.recv() {
                let mut batch = vec![first];
                batch.extend(jobs.try_iter().take(MAX_BATCH - 1));
                commit_batch(&conn, batch, &commits);
            }
        })?;
    Ok(queue)
}

/// Runs `jobs` in one transaction and answers them after it ends. If the transaction is lost midway
/// (SQLite rolled it back on an I/O error), the jobs run so far fail and the rest start a new one.
fn commit_batch(conn: &Connection, mut jobs: Vec<Box<dyn Job>>, commits: &AtomicU64) {
    while !jobs.is_empty() {
        if let Err(why) = exec(conn, "BEGIN IMMEDIATE") {
            jobs.into_iter().for_each(|job| job.answer(Err(&why)));
            return;
        }
        let mut ran = Vec::with_capacity(jobs.len());
        let mut lost = None;
        let mut waiting = jobs.into_iter();
        for mut job in waiting.by_ref() {
            let outcome = run_in_savepoint(conn, job.as_mut());
            ran.push(job);
            if let Err(e) = outcome {
                lost = Some(e);
                break;
            }
        }
        jobs = waiting.collect();
        let committed = match lost {
            Some(e) => Err(e),
            None => exec(conn, "COMMIT"),
        };
        let committed = match committed {
            Ok(()) => {
                commits.fetch_add(1, Ordering::Relaxed);
                Ok(())
            }
            Err(why) => {
                if !conn.is_autocommit() {
                    let _ = conn.execute_batch("ROLLBACK");
                }
                tracing::error!("group commit failed: {why}");
                Err(why)
            }
        };
        for job in ran {
            job.answer(committed.as_ref().map(|_| ()).map_err(String::as_str));
        }
    }
}

/// Runs one job inside its own savepoint, rolling back to it if the job failed. An error here means
/// the whole transaction is unusable.
fn run_in_savepoint(conn: &Connection, job: &mut dyn Job) -> Result<(), String> {
    exec(conn, "SAVEPOINT job")?;
    let kept = job.run(conn);
    if conn.is_autocommit() {
        return Err("the transaction ended inside a write".into());
    }
    if !kept {
        exec(conn, "ROLLBACK TO job")?;
    }
    exec(conn, "RELEASE job")
}

/// Runs one statement of the batch's own (cached: the same few run for every batch).
fn exec(conn: &Connection, sql: &str) -> Result<(), String> {
    conn.prepare_cached(sql)
        .and_then(|mut stmt| stmt.execute([]))
        .map(|_| ())
        .map_err(|e| format!("{sql}: {e}"))
}

#[cfg(test)]
#[path = "writer_tests.rs"]
mod tests;
