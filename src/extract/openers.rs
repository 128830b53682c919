//! Frames opened by a phrase rather than a verb: "according to S", "In a poll,", "reportedly",
//! "his claim that C".

use super::content::{clause_end, is_word, trim_end};
use super::cues::CueClass;
use super::frames::Attr;
use super::lexicon::{DOC, REL};
use super::sources::np_right;
use super::token::{Kind, Token, is_possessive};

/// Nouns that report what someone holds: "his claim that C", "Trump's warning that C".
const NOMINAL_CUES: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "suggestion",
    "argument",
    "belief",
    "view",
    "statement",
    "warning",
    "promise",
    "pledge",
    "insistence",
    "contention",
    "charge",
    "allegation",
    "accusation",
    "suspicion",
    "fear",
    "fears",
    "hope",
    "hopes",
    "concern",
    "concerns",
    "prediction",
    "complaint",
    "admission",
    "announcement",
    "assurance",
    "declaration",
    "estimate",
    "vow",
];

/// "his claim that C": a possessor, a reporting noun and a that-clause.
pub fn nominal(text: &str, toks: &[Token], lo: usize, hi: usize, v: usize) -> Option<Attr> {
    let t = &toks[v];
    if v == lo || v + 2 >= hi || !t.is_word() || t.cap || !is_word(text, &toks[v + 1], "that") {
        return None;
    }
    if !NOMINAL_CUES.iter().any(|w| is_word(text, t, w)) {
        return None;
    }
    let p = &toks[v - 1];
    let pw = &text[p.start..p.end];
    let possessive = ["his", "her", "their", "its", "our", "my"]
        .iter()
        .any(|w| pw.eq_ignore_ascii_case(w))
        || is_possessive(pw);
    if !possessive || !p.is_word() {
        return None;
    }
    let s = v + 2;
    let e = clause_end(text, toks, s, hi);
    (e > s).then_some(Attr {
        content: (s, e),
        source: Some((v - 1, v)),
        implied: None,
        cue: (v, v + 1),
        frame: "his claim that C",
    })
}

/// "… - Frank Newport: “We found …”": a name, a colon and a quote.
pub fn colon_quote(text: &str, toks: &[Token], lo: usize, hi: usize, k: usize) -> Option<Attr> {
    if !toks[k].is(':') || k == lo || k + 2 >= hi || toks[k + 1].kind != Kind::Open {
        return None;
    }
    let head = &toks[k - 1];
    if !head.is_word() || !head.cap || head.lex.cue != CueClass::None {
        return None;
    }
    let mut a = k - 1;
    while a > lo
        && k - a < 6
        && toks[a - 1].is_word()
        && (toks[a - 1].cap || is_word(text, &toks[a - 1], "and"))
    {
        a -= 1;
    }
    let before_ok = a == lo
        || matches!(
            toks[a - 1].kind,
            Kind::Punct('-' | '—' | '–' | '.' | ',' | ':')
        );
    if !before_ok {
        return None;
    }
    let close = (k + 2..hi)
        .find(|&i| toks[i].kind == Kind::Close)
        .map_or(hi, |c| c + 1);
    Some(Attr {
        content: (k + 1, close),
        source: Some((a, k)),
        implied: None,
        cue: (k, k + 1),
        frame: "S: “C”",
    })
}

/// "In a new poll, C": a document named in an opening phrase is the source.
pub fn in_document(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<Attr> {
    if hi < lo + 5 || !is_word(text, &toks[lo], "in") {
        return None;
    }
    let comma = (lo + 2..(lo + 14).min(hi)).find(|&i| toks[i].is(','))?;
    let head = (lo + 1..comma).find(|&i| toks[i].lex.has(DOC) && !toks[i].cap)?;
    if !(lo + 1..comma).all(|i| toks[i].is_word() || toks[i].is('-') || toks[i].is('/')) {
        return None;
    }
    // The phrase may go on after the noun ("a poll released Thursday"); the sentence must not
    // have a cue of its own.
    if (comma + 1..hi).any(|i| toks[i].lex.cue != CueClass::None && !toks[i].cap) {
        return None;
    }

    let _ = head;
    let s = comma + 1;
    Some(Attr {
        content: (s, trim_end(toks, s, hi)),
        source: Some((lo + 1, comma)),
        implied: None,
        cue: (lo, lo + 1),
        frame: "In a poll, C",
    })
}

pub fn according(text: &str, toks: &[Token], lo: usize, hi: usize, v: usize) -> Option<Attr> {
    if v + 2 >= hi || !is_word(text, &toks[v + 1], "to") {
        return None;
    }
    let cue = (v, v + 2);
    // "According to S, C" — content after the phrase; "C, according to S" — content before it.
    let before = trim_end(toks, lo, v);
    let lead = (lo..v).all(|i| !toks[i].is_word());
    // "According to early results of the exit poll conducted by X, C": the source runs to the comma.
    let comma = lead
        .then(|| (v + 2..hi.min(v + 30)).find(|&i| toks[i].is(',') || toks[i].is_quote()))
        .flatten()
        .filter(|&c| toks[c].is(',') && c > v + 2);
    let (sa, sb) = match (np_right(toks, v + 2, hi), comma) {
        (Some(np), _) => np,
        (None, Some(c)) => (v + 2, c),
        (None, None) => return None,
    };
    let mut s = comma.map_or(sb, |c| c.max(sb));
    while s < hi && toks[s].is(',') {
        s += 1;
    }
    let after_words = (s..hi).any(|i| toks[i].is_word());
    let content = if lead || before <= lo {
        (s, trim_end(toks, s, hi))
    } else if after_words && s > sb && opener_then_clause(text, toks, (lo, v), s) {
        // "Over the long term, according to S, the deficit rises": both sides.
        (lo, trim_end(toks, s, hi))
    } else {
        (lo, before)
    };
    Some(Attr {
        content,
        source: Some((sa, sb)),
        implied: None,
        cue,
        frame: "according to S, C",
    })
}

/// "Over the long term, according to S, the deficit rises": a short opener before the phrase and
/// a clause after it, not a description of the source ("…, according to Brian Wieser, an analyst
/// at …" / "…, who prosecuted …") nor a new predicate ("…, and has a lead in Ohio").
fn opener_then_clause(text: &str, toks: &[Token], (lo, v): (usize, usize), s: usize) -> bool {
    let opener_words = (lo..v).filter(|&i| toks[i].is_word()).count();
    let t = &toks[s];
    let w = &text[t.start..t.end];
    opener_words <= 10
        && t.is_word()
        && !t.lex.has(REL)
        && !matches!(w, "a" | "an" | "and" | "compared")
        && !(w.len() > 4 && w.ends_with("ing"))
}

pub fn adverb(toks: &[Token], hi: usize, v: usize) -> Option<Attr> {
    let s = v + 1;
    if s >= hi || !toks[s].is_word() {
        return None;
    }
    Some(Attr {
        content: (s, trim_end(toks, s, hi)),
        source: None,
        implied: Some("reports"),
        cue: (v, v + 1),
        frame: "S reportedly V",
    })
}
