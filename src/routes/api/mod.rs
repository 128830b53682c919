//! The JSON API (`/api/v1`, CONTRACT.md). Errors become `{"error": "..."}` via `error::json_errors`.

pub mod articles;
pub mod assign;
pub mod claims;
pub mod search;

use serde::Serialize;
use time::OffsetDateTime;

use crate::db::claims::StoredClaim;
use crate::domain::Verdict;
use crate::extract::ExtractedClaim;

/// A claim in the API: the extraction object plus its id and review state.
#[derive(Serialize)]
pub struct ClaimJson<'a> {
    pub id: String,
    pub number: usize,
    #[serde(flatten)]
    pub claim: &'a ExtractedClaim,
    pub status: Verdict,
    pub version: i64,
    pub note: Option<&'a str>,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

impl<'a> From<&'a StoredClaim> for ClaimJson<'a> {
    fn from(c: &'a StoredClaim) -> Self {
        ClaimJson {
            id: c.id.to_string(),
            number: c.number,
            claim: &c.claim,
            status: c.status,
            version: c.version,
            note: c.note.as_deref(),
            updated_at: c.updated_at,
        }
    }
}

/// A claim as a JSON value (for error bodies that carry the current claim).
pub fn claim_value(c: &StoredClaim) -> serde_json::Value {
    serde_json::to_value(ClaimJson::from(c)).unwrap_or(serde_json::Value::Null)
}

/// An account as the API shows it (`{"id", "name"}`), or `null`.
pub fn account_value(account: Option<&(String, String)>) -> serde_json::Value {
    account.map_or(
        serde_json::Value::Null,
        |(id, name)| serde_json::json!({ "id": id, "name": name }),
    )
}

/// The claim as the API shows it, plus its own `"assignee": {"id", "name"}` or `null`.
pub fn with_assignee(claim: &StoredClaim) -> serde_json::Value {
    let mut value = serde_json::to_value(ClaimJson::from(claim)).unwrap_or_default();
    value["assignee"] = account_value(claim.assignee.as_ref());
    value
}
