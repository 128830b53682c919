//! Tests of mentions that are no noun phrase: the speaker found elsewhere in the sentence, or the
//! claim left out.

use super::source_tests::source_of;

#[test]
fn an_opening_there_gives_way_to_the_subject_of_the_cue_clause() {
    let s = "There was a moment of mayhem before the votes were cast when a party activist asked \
             for the allegiances of all the delegate-candidates to be disclosed.";
    assert_eq!(source_of(s, "asked").as_deref(), Some("a party activist"));
}

#[test]
fn an_opening_yes_gives_way_to_the_subject_after_it() {
    let s = "Yes, foreign policy and defense will be front-burner issues, but let's not forget \
             that without a thriving economy, we will never be able to afford the defenses.";
    assert_eq!(source_of(s, "forget").as_deref(), Some("let's"));
}

#[test]
fn a_verb_taken_for_a_mention_leaves_the_claim_out() {
    let s = "They stop reporting production numbers but don't shut them down.";
    assert_eq!(source_of(s, "reporting"), None);
}

#[test]
fn an_opener_with_a_title_inside_runs_past_the_titles_period() {
    let s = "Asked on Monday whether Mr. Clinton would hold a cabinet position, Mrs. Clinton shook \
             her head and said, ''No.''";
    assert_eq!(source_of(s, "said").as_deref(), Some("Mrs. Clinton"));
}

#[test]
fn an_opening_preposition_and_a_subordinate_clause_are_passed_over() {
    let s = "Besides attacking the former president, while the audience booed loudly, Mr. Trump \
             asserted that, abortion aside, Planned Parenthood did ''wonderful things'' for women.";
    assert_eq!(source_of(s, "attacking").as_deref(), Some("Mr. Trump"));
}

#[test]
fn according_to_a_phrase_cut_at_its_preposition_runs_on_to_the_name() {
    let s = "However, that news will come with a strong bias, according to a post from Arianna \
             Huffington.";
    assert_eq!(
        source_of(s, "according").as_deref(),
        Some("a post from Arianna Huffington")
    );
    let s = "This year's primaries have sparked record turnout by Republican voters, according to \
             an analysis by the Pew Research Center.";
    assert_eq!(
        source_of(s, "according").as_deref(),
        Some("an analysis by the Pew Research Center")
    );
}

#[test]
fn a_plural_noun_right_before_a_participle_cue_is_its_subject() {
    let s = "Clinton spoke down the street from the Taj Mahal, where about 50 protesters chanting \
             \"no contract, no peace\" had gathered.";
    let m = source_of(s, "chanting").unwrap_or_default();
    assert!(m.ends_with("50 protesters"), "{m}");
}

#[test]
fn it_before_is_gives_way_to_the_subject_of_the_clause_it_announces() {
    let s = "It is this vision of Obama that Clinton is tying her own image to, attempting to \
             present Sanders as a traitor to the cause.";
    assert_eq!(source_of(s, "present").as_deref(), Some("Clinton"));
}

#[test]
fn a_participle_after_a_when_clause_is_said_by_that_clauses_subject() {
    let s = "The first incident came during a speech at the State University of New York at \
             Purchase, when Sanders protesters interrupted her speech, shouting \u{201c}she wins, \
             we lose!\u{201d}";
    assert_eq!(
        source_of(s, "shouting").as_deref(),
        Some("Sanders protesters")
    );
}

#[test]
fn a_name_with_a_party_tag_in_brackets_and_a_comma_is_the_subject() {
    let s = "Tuesday in Berea, OH, after winning Ohio in the Republican presidential primary, Gov. \
             John Kasich (R-OH), said, \u{201c}I\u{2019}m getting ready to rent a covered wagon.\u{201d}";
    assert_eq!(source_of(s, "said").as_deref(), Some("Gov. John Kasich"));
}
