//! Adjuncts between a cue and its content: times, auxiliaries, "in a statement", asides in dashes.

use super::content::is_word;
use super::lexicon::{AUX, STOP, TIME};
use super::token::{Kind, Token};

/// Prepositions that open an adjunct between a cue and its content ("said in a statement that").
const ADJUNCT_PREPS: &[&str] = &[
    "in", "on", "at", "during", "to", "with", "via", "through", "before", "after", "from", "for",
    "while", "last", "this", "earlier", "late", "of", "about",
];

/// The closing dash of an aside that opens with a dash at `i` ("— on Twitter, as it happens —").
pub fn dash_aside(toks: &[Token], i: usize, hi: usize) -> Option<usize> {
    let dash = |t: &Token| matches!(t.kind, Kind::Punct('—' | '–'));
    if !dash(&toks[i]) {
        return None;
    }
    (i + 2..hi.min(i + 16))
        .find(|&k| dash(&toks[k]) || toks[k].is_quote())
        .filter(|&k| dash(&toks[k]) && k + 1 < hi)
}

/// Skips time words, adverbs and "in a statement"-like adjuncts after a cue; returns the new index.
pub fn skip_adjuncts(text: &str, toks: &[Token], mut r: usize, hi: usize) -> usize {
    for _ in 0..4 {
        if r >= hi {
            return r;
        }
        let t = &toks[r];
        // "said — on Twitter, as it happens — that C": an aside between dashes.
        if let Some(close) = dash_aside(toks, r, hi) {
            r = close + 1;
            continue;
        }
        if t.is_word() && (t.lex.has(TIME) || t.lex.has(AUX) && !t.lex.has(STOP)) {
            r += 1;
            continue;
        }
        // "reported that night that …"
        if is_word(text, t, "that")
            && toks.get(r + 1).is_some_and(|n| n.lex.has(TIME))
            && r + 1 < hi
        {
            r += 2;
            continue;
        }
        // "on Friday", "in 2008", "last week": a time adjunct.
        let time_next = toks.get(r + 1).is_some_and(|n| {
            r + 1 < hi
                && (n.lex.has(TIME) || text[n.start..].starts_with(|c: char| c.is_ascii_digit()))
        });
        // ("that 43 percent …" is content, not a time.)
        if t.is_word() && t.lex.has(STOP) && time_next && !is_word(text, t, "that") {
            r += 2;
            while r < hi && toks[r].is_word() && toks[r].lex.has(TIME) {
                r += 1;
            }
            continue;
        }
        if t.is_word() && ADJUNCT_PREPS.iter().any(|p| is_word(text, t, p)) {
            // Only an adjunct when a content opener follows within a few words.
            let limit = (r + 9).min(hi);
            if let Some(e) = (r + 1..limit).find(|&i| opens_content(text, &toks[i])) {
                if (r + 1..e).all(|i| toks[i].is_word() || toks[i].is('.') || toks[i].is('-')) {
                    // A quoted title inside the adjunct (on “Fox News Sunday”) is skipped too.
                    if toks[e].kind == Kind::Open && e > r + 1 {
                        let close = (e + 1..(e + 8).min(hi)).find(|&i| toks[i].kind == Kind::Close);
                        if let Some(c) = close {
                            r = c + 1;
                            continue;
                        }
                    }
                    r = e;
                    continue;
                }
            }
        }
        break;
    }
    r
}

fn opens_content(text: &str, t: &Token) -> bool {
    t.kind == Kind::Open || t.is(',') || t.is(':') || is_word(text, t, "that")
}
