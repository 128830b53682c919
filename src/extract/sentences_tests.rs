//! Tests of sentence splitting: abbreviations, initials, quotes and attribution tails.

use super::*;
use crate::extract::token::tokenize;

fn sentences(text: &str) -> Vec<String> {
    let mut toks = Vec::new();
    tokenize(text, 0, text.len(), &mut toks);
    let mut out = Vec::new();
    split(text, &toks, &mut out);
    out.iter()
        .map(|&(a, b)| text[toks[a].start..toks[b - 1].end].to_string())
        .collect()
}

#[test]
fn abbreviations_and_titles_do_not_end_sentences() {
    let s = sentences("Sen. Ted Cruz spoke on Sept. 11 in the U.S. Senate. He left.");
    assert_eq!(
        s,
        vec![
            "Sen. Ted Cruz spoke on Sept. 11 in the U.S. Senate.",
            "He left."
        ]
    );
}

#[test]
fn us_at_the_end_of_a_sentence_splits_before_a_sentence_opener() {
    let s = sentences("He flew to the U.S. The talks failed.");
    assert_eq!(s, vec!["He flew to the U.S.", "The talks failed."]);
}

#[test]
fn initials_and_dotted_acronyms_stay_inside() {
    let s = sentences("John F. Kennedy met the D.P.R.K. envoy. It was 3.5 hours long.");
    assert_eq!(
        s,
        vec![
            "John F. Kennedy met the D.P.R.K. envoy.",
            "It was 3.5 hours long."
        ]
    );
}

#[test]
fn quoted_sentences_stay_with_their_attribution() {
    let s = sentences("“We won. We will win again,” he said. Then he left.");
    assert_eq!(
        s,
        vec!["“We won. We will win again,” he said.", "Then he left."]
    );
}

#[test]
fn a_stop_inside_a_closing_single_quote_ends_the_sentence() {
    let s = sentences(
        "Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’ Monday at \
         Liberty University, Trump spoke.",
    );
    assert_eq!(s.len(), 2);
    assert!(s[0].ends_with("Establishment.’"));
}

#[test]
fn a_stop_inside_a_closing_quote_ends_the_sentence() {
    let s = sentences("He called it “a shared goal.” The rest followed.");
    assert_eq!(
        s,
        vec!["He called it “a shared goal.”", "The rest followed."]
    );
}

#[test]
fn a_quoted_question_stays_with_its_speaker() {
    let s = sentences("“Who are they?” Trump said. He left.");
    assert_eq!(s, vec!["“Who are they?” Trump said.", "He left."]);
}

#[test]
fn a_frame_that_opens_a_new_quote_starts_a_new_sentence() {
    let s = sentences("Vell said, “We won.” He added, “We will win again.”");
    assert_eq!(
        s,
        vec!["Vell said, “We won.”", "He added, “We will win again.”"]
    );
}

#[test]
fn a_frame_that_opens_a_that_clause_starts_a_new_sentence() {
    let s = sentences("Vell called it “a shared goal.” She added that it would pass.");
    assert_eq!(
        s,
        vec![
            "Vell called it “a shared goal.”",
            "She added that it would pass."
        ]
    );
}

#[test]
fn questions_and_exclamations_split() {
    let s = sentences("Is it true? Yes! It is.");
    assert_eq!(s, vec!["Is it true?", "Yes!", "It is."]);
}
