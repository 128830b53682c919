//! `claimdesk export` (one article's report, or every claim streamed) and `claimdesk restore`.

use std::io::{Read, Write};
use std::path::PathBuf;

use claimdesk::config;
use claimdesk::db::{Db, reports::ReportContext};
use claimdesk::domain::{ReportFormat, Verdict};
use claimdesk::export::AllFormat;
use claimdesk::report::claimreview::{self, Organization};
use claimdesk::report::export::{Context, Filters};
use clap::{Args, ValueEnum};
use uuid::Uuid;

use super::UsageError;
use super::serve::Identity;

#[derive(Args)]
pub struct ExportArgs {
    /// The article's id (a UUID, as in its URL).
    #[arg(long, required_unless_present = "all", conflicts_with = "all")]
    article: Option<Uuid>,
    /// Export every article (csv or json), streamed; the json form can be restored.
    #[arg(long)]
    all: bool,
    /// Report format (html, md, csv, json, claimreview for one article; csv or json with --all).
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// With --all: only claims with this status (pending, verified, disputed).
    #[arg(long, requires = "all", value_parser = parse_status)]
    status: Option<Verdict>,
    /// With --all: only claims created or changed on or after this day (YYYY-MM-DD, UTC).
    #[arg(long, requires = "all", value_parser = parse_day)]
    since: Option<time::Date>,
    /// The SQLite database file.
    #[arg(long, env = "CLAIMDESK_DB", default_value = config::DEFAULT_DB)]
    db: PathBuf,
    /// Public base URL used in report permalinks.
    #[arg(
        long,
        env = "CLAIMDESK_BASE_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    base_url: String,
    #[command(flatten)]
    identity: Identity,
}

#[derive(Args)]
pub struct RestoreArgs {
    /// The export file, or - for standard input.
    file: String,
    /// The new SQLite database file (created; must hold no article).
    #[arg(long)]
    db: PathBuf,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    Html,
    Md,
    Csv,
    Json,
    Claimreview,
}

impl ExportFormat {
    /// The per-article report format; `None` for ClaimReview (its own renderer).
    fn report_format(self) -> Option<ReportFormat> {
        match self {
            ExportFormat::Html => Some(ReportFormat::Html),
            ExportFormat::Md => Some(ReportFormat::Markdown),
            ExportFormat::Csv => Some(ReportFormat::Csv),
            ExportFormat::Json => Some(ReportFormat::Json),
            ExportFormat::Claimreview => None,
        }
    }

    /// The whole-instance format; `None` for formats only made per article.
    fn all_format(self) -> Option<AllFormat> {
        match self {
            ExportFormat::Csv => Some(AllFormat::Csv),
            ExportFormat::Json => Some(AllFormat::Json),
            _ => None,
        }
    }
}

fn parse_status(s: &str) -> Result<Verdict, String> {
    Verdict::parse(s).ok_or_else(|| format!("unknown status {s:?} (pending, verified or disputed)"))
}

fn parse_day(s: &str) -> Result<time::Date, String> {
    claimdesk::domain::article::parse_date(s)
        .map_err(|_| format!("{s:?} is not a date (YYYY-MM-DD)"))
}

/// Prints one article's report, or streams every claim with `--all`.
pub fn run(args: ExportArgs) -> anyhow::Result<()> {
    let ctx = ReportContext {
        instance_name: args.identity.instance_name.clone(),
        base_url: args.base_url.trim_end_matches('/').to_string(),
        generated_at: claimdesk::db::time::now(),
    };
    match args.article {
        Some(article) => export_article(article, args.format, &args.db, ctx, args.identity),
        None => {
            let format = args
                .format
                .all_format()
                .ok_or_else(|| UsageError("export --all writes csv or json".into()))?;
            let filters = Filters {
                status: args.status,
                since: args.since,
            };
            export_all(format, filters, &args.db, ctx)
        }
    }
}

fn export_article(
    article: Uuid,
    format: ExportFormat,
    db: &std::path::Path,
    ctx: ReportContext,
    identity: Identity,
) -> anyhow::Result<()> {
    let db = Db::open_existing(db)?;
    let report = db
        .run_blocking(|conn| Ok(claimdesk::db::reports::load(conn, article, &ctx)?))
        .map_err(anyhow::Error::from)?
        .ok_or_else(|| anyhow::anyhow!("no article {article} in {}", db.path().display()))?;
    let text = match format.report_format() {
        Some(format) => format.render(&report)?,
        None => {
            let org = Organization::or_instance(
                identity.org_name,
                identity.org_url,
                &ctx.instance_name,
                &ctx.base_url,
            );
            format!("{:#}\n", claimreview::render(&report, &org))
        }
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

fn export_all(
    format: AllFormat,
    filters: Filters,
    db: &std::path::Path,
    ctx: ReportContext,
) -> anyhow::Result<()> {
    let db = Db::open_existing(db)?;
    let ctx = Context {
        instance_name: ctx.instance_name,
        base_url: ctx.base_url,
        generated_at: ctx.generated_at,
    };
    let out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    db.run_blocking(|conn| {
        Ok(claimdesk::export::write_all(
            conn,
            format,
            &filters,
            ctx,
            claimdesk::export::Emails::Included,
            out,
        )?)
    })
    .map_err(anyhow::Error::from)?;
    Ok(())
}

/// Rebuilds an instance from a JSON export into a database that holds no article.
pub fn restore(args: RestoreArgs) -> anyhow::Result<()> {
    let file = args.file.as_str();
    let input: Box<dyn Read> = if file == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(file).map_err(|e| anyhow::anyhow!("cannot read {file}: {e}"))?)
    };
    let db = Db::open(&args.db)?;
    let restored = db
        .run_blocking(|conn| Ok(claimdesk::export::restore(conn, input)?))
        .map_err(anyhow::Error::from)?;
    eprintln!(
        "claimdesk: restored {} articles into {}",
        restored.articles,
        db.path().display()
    );
    if restored.accounts > 0 {
        eprintln!(
            "claimdesk: {} accounts were restored without passwords: create an admin with \
             `claimdesk user add --db {}`, then invite the others from /admin/users",
            restored.accounts,
            db.path().display()
        );
    }
    Ok(())
}
