//! Sentence-level tests of the second attributions found in sentences that already have one: the
//! learned second frame between a source and its cue, and the object of a relative clause.

use super::frame_tests::attributed;

fn has(got: &[(String, String)], content: &str, source: &str) -> bool {
    got.iter().any(|(c, s)| c == content && s == source)
}

#[test]
fn a_stance_verb_between_a_speaker_and_a_later_participle_is_a_second_attribution() {
    let got = attributed(
        "He extolled the small-town virtues of Vermont, applauding the state’s town halls which \
         he said could not be corrupted by the billionaires trying to influence the political \
         system.",
    );
    assert!(
        has(&got, "the small-town virtues of Vermont", "He"),
        "got {got:?}"
    );
}
