//! Attribution frames inside one sentence: which cue, which source mention, which content.

use super::before;
use super::clauses::{clause_subject, hangs_on_clause, participle_subject};
use super::content::{
    clause_end, content_end, content_start, is_word, skip_adjuncts, subordinate_end,
};
use super::cues::{CueClass, is_cue_here, is_participle};
use super::lexicon::{DET, DOC, STOP, UNNAMED};
use super::openers::{according, adverb, colon_quote, in_document, nominal};
use super::phrases;
use super::predicates;
use super::quoted;
use super::second;
use super::sources::{np_right, skip_aux_left};
use super::subjects::{passive_frame, subject};
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
    phrases::find(text, toks, lo, hi, out);
    let mut depth_open: Option<usize> = None;
    for v in lo..hi {
        let t = &toks[v];
        match t.kind {
            Kind::Open => depth_open = Some(v),
            Kind::Close => depth_open = None,
            _ => {}
        }
        if depth_open.is_none() {
            if let Some(a) = colon_quote(text, toks, lo, hi, v) {
                out.push(a);
                continue;
            }
            if let Some(a) = nominal(text, toks, lo, hi, v) {
                out.push(a);
                continue;
            }
        }
        if t.lex.cue == CueClass::None && depth_open.is_none() {
            if let Some(a) = predicates::find(text, toks, lo, hi, v) {
                out.push(a);
                continue;
            }
        }
        if t.lex.cue == CueClass::None || depth_open.is_some() || !is_cue_here(text, toks, lo, v) {
            continue;
        }
        let prev_src = out[first..].last().and_then(|a| a.source);
        let attr = match t.lex.cue {
            CueClass::According => according(text, toks, lo, hi, v),
            CueClass::Adverb => adverb(toks, hi, v),
            class => quoted::quote_then_cue(text, toks, lo, hi, v)
                .or_else(|| verb(text, toks, lo, hi, v, class, prev_src)),
        };
        if let Some(a) = attr {
            if a.content.1 > a.content.0 && (a.content.0..a.content.1).any(|i| toks[i].is_word()) {
                out.push(a);
            }
        }
    }
    if out.len() > first {
        if let Some(a) = second::find(text, toks, lo, hi, &out[first..]) {
            out.push(a);
        }
    }
}

/// The frame of the cue verb at `v` of class `class`: its source, cue span and content.
pub fn verb(
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
    // An object follows a transitive cue directly ("referring to the convention").
    if class != CueClass::Trans {
        r = skip_adjuncts(text, toks, r, hi);
    }
    let subj_end = skip_aux_left(toks, lo, v);
    if (subj_end..v).any(|i| toks[i].lex.cue == CueClass::Adverb) {
        return None;
    }
    let participle = is_participle(word) && hangs_on_clause(text, toks, lo, v);
    // "X said A and said B", "… and called him …": the second verb shares the subject.
    let coordinated =
        v > lo + 1 && (is_word(text, &toks[v - 1], "and") || is_word(text, &toks[v - 1], "but"));
    let subj = if participle {
        participle_subject(text, toks, lo, v, prev_src)
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
            let end = clause_end(text, toks, v + 1, hi);
            return Some(Attr {
                content: (sa, end),
                source: None,
                implied: Some("unnamed"),
                cue: (v - 1, v + 1),
                frame: "S is expected to V",
            });
        }
    }
    // "X was criticized by Y" / "Clinton was asked whether …": the subject is not the source.
    let participle_form = word.ends_with("ed") || word == "told";
    if be_before && participle_form {
        if let Some(p) = passive_frame(text, toks, (lo, hi), v, class, subj) {
            return Some(p);
        }
    }
    // “C,” S said …: the quote before the frame is the content, whatever follows.
    // A quoted title inside an opening phrase ("on ABC's “This Week,” Carson said …") is not.
    let quote_before = !participle
        && subj.is_some_and(|(sa, _)| {
            sa > lo + 1 && {
                let close = if toks[sa - 1].is(',') { sa - 2 } else { sa - 1 };
                toks[close].kind == Kind::Close
                    && (toks[sa - 1].kind == Kind::Close || toks[sa - 1].is(','))
                    && !before::quoted_title(toks, lo, close)
            }
        });
    // A document subject ("records show …") takes any clause, like a speech verb.
    let doc_subject = subj.is_some_and(|(_, sb)| toks[sb - 1].lex.has(DOC | UNNAMED));
    let class_r = if class == CueClass::Weak && doc_subject {
        CueClass::Say
    } else {
        class
    };
    // "Gary Emineth, a former chairman, became a delegate and said …": no phrase right before
    // the verb names the speaker, so the subject of the sentence does.
    let main_subject = subj.is_none()
        && !passive
        && !opening_participle
        && v > lo
        && !matches!(
            toks[v - 1].kind,
            Kind::Punct(',') | Kind::Close | Kind::Open
        )
        && matches!(class, CueClass::Say | CueClass::Tell);
    let (subj, passive) = if main_subject {
        (clause_subject(text, toks, lo, v), false)
    } else {
        (subj, passive)
    };
    if let Some(a) = subj.and_then(|sub| phrases::as_said(text, toks, (lo, hi), sub, (v, cue_end)))
    {
        return Some(a);
    }
    let right = (subj.is_some() && !quote_before || passive)
        .then(|| content_start(text, toks, r, hi, class_r))
        .flatten();
    if let Some(s) = right {
        let end = if class == CueClass::Trans && toks[s].kind != Kind::Open {
            clause_end(text, toks, s, hi)
        } else {
            content_end(text, toks, s, hi)
        };
        let content = (s, subordinate_end(text, toks, lo, s, end));
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
    // ", citing precedent": a participle never takes the words before it as content.
    // "C, a Quinnipiac poll shows." / "C, the study found.": a finding verb ending the sentence.
    let final_finding = class == CueClass::Weak && (v + 1 >= hi || toks[v + 1].is('.'));
    // "His leverage, they believe, isn't going anywhere": a finding verb set off by commas.
    let aside = class == CueClass::Weak
        && cue_end < hi
        && toks[cue_end].is(',')
        && subj.is_some_and(|(sa, _)| sa > lo + 1 && toks[sa - 1].is(','));
    if !(matches!(class, CueClass::Say | CueClass::Tell) || final_finding || aside) || participle {
        return None;
    }
    before::content_before(text, toks, (lo, hi), (v, cue_end), class, subj)
}
