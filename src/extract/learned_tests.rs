//! Tests of the learned cue model: what it finds, what it leaves alone, how weights are read.

use super::super::extract;
use super::*;
use crate::extract::learned_feats::BUCKETS;

fn first(sentence: &str) -> (String, Option<String>, Option<String>, String) {
    let text = format!("A headline\n\n{sentence}");
    let ex = extract(&text);
    let c = &ex.claims[0];
    (
        c.text.clone(),
        c.source.as_ref().map(|s| s.name.clone()),
        c.cue.as_ref().map(|q| q.text.clone()),
        c.frame.clone(),
    )
}

#[test]
fn a_cue_verb_outside_the_lexicon_is_found_by_the_model() {
    let (content, source, cue, frame) =
        first("Senator Ana Velt commended the governor for the bill regulating banks.");
    assert_eq!(cue.as_deref(), Some("commended"));
    assert_eq!(source.as_deref(), Some("Ana Velt"));
    assert_eq!(content, "the governor for the bill regulating banks");
    assert_eq!(frame, FRAME_OBJECT);
    let (_, source, cue, frame) =
        first("Officials have attributed the slow count to thousands of mail ballots.");
    assert_eq!(
        (source.as_deref(), cue.as_deref()),
        (Some("Officials"), Some("attributed"))
    );
    assert_eq!(frame, FRAME_OBJECT);
}

#[test]
fn a_plain_factual_sentence_stays_the_articles_own_claim() {
    for s in [
        "The bridge was built in 1932 and carries 40,000 cars a day.",
        "Turnout rose to 61 percent in the county, the highest since 1992.",
    ] {
        let (content, source, cue, _) = first(s);
        assert_eq!((source, cue), (None, None), "{s}");
        assert_eq!(content, s);
    }
}

#[test]
fn weights_are_read_back_from_their_quantised_bytes() {
    let model = [0x00, 0x08, 0x00, 0xfc];
    assert_eq!(weight(&model, 0), 1.0);
    assert_eq!(weight(&model, 1), -0.5);
    assert_eq!(weight(&model, 2), 0.0, "past the end of the model");
    assert_eq!(
        MODEL.len(),
        BUCKETS * 2,
        "the shipped model fills every bucket"
    );
}

#[test]
fn a_word_that_makes_no_frame_gives_way_to_the_next_best() {
    let text =
        "In his criticism of the plan, Senator Ana Velt commended the governor for the bill.";
    let mut toks = Vec::new();
    super::super::token::tokenize(text, 0, text.len(), &mut toks);
    let at = |w: &str| toks.iter().position(|t| &text[t.start..t.end] == w);
    let (Some(noun), Some(verb)) = (at("criticism"), at("commended")) else {
        panic!("tokens not found");
    };
    // The noun ranks first but has no subject before it; the verb after it does.
    let a = first_frame(
        text,
        &toks,
        0,
        toks.len(),
        &[(1.0, noun), (1.0, verb), (0.0, usize::MAX)],
    );
    let a = a.expect("the verb's frame");
    assert_eq!(a.cue, (verb, verb + 1));
    assert_eq!(a.frame, FRAME_OBJECT);
    let src = a.source.map(|(s, e)| &text[toks[s].start..toks[e - 1].end]);
    assert_eq!(src, Some("Senator Ana Velt"));
    assert!(
        first_frame(
            text,
            &toks,
            0,
            toks.len(),
            &[(1.0, noun), (0.0, usize::MAX)]
        )
        .is_none()
    );
}

#[test]
fn a_tell_verb_found_by_the_model_skips_its_hearer() {
    let text = "A headline\n\nKasich, telling a packed crowd in snowy Windham.";
    let ex = extract(text);
    assert!(
        ex.claims.iter().all(|c| c.source.is_none()),
        "a hearer alone is no content: {:?}",
        ex.claims
    );
}

#[test]
fn an_object_found_by_the_model_ends_before_a_following_clause() {
    let (content, source, cue, _) =
        first("Senator Ana Velt commended the governor when she took office in January.");
    assert_eq!(cue.as_deref(), Some("commended"));
    assert_eq!(source.as_deref(), Some("Ana Velt"));
    assert_eq!(content, "the governor");
}

#[test]
fn a_passive_agent_is_not_content() {
    let text = "Obama will be remembered by historians as a liberal champion.";
    let mut toks = Vec::new();
    super::super::token::tokenize(text, 0, text.len(), &mut toks);
    let v = toks
        .iter()
        .position(|t| &text[t.start..t.end] == "remembered")
        .unwrap_or(usize::MAX);
    assert!(v < toks.len());
    assert!(frame_at(text, &toks, 0, toks.len(), v, true).is_none());
    let active = "Obama remembered his mother as a liberal champion.";
    super::super::token::tokenize(active, 0, active.len(), &mut toks);
    assert!(frame_at(active, &toks, 0, toks.len(), 1, false).is_some());
}

#[test]
fn a_confident_cue_the_object_frame_cannot_place_takes_a_speech_frame() {
    let (content, source, cue, frame) = first(
        "This document, now available online, methodically exposed the prosecution’s deception.",
    );
    assert_eq!(
        frame, FRAME_SAY,
        "the explanation names the frame that was built"
    );
    assert_eq!(cue.as_deref(), Some("exposed"));
    assert_eq!(source.as_deref(), Some("This document"));
    assert_eq!(content, "the prosecution’s deception");
    let (content, source, cue, _) =
        first("Obama himself seemed to recognize the significance of the Iowa victory.");
    assert_eq!(
        (source.as_deref(), cue.as_deref()),
        (Some("Obama"), Some("recognize"))
    );
    assert_eq!(content, "the significance of the Iowa victory");
}

#[test]
fn a_possessive_is_no_source_for_a_learned_cue() {
    let (_, source, _, frame) = first(
        "And the fact that Kerry’s announcement of this increased number came during the early \
         days of the Syrian migrant crisis in Europe, is just a big fat coincidence.",
    );
    assert_eq!(source, None, "frame {frame}");
}
