//! Tests of the cue lexicon on real sentence shapes: each cue word or form added finds its frame.

use super::extract;
use super::precision_tests::attributed;

/// (content, source mention, cue) of the first attributed claim of `sentence` after a headline.
fn first(sentence: &str) -> Option<(String, String, String)> {
    let text = format!("A headline\n\n{sentence}");
    extract(&text).claims.into_iter().find_map(|c| {
        let s = c.source?;
        Some((c.text, s.mention, c.cue.map(|q| q.text).unwrap_or_default()))
    })
}

#[test]
fn doubled_consonant_verbs_are_cues_in_every_form() {
    let forms: Vec<String> = super::cues::forms().into_iter().map(|(f, _)| f).collect();
    for w in ["slammed", "slamming", "quipped", "blogged", "dubbed"] {
        assert!(forms.iter().any(|f| f == w), "{w} missing");
    }
    let (content, source, cue) =
        first("Senator Ana Velt slammed the governor for the tax plan.").unwrap_or_default();
    assert_eq!(
        (source.as_str(), cue.as_str()),
        ("Senator Ana Velt", "slammed")
    );
    assert_eq!(content, "the governor for the tax plan");
    let (_, source, cue) =
        first("The mayor quipped that the budget was a work of fiction.").unwrap_or_default();
    assert_eq!((source.as_str(), cue.as_str()), ("The mayor", "quipped"));
}

#[test]
fn verbs_ending_in_o_take_es() {
    let forms: Vec<String> = super::cues::forms().into_iter().map(|(f, _)| f).collect();
    assert!(forms.iter().any(|f| f == "echoes"), "echoes missing");
    assert!(!forms.iter().any(|f| f == "echos"));
}

#[test]
fn a_document_that_reads_is_quoted() {
    let (content, source, cue) = first("“The plan will fail,” the memo reads.").unwrap_or_default();
    assert_eq!(content, "The plan will fail");
    assert_eq!((source.as_str(), cue.as_str()), ("the memo", "reads"));
}

#[test]
fn stating_takes_the_subject_of_its_clause() {
    let (content, source, cue) =
        first("Velt issued a letter on Monday, stating that the mine would reopen in the spring.")
            .unwrap_or_default();
    assert_eq!(cue, "stating");
    assert_eq!(source, "Velt");
    assert_eq!(content, "the mine would reopen in the spring");
}

#[test]
fn an_inflected_object_verb_in_a_title_case_headline_is_a_cue() {
    let got = attributed(
        "Pence Endorses Paul Ryan With Blessing\n\nThe rally went on for hours in Ohio.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].1.as_str(), got[0].2.as_str()),
        ("Pence", "Endorses")
    );
    assert!(got[0].0.starts_with("Paul Ryan"));
    // A bare form between capitals stays a name or noun.
    assert!(attributed("Voter Support Grows In Ohio\n\nThe rally went on for hours.").is_empty());
}

#[test]
fn says_closing_a_title_case_headline_attributes_what_comes_before() {
    let got =
        attributed("Velt Is Like A Lawyer’s Worst Client, Trevor Noah Says.\n\nThe show aired.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "Trevor Noah");
    assert!(got[0].0.starts_with("Velt Is Like"));
}

#[test]
fn a_quoted_question_then_asked_and_a_hearer_is_one_attribution() {
    let got = attributed("“Did you know it was Mussolini?” Todd asked the real estate mogul.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Did you know it was Mussolini?");
    assert_eq!(got[0].1, "Todd");
}

#[test]
fn a_quoted_question_keeps_its_frame_past_a_hearer_and_a_phrase() {
    let got = attributed(
        "“Who knows?” Velt told Britain’s ITV television station in an interview on Monday.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Who knows?");
    assert_eq!(got[0].1, "Velt");
    let got = attributed("“Can we win? Is it two?” Velt asks as a guard walks in front of her.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.starts_with("Can we win?"), "{got:?}");
    assert_eq!(got[0].1, "Velt");
}

#[test]
fn a_stance_adjective_after_be_is_a_cue_with_the_subject_as_source() {
    let got = first("Her advisers were adamant that the children would block the return.");
    let (content, source, cue) = got.unwrap_or_default();
    assert_eq!(
        (content.as_str(), source.as_str(), cue.as_str()),
        (
            "the children would block the return",
            "Her advisers",
            "were adamant"
        )
    );
    let (_, source, cue) =
        first("People briefed on the reshuffling were adamant that the plan would fail.")
            .unwrap_or_default();
    assert_eq!((source.as_str(), cue.as_str()), ("People", "were adamant"));
}

#[test]
fn went_on_after_a_quotation_is_a_speech_verb() {
    let (content, source, cue) =
        first("\"This is a lot of nonsense that we ended,\" he went on.").unwrap_or_default();
    assert_eq!(
        (content.as_str(), source.as_str(), cue.as_str()),
        ("This is a lot of nonsense that we ended", "he", "went on")
    );
}

#[test]
fn as_reported_by_an_outlet_attributes_the_clause_beside_it() {
    let (content, source, _) =
        first("As reported by Western Journalism, there are 150 delegates at stake tonight.")
            .unwrap_or_default();
    assert_eq!(
        (content.as_str(), source.as_str()),
        (
            "there are 150 delegates at stake tonight",
            "Western Journalism"
        )
    );
    let (content, source, _) = first(
        "The super PAC started reserving ad time this week, as first reported by the New York \
         Times.",
    )
    .unwrap_or_default();
    assert_eq!(content, "The super PAC started reserving ad time this week");
    assert_eq!(source, "the New York Times");
}

#[test]
fn a_sentence_opening_to_and_a_person_holds_their_view() {
    let (content, source, cue) = first(
        "To many, Santilli is a provocateur, mouthpiece and broadcaster for the anti-government \
         patriot movement.",
    )
    .unwrap_or_default();
    assert_eq!((source.as_str(), cue.as_str()), ("many", "To"));
    assert!(content.starts_with("Santilli is a provocateur"));
    let (content, source, _) = first(
        "To Sexton, who has made something of a study of Trump rallies, Tuesday marked a \
         turning point.",
    )
    .unwrap_or_default();
    assert_eq!(
        (source.as_str(), content.as_str()),
        ("Sexton", "Tuesday marked a turning point")
    );
    for s in [
        "To be sure, the plan costs more than it saves.",
        "To win the White House, candidates need Ohio.",
    ] {
        let text = format!("A headline\n\n{s}");
        assert!(
            extract(&text).claims.iter().all(|c| c.frame != "To S, C"),
            "{s}"
        );
    }
}
