//! `claimdesk generate`: a database full of synthetic articles and claims, for benchmarks.

use std::path::PathBuf;

use clap::Args;

#[derive(Args)]
pub struct GenerateArgs {
    /// How many articles.
    #[arg(long, default_value_t = 10_000)]
    articles: usize,
    /// Claims per article.
    #[arg(long, default_value_t = 100)]
    claims_per_article: usize,
    /// The SQLite database file (created if absent).
    #[arg(long)]
    db: PathBuf,
}

/// Generates into the given database.
pub fn run(args: GenerateArgs) -> anyhow::Result<()> {
    claimdesk::generate::run(&args.db, args.articles, args.claims_per_article)
}
