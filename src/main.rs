//! The `claimdesk` command line: a thin shell over the library. Exit 0 ok, 1 failure, 2 bad usage.

use std::io::{Read, Write};
use std::process::ExitCode;

mod accounts_cli;

use std::path::PathBuf;

use claimdesk::config::{self, Config};
use claimdesk::db::{Db, reports::ReportContext};
use claimdesk::domain::Role;
use claimdesk::domain::{ReportFormat, Verdict};
use claimdesk::export::AllFormat;
use claimdesk::ingest::{AddrPolicy, FetchConfig};
use claimdesk::report::claimreview::{self, Organization};
use claimdesk::report::export::{Context, Filters};
use claimdesk::startup::Application;
use clap::{Parser, Subcommand, ValueEnum};
use uuid::Uuid;

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
    Extract {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
        format: ExtractFormat,
        /// The article file, or - for standard input.
        file: String,
    },
    /// Run the web app.
    Serve {
        /// The SQLite database file (created and migrated on first start).
        #[arg(long, env = "CLAIMDESK_DB", default_value = config::DEFAULT_DB)]
        db: PathBuf,
        /// The address to listen on (host:port).
        #[arg(long, env = "CLAIMDESK_BIND", default_value = config::DEFAULT_BIND)]
        bind: String,
        /// Public base URL used in report permalinks (default: http:// + the address listened on).
        #[arg(long, env = "CLAIMDESK_BASE_URL")]
        base_url: Option<String>,
        /// Let article imports fetch from private and link-local networks (an intranet deployment).
        #[arg(long, env = "CLAIMDESK_FETCH_ALLOW_PRIVATE")]
        fetch_allow_private: bool,
        /// Let article imports fetch from loopback addresses (127.0.0.1, ::1).
        #[arg(long, env = "CLAIMDESK_FETCH_ALLOW_LOOPBACK")]
        fetch_allow_loopback: bool,
        #[command(flatten)]
        identity: Identity,
        /// Mark cookies Secure (serve over HTTPS); on by default when --base-url is https.
        #[arg(long, env = "CLAIMDESK_SECURE_COOKIES")]
        secure_cookies: bool,
        /// Hex key (64+ characters) signing sessions; default: a key stored in the database.
        #[arg(long, env = "CLAIMDESK_SESSION_KEY", hide_env_values = true)]
        session_key: Option<String>,
    },
    /// Fill a database with synthetic articles and claims (for benchmarks).
    Generate {
        /// How many articles.
        #[arg(long, default_value_t = 10_000)]
        articles: usize,
        /// Claims per article.
        #[arg(long, default_value_t = 100)]
        claims_per_article: usize,
        /// The SQLite database file (created if absent).
        #[arg(long)]
        db: PathBuf,
    },
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Import articles from files (.html, .txt) and URLs, skipping those already imported.
    Import {
        /// The SQLite database file (created and migrated if absent).
        #[arg(long, env = "CLAIMDESK_DB", default_value = config::DEFAULT_DB)]
        db: PathBuf,
        /// The email of the account the articles are imported for.
        #[arg(long = "as", value_name = "EMAIL")]
        as_email: String,
        /// Fetch from private and link-local networks too (an intranet deployment).
        #[arg(long, env = "CLAIMDESK_FETCH_ALLOW_PRIVATE")]
        fetch_allow_private: bool,
        /// Fetch from loopback addresses too (127.0.0.1, ::1).
        #[arg(long, env = "CLAIMDESK_FETCH_ALLOW_LOOPBACK")]
        fetch_allow_loopback: bool,
        /// Files and http(s) URLs to import.
        #[arg(required = true, value_name = "FILE_OR_URL")]
        items: Vec<String>,
    },
    /// Print one article's review report (--article), or every claim of the instance (--all).
    Export {
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
    },
    /// Rebuild articles, claims, statuses and history from `export --all --format json` in a new database.
    Restore {
        /// The export file, or - for standard input.
        file: String,
        /// The new SQLite database file (created; must hold no article).
        #[arg(long)]
        db: PathBuf,
    },
}

/// How the instance names itself in reports, and who is credited for its reviews.
#[derive(clap::Args)]
struct Identity {
    /// The instance's name, shown on reports.
    #[arg(long, env = "CLAIMDESK_INSTANCE_NAME", default_value = "claimdesk")]
    instance_name: String,
    /// The organisation credited as ClaimReview author (default: the instance name).
    #[arg(long, env = "CLAIMDESK_ORG_NAME")]
    org_name: Option<String>,
    /// The organisation's web site for ClaimReview (default: the base URL).
    #[arg(long, env = "CLAIMDESK_ORG_URL")]
    org_url: Option<String>,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account; the password is read from standard input.
    Add {
        /// Login e-mail.
        #[arg(long)]
        email: String,
        /// Name shown in the review history.
        #[arg(long)]
        name: String,
        /// admin, editor, reviewer or viewer.
        #[arg(long, value_parser = accounts_cli::parse_role)]
        role: Role,
        /// Read the password (at least 10 characters) from standard input.
        #[arg(long, required = true)]
        password_stdin: bool,
        /// The SQLite database file (created and migrated if missing).
        #[arg(long, env = "CLAIMDESK_DB", default_value = config::DEFAULT_DB)]
        db: PathBuf,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Print a new API token for an account (shown once; only its hash is stored).
    Create {
        /// The account's e-mail.
        #[arg(long)]
        email: String,
        /// A label for the token ("CI import").
        #[arg(long)]
        name: Option<String>,
        /// The SQLite database file.
        #[arg(long, env = "CLAIMDESK_DB", default_value = config::DEFAULT_DB)]
        db: PathBuf,
    },
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
}

impl ExportFormat {
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

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Json,
    Text,
}

fn main() -> ExitCode {
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
        Command::Extract { format, file } => run_extract(format, &file),
        Command::Serve {
            db,
            bind,
            base_url,
            fetch_allow_private,
            fetch_allow_loopback,
            identity,
            secure_cookies,
            session_key,
        } => run_serve(Config {
            base_url,
            instance_name: identity.instance_name,
            organization_name: identity.org_name,
            organization_url: identity.org_url,
            fetch: fetch_config(fetch_allow_private, fetch_allow_loopback),
            secure_cookies,
            session_key,
            ..Config::new(db, bind)
        }),
        Command::Generate {
            articles,
            claims_per_article,
            db,
        } => claimdesk::generate::run(&db, articles, claims_per_article),
        Command::User(UserCommand::Add {
            email,
            name,
            role,
            password_stdin: _,
            db,
        }) => accounts_cli::user_add(&db, &email, &name, role),
        Command::Token(TokenCommand::Create { email, name, db }) => {
            accounts_cli::token_create(&db, &email, name.as_deref())
        }
        Command::Import {
            db,
            as_email,
            fetch_allow_private,
            fetch_allow_loopback,
            items,
        } => run_import(
            &db,
            &as_email,
            &items,
            &fetch_config(fetch_allow_private, fetch_allow_loopback),
        ),
        Command::Export {
            article,
            all,
            format,
            status,
            since,
            db,
            base_url,
            identity,
        } => {
            let base_url = base_url.trim_end_matches('/').to_string();
            let ctx = ReportContext {
                instance_name: identity.instance_name.clone(),
                base_url,
                generated_at: claimdesk::db::time::now(),
            };
            match (article, all) {
                (Some(article), _) => run_export(article, format, &db, ctx, identity),
                (None, _) => {
                    let Some(format) = format.all_format() else {
                        eprintln!("claimdesk: export --all writes csv or json");
                        return ExitCode::from(2);
                    };
                    run_export_all(format, Filters { status, since }, &db, ctx)
                }
            }
        }
        Command::Restore { file, db } => run_restore(&file, &db),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimdesk: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn read_input(file: &str) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(file).map_err(|e| anyhow::anyhow!("cannot read {file}: {e}"))?;
    }
    String::from_utf8(bytes).map_err(|_| anyhow::anyhow!("{file} is not UTF-8 text"))
}

fn run_extract(format: ExtractFormat, file: &str) -> anyhow::Result<()> {
    let text = read_input(file)?;
    let extraction = claimdesk::extract::extract(&text);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        ExtractFormat::Json => {
            serde_json::to_writer(&mut out, &extraction)?;
            writeln!(out)?;
        }
        ExtractFormat::Text => {
            writeln!(out, "{} claims", extraction.claims.len())?;
            for (i, c) in extraction.claims.iter().enumerate() {
                writeln!(out, "{:>3}. {:?} [{}..{}]", i + 1, c.text, c.start, c.end)?;
                match &c.source {
                    Some(s) => writeln!(
                        out,
                        "     source: {} ({}), mention {:?} [{}..{}]",
                        s.name,
                        s.kind.as_str(),
                        s.mention,
                        s.start,
                        s.end
                    )?,
                    None => writeln!(out, "     source: the article itself")?,
                }
                let cue = c.cue.as_ref().map_or("none".to_string(), |q| {
                    format!("{:?} [{}..{}]", q.text, q.start, q.end)
                });
                let quote = c.quote.map_or("-", |q| q.as_str());
                writeln!(
                    out,
                    "     cue: {cue}; frame: {}; quote: {quote}; checkworthiness {:.2}",
                    c.frame, c.checkworthiness
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn run_serve(config: Config) -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    actix_web::rt::System::new().block_on(async move {
        let app = Application::build(config)?;
        println!("claimdesk listening on {}", app.base_url());
        if let Some(link) = app.setup_link() {
            println!("No accounts yet. Create the first admin (single-use link): {link}");
        }
        app.run_until_stopped().await?;
        Ok(())
    })
}

fn run_export(
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

fn run_export_all(
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
            conn, format, &filters, ctx, out,
        )?)
    })
    .map_err(anyhow::Error::from)?;
    Ok(())
}

fn run_restore(file: &str, db: &std::path::Path) -> anyhow::Result<()> {
    let input: Box<dyn Read> = if file == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(file).map_err(|e| anyhow::anyhow!("cannot read {file}: {e}"))?)
    };
    let db = Db::open(db)?;
    let n = db
        .run_blocking(|conn| Ok(claimdesk::export::restore(conn, input)?))
        .map_err(anyhow::Error::from)?;
    eprintln!(
        "claimdesk: restored {n} articles into {}",
        db.path().display()
    );
    Ok(())
}

fn fetch_config(allow_private: bool, allow_loopback: bool) -> FetchConfig {
    FetchConfig {
        addresses: AddrPolicy {
            allow_private,
            allow_loopback,
        },
        ..FetchConfig::default()
    }
}

fn run_import(
    db: &std::path::Path,
    as_email: &str,
    items: &[String],
    fetch: &FetchConfig,
) -> anyhow::Result<()> {
    let email = as_email.trim();
    if !email.contains('@') || email.contains(char::is_whitespace) {
        eprintln!("claimdesk: --as needs an email address, not {as_email:?}");
        std::process::exit(2);
    }
    let db = Db::open(db)?;
    accounts_cli::require_editor(&db, email)?;
    eprintln!("importing {} item(s) as {email}", items.len());
    let live = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let summary =
        claimdesk::imports::import_all(&db, items, fetch, &mut std::io::stderr().lock(), live)?;
    if summary.failed.is_empty() {
        Ok(())
    } else {
        anyhow::bail!("{} of {} item(s) failed", summary.failed.len(), items.len())
    }
}
