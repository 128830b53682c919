//! The review rules: a disputed claim needs a note saying why; a verified one needs evidence or a note
//! (an instance setting, on by default). Pure: the caller says what the claim has.

use super::Verdict;

/// What a claim has (or will have with this decision) that can support a verdict.
#[derive(Debug, Clone, Copy, Default)]
pub struct Support {
    /// A note comes with the decision.
    pub note_with_decision: bool,
    /// Notes already on the claim.
    pub notes: i64,
    /// Evidence items already on the claim.
    pub evidence: i64,
}

/// Why a decision breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error(
        "a claim can only be marked disputed with a note saying why: write the note and press Disputed again"
    )]
    DisputedNeedsNote,
    #[error(
        "a claim can only be marked verified with an evidence link or a note: add one and press Verified again"
    )]
    VerifiedNeedsSupport,
}

/// Checks a decision against the rules.
pub fn check(
    status: Verdict,
    support: Support,
    verified_needs_support: bool,
) -> Result<(), RuleError> {
    let has_note = support.note_with_decision || support.notes > 0;
    match status {
        Verdict::Disputed if !support.note_with_decision => Err(RuleError::DisputedNeedsNote),
        Verdict::Verified if verified_needs_support && !has_note && support.evidence == 0 => {
            Err(RuleError::VerifiedNeedsSupport)
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disputing_needs_a_note_with_the_decision() {
        let none = Support::default();
        assert_eq!(
            check(Verdict::Disputed, none, true),
            Err(RuleError::DisputedNeedsNote)
        );
        let with_note = Support {
            note_with_decision: true,
            ..none
        };
        assert_eq!(check(Verdict::Disputed, with_note, true), Ok(()));
    }

    #[test]
    fn verifying_needs_evidence_or_a_note_unless_switched_off() {
        let none = Support::default();
        assert_eq!(
            check(Verdict::Verified, none, true),
            Err(RuleError::VerifiedNeedsSupport)
        );
        assert_eq!(check(Verdict::Verified, none, false), Ok(()));
        let evidence = Support {
            evidence: 1,
            ..none
        };
        assert_eq!(check(Verdict::Verified, evidence, true), Ok(()));
        let old_note = Support { notes: 2, ..none };
        assert_eq!(check(Verdict::Verified, old_note, true), Ok(()));
    }

    #[test]
    fn sending_a_claim_back_to_pending_is_always_allowed() {
        assert_eq!(check(Verdict::Pending, Support::default(), true), Ok(()));
    }
}
