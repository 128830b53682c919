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

#[test]
fn a_verb_inside_content_placed_before_its_frame_does_not_swallow_the_frame() {
    let got = attributed(
        "As part of those interviews, the FBI would want Clinton to explain the server, former \
         officials said.",
    );
    assert_eq!(
        got,
        vec![pair(
            "As part of those interviews, the FBI would want Clinton to explain the server",
            "former officials"
        )]
    );
}

#[test]
fn a_standing_reported_in_a_poll_is_attributed_to_the_poll() {
    let got = attributed("Velt leads by 57 percent to 33 percent in the 50-state poll.");
    assert_eq!(
        got,
        vec![pair(
            "Velt leads by 57 percent to 33 percent",
            "the 50-state poll"
        )]
    );
}

#[test]
fn a_poll_phrase_inside_a_clause_that_goes_on_is_not_a_frame() {
    let got = attributed("Velt is far behind in the polls but raised more money than anyone.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn per_and_an_outlet_ending_the_sentence_attribute_what_comes_before() {
    let got = attributed("She had been visiting her sister in Paris, per CTV News.");
    assert_eq!(
        got,
        vec![pair(
            "She had been visiting her sister in Paris",
            "CTV News"
        )]
    );
}

#[test]
fn a_quoted_question_keeps_its_frame_with_a_day_after_the_verb() {
    let got = attributed("“Who do they think they are?” Velt said Friday. The rally went on.");
    assert_eq!(got, vec![pair("Who do they think they are?", "Velt")]);
}

#[test]
fn what_a_document_read_is_attributed_to_the_document() {
    let got = attributed("“Friend, let me be blunt. I can win this race,” the email read.");
    assert_eq!(
        got,
        vec![pair(
            "Friend, let me be blunt. I can win this race",
            "the email"
        )]
    );
}

#[test]
fn a_finding_verb_set_off_by_commas_attributes_the_sentence_around_it() {
    let got = attributed("His leverage, they believe, isn’t going anywhere before the convention.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0]
            .0
            .ends_with("isn’t going anywhere before the convention")
    );
    assert_eq!(got[0].1, "they");
}

#[test]
fn as_after_a_comma_and_a_conjunction_opens_an_as_frame() {
    let got = attributed(
        "Employees can still get in trouble, and as Comey noted, people involved in the case \
         could still face sanctions.",
    );
    assert_eq!(
        got,
        vec![pair(
            "people involved in the case could still face sanctions",
            "Comey"
        )]
    );
}

#[test]
fn a_paragraph_ending_in_said_colon_hands_its_speaker_to_the_quotation_after_it() {
    let got = attributed(
        "Bolton also discussed the rules of government service. He said:\n\n\
         \"When you go into the government, it's like going into a monastery. You cut off ties.\"",
    );
    assert!(got.contains(&pair(
        "When you go into the government, it's like going into a monastery. You cut off ties",
        "He"
    )));
    let statement = attributed(
        "When Wallace died, President Clinton released the following statement:\n\n\
         “Hillary and I offer our condolences to his family. He was a fighter.”",
    );
    let quoted = statement
        .iter()
        .find(|(c, _)| c.starts_with("Hillary and I"));
    assert_eq!(quoted.map(|q| q.1.as_str()), Some("President Clinton"));
}

#[test]
fn a_carried_quotation_runs_on_until_a_paragraph_closes_it() {
    let got = attributed(
        "Dr. Ward stated:\n\n\"The department isn't about justice anymore.\n\n\
         \"Loretta Lynch should be impeached for such outrageous overreach.\"\n\n\
         The law took effect in March.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.ends_with("outrageous overreach.\""), "{got:?}");
    assert_eq!(got[0].1, "Dr. Ward");
}

#[test]
fn a_cue_with_its_own_object_before_the_colon_hands_nothing_on() {
    let got = attributed(
        "CNN also noted the relatively sparse attendance:\n\n\
         Even the reporters in the room counted fewer than a hundred people there.",
    );
    assert!(got.iter().all(|(c, _)| !c.starts_with("Even")), "{got:?}");
}

#[test]
fn a_quotation_closed_with_a_reversed_mark_keeps_its_inverted_speaker() {
    let got = attributed(
        "“If Mrs. Clinton loses Iowa, that could create real problems for her here,“ said Jim \
         Clyburn, a Democratic congressman.",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, "Jim Clyburn");
}
