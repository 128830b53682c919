//! Hashed context features of a candidate cue word for the learned cue model (`learned.rs`): the
//! word and its neighbours, and the shape of the frame it would make.

use super::cues::CueClass;
use super::lexicon::{DET, DOC, MEDIA, ORG, PRON_GROUP, PRON_PERSON, TITLE, UNNAMED};
use super::token::{Kind, Token};
use super::wordclass;

/// Number of hashed feature buckets (a power of two).
pub const BUCKETS: usize = 1 << 18;

/// Hashes a template id and some text (ASCII-lowercased) into a bucket.
fn hash(template: u8, parts: &[&[u8]]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(template);
    for (k, p) in parts.iter().enumerate() {
        if k > 0 {
            h = (h ^ 0x1f).wrapping_mul(0x0100_0000_01b3);
        }
        for &b in *p {
            h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
        }
    }
    ((h ^ (h >> 29)) as u32) & (BUCKETS as u32 - 1)
}

/// The text a feature uses for the token at `i` (punctuation and quotes as one symbol).
fn form<'a>(text: &'a str, toks: &[Token], lo: usize, hi: usize, i: isize) -> &'a [u8] {
    if i < lo as isize {
        return b"<s>";
    }
    if i >= hi as isize {
        return b"</s>";
    }
    let t = &toks[i as usize];
    match t.kind {
        Kind::Word => &text.as_bytes()[t.start..t.end],
        Kind::Open => b"<open>",
        Kind::Close => b"<close>",
        Kind::Break => b"<br>",
        Kind::Punct(_) => &text.as_bytes()[t.start..t.end],
    }
}

/// A coarse class of the token at `i`: what sort of subject it could be.
fn shape(toks: &[Token], lo: usize, i: isize) -> &'static [u8] {
    if i < lo as isize {
        return b"start";
    }
    let t = &toks[i as usize];
    let lex = &t.lex;
    if !t.is_word() {
        return b"punct";
    }
    if lex.has(PRON_PERSON | PRON_GROUP) {
        b"pron"
    } else if lex.has(MEDIA | ORG) {
        b"org"
    } else if lex.has(UNNAMED | DOC) {
        b"unnamed"
    } else if lex.has(TITLE) {
        b"title"
    } else if lex.has(DET) {
        b"det"
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
        3..=5 => b"3-5",
        6..=10 => b"6-10",
        _ => b"11+",
    }
}

/// What the features need to know of a whole sentence `toks[lo..hi]`, found once for all its
/// words rather than once per word (these scans made scoring quadratic in sentence length).
pub struct Sentence {
    lo: usize,
    hi: usize,
    /// The first quotation mark of the sentence (`hi` when there is none).
    first_quote: usize,
    /// One past the last opening quotation mark (`lo` when there is none).
    open_end: usize,
    /// Whether any word of the sentence is a lexicon cue.
    rule_cue: bool,
}

impl Sentence {
    /// The facts of `toks[lo..hi]`.
    pub fn new(toks: &[Token], lo: usize, hi: usize) -> Self {
        let first_quote = (lo..hi).find(|&k| toks[k].is_quote()).unwrap_or(hi);
        let open_end = (lo..hi)
            .rev()
            .find(|&k| toks[k].kind == Kind::Open)
            .map_or(lo, |k| k + 1);
        let rule_cue = (lo..hi).any(|k| toks[k].lex.cue != CueClass::None);
        Self {
            lo,
            hi,
            first_quote,
            open_end,
            rule_cue,
        }
    }
}

/// Writes the hashed features of the word at `v` of the sentence `sent` into `out`.
pub fn features(text: &str, toks: &[Token], sent: &Sentence, v: usize, out: &mut Vec<u32>) {
    out.clear();
    let (lo, hi) = (sent.lo, sent.hi);
    let i = v as isize;
    let w = form(text, toks, lo, hi, i);
    let (p1, p2) = (
        form(text, toks, lo, hi, i - 1),
        form(text, toks, lo, hi, i - 2),
    );
    let (n1, n2) = (
        form(text, toks, lo, hi, i + 1),
        form(text, toks, lo, hi, i + 2),
    );
    let suf3 = &w[w.len().saturating_sub(3)..];
    let suf2 = &w[w.len().saturating_sub(2)..];
    let cue: &[u8] = match toks[v].lex.cue {
        CueClass::None => b"none",
        CueClass::Say => b"say",
        CueClass::Tell => b"tell",
        CueClass::Trans => b"trans",
        CueClass::Weak => b"weak",
        CueClass::Adverb => b"adv",
        CueClass::According => b"acc",
    };
    let that_soon = (v + 1..hi.min(v + 4)).any(|k| {
        let t = &toks[k];
        t.is_word() && text[t.start..t.end].eq_ignore_ascii_case("that")
    });
    let quote_after = sent.open_end > v + 1;
    let quote_before = sent.first_quote < v;
    let subject_near = (v.saturating_sub(4).max(lo)..v).any(|k| {
        let t = &toks[k];
        t.is_word() && (t.cap || t.lex.has(PRON_PERSON | PRON_GROUP | UNNAMED | DOC))
    });
    let flag = |b: bool| -> &'static [u8] { if b { b"1" } else { b"0" } };
    let prev_shape = shape(toks, lo, i - 1);
    let prev2_shape = shape(toks, lo, i - 2);
    let next_shape = if v + 1 < hi {
        shape(toks, lo, i + 1)
    } else {
        b"end"
    };
    let rule_cue = sent.rule_cue;
    out.extend([
        hash(1, &[]),
        hash(2, &[w]),
        hash(3, &[suf2]),
        hash(4, &[suf3]),
        hash(5, &[p1]),
        hash(6, &[p2]),
        hash(7, &[n1]),
        hash(8, &[n2]),
        hash(9, &[p1, w]),
        hash(10, &[w, n1]),
        hash(11, &[prev_shape]),
        hash(12, &[cue]),
        hash(13, &[bucket(v - lo)]),
        hash(14, &[flag(that_soon)]),
        hash(15, &[flag(quote_after), flag(quote_before)]),
        hash(16, &[flag(subject_near)]),
        hash(17, &[w, flag(that_soon)]),
        hash(18, &[bucket(hi - v)]),
        hash(19, &[suf3, n1]),
        hash(20, &[prev_shape, prev2_shape]),
        hash(21, &[w, prev_shape]),
        hash(22, &[suf3, prev_shape]),
        hash(23, &[w, flag(subject_near)]),
        hash(24, &[w, n2]),
        hash(25, &[p1, w, n1]),
        hash(26, &[shape(toks, lo, lo as isize), suf2]),
        hash(27, &[w, flag(quote_after)]),
        hash(28, &[w, next_shape]),
        hash(29, &[flag(rule_cue)]),
    ]);
    // WordNet classes generalise to cue words the training articles never used.
    let wc = wordclass::of(&text[toks[v].start..toks[v].end]);
    if wc != wordclass::WordClass::default() {
        let (vp, np) = ([wc.verb], [wc.noun]);
        out.extend([
            hash(30, &[&vp]),
            hash(31, &[&np]),
            hash(34, &[&vp, flag(that_soon)]),
            hash(35, &[&vp, prev_shape]),
            hash(36, &[&np, n1]),
            hash(37, &[&vp, next_shape]),
        ]);
        for b in 0..15u8 {
            if wc.verbs & (1 << b) != 0 {
                out.push(hash(32, &[&[b]]));
            }
        }
        for b in [4u8, 9, 10, 12, 16] {
            if wc.nouns & (1 << b) != 0 {
                out.push(hash(33, &[&[b]]));
            }
        }
    }
}
