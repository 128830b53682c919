//! The `claimdesk` command line: a thin shell over the library. Exit 0 ok, 1 failure, 2 bad usage.

use std::io::{Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

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
