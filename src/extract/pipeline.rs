//! The extraction pass: paragraphs → tokens → sentences → frames → claims, one linear sweep.

use super::carried;
use super::claims::{dateline_end, is_article_claim, is_nested, nest};
use super::contained;
use super::content::trim_end;
use super::continued;
use super::coref::Coref;
use super::emit::cue_of;
use super::frames::{self, Attr};
use super::implied;
use super::learned;
use super::lexicon::{DET, MEDIA, ORG, TITLE};
use super::naming::strip_possessive;
use super::paragraphs;
use super::sentences;
use super::span_model;
use super::token::{self, Kind, Token};
use super::turns;
use super::{Cue, ExtractedClaim, Extraction, Source, Span};

/// Extracts every claim of `text`, in text order.
pub fn extract(text: &str) -> Extraction {
    let mut claims = Vec::new();
    extract_each(text, |c| claims.push(c));
    Extraction { claims }
}

/// Extracts every claim of `text` and hands each to `emit` in text order, one paragraph at a time:
/// working memory stays that of one paragraph however long the text is.
pub fn extract_each(text: &str, mut emit: impl FnMut(ExtractedClaim)) {
    let mut ctx = Ctx::default();
    let bytes = text.as_bytes();
    let mut p = 0;
    let mut para = 0;
    while p < bytes.len() {
        let end = paragraphs::end(bytes, p);
        token::tokenize(text, p, end, &mut ctx.toks);
        if !ctx.toks.is_empty() {
            ctx.paragraph(text, para);
            para += 1;
            // A paragraph's claims lie inside it, so sorting each paragraph orders the whole.
            ctx.claims.sort_by_key(|c| (c.start, c.end));
            contained::drop_inner(&mut ctx.claims);
            ctx.claims.drain(..).for_each(&mut emit);
        }
        p = end + 1;
    }
}

/// The state of the pass over one text (`emit.rs` adds the claims).
#[derive(Default)]
pub(super) struct Ctx {
    pub(super) toks: Vec<Token>,
    sents: Vec<(usize, usize)>,
    attrs: Vec<Attr>,
    bounds: Vec<(usize, usize)>,
    pub(super) coref: Coref,
    pub(super) claims: Vec<ExtractedClaim>,
    /// The speaker and cue a paragraph ending "… said:" hands to the next one.
    carry: Option<(Source, Cue)>,
    /// The end of a quotation carried on over several paragraphs: no article claims before it.
    pub(super) covered_to: usize,
}

impl Ctx {
    fn paragraph(&mut self, text: &str, para: usize) {
        let mut sents = std::mem::take(&mut self.sents);
        let mut attrs = std::mem::take(&mut self.attrs);
        let mut bounds = std::mem::take(&mut self.bounds);
        sentences::split(text, &self.toks, &mut sents);
        attrs.clear();
        bounds.clear();
        // A speaker turn ("PENCE: ...") or label ("Paul Ryan: ...") covers the whole paragraph.
        let turn = turns::paragraph_turn(text, &self.toks, &sents, para);
        let free = |lo: usize| turn.as_ref().is_none_or(|t| lo >= t.content.1);
        for &(lo, hi) in &sents {
            let first = attrs.len();
            frames::find(text, &self.toks, lo, hi, &mut attrs);
            span_model::refine(text, &self.toks, lo, hi, &mut attrs[first..]);
            nest(text, &self.toks, &mut attrs[first..]);
            implied::asked_about(text, &self.toks, hi, &mut attrs[first..]);
            bounds.push((first, attrs.len()));
        }
        let single = sents.len() == 1;
        let para_span = Span {
            start: self.toks[0].start,
            end: self.toks[self.toks.len() - 1].end,
        };
        if let Some(t) = &turn {
            self.push(text, t.content.0, t.content.1, para_span, Some(t));
        }
        // The quotation a paragraph ending "He said:" introduced.
        if let Some(given) = self
            .carry
            .take()
            .filter(|_| turn.is_none() && attrs.is_empty())
        {
            let end = trim_end(&self.toks, 0, self.toks.len());
            self.push(text, 0, end, para_span, Some(&carried::quotation(end)));
            if let Some(c) = self.claims.last_mut() {
                self.covered_to = carried::hand_on(text, c, given);
            }
            sents.clear();
        }
        let mut i = 0;
        while i < sents.len() {
            let (lo, hi) = sents[i];
            self.note_people(text, lo, hi);
            let mut sentence = Span {
                start: self.toks[lo].start,
                end: self.toks[hi - 1].end,
            };
            let (a0, a1) = bounds[i];
            if a0 == a1 {
                let learned = free(lo)
                    .then(|| learned::find(text, &self.toks, lo, hi))
                    .flatten()
                    .map(|mut a| {
                        span_model::refine(text, &self.toks, lo, hi, std::slice::from_mut(&mut a));
                        a
                    });
                if let Some(a) = learned {
                    self.push(text, a.content.0, a.content.1, sentence, Some(&a));
                } else if free(lo)
                    && is_article_claim(text, &self.toks, lo, hi, para == 0 && single)
                {
                    let start = dateline_end(text, &self.toks, lo, hi).unwrap_or(lo);
                    let hedged = implied::find(text, &self.toks, start, hi);
                    let (a, b) = hedged.as_ref().map_or((start, hi), |h| h.content);
                    self.push(text, a, b, sentence, hedged.as_ref());
                }
                i += 1;
                continue;
            }
            // “A,” he said. “B.” — the quote goes on in the next sentence (so does a content put
            // before its cue: "The plan was “good,” he said. “B.”").
            // Frames nested in the quotation's sentence are judged before it runs on: an aside
            // between its parts ("…,” she said, referring to X. “…”) is a claim of its own.
            let quoted = continued::quoted_frame(&self.toks, &attrs[a0..a1]).map(|k| a0 + k);
            let (mut run_on, mut more) = (None, 0);
            while let (Some(k), Some(&(nlo, nhi))) = (quoted, sents.get(i + 1)) {
                let next_free = bounds[i + 1].0 == bounds[i + 1].1;
                if !(next_free && self.toks[nlo].kind == Kind::Open && more < 3) {
                    break;
                }
                run_on = Some((k, trim_end(&self.toks, nlo, nhi)));
                sentence.end = self.toks[nhi - 1].end;
                i += 1;
                more += 1;
            }
            for (k, a) in attrs[a0..a1].iter().enumerate() {
                if is_nested(&attrs[a0..a1], a) {
                    continue;
                }
                let end = run_on
                    .filter(|r| r.0 == a0 + k)
                    .map_or(a.content.1, |r| r.1);
                self.push(text, a.content.0, end, sentence, Some(a));
            }
            i += 1;
        }
        if let Some(&(lo, hi)) = sents.last() {
            self.carry = carried::intro(text, &self.toks, lo, hi).and_then(|at| {
                let sentence = Span {
                    start: self.toks[lo].start,
                    end: self.toks[hi - 1].end,
                };
                let cue = cue_of(text, &self.toks, &at);
                Some((self.source(text, &at, cue.start, sentence)?, cue))
            });
        }
        self.sents = sents;
        self.attrs = attrs;
        self.bounds = bounds;
    }

    /// Remembers titled names ("Secretary of State Mike Pompeo") so a later "he" can find them.
    fn note_people(&mut self, text: &str, lo: usize, hi: usize) {
        let t = &self.toks;
        let plain = |k: &Token| k.is_word() && k.cap && !k.lex.has(TITLE | DET | ORG | MEDIA);
        let mut i = lo + 1;
        while i + 1 < hi {
            if t[i - 1].lex.has(TITLE) && plain(&t[i]) && plain(&t[i + 1]) {
                let mut e = i + 1;
                while e + 1 < hi && plain(&t[e + 1]) && e - i < 3 {
                    e += 1;
                }
                let name = strip_possessive(&text[t[i].start..t[e].end]);
                self.coref.see_person(name);
                i = e;
            }
            i += 1;
        }
    }
}
