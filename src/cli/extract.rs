//! `claimdesk extract`: the claims of one text file as JSON, or as text that explains each match.

use std::io::{Read, Write};

use clap::{Args, ValueEnum};

#[derive(Args)]
pub struct ExtractArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    format: ExtractFormat,
    /// The article file, or - for standard input.
    file: String,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Json,
    Text,
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

/// Extracts and prints; no database.
pub fn run(args: ExtractArgs) -> anyhow::Result<()> {
    let text = read_input(&args.file)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        // The extraction JSON of CONTRACT.md, written claim by claim as they are found.
        ExtractFormat::Json => {
            write!(out, "{{\"claims\":[")?;
            let mut result = Ok(());
            let mut first = true;
            claimdesk::extract::extract_each(&text, |c| {
                if result.is_ok() {
                    let sep = if first { "" } else { "," };
                    first = false;
                    result = write!(out, "{sep}")
                        .map_err(anyhow::Error::from)
                        .and_then(|()| serde_json::to_writer(&mut out, &c).map_err(Into::into));
                }
            });
            result?;
            writeln!(out, "]}}")?;
        }
        ExtractFormat::Text => {
            let extraction = claimdesk::extract::extract(&text);
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
