//! Content placed before its attribution: "C, S said." / "“C,” said S." / "The goal, he said, is peace."

use super::content::{content_end, skip_adjuncts, trim_end};
use super::cues::CueClass;
use super::frames::{Attr, BEFORE_FRAME};
use super::lexicon::{STOP, TIME};
use super::sources::np_right;
use super::subjects::inverted_subject;
use super::token::{Kind, Token};

/// The attribution of the speech verb at `v` (cue `toks[v..cue_end]`, subject `subj` if found)
/// whose content stands before it in the sentence `toks[lo..hi]`.
pub fn content_before(
    text: &str,
    toks: &[Token],
    (lo, hi): (usize, usize),
    (v, cue_end): (usize, usize),
    class: CueClass,
    subj: Option<(usize, usize)>,
) -> Option<Attr> {
    let (source, before) = match subj {
        Some((sa, sb)) if sa > lo => (Some((sa, sb)), sa),
        _ if v > lo
            && (toks[v - 1].is(',') || toks[v - 1].kind == Kind::Close)
            && class != CueClass::Tell
            && inverted_subject(toks, v, hi) =>
        {
            (np_right(toks, v + 1, hi), v)
        }
        _ => (None, lo),
    };
    let source = source?;
    let sep = &toks[before - 1];
    if !(sep.is(',') || sep.kind == Kind::Close || sep.is('—')) {
        return None;
    }
    let e = trim_end(toks, lo, before);
    let mut s = lo;
    while s < e && !(toks[s].is_word() || toks[s].kind == Kind::Open) {
        s += 1;
    }
    if let Some(a) = opener_then_content(text, toks, (s, hi), (v, cue_end), source) {
        return Some(a);
    }
    // Content that ends with a quote opened inside it keeps the words before the quote ("He was
    // a “respected manager,” he said": PolNeAR's content is the whole clause); what follows the
    // frame is treated as it is after a quote.
    let mut lead = s;
    if e > s && toks[e - 1].kind == Kind::Close {
        let first_quote = (s..e - 1).find(|&i| toks[i].is_quote());
        if let Some(q) = first_quote.filter(|&q| (q + 1..e - 1).all(|i| !toks[i].is_quote())) {
            if toks[q].kind == Kind::Open {
                lead = q;
            }
        }
    }
    // The content goes on after the frame: “A,” he said, “B.” / The goal, he said, is peace.
    let mut end = e;
    let after = skip_adjuncts(text, toks, cue_end.max(source.1), hi);
    if after + 1 < hi && toks[after].is(',') {
        let n = &toks[after + 1];
        if n.kind == Kind::Open {
            end = content_end(text, toks, after + 1, hi);
        } else if n.is_word()
            && n.lex.cue == CueClass::None
            && toks[lead].kind != Kind::Open
            && source.0 < v
        {
            end = trim_end(toks, after + 1, hi);
        }
    }
    // A bare opening phrase ("Rather, he said.") is not a claim by itself.
    let words = (s..end.max(e)).filter(|&i| toks[i].is_word()).count();
    if words < 3 && toks[s].kind != Kind::Open {
        return None;
    }
    Some(Attr {
        content: (s, end.max(e)),
        source: Some(source),
        implied: None,
        cue: (v, cue_end),
        frame: BEFORE_FRAME,
    })
}

/// "Friday morning, as the parade rolled by, CNN reported C" / "In his speech, Obama argued C":
/// a sentence opening with a time or a preposition puts the content after the cue when a clause
/// of three words or more runs on there.
fn opener_then_content(
    text: &str,
    toks: &[Token],
    (s, hi): (usize, usize),
    (v, cue_end): (usize, usize),
    source: (usize, usize),
) -> Option<Attr> {
    let first = &toks[s];
    if !first.is_word() || !first.lex.has(STOP | TIME) || source.0 > v {
        return None;
    }
    let r = skip_adjuncts(text, toks, cue_end, hi);
    let run = (r..hi).take_while(|&i| toks[i].is_word()).count();
    if run < 3 {
        return None;
    }
    Some(Attr {
        content: (r, content_end(text, toks, r, hi)),
        source: Some(source),
        implied: None,
        cue: (v, cue_end),
        frame: "S said (that) C",
    })
}

/// Does the quote closing at `close` open right after a word ("on Fox's “Sunday Futures,”")?
pub fn quoted_title(toks: &[Token], lo: usize, close: usize) -> bool {
    let open = (lo..close).rev().find(|&i| toks[i].kind == Kind::Open);
    open.is_some_and(|o| o > lo && toks[o - 1].is_word())
}
