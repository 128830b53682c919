//! Tests of the content-boundary rules and the learned content-end model.

use super::extract;

fn claim_of(text: &str, cue: &str) -> String {
    let ex = extract(text);
    ex.claims
        .iter()
        .find(|c| c.cue.as_ref().is_some_and(|q| q.text == cue))
        .map_or(String::new(), |c| c.text.clone())
}

#[test]
fn an_object_content_goes_on_through_its_list() {
    let c = claim_of(
        "Perhaps more than anyone, Sen. Graham has attacked GOP voters, lawmakers, and thinkers \
         for opposing mass migration policies.",
        "attacked",
    );
    assert!(c.starts_with("GOP voters, lawmakers, and thinkers"), "{c}");
}

#[test]
fn a_content_keeps_its_closing_quote_when_the_model_would_only_drop_punctuation() {
    let c = claim_of(
        "Mr. Smith called the show “the conservative news show of record.”",
        "called",
    );
    assert!(c.ends_with("record.”") || c.ends_with("record”"), "{c}");
}

#[test]
fn a_said_content_runs_on_after_a_comma_when_the_clause_goes_on() {
    let c = claim_of(
        "The judge said he had come to the conclusion that I was being selectively prosecuted, \
         not for what I did, but because of who I am.",
        "said",
    );
    assert!(c.ends_with("who I am"), "{c}");
}
