//! The `claimdesk` command line: a thin shell over the library. Exit 0 ok, 1 failure, 2 bad usage.

use std::io::{Read, Write};
use std::process::ExitCode;

use std::path::PathBuf;

use claimdesk::config::{self, Config};
use claimdesk::db::{Db, reports::ReportContext};
use claimdesk::domain::ReportFormat;
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
    /// Print one article's review report.
    Export {
        /// The article's id (a UUID, as in its URL).
        #[arg(long)]
        article: Uuid,
        /// Report format.
        #[arg(long, value_enum)]
        format: ExportFormat,
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
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Md,
    Csv,
    Json,
}

impl From<ExportFormat> for ReportFormat {
    fn from(f: ExportFormat) -> Self {
        match f {
            ExportFormat::Md => ReportFormat::Markdown,
            ExportFormat::Csv => ReportFormat::Csv,
            ExportFormat::Json => ReportFormat::Json,
        }
    }
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
        Command::Serve { db, bind, base_url } => run_serve(Config {
            base_url,
            ..Config::new(db, bind)
        }),
        Command::Generate {
            articles,
            claims_per_article,
            db,
        } => claimdesk::generate::run(&db, articles, claims_per_article),
        Command::Export {
            article,
            format,
            db,
            base_url,
        } => run_export(article, format.into(), &db, base_url),
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
            for (i, c) in extraction.claims.iter().enumerate() {
                let who = c.source.as_ref().map_or("the article", |s| s.name.as_str());
                let cue = c.cue.as_ref().map_or("", |c| c.text.as_str());
                writeln!(out, "{:>3}. [{who}] {cue} {:?}", i + 1, c.text)?;
                if !c.frame.is_empty() {
                    writeln!(out, "     frame: {}", c.frame)?;
                }
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
        app.run_until_stopped().await?;
        Ok(())
    })
}

fn run_export(
    article: Uuid,
    format: ReportFormat,
    db: &std::path::Path,
    base_url: String,
) -> anyhow::Result<()> {
    let db = Db::open_existing(db)?;
    let ctx = ReportContext {
        instance_name: "claimdesk".to_string(),
        base_url: base_url.trim_end_matches('/').to_string(),
        generated_at: claimdesk::db::time::now(),
    };
    let report = db
        .run_blocking(|conn| Ok(claimdesk::db::reports::load(conn, article, &ctx)?))
        .map_err(anyhow::Error::from)?
        .ok_or_else(|| anyhow::anyhow!("no article {article} in {}", db.path().display()))?;
    let mut out = std::io::stdout().lock();
    out.write_all(format.render(&report).as_bytes())?;
    out.flush()?;
    Ok(())
}
