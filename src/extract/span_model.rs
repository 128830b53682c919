//! A learned content-end model: where a claim's content stops after its cue, scored over hashed
//! features of each candidate end and trained on PolNeAR's train split (`span_model_train.rs`).
//!
//! The rules end a content at the first comma, "but", a quote close or the sentence end; PolNeAR's
//! annotators often go on through a list ("GOP voters, lawmakers, and thinkers") or stop before a
//! trailing adjunct ("supporters | at a rally"). For each frame whose content follows its cue, every
//! word (or closing quote) before a possible boundary is a candidate last token; the
//! model ranks them (a conditional logit, trained to reach an end that matches gold) and its best end replaces
//! the rules' end when it scores `MARGIN` above it.

use super::content::{CLAUSE_OPENERS, is_word};
use super::frames::Attr;
use super::learned::weight;
use super::lexicon::{REL, STOP};
use super::resumed;
use super::span_feats::{Running, features};
use super::token::{Kind, Token};

/// The model: quantised weights (little-endian i16 of `weight * SCALE`, see `learned.rs`).
static MODEL: &[u8] = include_bytes!("span_model.bin");
/// Log-odds the model's end must gain over the rules' end to replace it, chosen by two-fold
/// cross-fitting on PolNeAR train halves (`span_model_train.rs`, model from one half, matches won
/// minus lost on the other): 0.0 nets +46/+66, 0.5 +39/+58, 1.0 +34/+39, 2.0 +25/+26. End to end
/// (model from one half, claim+source F1 on the other) 0.0 scores odd 0.6956 / even 0.6846.
pub const MARGIN: f32 = 0.0;
/// Longest content (in tokens) the model considers.
pub const MAX_LEN: usize = 90;

/// Re-chooses the end of each content that follows its cue in the sentence `toks[lo..hi]`.
pub fn refine(text: &str, toks: &[Token], lo: usize, hi: usize, attrs: &mut [Attr]) {
    let mut feats = Vec::with_capacity(48);
    for a in attrs.iter_mut() {
        if let Some(e) = best_end(text, toks, (lo, hi), a, MODEL, MARGIN, &mut feats) {
            a.content.1 = e;
        }
    }
    resumed::extend(text, toks, (lo, hi), attrs);
}

/// Whether the model may move the end of `a`: its content follows the cue and lies in the sentence.
pub fn applies(toks: &[Token], (lo, hi): (usize, usize), a: &Attr) -> bool {
    let (s, e) = a.content;
    s >= lo && s < e && e <= hi && a.cue.0 < s && toks[s].kind != Kind::Break
}

/// The candidate ends (exclusive token indices) of content starting at `s` whose rules' end is
/// `e`: after a word or closing quote that stands before punctuation, a function word, an "-ing"
/// word or the sentence end (and `e` itself), up to `MAX_LEN` tokens on.
pub fn candidates(text: &str, toks: &[Token], s: usize, e: usize, hi: usize, out: &mut Vec<usize>) {
    out.clear();
    out.extend((s + 1..=hi.min(s + MAX_LEN)).filter(|&k| {
        matches!(toks[k - 1].kind, Kind::Word | Kind::Close)
            && (k == e || k >= hi || boundary(text, &toks[k]))
    }));
}

/// Can a clause or phrase boundary stand before `t`?
fn boundary(text: &str, t: &Token) -> bool {
    if !t.is_word() || t.lex.has(STOP | REL) {
        return true;
    }
    let w = &text[t.start..t.end];
    !t.cap && (w.len() > 5 && w.ends_with("ing") || matches!(w, "for" | "of" | "amid" | "despite"))
}

/// The rules' end as a candidate: the last candidate at or before `e`.
pub fn rule_candidate(cands: &[usize], e: usize) -> Option<usize> {
    cands.iter().rev().find(|&&k| k <= e).copied()
}

/// The model's end for `a` when it beats the rules' end by `margin`; `None` to keep the rules'.
pub fn best_end(
    text: &str,
    toks: &[Token],
    sent: (usize, usize),
    a: &Attr,
    model: &[u8],
    margin: f32,
    feats: &mut Vec<u32>,
) -> Option<usize> {
    if !applies(toks, sent, a) {
        return None;
    }
    let (s, e) = a.content;
    let mut cands = Vec::with_capacity(32);
    candidates(text, toks, s, e, sent.1, &mut cands);
    let rule = rule_candidate(&cands, e)?;
    // "While Ramos said C, he …": the rules already end C where the main clause starts.
    if opens_with_clause(text, toks, sent.0) {
        cands.retain(|&k| k <= rule);
    }
    let (mut best, mut best_k, mut rule_score) = (f32::NEG_INFINITY, rule, 0.0);
    let mut run = Running::new(text, toks, sent, a);
    for &k in &cands {
        run.advance(toks, k);
        features(text, toks, sent, a, (k, rule), &run, feats);
        let z: f32 = feats.iter().map(|&f| weight(model, f)).sum();
        if k == rule {
            rule_score = z;
        }
        if z > best {
            (best, best_k) = (z, k);
        }
    }
    // An end inside a quotation takes its closing mark along ("a “nice guy|”").
    let open = |k: usize| toks[s..k].iter().filter(|t| t.kind == Kind::Open).count();
    let close = |k: usize| toks[s..k].iter().filter(|t| t.kind == Kind::Close).count();
    if best_k < sent.1 && toks[best_k].kind == Kind::Close && open(best_k) > close(best_k) {
        best_k += 1;
    }
    // Moving the end over punctuation alone ("Satan|”") changes no word: the rules' end stays.
    let (a0, a1) = (best_k.min(rule), best_k.max(rule));
    let words = (a0..a1).any(|i| toks[i].is_word());
    (words && best - rule_score > margin).then_some(best_k)
}

/// Does the sentence open with a subordinate clause ("While …", "If …")?
fn opens_with_clause(text: &str, toks: &[Token], lo: usize) -> bool {
    CLAUSE_OPENERS.iter().any(|w| is_word(text, &toks[lo], w))
}
