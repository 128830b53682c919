//! Sentence-level tests of the frames that find a second attribution in a sentence, through the
//! whole pipeline (the first-attribution frames are tested in `frame_tests.rs`).

use super::frame_tests::attributed;

fn pair(c: &str, s: &str) -> (String, String) {
    (c.to_string(), s.to_string())
}

#[test]
fn a_quoted_show_title_in_an_opening_phrase_is_not_the_content() {
    let got = attributed(
        "Sunday on Fox's “Morning Futures,” Rep. Ann Velt said the plan is in question because \
         of its costs.",
    );
    assert_eq!(
        got,
        vec![pair(
            "the plan is in question because of its costs",
            "Rep. Ann Velt"
        )]
    );
}

#[test]
fn an_opening_time_phrase_is_not_the_content_when_a_clause_follows_the_cue() {
    let got = attributed(
        "Friday morning, as the parade rolled through Port Alder, the Daily Planet reported at \
         least six planes filled the skies with messages.",
    );
    assert_eq!(
        got,
        vec![pair(
            "at least six planes filled the skies with messages",
            "the Daily Planet"
        )]
    );
}

#[test]
fn a_cue_the_rules_do_not_know_is_found_beside_a_known_one() {
    let got = attributed(
        "The union said it was ready, but their neighbor Ann Roe, 83, knows just what Port Alder \
         needs.",
    );
    assert_eq!(
        got,
        vec![
            pair("it was ready", "The union"),
            pair("just what Port Alder needs", "their neighbor Ann Roe")
        ]
    );
}

#[test]
fn the_model_does_not_take_a_possessive_or_a_clause_on_a_noun_as_a_second_source() {
    let got = attributed(
        "Velt said the files he submitted to the court have been released, and Ramos's decision \
         against the plan stood.",
    );
    assert!(
        got.iter().all(|(_, s)| s == "Velt"),
        "only Velt speaks here: {got:?}"
    );
}

#[test]
fn a_participle_after_by_takes_the_subject_of_its_clause() {
    let got = attributed(
        "And, like Velt, they have played to a distrustful electorate by criticizing the \
         fact-checkers.",
    );
    assert_eq!(got, vec![pair("the fact-checkers", "they")]);
}
