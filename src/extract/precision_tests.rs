//! Tests of the precision rules: which sentences become attributions and with what source.

use super::extract;

/// The attributed claims of `text` as (content, source mention, cue) triples.
pub(super) fn attributed(text: &str) -> Vec<(String, String, String)> {
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

#[test]
fn an_i_think_inside_a_speakers_turn_is_part_of_the_turn_not_a_claim_of_its_own() {
    let text = "Debate transcript\n\nPENCE: I think he is trying to campaign as a racial healer. \
                I think that has been part of his message.";
    let got = attributed(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "PENCE");
    assert!(got[0].0.ends_with("part of his message"), "{got:?}");
}

#[test]
fn a_claim_whose_cue_lies_inside_another_claims_content_is_dropped() {
    use super::contained::drop_inner;
    use super::{Cue, ExtractedClaim, Source, SourceKind, Span};
    let text = "Velt said Ramos believes the talks failed.";
    let at = |s: &str| text.find(s).unwrap_or(0);
    let claim = |content: &str, mention: &str, cue: &str| ExtractedClaim {
        text: content.to_string(),
        start: at(content),
        end: at(content) + content.len(),
        sentence: Span {
            start: 0,
            end: text.len(),
        },
        source: Some(Source {
            name: mention.to_string(),
            kind: SourceKind::Person,
            mention: mention.to_string(),
            start: at(mention),
            end: at(mention) + mention.len(),
        }),
        cue: Some(Cue {
            text: cue.to_string(),
            start: at(cue),
            end: at(cue) + cue.len(),
        }),
        quote: None,
        checkworthiness: 0.5,
        frame: String::new(),
    };
    let mut claims = vec![
        claim("Ramos believes the talks failed", "Velt", "said"),
        claim("the talks failed", "Ramos", "believes"),
    ];
    drop_inner(&mut claims);
    let kept: Vec<&str> = claims.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(kept, ["Ramos believes the talks failed"]);
}
