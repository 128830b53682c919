//! Streaming writers of the whole-instance export: one article in, its bytes out, nothing kept.

use std::io::{self, Write};

use super::{Context, ExportAccount, ExportArticle, Filters, SCHEMA};
use crate::report::csv;

/// Writes `{"schema": ..., "filters": ..., "accounts": [...], "articles": [ ... ]}` one article per line.
pub struct JsonExport<W: Write> {
    out: W,
    first: bool,
}

impl<W: Write> JsonExport<W> {
    /// Writes the opening of the document, with the accounts the articles refer to.
    pub fn start(mut out: W, filters: &Filters, accounts: &[ExportAccount]) -> io::Result<Self> {
        let filters = serde_json::to_string(filters)?;
        let accounts = serde_json::to_string(accounts)?;
        write!(
            out,
            "{{\"schema\":\"{SCHEMA}\",\"filters\":{filters},\"accounts\":{accounts},\"articles\":["
        )?;
        Ok(JsonExport { out, first: true })
    }

    /// Writes one article (on its own line, so the file diffs and greps well).
    pub fn article(&mut self, article: &ExportArticle) -> io::Result<()> {
        self.out
            .write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        serde_json::to_writer(&mut self.out, article)?;
        Ok(())
    }

    /// Closes the document and flushes; returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.write_all(b"\n]}\n")?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Writes the CSV header, then the rows of each article given (same columns as the article report).
pub struct CsvExport<W: Write> {
    out: ::csv::Writer<W>,
    ctx: Context,
}

impl<W: Write> CsvExport<W> {
    /// Writes the header row.
    pub fn start(out: W, ctx: Context) -> io::Result<Self> {
        let mut out = csv::writer(out);
        out.write_record(csv::HEADER)?;
        Ok(CsvExport { out, ctx })
    }

    /// Writes one row per claim of `article`.
    pub fn article(&mut self, article: &ExportArticle) -> io::Result<()> {
        let report = article.to_report(&self.ctx);
        for claim in &report.claims {
            self.out.write_record(csv::record(&report, claim))?;
        }
        Ok(())
    }

    /// Flushes; returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.flush()?;
        self.out
            .into_inner()
            .map_err(|e| io::Error::other(e.error().to_string()))
    }
}
