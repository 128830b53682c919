//! Implied sources: article sentences hedged by "seems", "appears to", "is expected", "is seen as".
//!
//! PolNeAR annotates such sentences as attributions whose source is implied (no mention in the
//! text): "Trump seemed to suggest he had silenced his former wife" has the cue "seemed" and no
//! source. The rules give these sentences no frame, so they would be reported as the article's own
//! claims; here they become claims of an unnamed source with an empty source mention, which is
//! what PolNeAR's gold has. The content is the hedged clause (`implied_span`), not the sentence.
//! Measured on PolNeAR train halves: each cue family below turned more article claims into right
//! attributions than into wrong ones on both halves; "appear" without "to" or a listed adjective
//! ("appeared in court"), "seemingly", "looks like" and "is likely to" did not and are left out.
//! Noun-anchored frames ("the question is whether", "known as") are in `implied_nominal`.

use super::content::{clause_end, is_word};
use super::frames::Attr;
use super::implied_nominal;
use super::implied_span;
use super::token::Token;

/// The frame name shown in explanations.
pub const FRAME: &str = "X seems / is expected (implied source)";

/// Auxiliaries before a passive hedge ("is expected", "was seen as").
const AUX: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "isn't", "isn’t", "aren't", "aren’t",
    "wasn't", "wasn’t",
];
/// Adverbs allowed between the auxiliary and the hedge ("is widely expected").
const ADVERBS: &[&str] = &[
    "widely",
    "not",
    "also",
    "generally",
    "still",
    "now",
    "best",
    "well",
    "better",
];
/// Passive hedges that need "as" after them ("is seen as", "is regarded as").
const AS_HEDGES: &[&str] = &["considered", "seen", "viewed", "regarded"];

/// Adjectives after "appears" that make it a hedge ("appeared poised to win").
const APPEAR_ADJ: &[&str] = &[
    "poised",
    "ready",
    "headed",
    "likely",
    "unlikely",
    "set",
    "close",
    "closer",
    "determined",
    "intent",
    "eager",
    "willing",
    "unwilling",
    "reluctant",
    "open",
    "unaware",
    "unfazed",
];

/// "Clinton was asked about the speeches": a passive "asked about" has no source, and PolNeAR's
/// content is what was asked about, not the person asked. Only the passive (its cue holds the
/// auxiliary): "Asked about X, she said" keeps "about X", as the gold does.
pub fn asked_about(text: &str, toks: &[Token], hi: usize, attrs: &mut [Attr]) {
    let passive = |a: &&mut Attr| a.source.is_none() && a.cue.1 >= a.cue.0 + 2 && a.cue.1 + 1 < hi;
    for a in attrs.iter_mut().filter(passive) {
        let (v, s) = (a.cue.1 - 1, a.cue.1 + 1);
        if is_word(text, &toks[v], "asked") && is_word(text, &toks[a.cue.1], "about") {
            a.content = (s, clause_end(text, toks, s, hi).max(s + 1));
        }
    }
}

/// The implied-source attribution of an article sentence `toks[lo..hi]`, if it has a hedge cue
/// (or a noun-anchored one): the content is the hedged clause.
pub fn find(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<Attr> {
    let Some(cue) = (lo..hi).find_map(|i| cue_at(text, toks, i, hi)) else {
        return implied_nominal::find(text, toks, lo, hi);
    };
    let content = implied_span::content(text, toks, lo, hi, cue)?;
    Some(Attr {
        content,
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
    // "appears to be a …" stays the article's own assessment, as in the sample's gold ("the
    // rift appears to be a continuing obstacle"); "appears to be slipping" / "the …" is a hedge.
    if is(i, &["appear", "appears", "appeared"]) {
        let judged = is(i + 2, &["be"]) && is(i + 3, &["a", "an"]);
        let to = is(i + 1, &["to"]) && !judged;
        let it = i > 0
            && is(i - 1, &["it"])
            && (is(i + 1, &["that"]) || toks[i + 1..hi].first().is_some_and(|t| t.is(',')));
        return (to || it || is(i + 1, APPEAR_ADJ)).then_some((i, i + 1));
    }
    if !is(i, AUX) {
        return None;
    }
    let k = if is(i + 1, ADVERBS) { i + 2 } else { i + 1 };
    if is(k, &["known"]) && is(k + 1, &["as", "for"]) {
        return Some((i, k + 2));
    }
    if is(k, &["expected"]) {
        Some((i, k + 1))
    } else {
        (is(k, AS_HEDGES) && is(k + 1, &["as"])).then_some((i, k + 2))
    }
}

#[cfg(test)]
#[path = "implied_tests.rs"]
mod tests;
