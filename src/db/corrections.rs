//! Correcting the extraction (editors): a claim's source, its span, a missed claim, a split, and renaming
//! a source across an article. Claim-level corrections go through `edits::change` (versioned, timelined).

use rusqlite::{Connection, TransactionBehavior, params};
use uuid::Uuid;

use super::claims::{self, StoredClaim};
use super::edits::{self, Basis, Outcome};
use super::timeline::{self, Kind};
use crate::domain::span;
use crate::extract::{ExtractedClaim, Source, SourceKind, Span};

/// "CNN (media)" or "the article".
fn describe(source: Option<&Source>) -> String {
    source.map_or_else(
        || "the article".to_string(),
        |s| format!("{} ({})", s.name, s.kind.as_str()),
    )
}

/// Sets a claim's source (`None`: the article's own claim).
pub fn set_source(
    conn: &mut Connection,
    id: Uuid,
    basis: &Basis,
    source: Option<(String, SourceKind)>,
) -> rusqlite::Result<Option<Outcome>> {
    edits::change(conn, id, basis, |tx, current| {
        let before = describe(current.claim.source.as_ref());
        let (name, kind) = match &source {
            Some((n, k)) => (Some(n.as_str()), Some(k.as_str())),
            None => (None, None),
        };
        tx.execute(
            "UPDATE claims SET source_name = ?2, source_kind = ?3,
                source_mention = COALESCE(source_mention, ?2) WHERE id = ?1",
            params![id.to_string(), name, kind],
        )?;
        let after = source.as_ref().map_or_else(
            || "the article".to_string(),
            |(n, k)| format!("{n} ({})", k.as_str()),
        );
        Ok(Ok((Kind::Edit, format!("source {before} → {after}"), None)))
    })
}

/// Moves a claim's span to the occurrence of `text` in the article nearest to where it was.
pub fn set_span(
    conn: &mut Connection,
    id: Uuid,
    basis: &Basis,
    text: &str,
) -> rusqlite::Result<Option<Outcome>> {
    edits::change(conn, id, basis, |tx, current| {
        let article = article_text(tx, current.article_id)?;
        let Some((start, end)) = span::find_span(&article, text, current.claim.start) else {
            return Ok(Err(format!(
                "the text {:?} is not in the article",
                text.trim()
            )));
        };
        tx.execute(
            "UPDATE claims SET text = ?2, start = ?3, \"end\" = ?4 WHERE id = ?1",
            params![
                id.to_string(),
                &article[start..end],
                start as i64,
                end as i64
            ],
        )?;
        Ok(Ok((
            Kind::Edit,
            "span changed".to_string(),
            Some(format!("was: {}", current.claim.text)),
        )))
    })
}

/// Splits a claim in two where `second` begins; the second part becomes a new claim with the same source.
pub fn split(
    conn: &mut Connection,
    id: Uuid,
    basis: &Basis,
    second: &str,
) -> rusqlite::Result<Option<Outcome>> {
    edits::change(conn, id, basis, |tx, current| {
        let text = &current.claim.text;
        let Some(at) = span::split_point(text, second) else {
            return Ok(Err(format!(
                "{:?} does not begin a second part inside this claim",
                second.trim()
            )));
        };
        let ((a, b), (c, d)) = span::split_parts(text, at);
        let base = current.claim.start;
        tx.execute(
            "UPDATE claims SET text = ?2, start = ?3, \"end\" = ?4 WHERE id = ?1",
            params![
                id.to_string(),
                &text[a..b],
                (base + a) as i64,
                (base + b) as i64
            ],
        )?;
        let second_claim = ExtractedClaim {
            text: text[c..d].to_string(),
            start: base + c,
            end: base + d,
            ..current.claim.clone()
        };
        let ordinal = claims::next_ordinal(tx, current.article_id)?;
        let new_id = claims::insert_one(tx, current.article_id, ordinal, &second_claim, basis.at)?;
        timeline::append(
            tx,
            current.article_id,
            Some(new_id),
            &basis.actor,
            basis.at,
            Kind::Split,
            &format!("split from claim {}", current.number),
            None,
        )?;
        Ok(Ok((
            Kind::Split,
            format!("split: the second part is now claim {ordinal}"),
            Some(format!("was: {text}")),
        )))
    })
}

fn article_text(conn: &Connection, article_id: Uuid) -> rusqlite::Result<String> {
    conn.prepare_cached("SELECT text FROM articles WHERE id = ?1")?
        .query_row([article_id.to_string()], |r| r.get(0))
}

/// Adds a claim the extractor missed: the occurrence of `text` in the article, with an optional source.
/// `Ok(Err(message))` if the text is not in the article; `None` if there is no such article.
pub fn add_claim(
    conn: &mut Connection,
    article_id: Uuid,
    basis: &Basis,
    text: &str,
    source: Option<(String, SourceKind)>,
) -> rusqlite::Result<Option<Result<StoredClaim, String>>> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let article: Option<String> = {
        use rusqlite::OptionalExtension;
        tx.prepare_cached("SELECT text FROM articles WHERE id = ?1")?
            .query_row([article_id.to_string()], |r| r.get(0))
            .optional()?
    };
    let Some(article) = article else {
        return Ok(None);
    };
    let Some((start, end)) = span::find_span(&article, text, 0) else {
        return Ok(Some(Err(format!(
            "the text {:?} is not in the article",
            text.trim()
        ))));
    };
    let claim = ExtractedClaim {
        text: article[start..end].to_string(),
        start,
        end,
        sentence: Span { start, end },
        source: source.map(|(name, kind)| Source {
            mention: name.clone(),
            name,
            kind,
            start,
            end: start,
        }),
        cue: None,
        quote: None,
        checkworthiness: 0.5,
        frame: String::new(),
    };
    let ordinal = claims::next_ordinal(&tx, article_id)?;
    let id = claims::insert_one(&tx, article_id, ordinal, &claim, basis.at)?;
    timeline::append(
        &tx,
        article_id,
        Some(id),
        &basis.actor,
        basis.at,
        Kind::Add,
        &format!("claim {ordinal} added by hand"),
        Some(&claim.text),
    )?;
    let stored = claims::get(&tx, id)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    tx.commit()?;
    Ok(Some(Ok(stored)))
}

/// Renames a source across an article in one step ("Ri" → "Ri Son Gwon"); returns how many claims changed.
pub fn rename_source(
    conn: &mut Connection,
    article_id: Uuid,
    basis: &Basis,
    from: &str,
    to: &str,
) -> rusqlite::Result<usize> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let ids: Vec<String> = {
        let mut stmt =
            tx.prepare_cached("SELECT id FROM claims WHERE article_id = ?1 AND source_name = ?2")?;
        let rows = stmt.query_map(params![article_id.to_string(), from], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    if ids.is_empty() {
        return Ok(0);
    }
    tx.execute(
        "UPDATE claims SET source_name = ?3 WHERE article_id = ?1 AND source_name = ?2",
        params![article_id.to_string(), from, to],
    )?;
    for id in &ids {
        if let Ok(id) = Uuid::parse_str(id) {
            edits::bump(&tx, id, basis.at)?;
        }
    }
    timeline::append(
        &tx,
        article_id,
        None,
        &basis.actor,
        basis.at,
        Kind::Rename,
        &format!("source {from} → {to} ({} claims)", ids.len()),
        None,
    )?;
    tx.commit()?;
    Ok(ids.len())
}
