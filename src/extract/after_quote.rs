//! Speakers a frame's subject search passed over: the name right before the cue when the content
//! came first ("“…,” the dawn of a movement, Bozell says"), the inverted subject ("…, since …,
//! said Lee Epstein") and the agent of a passive cue ("measures added by Republicans").

use super::content::is_word;
use super::frames::Attr;
use super::lexicon::{DET, TITLE};
use super::sources::{np_left, np_right, skip_aux_left};
use super::token::{Kind, Token};

/// A better mention than `src` for a frame whose content comes before its source, or whose cue is
/// a passive participle with a "by" agent.
pub fn speaker(
    text: &str,
    toks: &[Token],
    (lo, hi): (usize, usize),
    (sa, sb): (usize, usize),
    at: &Attr,
) -> Option<(usize, usize)> {
    let (v, ve) = at.cue;
    if let Some(agent) = passive_agent(text, toks, hi, v, ve) {
        return Some(agent);
    }
    if at.content.1 > sa || sb > v {
        return None;
    }
    // "…, the dawn of the modern conservative movement, Bozell says."
    let e = skip_aux_left(toks, lo, v);
    if let Some((a, b)) = np_left(text, toks, lo, e) {
        let head = &toks[b - 1];
        if a > sb && toks[a - 1].is(',') && name_head(text, head) {
            return Some((a, b));
        }
    }
    // "…,'' like the recent volatility of markets, said Richard Curtin, …"
    if v > lo && toks[v - 1].is(',') && ve < hi && toks[ve].cap {
        let (a, b) = np_right(toks, ve, hi)?;
        let ends = b >= hi || matches!(toks[b].kind, Kind::Punct('.' | ',' | ';' | '('));
        if ends && name_head(text, &toks[b - 1]) {
            return Some((a, b));
        }
    }
    None
}

/// "criticized by many Wall Street players", "added by Republicans": the agent speaks.
fn passive_agent(
    text: &str,
    toks: &[Token],
    hi: usize,
    v: usize,
    ve: usize,
) -> Option<(usize, usize)> {
    let w = &text[toks[v].start..toks[v].end];
    if ve != v + 1 || !w.ends_with("ed") || ve + 1 >= hi || !is_word(text, &toks[ve], "by") {
        return None;
    }
    let (a, mut b) = np_right(toks, ve + 1, hi)?;
    if !(toks[a].cap || toks[a].lex.has(DET)) {
        return None;
    }
    // "by Republicans on other issues": the phrase ends before its own prepositions.
    if let Some(cut) = (a + 1..b).find(|&i| !toks[i].cap && is_prep(text, &toks[i])) {
        b = cut;
    }
    Some((a, b))
}

fn is_prep(text: &str, t: &Token) -> bool {
    [
        "on", "in", "at", "for", "to", "with", "if", "whether", "about",
    ]
    .iter()
    .any(|w| is_word(text, t, w))
}

/// A capitalised name word, not a title or a party tag ("R-Texas").
fn name_head(text: &str, t: &Token) -> bool {
    t.cap && !t.lex.has(TITLE | DET) && !text[t.start..t.end].contains('-')
}
