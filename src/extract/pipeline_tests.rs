//! Tests of the extraction pass as a whole: offsets, order, and what is not a claim.

use super::{QuoteKind, SourceKind, extract, extract_each};

#[test]
fn offsets_point_at_the_content_source_and_cue_in_the_text() {
    let text = "Zorbia to hold talks.\n\nThe Daily Planet said the talks will start in May. \
                “We are ready,” Minister Ana Velt told reporters. Velt said the costs fell 3 percent.";
    let ex = extract(text);
    let at = |s: &str| text.find(s).unwrap_or(usize::MAX);
    let c = &ex.claims[0];
    assert_eq!(c.text, "the talks will start in May");
    assert_eq!((c.start, c.end), (at("the talks"), at(" in May") + 7));
    let src = c.source.as_ref().map(|s| (s.start, s.end, s.kind));
    assert_eq!(src, Some((at("The Daily"), at(" said"), SourceKind::Media)));
    assert_eq!(c.cue.as_ref().map(|q| q.start), Some(at("said")));
    let quote = &ex.claims[1];
    assert_eq!(quote.text, "We are ready");
    assert_eq!(quote.quote, Some(QuoteKind::Direct));
    assert_eq!(
        quote.source.as_ref().map(|s| s.name.as_str()),
        Some("Ana Velt")
    );
    let later = &ex.claims[2];
    assert_eq!(
        later.source.as_ref().map(|s| s.name.as_str()),
        Some("Ana Velt")
    );
    assert_eq!(
        ex.claims.len(),
        3,
        "the headline is not a claim: {:?}",
        ex.claims
    );
}

#[test]
fn claims_are_handed_out_in_text_order_paragraph_by_paragraph() {
    let text = "Zorbia to hold talks.\n\n“We are ready,” Velt said, adding that talks start in May. \
                The costs fell 3 percent in 2019, officials said.\n\nRamos said the talks failed.";
    let mut seen = Vec::new();
    extract_each(text, |c| seen.push((c.start, c.end)));
    let all: Vec<(usize, usize)> = extract(text)
        .claims
        .iter()
        .map(|c| (c.start, c.end))
        .collect();
    assert_eq!(seen, all);
    assert!(seen.len() >= 4, "{seen:?}");
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
}

#[test]
fn questions_bylines_and_short_fragments_are_not_article_claims() {
    let text = "Headline here\n\nBy Jane Roe\n\nIs this the end of the line for the plan?\n\n\
                The plan was dropped in 2019 after three votes.";
    let ex = extract(text);
    assert_eq!(ex.claims.len(), 1);
    assert!(ex.claims[0].text.starts_with("The plan was dropped"));
    assert!(ex.claims[0].source.is_none());
}
