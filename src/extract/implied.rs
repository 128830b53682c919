//! Implied sources: article sentences hedged by "seems", "appears to", "is expected", "is seen as".
//!
//! PolNeAR annotates such sentences as attributions whose source is implied (no mention in the
//! text): "Trump seemed to suggest he had silenced his former wife" has the cue "seemed" and no
//! source. The rules give these sentences no frame, so they would be reported as the article's own
//! claims; here they become claims of an unnamed source with an empty source mention, which is
//! what PolNeAR's gold has. Measured on PolNeAR train halves: each cue family below turned more
//! article claims into right attributions than into wrong ones on both halves; "appear" without
//! "to" ("appeared in court"), "seemingly", "looks like" and "is likely to" did not and are left
//! out, and "appears to be" stays the article's own (see `cue_at`).

use super::frames::Attr;
use super::token::Token;

/// The frame name shown in explanations.
pub const FRAME: &str = "X seems / is expected (implied source)";

/// Auxiliaries before a passive hedge ("is expected", "was seen as").
const AUX: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
/// Adverbs allowed between the auxiliary and the hedge ("is widely expected").
const ADVERBS: &[&str] = &["widely", "not", "also", "generally", "still", "now"];
/// Passive hedges that need "as" after them ("is seen as", "is regarded as").
const AS_HEDGES: &[&str] = &["considered", "seen", "viewed", "regarded"];

/// The implied-source attribution of an article sentence `toks[lo..hi]`, if it has a hedge cue:
/// the content is the whole sentence, as the article claim would have been.
pub fn find(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<Attr> {
    let cue = (lo..hi).find_map(|i| cue_at(text, toks, i, hi))?;
    Some(Attr {
        content: (lo, hi),
        source: None,
        implied: Some("unnamed"),
        cue,
        frame: FRAME,
    })
}

/// The cue token range starting at token `i`, if one starts there.
fn cue_at(text: &str, toks: &[Token], i: usize, hi: usize) -> Option<(usize, usize)> {
    // Compared in place, without allocating: this runs on every word of every article sentence.
    let is = |k: usize, words: &[&str]| {
        toks.get(k)
            .filter(|t| k < hi && t.is_word())
            .is_some_and(|t| {
                let w = &text[t.start..t.end];
                words.iter().any(|x| w.eq_ignore_ascii_case(x))
            })
    };
    if is(i, &["seem", "seems", "seemed"]) {
        return Some((i, i + 1));
    }
    // "appears to be" is left to the article: the sample's gold has it as the article's own
    // assessment, and on PolNeAR it is barely better than even (10 right of 21).
    if is(i, &["appear", "appears", "appeared"]) {
        return (is(i + 1, &["to"]) && !is(i + 2, &["be"])).then_some((i, i + 1));
    }
    if !is(i, AUX) {
        return None;
    }
    let k = if is(i + 1, ADVERBS) { i + 2 } else { i + 1 };
    if is(k, &["expected"]) {
        Some((i, k + 1))
    } else {
        (is(k, AS_HEDGES) && is(k + 1, &["as"])).then_some((i, k + 2))
    }
}
