//! A claim's review status: pending, verified or disputed.

use serde::{Deserialize, Serialize};

/// The review status of a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Pending,
    Verified,
    Disputed,
}

impl Verdict {
    /// Every status, in display order.
    pub const ALL: [Verdict; 3] = [Verdict::Pending, Verdict::Verified, Verdict::Disputed];

    /// The lowercase name used in URLs, forms, JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pending => "pending",
            Verdict::Verified => "verified",
            Verdict::Disputed => "disputed",
        }
    }

    /// The capitalised label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Pending => "Pending",
            Verdict::Verified => "Verified",
            Verdict::Disputed => "Disputed",
        }
    }

    /// A symbol that carries the status without colour: ✓ verified, ✗ disputed, ? pending.
    pub fn icon(self) -> &'static str {
        match self {
            Verdict::Pending => "?",
            Verdict::Verified => "✓",
            Verdict::Disputed => "✗",
        }
    }

    /// Parses the lowercase name; `None` for an unknown status.
    pub fn parse(s: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_round_trips_through_its_name() {
        for v in Verdict::ALL {
            assert_eq!(Verdict::parse(v.as_str()), Some(v));
        }
    }

    #[test]
    fn unknown_status_is_rejected() {
        assert_eq!(Verdict::parse("true"), None);
        assert_eq!(Verdict::parse("Verified"), None);
    }
}
