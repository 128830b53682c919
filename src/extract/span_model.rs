//! A learned content-end model: where a claim's content stops after its cue, scored over hashed
//! features of each candidate end and trained on PolNeAR's train split (`span_model_train.rs`).
//!
//! The rules end a content at the first comma, "but", a quote close or the sentence end; PolNeAR's
//! annotators often go on through a list ("GOP voters, lawmakers, and thinkers") or stop before a
//! trailing adjunct ("supporters | at a rally"). For each frame whose content follows its cue, every
//! word (or closing quote) of the sentence after the content start is a candidate last token; the
//! model ranks them (a conditional logit, trained against the gold end) and its best end replaces
//! the rules' end when it scores `MARGIN` above it.

use super::content::{CLAUSE_OPENERS, is_word};
use super::cues::CueClass;
use super::frames::Attr;
use super::learned::weight;
use super::lexicon::{AUX, DET, PRON_GROUP, PRON_PERSON, REL, STOP, TIME};
use super::token::{Kind, Token};

/// The model: quantised weights (little-endian i16 of `weight * SCALE`, see `learned.rs`).
static MODEL: &[u8] = include_bytes!("span_model.bin");
/// Log-odds the model's end must gain over the rules' end to replace it, chosen by two-fold
/// cross-fitting on PolNeAR train halves (`span_model_train.rs`, model from one half, matches won
/// minus lost on the other): 1.5 nets +41/+53, 1.0 +37/+47, 0.5 +48/+32, 2.0 +34/+48.
pub const MARGIN: f32 = 1.5;
/// Longest content (in tokens) the model considers.
pub const MAX_LEN: usize = 90;
/// Number of hashed feature buckets (a power of two).
pub const BUCKETS: usize = 1 << 18;

/// Re-chooses the end of each content that follows its cue in the sentence `toks[lo..hi]`.
pub fn refine(text: &str, toks: &[Token], lo: usize, hi: usize, attrs: &mut [Attr]) {
    let mut feats = Vec::with_capacity(48);
    for a in attrs.iter_mut() {
        if let Some(e) = best_end(text, toks, (lo, hi), a, MODEL, MARGIN, &mut feats) {
            a.content.1 = e;
        }
    }
}

/// Whether the model may move the end of `a`: its content follows the cue and lies in the sentence.
pub fn applies(toks: &[Token], (lo, hi): (usize, usize), a: &Attr) -> bool {
    let (s, e) = a.content;
    s >= lo && s < e && e <= hi && a.cue.0 < s && toks[s].kind != Kind::Break
}

/// The candidate ends (exclusive token indices) of content starting at `s`: after each word or
/// closing quote, up to `MAX_LEN` tokens on.
pub fn candidates(toks: &[Token], s: usize, hi: usize, out: &mut Vec<usize>) {
    out.clear();
    out.extend(
        (s + 1..=hi.min(s + MAX_LEN))
            .filter(|&k| matches!(toks[k - 1].kind, Kind::Word | Kind::Close)),
    );
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
    candidates(toks, s, sent.1, &mut cands);
    let rule = rule_candidate(&cands, e)?;
    // "While Ramos said C, he …": the rules already end C where the main clause starts.
    if opens_with_clause(text, toks, sent.0) {
        cands.retain(|&k| k <= rule);
    }
    let (mut best, mut best_k, mut rule_score) = (f32::NEG_INFINITY, rule, 0.0);
    for &k in &cands {
        features(text, toks, sent, a, k, rule, feats);
        let z: f32 = feats.iter().map(|&f| weight(model, f)).sum();
        if k == rule {
            rule_score = z;
        }
        if z > best {
            (best, best_k) = (z, k);
        }
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

/// Hashes a template id and some byte strings (ASCII-lowercased) into a bucket.
fn hash(template: u8, parts: &[&[u8]]) -> u32 {
    let mut h: u64 = 0x84_22_23_25_cb_f2_9c_e4 ^ u64::from(template);
    for (n, p) in parts.iter().enumerate() {
        if n > 0 {
            h = (h ^ 0x1f).wrapping_mul(0x0100_0000_01b3);
        }
        for &b in *p {
            h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
        }
    }
    ((h ^ (h >> 29)) as u32) & (BUCKETS as u32 - 1)
}

/// The text a feature uses for token `i`: the word, or a symbol for quotes and sentence edges.
fn form<'a>(text: &'a str, toks: &[Token], (lo, hi): (usize, usize), i: usize) -> &'a [u8] {
    if i < lo || i >= hi {
        return b"</s>";
    }
    let t = &toks[i];
    match t.kind {
        Kind::Open => b"<open>",
        Kind::Close => b"<close>",
        Kind::Break => b"<br>",
        _ => &text.as_bytes()[t.start..t.end],
    }
}

/// A coarse word class of token `i`.
fn shape(toks: &[Token], (lo, hi): (usize, usize), i: usize) -> &'static [u8] {
    if i < lo || i >= hi {
        return b"edge";
    }
    let t = &toks[i];
    if !t.is_word() {
        return b"punct";
    }
    let l = &t.lex;
    if l.cue != CueClass::None && !t.cap {
        b"cue"
    } else if l.has(REL) {
        b"rel"
    } else if l.has(PRON_PERSON | PRON_GROUP) {
        b"pron"
    } else if l.has(DET) {
        b"det"
    } else if l.has(TIME) {
        b"time"
    } else if l.has(AUX) {
        b"aux"
    } else if l.has(STOP) {
        b"stop"
    } else if t.cap {
        b"cap"
    } else {
        b"lower"
    }
}

fn bucket(n: usize) -> &'static [u8] {
    match n {
        0 => b"0",
        1 => b"1",
        2 => b"2",
        3..=4 => b"3-4",
        5..=8 => b"5-8",
        9..=15 => b"9-15",
        16..=25 => b"16-25",
        _ => b"26+",
    }
}

/// Writes the hashed features of ending the content of `a` at `k` (exclusive) into `out`;
/// `rule` is the rules' end.
pub fn features(
    text: &str,
    toks: &[Token],
    sent: (usize, usize),
    a: &Attr,
    k: usize,
    rule: usize,
    out: &mut Vec<u32>,
) {
    out.clear();
    let s = a.content.0;
    let (last, prev) = (
        form(text, toks, sent, k - 1),
        form(text, toks, sent, k.wrapping_sub(2)),
    );
    let (n1, n2, n3) = (
        form(text, toks, sent, k),
        form(text, toks, sent, k + 1),
        form(text, toks, sent, k + 2),
    );
    let (sh1, sh2) = (shape(toks, sent, k), shape(toks, sent, k + 1));
    let rel: &[u8] = match k.cmp(&rule) {
        std::cmp::Ordering::Less => b"before",
        std::cmp::Ordering::Equal => b"rule",
        std::cmp::Ordering::Greater => b"after",
    };
    let dist = bucket(k.abs_diff(rule));
    let open = toks[s..k].iter().filter(|t| t.kind == Kind::Open).count();
    let close = toks[s..k].iter().filter(|t| t.kind == Kind::Close).count();
    let in_quote: &[u8] = if open > close { b"in" } else { b"out" };
    let commas = bucket(toks[s..k].iter().filter(|t| t.is(',')).count());
    let commas_after = bucket(toks[k..sent.1].iter().filter(|t| t.is(',')).count());
    let cue = &text.as_bytes()[toks[a.cue.0].start..toks[a.cue.1 - 1].end];
    let frame = a.frame.as_bytes();
    let first = form(text, toks, sent, s);
    let at_end: &[u8] = if k >= sent.1 { b"end" } else { b"mid" };
    let cue_after = toks[k..sent.1]
        .iter()
        .any(|t| t.lex.cue != CueClass::None && !t.cap);
    let cue_after: &[u8] = if cue_after { b"cue" } else { b"-" };
    let suf2 = &n2[n2.len().saturating_sub(2)..];
    out.extend([
        hash(1, &[]),
        hash(2, &[rel]),
        hash(3, &[rel, dist]),
        hash(4, &[last]),
        hash(5, &[n1]),
        hash(6, &[last, n1]),
        hash(7, &[n1, n2]),
        hash(8, &[n1, n2, n3]),
        hash(9, &[prev, last]),
        hash(10, &[sh1, sh2]),
        hash(11, &[rel, n1]),
        hash(12, &[rel, sh1, sh2]),
        hash(13, &[bucket(k - s)]),
        hash(14, &[bucket(sent.1 - k), at_end]),
        hash(15, &[in_quote, n1]),
        hash(16, &[commas, n1]),
        hash(17, &[commas_after, n1]),
        hash(18, &[frame, rel]),
        hash(19, &[frame, n1]),
        hash(20, &[cue, n1]),
        hash(21, &[cue, rel]),
        hash(22, &[first, n1]),
        hash(23, &[first, rel]),
        hash(24, &[at_end, rel]),
        hash(25, &[in_quote, rel]),
        hash(26, &[frame, bucket(k - s)]),
        hash(27, &[shape(toks, sent, k - 1), sh1]),
        hash(28, &[n1, bucket(k - s)]),
        hash(29, &[rel, dist, n1]),
        hash(30, &[n1, sh2, rel]),
        hash(31, &[cue_after, rel]),
        hash(32, &[last, n1, n2]),
        hash(33, &[n1, suf2]),
        hash(34, &[frame, n1, n2]),
        hash(35, &[form(text, toks, sent, sent.0), rel]),
    ]);
}
