//! Cues that are not verbs: an adjective of conviction after "be" ("His loyalists were adamant
//! that C"), "he went on" after a quotation, and "as (first) reported by S".

use super::before::content_before;
use super::clauses::clause_subject;
use super::content::{content_end, is_word, subordinate_end, trim_end};
use super::cues::CueClass;
use super::frames::Attr;
use super::sources::np_right;
use super::subjects::subject;
use super::token::{Kind, Token};

/// Adjectives that report a stance on the clause after them ("convinced that C").
const STANCE: &[&str] = &[
    "adamant",
    "convinced",
    "hopeful",
    "worried",
    "concerned",
    "confident",
    "optimistic",
    "skeptical",
    "certain",
];

/// Forms of "be" (and "remain") that link a subject to a stance adjective.
const LINK: &[&str] = &[
    "is", "are", "was", "were", "am", "be", "been", "remain", "remains", "remained", "'m", "’m",
    "'re", "’re",
];

/// The frame of the word at `v` when it is a non-verb cue.
pub fn find(text: &str, toks: &[Token], lo: usize, hi: usize, v: usize) -> Option<Attr> {
    let t = &toks[v];
    if !t.is_word() || t.cap && v > lo {
        return None;
    }
    let w = &text[t.start..t.end];
    if v == lo && w == "As" {
        return as_reported(text, toks, lo, hi, v);
    }
    match w {
        "went" => went_on(text, toks, lo, hi, v),
        "as" => as_reported(text, toks, lo, hi, v),
        _ if STANCE.contains(&w) => stance(text, toks, lo, hi, v),
        _ => None,
    }
}

/// "His loyalists were adamant that C": the subject of "be" holds the stance.
fn stance(text: &str, toks: &[Token], lo: usize, hi: usize, v: usize) -> Option<Attr> {
    if v + 2 >= hi || !is_word(text, &toks[v + 1], "that") {
        return None;
    }
    let mut b = v;
    while b > lo && toks[b - 1].lex.has(super::lexicon::AUX) && !is_link(text, &toks[b - 1]) {
        b -= 1;
    }
    if b == lo || !is_link(text, &toks[b - 1]) {
        return None;
    }
    // "People briefed on the talks were adamant": a subject the phrase rules miss opens the clause.
    let source =
        subject(text, toks, lo, hi, b - 1).or_else(|| clause_subject(text, toks, lo, b - 1))?;
    let s = v + 2;
    let end = subordinate_end(text, toks, lo, s, content_end(text, toks, s, hi));
    Some(Attr {
        content: (s, end),
        source: Some(source),
        implied: None,
        cue: (b - 1, v + 1),
        frame: "S is convinced that C",
    })
}

fn is_link(text: &str, t: &Token) -> bool {
    LINK.iter().any(|w| is_word(text, t, w))
}

/// “C,” he went on.: "went on" ending the sentence is a speech verb.
fn went_on(text: &str, toks: &[Token], lo: usize, hi: usize, v: usize) -> Option<Attr> {
    let ends = v + 2 < hi + 1
        && is_word(text, toks.get(v + 1)?, "on")
        && (v + 2 == hi || matches!(toks[v + 2].kind, Kind::Punct('.' | ',' | '!')));
    if !ends {
        return None;
    }
    let subj = subject(text, toks, lo, hi, v);
    content_before(text, toks, (lo, hi), (v, v + 2), CueClass::Say, subj)
}

/// "As reported by S, C" / "C, as first reported by S on Tuesday."
fn as_reported(text: &str, toks: &[Token], lo: usize, hi: usize, v: usize) -> Option<Attr> {
    let mut p = v + 1;
    if p < hi && toks[p].lex.has(super::lexicon::AUX) {
        p += 1;
    }
    let by = p + 1;
    let passive = p < hi
        && toks[p].lex.cue != CueClass::None
        && text[toks[p].start..toks[p].end].ends_with("ed");
    if !passive || by + 1 >= hi || !is_word(text, &toks[by], "by") {
        return None;
    }
    let (sa, sb) = np_right(toks, by + 1, hi)?;
    let opening = v == lo;
    let content = if opening {
        let comma = (sb..hi.min(sb + 8)).find(|&i| toks[i].is(','))?;
        (comma + 1, trim_end(toks, comma + 1, hi))
    } else if v > lo + 3 && toks[v - 1].is(',') {
        (lo, trim_end(toks, lo, v - 1))
    } else {
        return None;
    };
    (content.1 > content.0 + 2).then_some(Attr {
        content,
        source: Some((sa, sb)),
        implied: None,
        cue: (v, by + 1),
        frame: "as reported by S, C",
    })
}
