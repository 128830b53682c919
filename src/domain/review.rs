//! A review decision as typed by a reviewer: a known status and an optional, bounded note.

use super::Verdict;

const MAX_NOTE_CHARS: usize = 5000;

/// Why a review was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviewError {
    #[error("unknown status {0:?}: use pending, verified or disputed")]
    UnknownStatus(String),
    #[error("the note is longer than {MAX_NOTE_CHARS} characters")]
    NoteTooLong,
}

/// A parsed decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub status: Verdict,
    /// Trimmed; `None` when blank.
    pub note: Option<String>,
}

impl Decision {
    /// Parses a status name and an optional note.
    pub fn parse(status: &str, note: Option<&str>) -> Result<Decision, ReviewError> {
        let status = Verdict::parse(status.trim())
            .ok_or_else(|| ReviewError::UnknownStatus(status.to_string()))?;
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        if note.is_some_and(|n| n.chars().count() > MAX_NOTE_CHARS) {
            return Err(ReviewError::NoteTooLong);
        }
        Ok(Decision {
            status,
            note: note.map(str::to_string),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_with_a_note_is_a_decision() {
        let d = Decision::parse("verified", Some("  matches the minutes ")).unwrap();
        assert_eq!(
            d,
            Decision {
                status: Verdict::Verified,
                note: Some("matches the minutes".into())
            }
        );
    }

    #[test]
    fn a_blank_note_is_no_note() {
        assert_eq!(Decision::parse("pending", Some("  ")).unwrap().note, None);
    }

    #[test]
    fn unknown_statuses_and_huge_notes_are_refused() {
        assert!(matches!(
            Decision::parse("true", None),
            Err(ReviewError::UnknownStatus(_))
        ));
        let long = "x".repeat(MAX_NOTE_CHARS + 1);
        assert_eq!(
            Decision::parse("verified", Some(&long)),
            Err(ReviewError::NoteTooLong)
        );
    }
}
