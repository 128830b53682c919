//! Timestamps as stored: UTC, millisecond precision, fixed width, so text order is time order.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ValueRef};
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

const STORED: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");

/// The current time, truncated to what is stored.
pub fn now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_millisecond(now.millisecond()).unwrap_or(now)
}

/// Formats a timestamp for storage ("2026-11-27T20:48:13.123Z").
pub fn format(at: OffsetDateTime) -> String {
    at.to_offset(UtcOffset::UTC)
        .format(STORED)
        .unwrap_or_else(|_| "1970-01-01T00:00:00.000Z".to_string())
}

/// Parses a stored timestamp.
pub fn parse(s: &str) -> Option<OffsetDateTime> {
    PrimitiveDateTime::parse(s, STORED)
        .ok()
        .map(PrimitiveDateTime::assume_utc)
}

/// A stored timestamp read from a row.
pub struct Stamp(pub OffsetDateTime);

impl FromSql for Stamp {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let s = value.as_str()?;
        parse(s)
            .map(Stamp)
            .ok_or_else(|| FromSqlError::Other(format!("bad timestamp {s:?}").into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_timestamp_reads_back_as_the_same_instant() {
        let at = now();
        assert_eq!(parse(&format(at)), Some(at));
    }

    #[test]
    fn stored_timestamps_sort_as_text_in_time_order() {
        let early = time::macros::datetime!(2026-01-02 03:04:05.000 UTC);
        let late = time::macros::datetime!(2026-01-02 03:04:05.100 UTC);
        assert!(format(early) < format(late));
        assert_eq!(format(early), "2026-01-02T03:04:05.000Z");
    }
}
