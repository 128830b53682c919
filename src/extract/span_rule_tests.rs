//! Tests of the content-span rules: quotations that run on past their frame, asides kept apart.

use super::extract;

/// The text of the claim whose cue reads `cue` (empty when there is none).
fn claim_of(text: &str, cue: &str) -> String {
    extract(text)
        .claims
        .iter()
        .find(|c| c.cue.as_ref().is_some_and(|q| q.text == cue))
        .map_or(String::new(), |c| c.text.clone())
}

/// A quotation split by its speaker and an aside (PolNeAR train).
const ACOSTA: &str = "''We need Chapter 9,'' said Ms. Acosta, referring to the bankruptcy chapter used \
                      by cities. ''Give us the tool and we will finalize what we are doing.''";

#[test]
fn a_quotation_runs_on_past_an_aside_after_its_speaker() {
    let text = ACOSTA;
    let c = claim_of(text, "said");
    assert!(c.starts_with("''We need Chapter 9"), "{c}");
    assert!(c.ends_with("what we are doing.''"), "{c}");
}

#[test]
fn the_aside_between_the_parts_of_a_quotation_stays_a_claim() {
    let text = ACOSTA;
    let c = claim_of(text, "referring");
    assert!(c.contains("the bankruptcy chapter"), "{c}");
}
