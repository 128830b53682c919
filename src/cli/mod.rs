//! The `claimdesk` command line: one file per command, each a thin shell over the library.
//! Exit status 0 on success, 1 on failure, 2 on bad usage, with a one-line reason on stderr.

mod accounts;
mod export;
mod extract;
mod generate;
mod import;
mod serve;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "claimdesk",
    version,
    about = "Self-hosted fact-check workbench"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the claims of one article (a UTF-8 text file, or - for stdin) and print them.
    Extract(extract::ExtractArgs),
    /// Run the web app.
    Serve(serve::ServeArgs),
    /// Fill a database with synthetic articles and claims (for benchmarks).
    Generate(generate::GenerateArgs),
    /// Manage accounts.
    #[command(subcommand)]
    User(accounts::UserCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(accounts::TokenCommand),
    /// Import articles from files (.html, .txt) and URLs, skipping those already imported.
    Import(import::ImportArgs),
    /// Print one article's review report (--article), or every claim of the instance (--all).
    Export(export::ExportArgs),
    /// Rebuild articles, claims, statuses and history from `export --all --format json` in a new database.
    Restore(export::RestoreArgs),
}

/// A mistake in how the command was called: exit status 2 rather than 1.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Parses the command line, runs the command and maps its outcome to the exit status.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Generate(args) => generate::run(args),
        Command::User(command) => accounts::run_user(command),
        Command::Token(command) => accounts::run_token(command),
        Command::Import(args) => import::run(args),
        Command::Export(args) => export::run(args),
        Command::Restore(args) => export::restore(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimdesk: {e:#}");
            if e.is::<UsageError>() {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}
