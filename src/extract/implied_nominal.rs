//! Implied-source frames around a noun: "the question is whether C", "questions about how C",
//! "the contests known as Super Tuesday".
//!
//! PolNeAR annotates these as attributions with no source: a question put by no one in particular
//! (content: the "whether" clause), and a name given by no one in particular (content: the thing
//! named and its name).

use super::content::{clause_end, content_end, is_word};
use super::frames::Attr;
use super::token::{Kind, Token};

/// The frame name of "the question is whether C".
pub const QUESTION: &str = "the question is whether C (implied source)";
/// The frame name of "N known as M".
pub const KNOWN_AS: &str = "N known as M (implied source)";

/// Words that open the clause a question stands for.
const WH: &[&str] = &["whether", "how", "what", "why", "who", "when", "if"];
/// Prepositions that end the named phrase leftwards ("victories during | the contests known as").
const PREPS: &[&str] = &[
    "in", "during", "at", "on", "for", "with", "by", "from", "into", "under", "to", "is", "was",
    "are", "were", "and", "that",
];

/// The first noun-anchored implied frame of `toks[lo..hi]` outside quotes, if any.
pub fn find(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<Attr> {
    let mut quoted = false;
    for i in lo..hi {
        match toks[i].kind {
            Kind::Open => quoted = true,
            Kind::Close => quoted = false,
            Kind::Word if !quoted => {
                let found = question(text, toks, i, hi).or_else(|| known_as(text, toks, lo, i, hi));
                if found.is_some() {
                    return found;
                }
            }
            _ => {}
        }
    }
    None
}

/// "The question is whether C", "questions about how C" ("the question of whether" is most often
/// the article's own phrase: 1 right of 3).
fn question(text: &str, toks: &[Token], i: usize, hi: usize) -> Option<Attr> {
    let t = &toks[i];
    if !(is_word(text, t, "question") || is_word(text, t, "questions")) {
        return None;
    }
    let link = ["is", "was", "remains", "about", "over"];
    let mut k = i + 1;
    if k < hi && link.iter().any(|w| is_word(text, &toks[k], w)) {
        k += 1;
    }
    if k >= hi || k == i + 1 || !WH.iter().any(|w| is_word(text, &toks[k], w)) {
        return None;
    }
    let end = content_end(text, toks, k, hi);
    (end > k + 2).then_some(Attr {
        content: (k, end),
        source: None,
        implied: Some("unnamed"),
        cue: (i, k),
        frame: QUESTION,
    })
}

/// "the string of contests known as Super Tuesday": the phrase named and its name.
fn known_as(text: &str, toks: &[Token], lo: usize, i: usize, hi: usize) -> Option<Attr> {
    if !(is_word(text, &toks[i], "known") && i + 2 < hi && is_word(text, &toks[i + 1], "as")) {
        return None;
    }
    let mut s = i;
    while s > lo && i - s < 6 {
        let p = &toks[s - 1];
        if !p.is_word() || PREPS.iter().any(|w| is_word(text, p, w)) {
            break;
        }
        s -= 1;
    }
    let end = clause_end(text, toks, i + 2, hi);
    // "the contests known as Super Tuesday: Oklahoma and Texas": the name ends at the colon.
    let end = (i + 2..end).find(|&k| toks[k].is(':')).unwrap_or(end);
    (s < i && end > i + 2).then_some(Attr {
        content: (s, end),
        source: None,
        implied: Some("unnamed"),
        cue: (i, i + 2),
        frame: KNOWN_AS,
    })
}
