//! CSV report: RFC 4180 (CRLF, quoted where needed), UTF-8, a header row, one row per claim.
//!
//! Cells that a spreadsheet would run as a formula are neutralised with a leading `'`.

use std::io;

use super::{Report, ReportClaim, format};

/// The header row, in column order.
pub const HEADER: [&str; 14] = [
    "article_id",
    "article_title",
    "claim_id",
    "claim_number",
    "claim_text",
    "source_name",
    "source_kind",
    "cue",
    "status",
    "note",
    "evidence_urls",
    "reviewer",
    "decided_at",
    "checkworthiness",
];

/// Renders the whole report as CSV text.
pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail and every record has HEADER.len() fields, so no error can arise.
    if let Err(e) = write(report, &mut out) {
        return format!("error\r\n{}\r\n", neutralise(&e.to_string()));
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Writes the header row and one row per claim to `out`.
pub fn write<W: io::Write>(report: &Report, out: W) -> ::csv::Result<()> {
    let mut w = writer(out);
    w.write_record(HEADER)?;
    for claim in &report.claims {
        w.write_record(record(report, claim))?;
    }
    w.flush()?;
    Ok(())
}

/// A CSV writer with RFC 4180 record terminators, for callers that stream rows themselves.
pub fn writer<W: io::Write>(out: W) -> ::csv::Writer<W> {
    ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out)
}

/// One claim's row, already neutralised, in `HEADER` order.
pub fn record(report: &Report, claim: &ReportClaim) -> [String; HEADER.len()] {
    let source = claim.source.as_ref();
    [
        report.article.id.to_string(),
        report.article.title.clone(),
        claim.id.to_string(),
        claim.number.to_string(),
        claim.text.clone(),
        source.map(|s| s.name.clone()).unwrap_or_default(),
        format::kind_name(source).to_string(),
        claim.cue.clone().unwrap_or_default(),
        claim.status.as_str().to_string(),
        claim.note.clone().unwrap_or_default(),
        evidence_urls(claim),
        claim.decided_by.clone().unwrap_or_default(),
        claim.decided_at.map(format::rfc3339).unwrap_or_default(),
        claim.checkworthiness.to_string(),
    ]
    .map(|cell| neutralise(&cell))
}

/// The claim's evidence URLs separated by single spaces (a URL holds no literal space).
fn evidence_urls(claim: &ReportClaim) -> String {
    let urls: Vec<&str> = claim.evidence.iter().map(|e| e.url.as_str()).collect();
    urls.join(" ")
}

/// Prefixes `'` to a cell that a spreadsheet would treat as a formula (OWASP "CSV injection").
///
/// Besides `= + - @`, tab and carriage return, the full-width forms `＝ ＋ －  ＠` are caught too:
/// some spreadsheet locales accept them as formula starts.
pub fn neutralise(cell: &str) -> String {
    const DANGEROUS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
    match cell.chars().next() {
        Some(c) if DANGEROUS.contains(&c) => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    fn parse(text: &str) -> Vec<::csv::StringRecord> {
        ::csv::Reader::from_reader(text.as_bytes())
            .records()
            .collect::<Result<_, _>>()
            .expect("the report parses back as CSV")
    }

    #[test]
    fn the_report_parses_back_with_one_row_per_claim_under_the_header() {
        let report = fixture::report();
        let text = render(&report);
        let mut reader = ::csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .expect("a header row")
            .iter()
            .map(str::to_string)
            .collect();
        assert_eq!(header, HEADER);
        let rows = parse(&text);
        assert_eq!(rows.len(), report.claims.len());
        for (row, claim) in rows.iter().zip(&report.claims) {
            assert_eq!(&row[0], report.article.id.to_string());
            assert_eq!(&row[2], claim.id.to_string());
            assert_eq!(&row[8], claim.status.as_str());
        }
    }

    #[test]
    fn quotes_commas_and_newlines_in_user_text_survive_the_round_trip() {
        let report = fixture::report();
        let rows = parse(&render(&report));
        assert_eq!(&rows[1][4], report.claims[1].text);
        assert_eq!(&rows[1][11], "Bob, \"the checker\"");
        assert_eq!(&rows[1][5], "Ri Son Gwon");
        assert_eq!(&rows[1][6], "person");
        assert_eq!(
            &rows[3][6], "article",
            "the article's own claim has kind 'article'"
        );
    }

    #[test]
    fn formula_cells_are_neutralised_with_a_leading_apostrophe() {
        let rows = parse(&render(&fixture::report()));
        assert_eq!(
            &rows[0][9],
            "'=HYPERLINK(\"http://evil.example\",\"click\")"
        );
        assert!(rows[1][9].starts_with("'-2 sources"));
        assert!(rows[3][4].starts_with("'+1 the date"));
        for cell in ["@SUM(A1)", "\tx", "\rx", "＝1+1"] {
            assert!(
                neutralise(cell).starts_with('\''),
                "{cell:?} must be neutralised"
            );
        }
        assert_eq!(neutralise("Plain text = fine"), "Plain text = fine");
    }

    #[test]
    fn records_end_with_crlf_as_rfc_4180_asks() {
        let text = render(&fixture::report());
        assert!(text.starts_with("article_id,article_title,"));
        assert!(text.ends_with("\r\n"));
        let line_ends = text.matches("\r\n").count();
        assert!(
            line_ends >= 5,
            "header and four rows end in CRLF, found {line_ends}"
        );
    }

    #[test]
    fn decision_times_are_rfc_3339_utc_and_pending_claims_leave_them_empty() {
        let rows = parse(&render(&fixture::report()));
        assert_eq!(&rows[0][12], "2026-11-20T09:30:00Z");
        assert_eq!(&rows[1][12], "2026-11-21T13:05:00Z");
        assert_eq!(&rows[2][12], "");
        assert_eq!(&rows[0][13], "0.72");
    }

    #[test]
    fn evidence_urls_are_listed_in_one_cell_separated_by_spaces() {
        let rows = parse(&render(&fixture::report()));
        assert_eq!(
            &rows[0][10],
            "https://www.cnn.example/2018/08/13/asia/korea-summit"
        );
        assert_eq!(
            &rows[1][10],
            "https://kcna.example/item?id=42&lang=en javascript:alert(1)"
        );
        assert_eq!(&rows[2][10], "");
    }
}
