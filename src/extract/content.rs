//! Where a claim's content starts and ends around a cue: quotes, clause boundaries, trimming.

pub use super::adjuncts::skip_adjuncts;
use super::cues::CueClass;
use super::lexicon::{DET, PRON_GROUP, PRON_PERSON, PRON_THING, REL, STOP};
use super::token::{Kind, Token};

/// Words that may open a reported clause ("said if Trump wins, …").
const SUBORDINATORS: &[&str] = &[
    "if", "when", "while", "because", "although", "though", "as", "after", "before", "since",
    "unless", "once", "whether", "what", "how", "why",
];

/// True when the word token equals `w` (ASCII case-insensitive).
pub fn is_word(text: &str, t: &Token, w: &str) -> bool {
    t.kind == Kind::Word && text[t.start..t.end].eq_ignore_ascii_case(w)
}

/// The start of a clause content at `r`, if one starts there; `class` decides how strict to be.
pub fn content_start(
    text: &str,
    toks: &[Token],
    r: usize,
    hi: usize,
    class: CueClass,
) -> Option<usize> {
    let t = toks.get(r).filter(|_| r < hi)?;
    if is_word(text, t, "that") || t.is(':') {
        return (r + 1 < hi).then_some(r + 1);
    }
    if t.kind == Kind::Open {
        return Some(r);
    }
    if t.is(',') {
        let n = toks.get(r + 1).filter(|_| r + 1 < hi)?;
        return (n.kind == Kind::Open).then_some(r + 1);
    }
    if !t.is_word() {
        return None;
    }
    match class {
        CueClass::Trans => Some(r),
        // "wants to bring back the 1990s": the infinitive is what is wanted.
        CueClass::Weak if is_word(text, t, "to") && wants(text, &toks[r - 1]) => Some(r),
        CueClass::Weak => t
            .lex
            .has(PRON_PERSON | PRON_GROUP | PRON_THING | DET)
            .then_some(r)
            .or_else(|| (t.cap && !t.lex.has(STOP)).then_some(r)),
        _ => (!t.lex.has(STOP)
            || t.lex.has(PRON_PERSON | PRON_GROUP | PRON_THING | DET)
            || SUBORDINATORS.iter().any(|w| is_word(text, t, w)))
        .then_some(r),
    }
}

/// Verbs of wanting, whose infinitive is their content ("wants to", "hopes to").
fn wants(text: &str, t: &Token) -> bool {
    let w = &text[t.start..t.end];
    [
        "want", "hope", "plan", "vow", "pledge", "promise", "threaten", "intend", "decide",
    ]
    .iter()
    .any(|stem| w.len() >= stem.len() && w[..stem.len()].eq_ignore_ascii_case(stem))
}

/// The end (exclusive token index) of content starting at `s`: its closing quote, or the sentence end.
pub fn content_end(text: &str, toks: &[Token], s: usize, hi: usize) -> usize {
    if toks[s].kind == Kind::Open {
        if let Some(c) = (s + 1..hi).find(|&i| toks[i].kind == Kind::Close) {
            // Keep going when the quote is only the first part of the clause.
            let after = c + 1;
            if after >= hi || toks[after].is('.') || toks[after].is(',') || toks[after].is(';') {
                return after;
            }
        }
    }
    clause_stop(text, toks, s, hi)
}

/// The end of an indirect content: a semicolon, or "but" / "while" / "and said" starting a new clause.
fn clause_stop(text: &str, toks: &[Token], s: usize, hi: usize) -> usize {
    let mut open = false;
    for i in s..hi {
        let t = &toks[i];
        match t.kind {
            Kind::Open => open = true,
            Kind::Close => open = false,
            Kind::Punct(';' | '—' | '–') if !open && i > s + 2 => return trim_end(toks, s, i),
            Kind::Punct('-') if !open && i > s + 2 && toks[i - 1].end < t.start => {
                return trim_end(toks, s, i);
            }
            // ", adding …", ", an acknowledgment …", ", and Ms. X is …": a new clause or an aside.
            Kind::Punct(',') if !open && i > s + 3 => {
                if let Some(n) = toks.get(i + 1).filter(|n| i + 1 < hi && n.is_word()) {
                    let nw = &text[n.start..n.end];
                    let participle = !n.cap && nw.len() > 5 && nw.ends_with("ing");
                    if participle || matches!(nw, "and" | "but" | "which" | "an" | "a" | "while") {
                        return trim_end(toks, s, i);
                    }
                }
            }
            Kind::Word if !open && i > s + 2 => {
                let w = &text[t.start..t.end];
                let next_cue = toks
                    .get(i + 1)
                    .is_some_and(|n| i + 1 < hi && n.lex.cue == CueClass::Say && !n.cap);
                if matches!(w, "but" | "whereas")
                    || w == "while" && toks[i - 1].is(',')
                    || w == "and" && (next_cue || past_verb(text, toks, i + 1, hi))
                {
                    return trim_end(toks, s, i);
                }
            }
            _ => {}
        }
    }
    trim_end(toks, s, hi)
}

/// Words that open a sentence with a subordinate clause ("While Ramos said C, he …").
pub const CLAUSE_OPENERS: &[&str] = &[
    "while", "after", "although", "though", "when", "if", "because", "since", "before", "unless",
    "as", "once", "whereas",
];

/// The end of a content that starts at `s` inside a sentence-opening subordinate clause: the comma
/// where the main clause begins ("While Ramos said C, he appears …"); else `end` unchanged.
pub fn subordinate_end(text: &str, toks: &[Token], lo: usize, s: usize, end: usize) -> usize {
    if !CLAUSE_OPENERS.iter().any(|w| is_word(text, &toks[lo], w)) {
        return end;
    }
    let mut open = false;
    for i in s + 1..end {
        match toks[i].kind {
            Kind::Open => open = true,
            Kind::Close => open = false,
            Kind::Punct(',') if !open => {
                let mut n = i + 1;
                if n < end && toks[n].kind == Kind::Close {
                    n += 1;
                }
                let starts_clause = toks.get(n).is_some_and(|t| {
                    n < end && t.is_word() && (t.cap || t.lex.has(PRON_PERSON | PRON_GROUP | DET))
                });
                if starts_clause {
                    return if n > i + 1 { n } else { i };
                }
            }
            _ => {}
        }
    }
    end
}

/// Drops trailing sentence punctuation, commas and dashes (keeps closing quotes).
pub fn trim_end(toks: &[Token], s: usize, mut e: usize) -> usize {
    while e > s
        && matches!(
            toks[e - 1].kind,
            Kind::Punct('.' | ',' | ';' | ':' | '—' | '–' | '-' | '!' | '(')
        )
    {
        e -= 1;
    }
    e
}

/// Trims words that introduce a nested frame ("which", "and", "where") off the end of a content.
pub fn trim_connectives(text: &str, toks: &[Token], s: usize, mut e: usize) -> usize {
    loop {
        let before = e;
        e = trim_end(toks, s, e);
        while e > s && toks[e - 1].is_word() && toks[e - 1].lex.has(STOP | DET | REL) {
            let w = &text[toks[e - 1].start..toks[e - 1].end];
            if w.len() > 8 {
                break;
            }
            e -= 1;
        }
        if e > s && toks[e - 1].is_word() && is_word(text, &toks[e - 1], "which") {
            e -= 1;
        }
        if e == before {
            return e;
        }
    }
}

/// "… and praised her effort": a lowercase past-tense verb or cue after "and" starts a new predicate.
fn past_verb(text: &str, toks: &[Token], i: usize, hi: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        let w = &text[t.start..t.end];
        i < hi
            && t.is_word()
            && !t.cap
            && t.lex.flags == 0
            && (w.len() > 4 && w.ends_with("ed") || t.lex.cue != CueClass::None)
    })
}

/// The end of an object content: the first comma, semicolon or dash outside quotes, or a new
/// predicate after "and"; else `hi`.
pub fn clause_end(text: &str, toks: &[Token], s: usize, hi: usize) -> usize {
    let mut open = false;
    for (i, t) in toks.iter().enumerate().take(hi).skip(s) {
        match t.kind {
            Kind::Open => open = true,
            Kind::Close => open = false,
            Kind::Punct(',' | ';' | '—' | '–' | '(') if !open && i > s => return i,
            Kind::Word
                if !open
                    && i > s
                    && is_word(text, t, "and")
                    && past_verb(text, toks, i + 1, hi) =>
            {
                return i;
            }
            _ => {}
        }
    }
    trim_end(toks, s, hi)
}
