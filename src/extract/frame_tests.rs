//! Sentence-level tests of the attribution frames, through the whole pipeline.

use super::extract;

/// (claim text, source mention) of every attributed claim.
pub(super) fn attributed(text: &str) -> Vec<(String, String)> {
    extract(text)
        .claims
        .into_iter()
        .filter_map(|c| c.source.map(|s| (c.text, s.mention)))
        .collect()
}

#[test]
fn as_the_outlet_noted_attributes_the_clause_after_the_comma() {
    let got = attributed("As the Daily Planet noted, Velt raised $1.1 million from banks in 2000.");
    assert_eq!(
        got,
        vec![(
            "Velt raised $1.1 million from banks in 2000".to_string(),
            "the Daily Planet".to_string()
        )]
    );
}

#[test]
fn as_the_outlet_reported_after_an_opening_adverb_is_the_same_frame() {
    let got =
        attributed("However, as the Daily Planet has reported, Velt raised $1.1 million in 2000.");
    assert_eq!(
        got,
        vec![(
            "Velt raised $1.1 million in 2000".to_string(),
            "the Daily Planet".to_string()
        )]
    );
}

#[test]
fn according_to_a_long_source_runs_to_the_comma() {
    let got = attributed(
        "According to early results of the exit poll conducted by Edison Research for the network, \
         Velt led in both counties among men and women.",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Velt led in both counties among men and women");
    assert!(got[0].1.ends_with("for the network"), "{:?}", got[0]);
}

#[test]
fn a_verb_far_from_its_subject_takes_the_subject_of_the_sentence() {
    let got = attributed(
        "Gary Emineth, a former state party chairman, became a delegate and said he is leaning \
         toward Velt.",
    );
    assert_eq!(
        got,
        vec![(
            "he is leaning toward Velt".to_string(),
            "Gary Emineth".to_string()
        )]
    );
}

#[test]
fn content_in_an_opening_subordinate_clause_ends_where_the_main_clause_starts() {
    let got = attributed(
        "While Ramos said that journalists cannot have any affiliation, he appears uneasy about it.",
    );
    assert_eq!(got[0].0, "journalists cannot have any affiliation");
}

#[test]
fn a_quotation_over_several_sentences_is_one_claim_with_its_speaker() {
    let ex = extract(
        "“The State has put its thumb on the scale. Showing such favor tells them they are \
         outsiders,” Reeves wrote.",
    );
    assert_eq!(ex.claims.len(), 1, "{:?}", ex.claims);
    assert!(ex.claims[0].text.starts_with("The State has put"));
    assert!(ex.claims[0].text.ends_with("they are outsiders"));
}

#[test]
fn a_participle_after_a_quote_does_not_repeat_the_quote() {
    let ex = extract("“We will win in May,” Reeves wrote, citing precedent.");
    let with_quote = ex.claims.iter().filter(|c| c.text.contains("We will win"));
    assert_eq!(with_quote.count(), 1, "{:?}", ex.claims);
}

#[test]
fn a_wish_takes_its_infinitive_as_content() {
    let got = attributed("Velt wants to bring back the 1990s.");
    assert_eq!(
        got,
        vec![("to bring back the 1990s".to_string(), "Velt".to_string())]
    );
}

#[test]
fn a_second_predicate_after_and_ends_the_object_and_shares_the_subject() {
    let got = attributed("Velt congratulated the mayor on her win and praised her effort.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "the mayor on her win");
    assert_eq!(got[1], ("her effort".to_string(), "Velt".to_string()));
}

#[test]
fn a_participle_after_a_quotation_is_attributed_to_its_speaker() {
    let got = attributed(
        "“It was supposed to be easy,” she said, recalling the plans made two years ago.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[1],
        (
            "the plans made two years ago".to_string(),
            "she".to_string()
        )
    );
}

#[test]
fn a_quoted_question_is_attributed_to_whoever_asked_it() {
    for text in [
        "“Can we really reform Wall Street?” Sanders asked.",
        "“Can we really reform Wall Street?” asked Sanders.",
    ] {
        let got = attributed(text);
        assert_eq!(
            got,
            vec![(
                "Can we really reform Wall Street?".to_string(),
                "Sanders".to_string()
            )],
            "{text}"
        );
    }
}

#[test]
fn content_that_opens_with_a_number_keeps_it() {
    let got = attributed("The poll found that 43% of voters support the plan.");
    assert_eq!(
        got,
        vec![(
            "43% of voters support the plan".to_string(),
            "The poll".to_string()
        )]
    );
}

#[test]
fn a_time_adjunct_between_subject_and_verb_is_stepped_over() {
    let got =
        attributed("The Kentucky Republican on Tuesday dismissed the new rules on gun sales.");
    assert_eq!(
        got,
        vec![(
            "the new rules on gun sales".to_string(),
            "The Kentucky Republican".to_string()
        )]
    );
}

#[test]
fn one_content_framed_twice_is_one_claim() {
    let got = attributed(
        "“If she gets to pick her judges, nothing you can do, folks,” Trump told a North Carolina \
         rally, saying Clinton would “abolish the second amendment.”",
    );
    let quote = "If she gets to pick her judges, nothing you can do, folks";
    let copies = got.iter().filter(|(c, _)| c == quote).count();
    assert_eq!(copies, 1, "{got:?}");
    assert_eq!(got[0].1, "Trump");
}

#[test]
fn a_name_set_off_by_commas_after_its_title_is_the_speaker() {
    let got = attributed("The head of the group, Mike Murphy, praised the efforts of the donor.");
    assert_eq!(
        got,
        vec![(
            "the efforts of the donor".to_string(),
            "Mike Murphy".to_string()
        )]
    );
}

#[test]
fn party_tags_after_a_name_do_not_hide_the_speaker() {
    for (text, source) in [
        (
            "Rep. Ana Velt (D-Md.), chair of the drafting committee, said the budget is too small.",
            "Rep. Ana Velt",
        ),
        (
            "Sen. Ana Velt, R-S.C., a long-shot candidate, said the budget is too small.",
            "Sen. Ana Velt",
        ),
    ] {
        let got = attributed(text);
        assert_eq!(
            got,
            vec![("the budget is too small".to_string(), source.to_string())],
            "{text}"
        );
    }
}

#[test]
fn a_finding_verb_ending_the_sentence_attributes_the_clause_before_it() {
    let got =
        attributed("Turnout in the county rose to 61 percent, a state university poll shows.");
    assert_eq!(
        got,
        vec![(
            "Turnout in the county rose to 61 percent".to_string(),
            "a state university poll".to_string()
        )]
    );
}

#[test]
fn asides_between_dashes_are_stepped_over_on_either_side_of_the_verb() {
    let got = attributed(
        "Her campaign chairman Ana Velt said — on Twitter, as it happens — that she raised \
         4 million dollars that day.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "she raised 4 million dollars that day");
    assert!(got[0].1.ends_with("Ana Velt"), "{got:?}");
    let got = attributed(
        "Most party insiders — and two-thirds of the delegates — said that the mayor cannot win.",
    );
    assert_eq!(
        got,
        vec![(
            "the mayor cannot win".to_string(),
            "Most party insiders".to_string()
        )]
    );
}

#[test]
fn a_frame_inside_another_claims_content_is_part_of_that_claim() {
    let got = attributed("Velt said that Ramos believes the new tax will pass in May.");
    assert_eq!(
        got,
        vec![(
            "Ramos believes the new tax will pass in May".to_string(),
            "Velt".to_string()
        )]
    );
    // Set off as a clause of its own, the inner frame stays a claim of its own.
    let got = attributed(
        "The Daily Planet reported the summit will open in May, which the Evening Star said \
         helped calm the markets.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, "the Evening Star");
}
