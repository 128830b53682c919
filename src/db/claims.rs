//! Claims: store an extraction, load them, and record review decisions with their history.

use rusqlite::{Connection, OptionalExtension, Row, params};
use time::OffsetDateTime;
use uuid::Uuid;

use super::history::{self, HistoryEntry};
use super::time::{Stamp, format};
use super::timeline::{self, Actor, Entry, Kind};
use super::{evidence, notes, uuid_col};
use crate::domain::Verdict;
use crate::domain::rules::{self, RuleError, Support};
use crate::extract::{Cue, ExtractedClaim, QuoteKind, Source, SourceKind, Span};

/// A claim as stored: what extraction found plus its review state.
#[derive(Debug, Clone)]
pub struct StoredClaim {
    pub id: Uuid,
    pub article_id: Uuid,
    /// 1-based position in the article.
    pub number: usize,
    pub claim: ExtractedClaim,
    pub status: Verdict,
    pub note: Option<String>,
    pub version: i64,
    pub updated_at: OffsetDateTime,
    /// Set while the claim is removed (soft delete); restorable.
    pub deleted_at: Option<OffsetDateTime>,
    /// The reviewer this claim is assigned to (id, name).
    pub assignee: Option<(String, String)>,
}

/// A review decision to record.
#[derive(Debug, Clone)]
pub struct Review {
    pub status: Verdict,
    pub note: Option<String>,
    /// The version the reviewer saw; `None` applies unconditionally.
    pub expected_version: Option<i64>,
    pub user_id: Option<String>,
    /// The reviewer's name, kept in the timeline beside the id.
    pub user_name: String,
    pub at: OffsetDateTime,
}

/// What happened to a review.
#[derive(Debug, Clone)]
pub enum ReviewOutcome {
    /// Recorded; the claim as it is now.
    Applied(StoredClaim),
    /// Someone changed the claim first; nothing was written. The claim as it is now, and the latest
    /// timeline row about it (who changed what, when).
    Stale(StoredClaim, Option<Entry>),
    /// The decision breaks a review rule; nothing was written.
    Refused(RuleError),
}

/// Stores the claims of a new article (call inside a transaction).
pub fn insert_all(
    conn: &Connection,
    article_id: Uuid,
    claims: &[ExtractedClaim],
    at: OffsetDateTime,
) -> rusqlite::Result<()> {
    for (i, c) in claims.iter().enumerate() {
        insert_one(conn, article_id, i as i64 + 1, c, at)?;
    }
    Ok(())
}

/// Stores one claim with the given 1-based number; returns its new id.
pub fn insert_one(
    conn: &Connection,
    article_id: Uuid,
    ordinal: i64,
    c: &ExtractedClaim,
    at: OffsetDateTime,
) -> rusqlite::Result<Uuid> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO claims (id, article_id, ordinal, text, start, \"end\", sentence_start, sentence_end,
            source_name, source_kind, source_mention, source_start, source_end,
            cue_text, cue_start, cue_end, quote, checkworthiness, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
    )?;
    let id = Uuid::new_v4();
    let s = c.source.as_ref();
    let cue = c.cue.as_ref();
    stmt.execute(params![
        id.to_string(),
        article_id.to_string(),
        ordinal,
        c.text,
        c.start as i64,
        c.end as i64,
        c.sentence.start as i64,
        c.sentence.end as i64,
        s.map(|s| s.name.as_str()),
        s.map(|s| s.kind.as_str()),
        s.map(|s| s.mention.as_str()),
        s.map(|s| s.start as i64),
        s.map(|s| s.end as i64),
        cue.map(|c| c.text.as_str()),
        cue.map(|c| c.start as i64),
        cue.map(|c| c.end as i64),
        c.quote.map(QuoteKind::as_str),
        f64::from(c.checkworthiness),
        format(at),
    ])?;
    Ok(id)
}

/// The next free claim number of an article.
pub fn next_ordinal(conn: &Connection, article_id: Uuid) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM claims WHERE article_id = ?1")?
        .query_row([article_id.to_string()], |r| r.get(0))
}

const CLAIM_COLUMNS: &str =
    "id, article_id, ordinal, text, start, \"end\", sentence_start, sentence_end,
    source_name, source_kind, source_mention, source_start, source_end,
    cue_text, cue_start, cue_end, quote, checkworthiness, status, note, version, updated_at,
    deleted_at, assignee_id, assignee_name";

/// The claim columns prefixed with a table alias (`c.id, c.article_id, ...`).
pub(crate) fn qualified_columns(alias: &str) -> String {
    CLAIM_COLUMNS
        .split(',')
        .map(|c| format!("{alias}.{}", c.trim()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn offset(row: &Row<'_>, idx: usize) -> rusqlite::Result<usize> {
    Ok(row.get::<_, i64>(idx)?.max(0) as usize)
}

/// Reads a claim from a row of `CLAIM_COLUMNS` (in that order, from column 0).
pub(crate) fn claim_from_row(row: &Row<'_>) -> rusqlite::Result<StoredClaim> {
    let bad = |idx: usize, what: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("unknown {what}").into(),
        )
    };
    let source = match row.get::<_, Option<String>>(8)? {
        None => None,
        Some(name) => Some(Source {
            name,
            kind: SourceKind::parse(&row.get::<_, String>(9)?)
                .ok_or_else(|| bad(9, "source kind"))?,
            mention: row.get::<_, Option<String>>(10)?.unwrap_or_default(),
            start: row.get::<_, Option<i64>>(11)?.unwrap_or(0).max(0) as usize,
            end: row.get::<_, Option<i64>>(12)?.unwrap_or(0).max(0) as usize,
        }),
    };
    let cue = match row.get::<_, Option<String>>(13)? {
        None => None,
        Some(text) => Some(Cue {
            text,
            start: row.get::<_, Option<i64>>(14)?.unwrap_or(0).max(0) as usize,
            end: row.get::<_, Option<i64>>(15)?.unwrap_or(0).max(0) as usize,
        }),
    };
    let quote = match row.get::<_, Option<String>>(16)? {
        None => None,
        Some(q) => Some(QuoteKind::parse(&q).ok_or_else(|| bad(16, "quote kind"))?),
    };
    let status: String = row.get(18)?;
    Ok(StoredClaim {
        id: uuid_col(row, 0)?,
        article_id: uuid_col(row, 1)?,
        number: offset(row, 2)?,
        claim: ExtractedClaim {
            text: row.get(3)?,
            start: offset(row, 4)?,
            end: offset(row, 5)?,
            sentence: Span {
                start: offset(row, 6)?,
                end: offset(row, 7)?,
            },
            source,
            cue,
            quote,
            checkworthiness: row.get::<_, f64>(17)? as f32,
            frame: String::new(),
        },
        status: Verdict::parse(&status).ok_or_else(|| bad(18, "status"))?,
        note: row.get(19)?,
        version: row.get(20)?,
        updated_at: row.get::<_, Stamp>(21)?.0,
        deleted_at: row.get::<_, Option<Stamp>>(22)?.map(|s| s.0),
        assignee: match (
            row.get::<_, Option<String>>(23)?,
            row.get::<_, Option<String>>(24)?,
        ) {
            (Some(id), name) => Some((id, name.unwrap_or_default())),
            _ => None,
        },
    })
}

/// One claim; `None` if there is no such id.
pub fn get(conn: &Connection, id: Uuid) -> rusqlite::Result<Option<StoredClaim>> {
    conn.prepare_cached(&format!("SELECT {CLAIM_COLUMNS} FROM claims WHERE id = ?1"))?
        .query_row([id.to_string()], claim_from_row)
        .optional()
}

/// The live (not removed) claims of an article, in text order.
pub fn for_article(conn: &Connection, article_id: Uuid) -> rusqlite::Result<Vec<StoredClaim>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {CLAIM_COLUMNS} FROM claims WHERE article_id = ?1 AND deleted_at IS NULL
         ORDER BY start, ordinal"
    ))?;
    let rows = stmt.query_map([article_id.to_string()], claim_from_row)?;
    rows.collect()
}

/// The removed (soft-deleted) claims of an article, restorable.
pub fn removed_for_article(
    conn: &Connection,
    article_id: Uuid,
) -> rusqlite::Result<Vec<StoredClaim>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {CLAIM_COLUMNS} FROM claims WHERE article_id = ?1 AND deleted_at IS NOT NULL
         ORDER BY ordinal"
    ))?;
    let rows = stmt.query_map([article_id.to_string()], claim_from_row)?;
    rows.collect()
}

/// Records a review decision and its history row, unless the version is stale. `None` if there is no
/// such claim. Call inside a write transaction (`Db::write` runs it in one) so the decision and its
/// history commit together, and so the version read here cannot change before the update.
pub fn review(
    tx: &Connection,
    id: Uuid,
    review: &Review,
) -> rusqlite::Result<Option<ReviewOutcome>> {
    let Some(current) = get(tx, id)? else {
        return Ok(None);
    };
    if review
        .expected_version
        .is_some_and(|v| v != current.version)
    {
        let last = timeline::latest_for_claim(tx, id)?;
        return Ok(Some(ReviewOutcome::Stale(current, last)));
    }
    let support = Support {
        note_with_decision: review.note.is_some(),
        notes: notes::count(tx, id)?,
        evidence: evidence::count(tx, id)?,
    };
    if let Err(e) = rules::check(
        review.status,
        support,
        evidence::verified_needs_support(tx)?,
    ) {
        return Ok(Some(ReviewOutcome::Refused(e)));
    }
    let actor = Actor {
        id: review.user_id.clone(),
        name: review.user_name.clone(),
    };
    if let Some(note) = &review.note {
        notes::insert(tx, id, &actor, review.at, note)?;
    }
    timeline::append(
        tx,
        current.article_id,
        Some(id),
        &actor,
        review.at,
        Kind::Status,
        &format!("{} → {}", current.status.label(), review.status.label()),
        review.note.as_deref(),
    )?;
    let at = format(review.at);
    tx.prepare_cached(
        "UPDATE claims SET status = ?2, note = ?3, version = version + 1, updated_at = ?4 WHERE id = ?1",
    )?
    .execute(params![id.to_string(), review.status.as_str(), review.note, at])?;
    history::append(
        tx,
        &HistoryEntry {
            claim_id: id,
            at: review.at,
            user_id: review.user_id.clone(),
            user_name: None,
            from: current.status,
            to: review.status,
            note: review.note.clone(),
        },
    )?;
    let updated = get(tx, id)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    Ok(Some(ReviewOutcome::Applied(updated)))
}
