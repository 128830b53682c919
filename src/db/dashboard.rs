//! The numbers of the dashboard on `/`: claims per status, reviews per day, the busiest sources.

use rusqlite::Connection;

use crate::report::Counts;

/// Reviews (status changes) recorded on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    /// YYYY-MM-DD.
    pub day: String,
    pub reviews: usize,
}

/// A source with how many of its claims there are and how they were judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    pub name: String,
    pub claims: usize,
    pub verified: usize,
    pub disputed: usize,
}

/// Live claims per status across the instance.
pub fn counts(conn: &Connection) -> rusqlite::Result<Counts> {
    let mut counts = Counts::default();
    let mut stmt = conn.prepare_cached(
        "SELECT status, COUNT(*) FROM claims WHERE deleted_at IS NULL GROUP BY status",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
    for row in rows {
        let (status, n) = row?;
        let n = n.max(0) as usize;
        match status.as_str() {
            "verified" => counts.verified = n,
            "disputed" => counts.disputed = n,
            _ => counts.pending += n,
        }
    }
    Ok(counts)
}

/// Status changes per day since `since` (YYYY-MM-DD), oldest first; days without reviews are absent.
pub fn reviews_per_day(conn: &Connection, since: &str) -> rusqlite::Result<Vec<Day>> {
    let mut stmt = conn.prepare_cached(
        "SELECT substr(at, 1, 10) AS day, COUNT(*) FROM claim_history
         WHERE at >= ?1 GROUP BY day ORDER BY day",
    )?;
    let rows = stmt.query_map([since], |r| {
        Ok(Day {
            day: r.get(0)?,
            reviews: r.get::<_, i64>(1)?.max(0) as usize,
        })
    })?;
    rows.collect()
}

/// The `limit` sources with the most live claims, with their verified/disputed split.
pub fn busiest_sources(conn: &Connection, limit: usize) -> rusqlite::Result<Vec<SourceLine>> {
    let mut stmt = conn.prepare_cached(
        "SELECT source_name, COUNT(*), SUM(status = 'verified'), SUM(status = 'disputed')
         FROM claims WHERE source_name IS NOT NULL AND deleted_at IS NULL
         GROUP BY source_name ORDER BY COUNT(*) DESC, source_name LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit as i64], |r| {
        Ok(SourceLine {
            name: r.get(0)?,
            claims: r.get::<_, i64>(1)?.max(0) as usize,
            verified: r.get::<_, i64>(2)?.max(0) as usize,
            disputed: r.get::<_, i64>(3)?.max(0) as usize,
        })
    })?;
    rows.collect()
}
