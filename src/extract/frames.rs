//! Attribution frames inside one sentence: which cue, which source mention, which content.

use super::content::{clause_end, content_end, content_start, is_word, skip_adjuncts, trim_end};
use super::cues::{CueClass, is_participle};
use super::lexicon::{DET, DOC, ORG, PRON_GROUP, PRON_PERSON, STOP, TITLE, UNNAMED};
use super::sources::{np_left_with, np_right, skip_aux_left};
use super::token::{Kind, Token};

/// One attribution found in a sentence (token indices into the paragraph's tokens).
#[derive(Debug, Clone)]
pub struct Attr {
    /// Content token range.
    pub content: (usize, usize),
    /// Source mention token range; `None` when the source is implied ("reportedly", passives).
    pub source: Option<(usize, usize)>,
    /// The name to use when there is no mention ("reports").
    pub implied: Option<&'static str>,
    /// Cue token range.
    pub cue: (usize, usize),
    /// The rule that matched, for explanations.
    pub frame: &'static str,
}

impl Attr {
    /// The first token of the whole frame (source, cue or content).
    pub fn frame_start(&self) -> usize {
        let s = self.source.map_or(usize::MAX, |s| s.0);
        s.min(self.cue.0).min(self.content.0)
    }
}

/// The frame name of content placed before its attribution.
pub const BEFORE_FRAME: &str = "C, S said";

/// Finds the attributions of the sentence `toks[lo..hi]`, appending to `out`.
pub fn find(text: &str, toks: &[Token], lo: usize, hi: usize, out: &mut Vec<Attr>) {
    let first = out.len();
    if let Some(a) = in_document(text, toks, lo, hi) {
        out.push(a);
    }
    let mut depth_open: Option<usize> = None;
    for v in lo..hi {
        let t = &toks[v];
        match t.kind {
            Kind::Open => depth_open = Some(v),
            Kind::Close => depth_open = None,
            _ => {}
        }
        if t.lex.cue == CueClass::None || depth_open.is_some() || !is_cue_here(toks, lo, v) {
            continue;
        }
        let prev_src = out[first..].last().and_then(|a| a.source);
        let attr = match t.lex.cue {
            CueClass::According => according(text, toks, lo, hi, v),
            CueClass::Adverb => adverb(toks, hi, v),
            class => verb(text, toks, lo, hi, v, class, prev_src),
        };
        if let Some(a) = attr {
            if a.content.1 > a.content.0 && (a.content.0..a.content.1).any(|i| toks[i].is_word()) {
                out.push(a);
            }
        }
    }
}

/// A cue word is not a cue when it is capitalized mid-sentence ("United States"), follows a
/// determiner ("a continuing obstacle", "the report"), or is a noun before a verb ("reports say").
fn is_cue_here(toks: &[Token], lo: usize, v: usize) -> bool {
    let t = &toks[v];
    // Mid-sentence capitals are names ("United States"), except in title-case headlines
    // ("Trump Says He Will Win").
    let title_case = matches!(t.lex.cue, CueClass::Say | CueClass::Tell)
        && toks.get(v + 1).is_some_and(|n| n.cap)
        && v > lo
        && toks[v - 1].cap;
    if t.cap && v > lo && toks[v - 1].kind != Kind::Open && !title_case {
        return false;
    }
    if v > lo && toks[v - 1].lex.has(DET) && !toks[v - 1].lex.has(PRON_PERSON) {
        return false;
    }
    let next_is_verb = toks
        .get(v + 1)
        .is_some_and(|n| n.is_word() && matches!(n.lex.cue, CueClass::Say | CueClass::Weak));
    !(next_is_verb && t.lex.has(DOC | UNNAMED) && t.lex.cue != CueClass::Adverb)
}

/// "In a new poll, C": a document named in an opening phrase is the source.
fn in_document(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<Attr> {
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

fn according(text: &str, toks: &[Token], lo: usize, hi: usize, v: usize) -> Option<Attr> {
    if v + 2 >= hi || !is_word(text, &toks[v + 1], "to") {
        return None;
    }
    let (sa, sb) = np_right(toks, v + 2, hi)?;
    let cue = (v, v + 2);
    // "According to S, C" — content after the phrase; "C, according to S" — content before it.
    let before = trim_end(toks, lo, v);
    let lead = (lo..v).all(|i| !toks[i].is_word());
    let mut s = sb;
    while s < hi && toks[s].is(',') {
        s += 1;
    }
    let after_words = (s..hi).any(|i| toks[i].is_word());
    let content = if lead || before <= lo {
        (s, trim_end(toks, s, hi))
    } else if after_words && s > sb {
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

fn adverb(toks: &[Token], hi: usize, v: usize) -> Option<Attr> {
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

/// The subject of a verb at `v`: the noun phrase before it, across an appositive ("X, a spokesman, said").
fn subject(text: &str, toks: &[Token], lo: usize, hi: usize, v: usize) -> Option<(usize, usize)> {
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
        if end == v && inverted_subject(toks, v, hi) {
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
fn inverted_subject(toks: &[Token], v: usize, hi: usize) -> bool {
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

/// The subject of the main clause before `v`, after an opening phrase ("For months, Obama …").
fn clause_subject(text: &str, toks: &[Token], lo: usize, v: usize) -> Option<(usize, usize)> {
    let mut s = lo;
    if toks[lo].lex.has(STOP) {
        s = (lo..v).find(|&i| toks[i].is(','))? + 1;
    }
    let (a, mut b) = np_right(toks, s, v)?;
    // Stop at the first plain lowercase word after a name ("Marco Rubio tweeted …").
    if let Some(cut) = (a + 1..b).find(|&i| {
        let t = &toks[i];
        toks[i - 1].cap && t.is_word() && !t.cap && !t.lex.has(DET | TITLE | UNNAMED | ORG | DOC)
    }) {
        b = cut;
    }
    let head = &toks[b - 1];
    let ok = head.cap || head.lex.has(PRON_PERSON | PRON_GROUP | UNNAMED | ORG | DOC);
    let _ = text;
    ok.then_some((a, b))
}

fn verb(
    text: &str,
    toks: &[Token],
    lo: usize,
    hi: usize,
    v: usize,
    class: CueClass,
    prev_src: Option<(usize, usize)>,
) -> Option<Attr> {
    let word = &text[toks[v].start..toks[v].end];
    let mut r = v + 1;
    let mut cue_end = v + 1;
    if class == CueClass::Tell {
        if let Some((_, b)) = np_right(toks, r, hi) {
            r = b;
            cue_end = b;
        }
    }
    // "expressed hope that C", "made clear that C": the noun joins the cue.
    if r + 2 < hi
        && toks[r].is_word()
        && !toks[r].cap
        && !toks[r].lex.has(STOP | DET)
        && is_word(text, &toks[r + 1], "that")
    {
        cue_end = r + 1;
        r += 1;
    }
    r = skip_adjuncts(text, toks, r, hi);
    let subj_end = skip_aux_left(toks, lo, v);
    if (subj_end..v).any(|i| toks[i].lex.cue == CueClass::Adverb) {
        return None;
    }
    let participle = is_participle(word) && v > lo && toks[v - 1].is(',');
    // "X said A and said B", "… but said …": the second verb shares the subject.
    let coordinated = v > lo + 1
        && (is_word(text, &toks[v - 1], "and") || is_word(text, &toks[v - 1], "but"))
        && class == CueClass::Say;
    let subj = if participle {
        prev_src.or_else(|| clause_subject(text, toks, lo, v))
    } else if coordinated && prev_src.is_some() {
        prev_src
    } else {
        subject(text, toks, lo, hi, v)
    };
    let opening_participle = v == lo && toks[v].cap && word.ends_with("ed");
    let passive = subj.is_none() && opening_participle
        || subj.is_none()
            && v > lo
            && [
                "was", "were", "is", "been", "are", "being", "when", "if", "after",
            ]
            .iter()
            .any(|w| is_word(text, &toks[v - 1], w));
    // "Sanders is expected to win": a raising passive; the subject and infinitive are the content.
    let be_before = v > lo
        && ["is", "are", "was", "were", "been"]
            .iter()
            .any(|w| is_word(text, &toks[v - 1], w));
    if be_before && word.ends_with("ed") && v + 1 < hi && is_word(text, &toks[v + 1], "to") {
        if let Some((sa, _)) = subj {
            let end = clause_end(toks, v + 1, hi);
            return Some(Attr {
                content: (sa, end),
                source: None,
                implied: Some("unnamed"),
                cue: (v - 1, v + 1),
                frame: "S is expected to V",
            });
        }
    }
    // “C,” S said …: the quote before the frame is the content, whatever follows.
    let quote_before = subj.is_some_and(|(sa, _)| {
        sa > lo + 1
            && (toks[sa - 1].kind == Kind::Close
                || toks[sa - 1].is(',') && toks[sa - 2].kind == Kind::Close)
    });
    // A document subject ("records show …") takes any clause, like a speech verb.
    let doc_subject = subj.is_some_and(|(_, sb)| toks[sb - 1].lex.has(DOC | UNNAMED));
    let class_r = if class == CueClass::Weak && doc_subject {
        CueClass::Say
    } else {
        class
    };
    let right = (subj.is_some() && !quote_before || passive)
        .then(|| content_start(text, toks, r, hi, class_r))
        .flatten();
    if let Some(s) = right {
        let end = if class == CueClass::Trans && toks[s].kind != Kind::Open {
            clause_end(toks, s, hi)
        } else {
            content_end(text, toks, s, hi)
        };
        let content = (s, end);
        let frame = match class {
            CueClass::Tell => "S told N (that) C",
            CueClass::Trans => "S V N (object content)",
            CueClass::Weak => "S thinks (that) C",
            _ if participle => "…, adding (that) C",
            _ if passive => "it was V that C",
            _ => "S said (that) C",
        };
        return Some(Attr {
            content,
            source: subj,
            implied: None,
            cue: (v, cue_end),
            frame,
        });
    }
    if !matches!(class, CueClass::Say | CueClass::Tell) {
        return None;
    }
    // Content before the frame: "C, S said." or "“C,” said S."
    let (source, before) = match subj {
        Some((sa, sb)) if sa > lo => (Some((sa, sb)), sa),
        _ if v > lo
            && (toks[v - 1].is(',') || toks[v - 1].kind == Kind::Close)
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
    // Content that ends with a quote starts at that quote's opening mark.
    if e > s && toks[e - 1].kind == Kind::Close {
        let first_quote = (s..e - 1).find(|&i| toks[i].is_quote());
        if let Some(q) = first_quote.filter(|&q| (q + 1..e - 1).all(|i| !toks[i].is_quote())) {
            if toks[q].kind == Kind::Open && q > s {
                s = q;
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
            && toks[s].kind != Kind::Open
            && source.0 < v
        {
            end = trim_end(toks, after + 1, hi);
        }
    }
    Some(Attr {
        content: (s, end.max(e)),
        source: Some(source),
        implied: None,
        cue: (v, cue_end),
        frame: BEFORE_FRAME,
    })
}
