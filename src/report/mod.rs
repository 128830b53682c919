//! Review reports: a `Report` value in, Markdown / CSV / JSON (and later HTML, ClaimReview) out. Pure.
//!
//! Handlers and the CLI load a `Report` from the database (`db::reports`) and hand it to a renderer
//! here; nothing in this module touches I/O beyond the `Write` it is given.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::domain::Verdict;
use crate::extract::{QuoteKind, SourceKind};

pub mod claimreview;
pub mod csv;
pub mod export;
pub mod format;
pub mod html;
pub mod json;
pub mod markdown;

#[cfg(test)]
pub(crate) mod fixture;
#[cfg(test)]
mod golden;
#[cfg(test)]
pub(crate) mod sample_fixture;

/// Everything a report shows about one article and its review.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The instance's display name ("claimdesk" unless configured).
    pub instance_name: String,
    /// The instance's public base URL without a trailing slash, for permalinks ("http://127.0.0.1:8080").
    pub base_url: String,
    #[serde(with = "time::serde::rfc3339")]
    pub generated_at: OffsetDateTime,
    pub article: ReportArticle,
    /// In article order.
    pub claims: Vec<ReportClaim>,
}

/// The article a report is about.
#[derive(Debug, Clone, Serialize)]
pub struct ReportArticle {
    pub id: Uuid,
    pub title: String,
    pub outlet: Option<String>,
    /// The authors, as the page named them.
    pub byline: Option<String>,
    pub url: Option<String>,
    pub published: Option<Date>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// Who a claim is attributed to, as shown in a report.
#[derive(Debug, Clone, Serialize)]
pub struct ReportSource {
    pub name: String,
    pub kind: SourceKind,
}

/// One claim with its review state.
#[derive(Debug, Clone, Serialize)]
pub struct ReportClaim {
    pub id: Uuid,
    /// 1-based position in the article.
    pub number: usize,
    pub text: String,
    /// The sentence that holds the claim.
    pub sentence: String,
    /// `None`: the article's own claim.
    pub source: Option<ReportSource>,
    pub cue: Option<String>,
    pub quote: Option<QuoteKind>,
    pub checkworthiness: f32,
    pub status: Verdict,
    /// The note given with the latest status change, if any.
    pub note: Option<String>,
    /// Display name of who made the latest status change (`None` before accounts, or never reviewed).
    pub decided_by: Option<String>,
    /// When the status last changed; `None` if never reviewed.
    #[serde(with = "time::serde::rfc3339::option")]
    pub decided_at: Option<OffsetDateTime>,
    /// Every status change, oldest first.
    pub history: Vec<ReportHistoryEntry>,
    /// The claim's discussion thread, oldest first (empty until notes are recorded).
    pub notes: Vec<ReportNote>,
    /// Evidence items given by reviewers, in the order they were added.
    pub evidence: Vec<ReportEvidence>,
}

/// One note in a claim's discussion thread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportNote {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// Display name of the author (`None` before accounts).
    pub author: Option<String>,
    pub text: String,
}

/// One evidence item: a link with a label and an optional quoted excerpt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportEvidence {
    /// An http(s) URL; renderers link only http(s) URLs and show anything else as text.
    pub url: String,
    pub label: String,
    pub excerpt: Option<String>,
    pub added_by: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub added_at: Option<OffsetDateTime>,
}

/// One status change of a claim.
#[derive(Debug, Clone, Serialize)]
pub struct ReportHistoryEntry {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub user: Option<String>,
    pub from: Verdict,
    pub to: Verdict,
    pub note: Option<String>,
}

/// How many claims are in each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub pending: usize,
    pub verified: usize,
    pub disputed: usize,
}

impl Counts {
    /// All claims.
    pub fn total(&self) -> usize {
        self.pending + self.verified + self.disputed
    }
}

impl Report {
    /// Claims per status.
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for claim in &self.claims {
            match claim.status {
                Verdict::Pending => c.pending += 1,
                Verdict::Verified => c.verified += 1,
                Verdict::Disputed => c.disputed += 1,
            }
        }
        c
    }

    /// Everyone who changed a status in this report, in order of first appearance, without repeats.
    pub fn reviewers(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        let all = self.claims.iter().flat_map(|c| {
            c.history
                .iter()
                .filter_map(|h| h.user.as_deref())
                .chain(c.decided_by.as_deref())
                .chain(c.notes.iter().filter_map(|n| n.author.as_deref()))
                .chain(c.evidence.iter().filter_map(|e| e.added_by.as_deref()))
        });
        for name in all {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }

    /// The article's page on this instance.
    pub fn article_url(&self) -> String {
        format!("{}/articles/{}", self.base_url, self.article.id)
    }

    /// A claim's permalink on this instance: the article page, scrolled to the claim.
    pub fn claim_permalink(&self, claim: &ReportClaim) -> String {
        format!("{}#claim-{}", self.article_url(), claim.number)
    }
}
