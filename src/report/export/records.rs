//! The review records an export carries beside the claims: notes, evidence, the timeline, assignments
//! and the accounts they refer to. Users are referenced by account id, with the name shown beside it.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::report::{ReportEvidence, ReportNote};

/// An account as exported: enough to keep names in history after a restore, never a password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportAccount {
    pub id: String,
    pub email: String,
    pub name: String,
    /// `viewer`, `reviewer`, `editor` or `admin`.
    pub role: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds; `None` while the account is active.
    pub deactivated_at: Option<i64>,
}

/// Who something is assigned to: the account id (empty for the local user) and the name shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportAssignee {
    pub id: String,
    pub name: String,
}

/// One note of a claim's discussion thread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportNote {
    /// The row id, kept so a restore rebuilds the same thread order; absent: a new id.
    #[serde(default)]
    pub id: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// The author's account id (`None` for the local user).
    pub user: Option<String>,
    pub user_name: String,
    pub text: String,
}

/// One evidence item of a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportEvidence {
    #[serde(default)]
    pub id: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub user: Option<String>,
    pub user_name: String,
    pub url: String,
    pub label: String,
    pub excerpt: Option<String>,
}

/// One row of an article's append-only timeline (its own rows and its claims').
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportTimelineEntry {
    #[serde(default)]
    pub id: Option<i64>,
    /// `None`: a row about the article itself.
    pub claim_id: Option<Uuid>,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub user: Option<String>,
    pub user_name: String,
    /// `status`, `note`, `evidence`, `edit`, `assign`, `delete`, `restore`, `add`, `split` or `rename`.
    pub kind: String,
    pub summary: String,
    pub detail: Option<String>,
}

impl ExportNote {
    /// The note as a report shows it.
    pub fn to_report(&self) -> ReportNote {
        ReportNote {
            at: self.at,
            author: Some(self.user_name.clone()),
            text: self.text.clone(),
        }
    }
}

impl ExportEvidence {
    /// The evidence item as a report shows it.
    pub fn to_report(&self) -> ReportEvidence {
        ReportEvidence {
            url: self.url.clone(),
            label: self.label.clone(),
            excerpt: self.excerpt.clone(),
            added_by: Some(self.user_name.clone()),
            added_at: Some(self.at),
        }
    }
}
