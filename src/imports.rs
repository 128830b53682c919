//! `claimdesk import`: many files and URLs in one go, each reported as it goes (imported, skipped as a
//! duplicate, or failed with its reason), then a summary. On a terminal a progress bar is redrawn below
//! the lines.

use std::io::Write;

use crate::db::Db;
use crate::db::duplicates::{Stored, store_once};
use crate::domain::{NewArticle, RawArticle};
use crate::ingest::source::{Source, draft, raw_from_draft};
use crate::ingest::{FetchConfig, IngestError, MAX_BYTES};

mod progress;

/// What a batch import did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Articles stored.
    pub imported: usize,
    /// Items already in the database (same URL or same text).
    pub duplicates: usize,
    /// Items that could not be imported, with the reason.
    pub failed: Vec<(String, String)>,
}

/// Imports each item (a file path, or an http(s) URL), writing one result line per item to `out`.
///
/// With `live` (`out` is a terminal) a progress bar line is drawn while each item is imported and
/// erased before its result line; without it, `out` gets plain lines only (scripts and logs read them).
pub fn import_all(
    db: &Db,
    items: &[String],
    fetch: &FetchConfig,
    out: &mut dyn Write,
    live: bool,
) -> std::io::Result<Summary> {
    let mut summary = Summary::default();
    let columns = progress::columns();
    for (i, item) in items.iter().enumerate() {
        if live {
            write!(out, "{}", progress::line(i + 1, items.len(), item, columns))?;
            out.flush()?;
        }
        let result = import_one(db, item, fetch);
        if live {
            write!(out, "{}", progress::CLEAR_LINE)?;
        }
        write!(out, "[{}/{}] {item}: ", i + 1, items.len())?;
        match result {
            Ok((Stored::Created(id), title)) => {
                summary.imported += 1;
                writeln!(out, "imported {title:?} as {id}")?;
            }
            Ok((Stored::Duplicate(existing), _)) => {
                summary.duplicates += 1;
                writeln!(
                    out,
                    "skipped, already imported as {} ({:?})",
                    existing.id, existing.title
                )?;
            }
            Err(reason) => {
                writeln!(out, "failed: {reason}")?;
                summary.failed.push((item.clone(), reason));
            }
        }
    }
    writeln!(
        out,
        "{} imported, {} skipped as duplicates, {} failed",
        summary.imported,
        summary.duplicates,
        summary.failed.len()
    )?;
    for (item, reason) in &summary.failed {
        writeln!(out, "  failed: {item}: {reason}")?;
    }
    out.flush()?;
    Ok(summary)
}

/// Imports one item; the error is the reason shown to the user.
fn import_one(db: &Db, item: &str, fetch: &FetchConfig) -> Result<(Stored, String), String> {
    let source = source_of(item)?;
    let draft = draft(&source, fetch).map_err(|e| e.to_string())?;
    let raw = raw_from_draft(&draft, &RawArticle::default());
    let article = NewArticle::parse(&raw).map_err(|errors| {
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    let title = article.title.as_str().to_string();
    let stored = db
        .run_blocking(|conn| Ok(store_once(conn, &article, crate::db::time::now())?))
        .map_err(|e| format!("{e:#}"))?;
    Ok((stored, title))
}

/// A URL to fetch, or a file read from disk (refused before reading when over the size limit).
fn source_of(item: &str) -> Result<Source, String> {
    let lower = item.trim().to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Ok(Source::Url(item.trim().to_string()));
    }
    let size = std::fs::metadata(item)
        .map_err(|e| format!("cannot read {item}: {e}"))?
        .len();
    if size > MAX_BYTES as u64 {
        return Err(IngestError::TooLarge {
            limit_mb: MAX_BYTES / (1024 * 1024),
        }
        .to_string());
    }
    let bytes = std::fs::read(item).map_err(|e| format!("cannot read {item}: {e}"))?;
    Ok(Source::File {
        name: item.to_string(),
        bytes,
    })
}

#[cfg(test)]
mod tests;
