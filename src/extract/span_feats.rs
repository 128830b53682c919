//! Hashed features of a candidate content end for the learned content-end model (`span_model.rs`):
//! the words and word classes around the end, and running counts over the content so far.

use super::cues::CueClass;
use super::frames::Attr;
use super::lexicon::{AUX, DET, PRON_GROUP, PRON_PERSON, REL, STOP, TIME};
use super::token::{Kind, Token};

/// Number of hashed feature buckets (a power of two).
pub const BUCKETS: usize = 1 << 18;

/// Running counts over a content as its candidate end moves right.
#[derive(Default)]
pub struct Running {
    i: usize,
    open: usize,
    close: usize,
    commas: usize,
    /// Commas in the whole sentence after the content start.
    total_commas: usize,
    /// One past the last lowercase cue word of the sentence.
    last_cue: usize,
    /// Hashes of the cue, the frame name, the content's first token and the sentence's first.
    cue: u64,
    frame: u64,
    first: u64,
    opener: u64,
}

impl Running {
    /// Counts for the content of `a` in the sentence `toks[lo..hi]`.
    pub fn new(text: &str, toks: &[Token], (lo, hi): (usize, usize), a: &Attr) -> Running {
        let s = a.content.0;
        let total_commas = toks[s..hi].iter().filter(|t| t.is(',')).count();
        let last_cue = (s..hi)
            .rev()
            .find(|&i| toks[i].lex.cue != CueClass::None && !toks[i].cap)
            .map_or(0, |i| i + 1);
        Running {
            i: s,
            total_commas,
            last_cue,
            cue: part(&text.as_bytes()[toks[a.cue.0].start..toks[a.cue.1 - 1].end]),
            frame: part(a.frame.as_bytes()),
            first: part(form(text, toks, (lo, hi), s)),
            opener: part(form(text, toks, (lo, hi), lo)),
            ..Running::default()
        }
    }

    /// Moves the end to `k` (never left).
    pub fn advance(&mut self, toks: &[Token], k: usize) {
        while self.i < k {
            let t = &toks[self.i];
            self.open += usize::from(t.kind == Kind::Open);
            self.close += usize::from(t.kind == Kind::Close);
            self.commas += usize::from(t.is(','));
            self.i += 1;
        }
    }
}

/// Hashes a byte string (ASCII-lowercased), one part of a feature.
fn part(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf2_9ce4_8422_2325, |h, &c| {
        (h ^ u64::from(c.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Combines a template id and the hashes of its parts into a bucket.
fn mix(template: u8, parts: &[u64]) -> u32 {
    let mut h: u64 = 0x84_22_23_25_cb_f2_9c_e4 ^ u64::from(template);
    for &p in parts {
        h = (h ^ p).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h ^= h >> 31;
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
    (k, rule): (usize, usize),
    run: &Running,
    out: &mut Vec<u32>,
) {
    out.clear();
    let s = a.content.0;
    let f = |i: usize| part(form(text, toks, sent, i));
    let (last, prev) = (f(k - 1), f(k.wrapping_sub(2)));
    let n2_form = form(text, toks, sent, k + 1);
    let (n1, n2, n3) = (f(k), part(n2_form), f(k + 2));
    let (sh1, sh2) = (part(shape(toks, sent, k)), part(shape(toks, sent, k + 1)));
    let rel: &[u8] = match k.cmp(&rule) {
        std::cmp::Ordering::Less => b"before",
        std::cmp::Ordering::Equal => b"rule",
        std::cmp::Ordering::Greater => b"after",
    };
    let rel = part(rel);
    let dist = part(bucket(k.abs_diff(rule)));
    let in_quote = u64::from(run.open > run.close);
    let commas = part(bucket(run.commas));
    let commas_after = part(bucket(run.total_commas - run.commas));
    let (cue, frame, first) = (run.cue, run.frame, run.first);
    let at_end = u64::from(k >= sent.1);
    let cue_after = u64::from(run.last_cue > k);
    let suf2 = part(&n2_form[n2_form.len().saturating_sub(2)..]);
    let len = part(bucket(k - s));
    out.extend([
        mix(1, &[]),
        mix(2, &[rel]),
        mix(3, &[rel, dist]),
        mix(4, &[last]),
        mix(5, &[n1]),
        mix(6, &[last, n1]),
        mix(7, &[n1, n2]),
        mix(8, &[n1, n2, n3]),
        mix(9, &[prev, last]),
        mix(10, &[sh1, sh2]),
        mix(11, &[rel, n1]),
        mix(12, &[rel, sh1, sh2]),
        mix(13, &[len]),
        mix(14, &[part(bucket(sent.1 - k)), at_end]),
        mix(15, &[in_quote, n1]),
        mix(16, &[commas, n1]),
        mix(17, &[commas_after, n1]),
        mix(18, &[frame, rel]),
        mix(19, &[frame, n1]),
        mix(20, &[cue, n1]),
        mix(21, &[cue, rel]),
        mix(22, &[first, n1]),
        mix(23, &[first, rel]),
        mix(24, &[at_end, rel]),
        mix(25, &[in_quote, rel]),
        mix(26, &[frame, len]),
        mix(27, &[part(shape(toks, sent, k - 1)), sh1]),
        mix(28, &[n1, len]),
        mix(29, &[rel, dist, n1]),
        mix(30, &[n1, sh2, rel]),
        mix(31, &[cue_after, rel]),
        mix(32, &[last, n1, n2]),
        mix(33, &[n1, suf2]),
        mix(34, &[frame, n1, n2]),
        mix(35, &[run.opener, rel]),
    ]);
}
