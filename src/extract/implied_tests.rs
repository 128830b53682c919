//! Tests of the implied-source frames: hedges, their clause content, questions and names.

use super::super::extract;

/// The claims of `text` with an empty source mention, as (content, cue) pairs.
fn implied(text: &str) -> Vec<(String, String)> {
    extract(text)
        .claims
        .into_iter()
        .filter_map(|c| {
            let s = c.source?;
            s.mention
                .is_empty()
                .then(|| (c.text, c.cue.map(|q| q.text).unwrap_or_default()))
        })
        .collect()
}

#[test]
fn a_hedge_takes_its_clause_not_the_whole_sentence() {
    let text = "Headline\n\nThe senator from Florida appeared to have gained some momentum from \
                his finish in Iowa, but the question was how much his debate foible hurt him.";
    let got = implied(text);
    assert_eq!(
        got[0].0,
        "The senator from Florida appeared to have gained some momentum from his finish in Iowa",
        "{got:?}"
    );
}

#[test]
fn it_appears_that_gives_the_clause_after_that() {
    let text =
        "Headline\n\nIt appears, though, that the championship game wasn’t boring to everyone.";
    let got = implied(text);
    assert_eq!(
        got,
        [(
            "the championship game wasn’t boring to everyone".to_string(),
            "appears".to_string()
        )]
    );
}

#[test]
fn a_relative_pronoun_is_the_subject_of_a_hedge_inside_commas() {
    let text = "Headline\n\nThe DNC, which is seen as politically aligned with Clinton, \
                responded by blocking access to the data.";
    let got = implied(text);
    assert_eq!(
        got[0].0, "which is seen as politically aligned with Clinton",
        "{got:?}"
    );
}

#[test]
fn appeared_poised_and_appears_to_be_slipping_are_hedges() {
    let text = "Headline\n\nDonald Trump appeared poised to win his first contest of the campaign.\n\n\
                Ben Carson appears to be slipping in the polls this week.";
    let cues: Vec<String> = implied(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(cues, ["appeared", "appears"]);
}

#[test]
fn appears_to_be_a_judgment_stays_the_articles_own_claim() {
    let text = "Headline\n\nThe rift between the two parties appears to be a continuing obstacle.";
    assert!(implied(text).is_empty(), "{:?}", implied(text));
}

#[test]
fn is_best_known_for_is_an_implied_source_cue() {
    let text = "Headline\n\nHe is best known for appearances as a correspondent on the Daily Show.";
    let got = implied(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "is best known for");
    assert!(
        got[0].0.starts_with("He is best known for appearances"),
        "{got:?}"
    );
}

#[test]
fn the_question_is_whether_gives_the_whether_clause() {
    let text = "Headline\n\nThe question is whether the same will be true for his posture on the use of force.";
    let got = implied(text);
    assert_eq!(
        got,
        [(
            "whether the same will be true for his posture on the use of force".to_string(),
            "question is".to_string()
        )]
    );
}

#[test]
fn known_as_names_the_phrase_before_it() {
    let text = "Headline\n\nClinton earned her latest win in the string of contests known as Super Tuesday.";
    let got = implied(text);
    assert_eq!(
        got,
        [(
            "the string of contests known as Super Tuesday".to_string(),
            "known as".to_string()
        )]
    );
}

#[test]
fn was_asked_about_gives_what_was_asked_about() {
    let text =
        "Headline\n\nClinton was asked about speeches she made to Goldman Sachs employees in 2014.";
    let got = implied(text);
    assert_eq!(
        got,
        [(
            "speeches she made to Goldman Sachs employees in 2014".to_string(),
            "was asked".to_string()
        )]
    );
}

#[test]
fn known_as_ends_the_name_at_a_colon() {
    let text =
        "Headline\n\nHe won two states in the contests known as Super Tuesday: Oklahoma and Texas.";
    let got = implied(text);
    assert_eq!(got[0].0, "the contests known as Super Tuesday", "{got:?}");
}

#[test]
fn isnt_expected_is_a_hedge_like_is_not_expected() {
    let text = "Headline\n\nThe governor isn’t expected to attend the dinner on Saturday night.";
    let got = implied(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "isn’t expected");
}

#[test]
fn a_hedge_content_stops_at_a_comma_before_a_subordinate_clause() {
    let text = "Headline\n\nThe decision is widely expected to be unfavorable for Beijing, with sharp \
                consequences for the relationship between China and the region.";
    let got = implied(text);
    assert_eq!(
        got[0].0, "The decision is widely expected to be unfavorable for Beijing",
        "{got:?}"
    );
}
