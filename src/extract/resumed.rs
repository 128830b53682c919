//! Content that resumes after its frame: "Survival, Mr. VandeHei says, depends on giving readers
//! what they want." The frame splits one claim in two; PolNeAR's gold content is both halves, so
//! the content before the cue is carried on through the frame to the end of the second half.

use super::content::{content_end, is_word};
use super::frames::Attr;
use super::lexicon::{AUX, REL, STOP};
use super::token::{Kind, Token};

/// Words after the frame's comma that open something other than the rest of the claim: an aside
/// ("he said, although …"), a new clause, a source's description ("according to …").
const NOT_RESUMED: &[&str] = &[
    "and",
    "but",
    "as",
    "while",
    "although",
    "though",
    "because",
    "when",
    "if",
    "after",
    "before",
    "since",
    "according",
    "so",
    "adding",
    "or",
    "who",
    "which",
    "whose",
    "where",
    "then",
    "not",
    "in",
    "at",
    "on",
    "with",
    "without",
    "during",
];

/// Carries each unquoted content placed before its cue on through a comma after the frame
/// ("A, S said, B") to the end of B.
pub fn extend(text: &str, toks: &[Token], (lo, hi): (usize, usize), attrs: &mut [Attr]) {
    for a in attrs.iter_mut() {
        let (s, e) = a.content;
        if s < lo || e <= s || e > a.cue.0 || unquoted(toks, s, e).is_none() {
            continue;
        }
        let frame_end = a.source.map_or(a.cue.1, |src| src.1.max(a.cue.1));
        let source_after = a.source.is_some_and(|src| src.0 > a.cue.0);
        if let Some(b) = resumes_at(text, toks, frame_end, hi, source_after) {
            let end = content_end(text, toks, b, hi);
            if end > b + 1 {
                a.content.1 = end;
            }
        }
    }
}

/// Some(()) when the content holds no quotation mark at its edges (a quote that closes before
/// the frame is whole; "“Okay,” I said, attempting to regroup").
fn unquoted(toks: &[Token], s: usize, e: usize) -> Option<()> {
    let edge = |t: &Token| t.is_quote();
    (!edge(&toks[s]) && !edge(&toks[e - 1]) && !toks[e..].first().is_some_and(edge)).then_some(())
}

/// Where the claim resumes after a frame ending at `f`: the word after the comma that follows the
/// frame. With the source after the cue ("said Steve Bell, senior director of …, would"), a
/// description of the source may come first; it is passed over when the word after the next
/// comma is a verb.
fn resumes_at(
    text: &str,
    toks: &[Token],
    f: usize,
    hi: usize,
    source_after: bool,
) -> Option<usize> {
    toks.get(f).filter(|t| f < hi && t.is(','))?;
    let b = f + 1;
    let t = toks.get(b).filter(|_| b + 1 < hi)?;
    if !t.is_word() || t.cap {
        return None;
    }
    let w = &text[t.start..t.end];
    if t.lex.has(REL) || NOT_RESUMED.iter().any(|n| is_word(text, t, n)) || participle(w) {
        return None;
    }
    if !source_after || verb_like(t) {
        return Some(b);
    }
    // "says Carl Anthony, historian at the …, is that she …": skip the description.
    let next = (b + 1..hi.min(b + 16)).find(|&k| toks[k].kind != Kind::Word || toks[k].is(','))?;
    if !toks[next].is(',') {
        return None;
    }
    toks.get(next + 1)
        .filter(|n| next + 2 < hi && n.is_word() && !n.cap && verb_like(n))
        .map(|_| next + 1)
}

fn participle(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing")
}

/// An auxiliary that opens a predicate ("is", "would", "has").
fn verb_like(t: &Token) -> bool {
    t.lex.has(AUX) && !t.lex.has(STOP)
}
