//! Claim history: the append-only record of every status change (the table refuses updates).

use std::collections::HashMap;

use rusqlite::{Connection, Row, params};
use time::OffsetDateTime;
use uuid::Uuid;

use super::time::{Stamp, format};
use super::uuid_col;
use crate::domain::Verdict;

/// One recorded status change.
#[derive(Debug, Clone)]
pub struct HistoryEntry {
    pub claim_id: Uuid,
    pub at: OffsetDateTime,
    pub user_id: Option<String>,
    /// The reviewer's name, when reading (accounts are never deleted, so it stays known).
    pub user_name: Option<String>,
    pub from: Verdict,
    pub to: Verdict,
    pub note: Option<String>,
}

/// Records one status change (call inside the transaction that changes the claim).
pub fn append(conn: &Connection, entry: &HistoryEntry) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO claim_history (claim_id, at, user_id, from_status, to_status, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        entry.claim_id.to_string(),
        format(entry.at),
        entry.user_id,
        entry.from.as_str(),
        entry.to.as_str(),
        entry.note
    ])?;
    Ok(())
}

fn history_from_row(row: &Row<'_>) -> rusqlite::Result<HistoryEntry> {
    let verdict = |idx: usize| -> rusqlite::Result<Verdict> {
        let s: String = row.get(idx)?;
        Verdict::parse(&s).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                idx,
                rusqlite::types::Type::Text,
                "unknown status".into(),
            )
        })
    };
    Ok(HistoryEntry {
        claim_id: uuid_col(row, 0)?,
        at: row.get::<_, Stamp>(1)?.0,
        user_id: row.get(2)?,
        from: verdict(3)?,
        to: verdict(4)?,
        note: row.get(5)?,
        user_name: row.get(6)?,
    })
}

/// The status changes of one claim, oldest first.
pub fn for_claim(conn: &Connection, claim_id: Uuid) -> rusqlite::Result<Vec<HistoryEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT h.claim_id, h.at, h.user_id, h.from_status, h.to_status, h.note, u.name
         FROM claim_history h LEFT JOIN users u ON u.id = h.user_id
         WHERE h.claim_id = ?1 ORDER BY h.id",
    )?;
    let rows = stmt.query_map([claim_id.to_string()], history_from_row)?;
    rows.collect()
}

/// The status changes of every claim of an article, oldest first, by claim id.
pub fn for_article(
    conn: &Connection,
    article_id: Uuid,
) -> rusqlite::Result<HashMap<Uuid, Vec<HistoryEntry>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT h.claim_id, h.at, h.user_id, h.from_status, h.to_status, h.note, u.name
         FROM claim_history h JOIN claims c ON c.id = h.claim_id
         LEFT JOIN users u ON u.id = h.user_id
         WHERE c.article_id = ?1 ORDER BY h.id",
    )?;
    let mut by_claim: HashMap<Uuid, Vec<HistoryEntry>> = HashMap::new();
    for entry in stmt.query_map([article_id.to_string()], history_from_row)? {
        let entry = entry?;
        by_claim.entry(entry.claim_id).or_default().push(entry);
    }
    Ok(by_claim)
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use crate::db::claims::{Review, ReviewOutcome, for_article, review};
    use crate::db::{articles, migrate, time::now};
    use crate::domain::Verdict;

    fn sample_db() -> (Connection, uuid::Uuid) {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate::run(&mut conn).unwrap();
        let article = articles::create(&mut conn, &crate::sample::article(), now()).unwrap();
        let claim = for_article(&conn, article).unwrap()[0].id;
        (conn, claim)
    }

    fn decide(status: Verdict, version: i64) -> Review {
        Review {
            status,
            // The review rules want a reason for disputed and verified.
            note: Some("checked".into()),
            expected_version: Some(version),
            user_id: None,
            user_name: "tester".into(),
            at: now(),
        }
    }

    #[test]
    fn a_review_and_its_history_row_are_written_together() {
        let (conn, claim) = sample_db();
        let outcome = review(&conn, claim, &decide(Verdict::Verified, 1))
            .unwrap()
            .unwrap();
        assert!(
            matches!(outcome, ReviewOutcome::Applied(c) if c.version == 2 && c.status == Verdict::Verified)
        );
        let history = super::for_claim(&conn, claim).unwrap();
        assert_eq!(
            (history[0].from, history[0].to),
            (Verdict::Pending, Verdict::Verified)
        );
    }

    #[test]
    fn a_stale_review_writes_nothing() {
        let (conn, claim) = sample_db();
        review(&conn, claim, &decide(Verdict::Verified, 1)).unwrap();
        let outcome = review(&conn, claim, &decide(Verdict::Disputed, 1))
            .unwrap()
            .unwrap();
        assert!(matches!(outcome, ReviewOutcome::Stale(c, _) if c.status == Verdict::Verified));
        assert_eq!(super::for_claim(&conn, claim).unwrap().len(), 1);
    }

    #[test]
    fn history_rows_cannot_be_rewritten() {
        let (conn, claim) = sample_db();
        review(&conn, claim, &decide(Verdict::Disputed, 1)).unwrap();
        let err = conn
            .execute("UPDATE claim_history SET to_status = 'verified'", [])
            .unwrap_err();
        assert!(err.to_string().contains("append-only"), "{err}");
    }
}
