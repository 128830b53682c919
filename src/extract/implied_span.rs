//! The content of an implied-source hedge: the clause around "seems" / "is expected", not the sentence.
//!
//! PolNeAR's annotators give a hedge the clause it hedges: its subject and what follows the cue
//! ("The senator from Florida | to have gained some momentum", stopping at ", but the question
//! was …"), or the clause after "it seems (that)". A relative pronoun is the subject ("the DNC,
//! which is seen as aligned with Clinton": "which … aligned with Clinton").

use super::content::{clause_end, content_end, is_word};
use super::lexicon::REL;
use super::token::{Kind, Token};

/// Words that end a clause's subject leftwards (the clause starts after them).
const OPENERS: &[&str] = &[
    "but", "and", "because", "while", "although", "though", "if", "when", "since", "so", "as",
    "after", "before", "unless", "whereas", "or", "yet",
];
/// Relative words that are the subject when they stand right before the cue ("what appears").
const RELS: &[&str] = &["that", "what"];
/// Words skipped between the subject and the cue ("may not seem", "has long been seen as").
const AUX_LEFT: &[&str] = &[
    "may",
    "might",
    "would",
    "could",
    "can",
    "will",
    "does",
    "do",
    "did",
    "doesn't",
    "don't",
    "didn't",
    "doesn’t",
    "don’t",
    "didn’t",
    "not",
    "has",
    "have",
    "had",
    "also",
    "still",
    "now",
    "even",
    "almost",
    "particularly",
    "increasingly",
    "often",
    "just",
    "only",
    "n't",
];

/// The content token range of the hedge whose cue is `cue` in the sentence `toks[lo..hi]`; none
/// when "that" or "what" is its subject ("positions that now seem moderate", "what seems a
/// stream of drivel"): those hedge a phrase inside the article's own claim (0 right of 5 on the
/// even half of train).
pub fn content(
    text: &str,
    toks: &[Token],
    lo: usize,
    hi: usize,
    cue: (usize, usize),
) -> Option<(usize, usize)> {
    let mut s = cue.0;
    while s > lo && AUX_LEFT.iter().any(|w| is_word(text, &toks[s - 1], w)) {
        s -= 1;
    }
    let after = after_cue(text, toks, cue.1, hi);
    // "It appears (, though,) that C": the clause after the cue is all.
    if s > lo && is_word(text, &toks[s - 1], "it") && after < hi {
        return Some((after, content_end(text, toks, after, hi).max(after + 1)));
    }
    let start = subject_start(text, toks, lo, s);
    if start + 1 == s && RELS.iter().any(|w| is_word(text, &toks[start], w)) {
        return None;
    }
    let rel = toks[start].lex.has(REL);
    let end = if cue.1 < hi && rel {
        clause_end(text, toks, cue.1, hi).max(cue.1)
    } else if cue.1 < hi {
        content_end(text, toks, cue.1, hi).max(cue.1)
    } else {
        hi
    };
    Some((start, aside_cut(text, toks, cue.1, end.max(cue.1))))
}

/// Words that open a subordinate clause after a comma: ", though several stars will attend",
/// ", with sharp consequences for …", ", largely because …". PolNeAR's hedge content stops there.
const ASIDES: &[&str] = &[
    "with", "as", "though", "although", "because", "largely", "while", "after", "since", "when",
    "where",
];

/// The end of a hedge's content cut at the first comma that opens a subordinate clause.
fn aside_cut(text: &str, toks: &[Token], from: usize, end: usize) -> usize {
    (from..end.saturating_sub(1))
        .find(|&i| toks[i].is(',') && ASIDES.iter().any(|w| is_word(text, &toks[i + 1], w)))
        .unwrap_or(end)
}

/// Skips ", though," and "that" after the cue.
fn after_cue(text: &str, toks: &[Token], mut i: usize, hi: usize) -> usize {
    if i < hi && toks[i].is(',') {
        if let Some(c) = (i + 1..hi.min(i + 5)).find(|&k| toks[k].is(',')) {
            i = c + 1;
        }
    }
    if i < hi && is_word(text, &toks[i], "that") {
        i += 1;
    }
    i
}

/// The first token of the subject ending at `end`: after the nearest clause boundary to the left,
/// or at a relative pronoun; the sentence start when no subject stands there ("X won and appeared
/// poised to …").
fn subject_start(text: &str, toks: &[Token], lo: usize, end: usize) -> usize {
    let mut i = end;
    while i > lo {
        let t = &toks[i - 1];
        let rel = t.is_word() && (t.lex.has(REL) || RELS.iter().any(|w| is_word(text, t, w)));
        if rel && i == end {
            return i - 1;
        }
        let boundary = match t.kind {
            Kind::Punct(',' | ';' | ':' | '—' | '–' | '(') | Kind::Open | Kind::Close => true,
            Kind::Word => rel || !t.cap && OPENERS.iter().any(|w| is_word(text, t, w)),
            _ => false,
        };
        if boundary {
            break;
        }
        i -= 1;
    }
    if i == end { lo } else { i }
}
