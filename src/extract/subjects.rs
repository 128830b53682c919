//! Who speaks: the subject before a cue, an inverted subject after it, a clause's subject for
//! participles, and the agent of a passive.

use super::content::{content_end, content_start, is_word};
use super::cues::CueClass;
use super::frames::Attr;
use super::lexicon::{DET, PRON_PERSON};
use super::sources::{np_left_with, np_right, skip_aux_left};
use super::token::{Kind, Token};

/// The subject of a verb at `v`: the noun phrase before it, across an appositive ("X, a spokesman, said").
pub fn subject(
    text: &str,
    toks: &[Token],
    lo: usize,
    hi: usize,
    v: usize,
) -> Option<(usize, usize)> {
    let mut end = skip_aux_left(toks, lo, v);
    // "Rep. Hank Johnson (D-Ga.) said": skip the bracket.
    if end > lo + 1 && toks[end - 1].is(')') {
        if let Some(open) = (end.saturating_sub(9).max(lo)..end - 1)
            .rev()
            .find(|&i| toks[i].is('('))
        {
            end = open;
        }
    }
    let loose = matches!(toks[v].lex.cue, CueClass::Say | CueClass::Tell);
    if let Some(np) = np_left_with(text, toks, lo, end, loose) {
        return Some(np);
    }

    if end > lo + 2 && toks[end - 1].is(',') {
        // "…, said Larry Sabato, director of …": an inverted subject, not an appositive.
        if end == v && toks[v].lex.cue != CueClass::Tell && inverted_subject(toks, v, hi) {
            return None;
        }
        let from = end.saturating_sub(40).max(lo + 1);
        let comma = (from..end - 1).rev().find(|&i| toks[i].is(','))?;
        if (comma + 1..end - 1).any(|i| toks[i].is_quote()) {
            return None;
        }
        let np = np_left_with(text, toks, lo, comma, loose)?;
        return (toks[np.1 - 1].cap || loose).then_some(np);
    }
    None
}

/// Is the phrase after the verb at `v` its subject ("…, said Larry Sabato.")?
pub fn inverted_subject(toks: &[Token], v: usize, hi: usize) -> bool {
    // Right after a closing quote ("…,” wrote one supporter who …) any phrase is the subject.
    let after_quote = v > 0
        && (toks[v - 1].kind == Kind::Close
            || v > 1 && toks[v - 1].is(',') && toks[v - 2].kind == Kind::Close);
    if after_quote && np_right(toks, v + 1, hi).is_some() {
        return true;
    }
    match np_right(toks, v + 1, hi) {
        Some((a, b)) => {
            (toks[a].cap || toks[a].lex.has(PRON_PERSON | DET))
                && (b >= hi || matches!(toks[b].kind, Kind::Punct('.' | ',' | ';' | '(')))
        }
        None => false,
    }
}

/// A passive cue: the agent after "by" is the source; without one the source is unnamed.
pub fn passive_frame(
    text: &str,
    toks: &[Token],
    hi: usize,
    v: usize,
    class: CueClass,
    subj: Option<(usize, usize)>,
) -> Option<Attr> {
    let (sa, sb) = subj?;
    let by = v + 1 < hi && is_word(text, &toks[v + 1], "by");
    let agent = if by { np_right(toks, v + 2, hi) } else { None };
    let after = agent.map_or(v + 1, |(_, b)| b);
    let content = match content_start(text, toks, after, hi, CueClass::Say) {
        Some(s) if class != CueClass::Trans || !by => (s, content_end(text, toks, s, hi)),
        _ => (sa, sb),
    };
    if by && agent.is_none() {
        return None;
    }
    Some(Attr {
        content,
        source: agent,
        implied: agent.is_none().then_some("unnamed"),
        cue: (v - 1, v + 1),
        frame: "X was V-ed (by S)",
    })
}
