//! Tests of the precision rules: which sentences become attributions and with what source.

use super::extract;

/// The attributed claims of `text` as (content, source mention, cue) triples.
fn attributed(text: &str) -> Vec<(String, String, String)> {
    extract(text)
        .claims
        .into_iter()
        .filter_map(|c| {
            let s = c.source?;
            Some((c.text, s.mention, c.cue.map(|q| q.text).unwrap_or_default()))
        })
        .collect()
}

#[test]
fn a_sentence_hedged_by_seemed_is_an_attribution_with_an_implied_source() {
    let text =
        "Headline\n\nThe senator seemed unfazed by the criticism from his own party on Sunday.";
    let got = attributed(text);
    assert_eq!(got.len(), 1, "{got:?}");
    let (content, mention, cue) = &got[0];
    assert!(content.starts_with("The senator seemed"), "{content}");
    assert_eq!(mention, "", "an implied source has no mention");
    assert_eq!(cue, "seemed");
}

#[test]
fn is_widely_expected_and_is_seen_as_are_implied_source_cues() {
    let text = "Headline\n\nThe senator is widely expected to win the primary next month.\n\n\
                The governor is seen as the favourite of the party's donors this year.";
    let cues: Vec<String> = attributed(text).into_iter().map(|(_, _, q)| q).collect();
    assert_eq!(cues, ["is widely expected", "is seen as"]);
}

#[test]
fn appeared_in_court_and_appears_to_be_stay_the_articles_own_claims() {
    let text = "Headline\n\nThe suspect appeared in court on Monday with his two lawyers.\n\n\
                The dispute appears to be a continuing obstacle to the talks.";
    let ex = extract(text);
    assert_eq!(ex.claims.len(), 2, "{:?}", ex.claims);
    assert!(
        ex.claims.iter().all(|c| c.source.is_none()),
        "{:?}",
        ex.claims
    );
}

#[test]
fn a_passive_with_no_agent_and_a_one_word_subject_is_not_an_attribution() {
    let text = "Headline\n\nSanders was asked about the case during an interview on Monday.\n\n\
                The plan was criticized by three senators for its cost to taxpayers.";
    let got = attributed(text);
    assert!(
        got.iter().all(|(content, _, _)| content != "Sanders"),
        "{got:?}"
    );
}
