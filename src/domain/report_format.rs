//! The formats a review report can be downloaded or exported in, and which renderer makes each.

use crate::report::{self, Report};

/// A report format (`md`, `csv`, `json`, `html`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Markdown,
    Csv,
    Json,
    Html,
}

impl ReportFormat {
    /// Every format, in the order they are offered.
    pub const ALL: [ReportFormat; 4] = [
        ReportFormat::Html,
        ReportFormat::Markdown,
        ReportFormat::Csv,
        ReportFormat::Json,
    ];

    /// Parses a file extension or CLI name (`md`, `csv`, `json`, `html`).
    pub fn parse(s: &str) -> Option<ReportFormat> {
        ReportFormat::ALL.into_iter().find(|f| f.extension() == s)
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Markdown => "md",
            ReportFormat::Csv => "csv",
            ReportFormat::Json => "json",
            ReportFormat::Html => "html",
        }
    }

    /// The HTTP content type.
    pub fn content_type(self) -> &'static str {
        match self {
            ReportFormat::Markdown => "text/markdown; charset=utf-8",
            ReportFormat::Csv => "text/csv; charset=utf-8; header=present",
            ReportFormat::Json => "application/json",
            ReportFormat::Html => "text/html; charset=utf-8",
        }
    }

    /// Renders `report` in this format (pure). Only the HTML template can fail (a formatting bug).
    pub fn render(self, report: &Report) -> Result<String, askama::Error> {
        Ok(match self {
            ReportFormat::Markdown => report::markdown::render(report),
            ReportFormat::Csv => report::csv::render(report),
            ReportFormat::Json => report::json::render(report),
            ReportFormat::Html => report::html::render(report)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_round_trips_through_its_extension() {
        for f in ReportFormat::ALL {
            assert_eq!(ReportFormat::parse(f.extension()), Some(f));
        }
        assert_eq!(ReportFormat::parse("pdf"), None);
    }
}
