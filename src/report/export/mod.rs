//! Whole-instance export: the exchange format `claimdesk.export/1` (articles with their text, claims,
//! review state and history), written and read one article at a time so memory stays constant.
//!
//! Pure: the database side (`db::export`) feeds articles in and takes them out.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::{Report, ReportArticle, ReportClaim, ReportHistoryEntry};
use super::{ReportSource, format};
use crate::domain::Verdict;
use crate::extract::ExtractedClaim;

mod read;
mod records;
mod write;

pub use read::{Part, ReadError, read, read_parts};
pub use records::{ExportAccount, ExportAssignee, ExportEvidence, ExportNote, ExportTimelineEntry};
pub use write::{CsvExport, JsonExport};

/// The schema identifier of a whole-instance JSON export.
pub const SCHEMA: &str = "claimdesk.export/1";

/// Which claims an export holds. Articles without a matching claim are left out when a filter is set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filters {
    pub status: Option<Verdict>,
    /// Claims created or changed on or after this day (UTC).
    pub since: Option<Date>,
}

impl Filters {
    /// Whether any filter is set.
    pub fn is_set(&self) -> bool {
        self.status.is_some() || self.since.is_some()
    }
}

/// One article with everything needed to rebuild it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportArticle {
    pub id: Uuid,
    pub title: String,
    pub outlet: Option<String>,
    /// Absent in files written before bylines were kept: restores as `None`.
    #[serde(default)]
    pub byline: Option<String>,
    pub url: Option<String>,
    #[serde(with = "date_opt")]
    pub published: Option<Date>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    pub text: String,
    /// Every claim, removed ones too (with `deleted_at` set).
    pub claims: Vec<ExportClaim>,
    /// The reviewer of every unassigned claim of the article. Absent in older files: none.
    #[serde(default)]
    pub assignee: Option<ExportAssignee>,
    /// The article's append-only timeline, oldest first. Absent in older files: empty.
    #[serde(default)]
    pub timeline: Vec<ExportTimelineEntry>,
}

/// One claim: the extraction object of CONTRACT.md plus its review state and history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportClaim {
    pub id: Uuid,
    pub number: usize,
    #[serde(flatten)]
    pub extracted: ExtractedClaim,
    pub status: Verdict,
    pub note: Option<String>,
    pub version: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub history: Vec<ExportChange>,
    #[serde(default)]
    pub notes: Vec<ExportNote>,
    #[serde(default)]
    pub evidence: Vec<ExportEvidence>,
    /// When the claim was removed (soft delete); `None` while it is live. Absent in older files: live.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub deleted_at: Option<OffsetDateTime>,
    /// The reviewer this claim is assigned to. Absent in older files: none.
    #[serde(default)]
    pub assignee: Option<ExportAssignee>,
}

/// One recorded status change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportChange {
    /// The row id, kept so a restore rebuilds the same rows; absent in older files: a new id.
    #[serde(default)]
    pub id: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub user: Option<String>,
    pub from: Verdict,
    pub to: Verdict,
    pub note: Option<String>,
}

/// Where a report is made: instance name, base URL, time. Used to turn exported articles into reports.
#[derive(Debug, Clone)]
pub struct Context {
    pub instance_name: String,
    pub base_url: String,
    pub generated_at: OffsetDateTime,
}

impl ExportArticle {
    /// The review report of this article's live claims (for CSV rows and per-article formats).
    pub fn to_report(&self, ctx: &Context) -> Report {
        let claims = self
            .claims
            .iter()
            .filter(|c| c.deleted_at.is_none())
            .map(|c| c.to_report_claim(&self.text, self.decider(c.id)))
            .collect();
        Report {
            instance_name: ctx.instance_name.clone(),
            base_url: ctx.base_url.clone(),
            generated_at: ctx.generated_at,
            article: ReportArticle {
                id: self.id,
                title: self.title.clone(),
                outlet: self.outlet.clone(),
                byline: self.byline.clone(),
                url: self.url.clone(),
                published: self.published,
                created_at: self.created_at,
            },
            claims,
        }
    }
}

impl ExportArticle {
    /// The name on the latest `status` row of a claim's timeline.
    fn decider(&self, claim: Uuid) -> Option<&str> {
        self.timeline
            .iter()
            .rev()
            .find(|t| t.claim_id == Some(claim) && t.kind == "status")
            .map(|t| t.user_name.as_str())
    }
}

impl ExportClaim {
    /// `decider`: the name the timeline shows for the latest status change, if the file has one.
    fn to_report_claim(&self, article_text: &str, decider: Option<&str>) -> ReportClaim {
        let e = &self.extracted;
        let last = self.history.last();
        ReportClaim {
            id: self.id,
            number: self.number,
            text: e.text.clone(),
            sentence: article_text
                .get(e.sentence.start..e.sentence.end)
                .unwrap_or(&e.text)
                .to_string(),
            source: e.source.as_ref().map(|s| ReportSource {
                name: s.name.clone(),
                kind: s.kind,
            }),
            cue: e.cue.as_ref().map(|c| c.text.clone()),
            quote: e.quote,
            checkworthiness: e.checkworthiness,
            status: self.status,
            note: self.note.clone(),
            // The name when the timeline gives it; older files only have the account id.
            decided_by: last.and_then(|h| decider.map(str::to_string).or_else(|| h.user.clone())),
            decided_at: last.map(|h| h.at),
            history: self
                .history
                .iter()
                .map(|h| ReportHistoryEntry {
                    at: h.at,
                    user: h.user.clone(),
                    from: h.from,
                    to: h.to,
                    note: h.note.clone(),
                })
                .collect(),
            notes: self.notes.iter().map(ExportNote::to_report).collect(),
            evidence: self
                .evidence
                .iter()
                .map(ExportEvidence::to_report)
                .collect(),
        }
    }
}

/// `Option<Date>` as `"YYYY-MM-DD"` or null.
mod date_opt {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&super::format::date(*d)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        let raw: Option<String> = Option::deserialize(d)?;
        raw.map(|s| {
            Date::parse(
                &s,
                time::macros::format_description!("[year]-[month]-[day]"),
            )
            .map_err(|_| serde::de::Error::custom(format!("bad date {s:?}, expected YYYY-MM-DD")))
        })
        .transpose()
    }
}

#[cfg(test)]
pub(crate) mod sample;
#[cfg(test)]
mod tests;
