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
fn an_object_content_stops_before_a_trailing_place_adjunct() {
    let c = claim_of(
        "Bernie Sanders is thanking supporters at a victory rally in his home state of Vermont.",
        "thanking",
    );
    assert_eq!(c, "supporters");
}

#[test]
fn an_object_content_goes_on_through_a_list_of_adjectives() {
    let c = claim_of(
        "She criticized what she called the angry, divisive rhetoric from the Republican \
         front-runner, Donald Trump, though she did not name him.",
        "criticized",
    );
    assert!(c.contains("divisive rhetoric"), "{c}");
}

#[test]
fn an_end_inside_a_quotation_keeps_its_closing_mark() {
    let c = claim_of(
        "He held his fire on Ben Carson, calling him a “nice guy” and he didn’t provide any \
         descriptions for John Kasich.",
        "calling",
    );
    assert_eq!(c, "him a “nice guy”");
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

#[test]
fn a_content_split_by_a_said_frame_with_a_described_source_resumes_after_it() {
    let c = claim_of(
        "The paradox of Nancy, says Carl Anthony, historian at the National First Ladies \
         Library, is that she was one of the most powerful first ladies.",
        "says",
    );
    assert!(c.starts_with("The paradox of Nancy"), "{c}");
    assert!(c.ends_with("most powerful first ladies"), "{c}");
}

#[test]
fn a_content_split_by_a_said_frame_resumes_at_the_verb_after_the_source() {
    let c = claim_of(
        "The contrast with Trump, said Doyle and others, would be clear since Trump has no \
         former Republican presidents by his side.",
        "said",
    );
    assert!(c.contains("would be clear"), "{c}");
}

#[test]
fn a_whole_quote_before_its_frame_does_not_take_the_aside_after_it() {
    let c = claim_of(
        "“Okay,” I said, attempting to regroup after the judge spoke.",
        "said",
    );
    assert_eq!(c, "Okay");
}

#[test]
fn a_partly_quoted_content_before_its_frame_goes_on_into_the_next_quoted_sentence() {
    let c = claim_of(
        "The program was a “good thing” that yielded “frankly good information,” he remarked. \
         “And I think we ought to start it up immediately.”",
        "remarked",
    );
    assert!(c.starts_with("The program was"), "{c}");
    assert!(c.contains("start it up immediately"), "{c}");
}

#[test]
fn a_content_before_its_frame_keeps_the_words_before_its_quotation() {
    let c = claim_of(
        "The Central American Minors program “is gaining and has gained considerable traction,” \
         the official said.",
        "said",
    );
    assert!(c.starts_with("The Central American Minors program"), "{c}");
}

#[test]
fn an_according_to_content_does_not_run_on_over_the_source_description() {
    let c = claim_of(
        "There is one relevant law that criminalizes gross negligence, and Clinton broke it, \
         according to Andrew McCarthy, who prosecuted the perpetrators of the first bombing.",
        "according to",
    );
    assert!(c.ends_with("Clinton broke it"), "{c}");
}

#[test]
fn an_according_to_content_still_spans_a_short_opener_and_the_clause_after() {
    let c = claim_of(
        "Over the long term, according to the budget office, the rise in annual deficits is \
         mainly attributable to the aging population.",
        "according to",
    );
    assert!(
        c.starts_with("Over the long term") && c.ends_with("population"),
        "{c}"
    );
}
