//! Tests of the cue lexicon on real sentence shapes: each cue word or form added finds its frame.

use super::extract;

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
