//! Robustness: any input extracts without panicking, offsets on char boundaries, claims in order.

use proptest::prelude::*;

use super::{Extraction, extract};

fn check(text: &str, ex: &Extraction) {
    let mut last = 0;
    for c in &ex.claims {
        assert!(
            c.start < c.end && c.end <= text.len(),
            "claim out of range: {c:?}"
        );
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        assert_eq!(&text[c.start..c.end], c.text);
        assert!(c.sentence.start <= c.start && c.end <= c.sentence.end.max(c.end));
        assert!(text.is_char_boundary(c.sentence.start) && text.is_char_boundary(c.sentence.end));
        assert!(c.start >= last, "claims out of order");
        last = c.start;
        assert!((0.0..=1.0).contains(&c.checkworthiness));
        if let Some(s) = &c.source {
            assert!(s.start <= s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        if let Some(q) = &c.cue {
            assert!(q.start < q.end && q.end <= text.len());
            assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        }
    }
}

proptest! {
    #[test]
    fn any_text_gives_char_boundary_offsets_in_order(text in "\\PC{0,400}") {
        check(&text, &extract(&text));
    }

    #[test]
    fn news_like_text_gives_char_boundary_offsets_in_order(
        words in proptest::collection::vec(
            prop_oneof![
                Just("said"), Just("“"), Just("”"), Just("\""), Just(","), Just("."), Just("U.S."),
                Just("he"), Just("Trump"), Just("according"), Just("to"), Just("that"), Just("\n"),
                Just(":"), Just("reportedly"), Just("Sen."), Just("told"), Just("reporters"),
                Just("é"), Just("北京"), Just("—"), Just("''"), Just("who"), Just("officials"),
            ],
            0..120,
        )
    ) {
        let text = words.join(" ");
        check(&text, &extract(&text));
    }
}

#[test]
fn empty_and_whitespace_inputs_give_no_claims() {
    assert!(extract("").claims.is_empty());
    assert!(extract(" \n\n\t ").claims.is_empty());
}

#[test]
fn binary_ish_unbalanced_and_huge_inputs_do_not_panic() {
    let binary: String = (0u32..2000).filter_map(char::from_u32).collect();
    check(&binary, &extract(&binary));
    let unbalanced = "“He said. “She said, ” they said \" \" ” “ ".repeat(500);
    check(&unbalanced, &extract(&unbalanced));
    let one_line = "Trump said the wall, officials said, will cost $5 billion, ".repeat(17_000);
    assert!(one_line.len() > 1_000_000);
    check(&one_line, &extract(&one_line));
    let mixed = "Путин сказал, что 北京 said “نعم” — he said.\n".repeat(2000);
    check(&mixed, &extract(&mixed));
}

#[test]
fn a_twenty_megabyte_article_extracts() {
    let para = "The senator said on Tuesday that the bill, which officials said costs $3.2 billion, \
                would pass. “We will win,” he told reporters. Prices rose 4 percent in March.\n\n";
    let text = para.repeat(20_000_000 / para.len() + 1);
    let ex = extract(&text);
    assert!(ex.claims.len() > 100_000);
    check(&text, &ex);
}
