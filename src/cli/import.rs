//! `claimdesk import`: many files and URLs at once, for an editor's account, with progress.

use std::path::PathBuf;

use claimdesk::config;
use claimdesk::db::Db;
use clap::Args;

use super::UsageError;
use super::accounts::require_editor;
use super::serve::FetchFlags;

#[derive(Args)]
pub struct ImportArgs {
    /// The SQLite database file (created and migrated if absent).
    #[arg(long, env = "CLAIMDESK_DB", default_value = config::DEFAULT_DB)]
    db: PathBuf,
    /// The email of the account the articles are imported for.
    #[arg(long = "as", value_name = "EMAIL")]
    as_email: String,
    #[command(flatten)]
    fetch: FetchFlags,
    /// Files and http(s) URLs to import.
    #[arg(required = true, value_name = "FILE_OR_URL")]
    items: Vec<String>,
}

/// Imports every item; fails (exit 1) if any item failed, after reporting them all.
pub fn run(args: ImportArgs) -> anyhow::Result<()> {
    let email = args.as_email.trim();
    if !email.contains('@') || email.contains(char::is_whitespace) {
        return Err(UsageError(format!(
            "--as needs an email address, not {:?}",
            args.as_email
        ))
        .into());
    }
    let db = Db::open(&args.db)?;
    require_editor(&db, email)?;
    eprintln!("importing {} item(s) as {email}", args.items.len());
    let live = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let summary = claimdesk::imports::import_all(
        &db,
        &args.items,
        &args.fetch.config(),
        &mut std::io::stderr().lock(),
        live,
    )?;
    if summary.failed.is_empty() {
        Ok(())
    } else {
        anyhow::bail!(
            "{} of {} item(s) failed",
            summary.failed.len(),
            args.items.len()
        )
    }
}
