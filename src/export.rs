//! Whole-instance export and restore, shared by `claimdesk export --all`, `claimdesk restore` and
//! `GET /export`: the database's articles (`db::export`) streamed through the format writers
//! (`report::export`). Memory stays that of one article whatever the instance size.

use std::io::{Read, Write};

use rusqlite::Connection;

use crate::db::export as store;
use crate::db::restore as restorer;
use crate::report::export::{self, Context, CsvExport, ExportArticle, Filters, JsonExport, Part};

/// The whole-instance export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllFormat {
    Csv,
    Json,
}

impl AllFormat {
    /// Parses `csv` or `json`.
    pub fn parse(s: &str) -> Option<AllFormat> {
        match s {
            "csv" => Some(AllFormat::Csv),
            "json" => Some(AllFormat::Json),
            _ => None,
        }
    }

    /// The HTTP content type.
    pub fn content_type(self) -> &'static str {
        match self {
            AllFormat::Csv => "text/csv; charset=utf-8; header=present",
            AllFormat::Json => "application/json",
        }
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            AllFormat::Csv => "csv",
            AllFormat::Json => "json",
        }
    }
}

/// Whether a JSON export lists the accounts' e-mail addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emails {
    /// As stored: the file can be restored (the CLI, and admins on the web).
    Included,
    /// Left empty: names and roles only, for anyone who may not see the accounts list.
    Withheld,
}

/// Writes every (matching) article of the database to `out`; returns how many articles were written.
pub fn write_all<W: Write>(
    conn: &Connection,
    format: AllFormat,
    filters: &Filters,
    ctx: Context,
    emails: Emails,
    out: W,
) -> anyhow::Result<usize> {
    let n = match format {
        AllFormat::Json => {
            let mut accounts = store::accounts(conn)?;
            if emails == Emails::Withheld {
                accounts.iter_mut().for_each(|a| a.email.clear());
            }
            let mut w = JsonExport::start(out, filters, &accounts)?;
            let n = store::each_article(conn, filters, |a| w.article(&a))?;
            w.finish()?;
            n
        }
        AllFormat::Csv => {
            let mut w = CsvExport::start(out, ctx)?;
            let n = store::each_article(conn, filters, |a| w.article(&a))?;
            w.finish()?;
            n
        }
    };
    Ok(n)
}

/// Rebuilds the accounts and articles of a JSON export in `conn`, which must hold no article yet. All
/// or nothing: one transaction. Returns how many articles were restored.
///
/// Accounts come back without passwords (see `db::restore::restore_accounts`).
pub fn restore<R: Read>(conn: &mut Connection, input: R) -> anyhow::Result<Restored> {
    if !restorer::is_empty(conn)? {
        anyhow::bail!("the database already holds articles; restore into a new, empty database");
    }
    let tx = conn.transaction()?;
    let mut accounts = 0;
    let articles = export::read_parts(input, |part| match part {
        Part::Accounts(list) => {
            accounts += restorer::restore_accounts(&tx, &list)?;
            Ok(())
        }
        Part::Article(article) => {
            check(&article)?;
            restorer::restore_article(&tx, &article)
                .map_err(|e| format!("article {} could not be stored: {e}", article.id))
        }
    })?;
    tx.commit()?;
    Ok(Restored { articles, accounts })
}

/// What a restore created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restored {
    pub articles: usize,
    /// Accounts created without a password (nobody can sign in as them until invited again).
    pub accounts: usize,
}

/// Refuses an article whose claims do not fit its text (a hand-edited or damaged file).
fn check(a: &ExportArticle) -> Result<(), String> {
    let fits = |start: usize, end: usize| start <= end && a.text.get(start..end).is_some();
    for c in &a.claims {
        let e = &c.extracted;
        let spans = [(e.start, e.end), (e.sentence.start, e.sentence.end)];
        if !spans.iter().all(|&(s, t)| fits(s, t)) {
            return Err(format!(
                "article {}: claim {} does not fit the article text (offsets {}..{})",
                a.id, c.number, e.start, e.end
            ));
        }
    }
    Ok(())
}
