//! Shared formatting of report values: times, dates, source labels. Pure; never fails.

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, UtcOffset};

use super::ReportSource;

/// RFC 3339 in UTC ("2026-11-27T20:48:13Z"), for machines (CSV, JSON).
pub fn rfc3339(at: OffsetDateTime) -> String {
    let utc = at.to_offset(UtcOffset::UTC);
    // Only years outside 0..=9999 fail to format; fall back to time's own display rather than panic.
    utc.format(&Rfc3339).unwrap_or_else(|_| utc.to_string())
}

/// A time for people, in UTC to the minute ("2026-11-27 20:48 UTC").
pub fn human(at: OffsetDateTime) -> String {
    let utc = at.to_offset(UtcOffset::UTC);
    utc.format(format_description!(
        "[year]-[month]-[day] [hour]:[minute] UTC"
    ))
    .unwrap_or_else(|_| utc.to_string())
}

/// A calendar date as YYYY-MM-DD.
pub fn date(d: Date) -> String {
    d.format(format_description!("[year]-[month]-[day]"))
        .unwrap_or_else(|_| d.to_string())
}

/// The source kind as written in exports; "article" for the article's own claims.
pub fn kind_name(source: Option<&ReportSource>) -> &'static str {
    source.map_or("article", |s| s.kind.as_str())
}

/// The source as a person reads it: "CNN (media)", or "the article" for the article's own claims.
pub fn source_label(source: Option<&ReportSource>) -> String {
    match source {
        Some(s) => format!("{} ({})", s.name, s.kind.as_str()),
        None => "the article".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn times_are_shown_in_utc_whatever_their_offset() {
        let at = datetime!(2026-11-27 22:48:13 +02:00);
        assert_eq!(rfc3339(at), "2026-11-27T20:48:13Z");
        assert_eq!(human(at), "2026-11-27 20:48 UTC");
    }

    #[test]
    fn dates_are_zero_padded_iso() {
        assert_eq!(date(time::macros::date!(2018 - 09 - 07)), "2018-09-07");
    }
}
