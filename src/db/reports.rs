//! Loads the `report::Report` of one article: the article, its claims in order, their history, notes
//! and evidence (one query per table for the whole article, not one per claim).

use rusqlite::Connection;
use time::OffsetDateTime;
use uuid::Uuid;

use super::{articles, claims, evidence, history, notes};
use crate::report::{
    Report, ReportArticle, ReportClaim, ReportEvidence, ReportHistoryEntry, ReportNote,
    ReportSource,
};

/// Where a report is made: the instance's name and public base URL.
#[derive(Debug, Clone)]
pub struct ReportContext {
    pub instance_name: String,
    pub base_url: String,
    pub generated_at: OffsetDateTime,
}

/// The report of one article; `None` if there is no such article.
pub fn load(
    conn: &Connection,
    article_id: Uuid,
    ctx: &ReportContext,
) -> rusqlite::Result<Option<Report>> {
    let Some(article) = articles::get(conn, article_id)? else {
        return Ok(None);
    };
    let mut history = history::for_article(conn, article_id)?;
    let mut notes = notes::for_article(conn, article_id)?;
    let mut evidence = evidence::for_article(conn, article_id)?;
    let claims = claims::for_article(conn, article_id)?
        .into_iter()
        .map(|stored| {
            let entries: Vec<ReportHistoryEntry> = history
                .remove(&stored.id)
                .unwrap_or_default()
                .into_iter()
                .map(|h| ReportHistoryEntry {
                    at: h.at,
                    user: h.user_name,
                    from: h.from,
                    to: h.to,
                    note: h.note,
                })
                .collect();
            let last = entries.last();
            ReportClaim {
                id: stored.id,
                number: stored.number,
                sentence: slice(
                    &article.text,
                    stored.claim.sentence.start,
                    stored.claim.sentence.end,
                )
                .unwrap_or(&stored.claim.text)
                .to_string(),
                source: stored.claim.source.as_ref().map(|s| ReportSource {
                    name: s.name.clone(),
                    kind: s.kind,
                }),
                cue: stored.claim.cue.as_ref().map(|c| c.text.clone()),
                quote: stored.claim.quote,
                checkworthiness: stored.claim.checkworthiness,
                status: stored.status,
                note: stored.note.clone(),
                decided_by: last.and_then(|h| h.user.clone()),
                decided_at: last.map(|h| h.at),
                text: stored.claim.text,
                history: entries,
                notes: notes
                    .remove(&stored.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|n| ReportNote {
                        at: n.at,
                        author: Some(n.user_name),
                        text: n.body,
                    })
                    .collect(),
                evidence: evidence
                    .remove(&stored.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|e| ReportEvidence {
                        url: e.url,
                        label: e.label,
                        excerpt: e.excerpt,
                        added_by: Some(e.user_name),
                        added_at: Some(e.at),
                    })
                    .collect(),
            }
        })
        .collect();
    Ok(Some(Report {
        instance_name: ctx.instance_name.clone(),
        base_url: ctx.base_url.clone(),
        generated_at: ctx.generated_at,
        article: ReportArticle {
            id: article.id,
            title: article.title,
            outlet: article.outlet,
            byline: article.byline,
            url: article.url,
            published: article.published,
            created_at: article.created_at,
        },
        claims,
    }))
}

/// `text[start..end]` if that is a valid range on char boundaries.
fn slice(text: &str, start: usize, end: usize) -> Option<&str> {
    text.get(start..end)
}
