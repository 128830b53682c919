//! Turning a found span into a claim: the content trimmed of its quotation marks, the cue, and the
//! source mention named, classified and resolved against the people seen so far.

use super::agents;
use super::checkworthy;
use super::claims::{is_thin_implied, quote_kind};
use super::content::trim_end;
use super::frames::Attr;
use super::lexicon::REL;
use super::naming::name_and_kind;
use super::pipeline::Ctx;
use super::repair;
use super::sources::np_left;
use super::token::Token;
use super::{Cue, ExtractedClaim, QuoteKind, Source, SourceKind, Span};

/// The cue words of an attribution.
pub(super) fn cue_of(text: &str, toks: &[Token], at: &Attr) -> Cue {
    Cue {
        text: text[toks[at.cue.0].start..toks[at.cue.1 - 1].end].to_string(),
        start: toks[at.cue.0].start,
        end: toks[at.cue.1 - 1].end,
    }
}

impl Ctx {
    /// Adds the claim whose content is `toks[a..b]` (attributed by `attr`, or the article's own).
    pub(super) fn push(
        &mut self,
        text: &str,
        a: usize,
        b: usize,
        sentence: Span,
        attr: Option<&Attr>,
    ) {
        let toks = &self.toks;
        if b <= a || b > toks.len() {
            return;
        }
        let quote = attr.map(|_| quote_kind(toks, a, b));
        // A direct quote is reported without its quotation marks and trailing comma.
        let (a, b) = match quote {
            Some(QuoteKind::Direct) if b > a + 2 => (a + 1, trim_end(toks, a + 1, b - 1)),
            _ => (a, b),
        };
        if b <= a || is_thin_implied(toks, a, b, attr) {
            return;
        }
        let (start, end) = (toks[a].start, toks[b - 1].end);
        if attr.is_none() && start < self.covered_to {
            return;
        }
        // Two frames around one content ("“C,” Trump told a rally, saying …"): the first is kept.
        let same = |c: &ExtractedClaim| c.start == start && c.end == end && c.source.is_some();
        if attr.is_some() && self.claims.iter().rev().take(4).any(same) {
            return;
        }
        let (source, cue) = match attr {
            None => (None, None),
            Some(at) => {
                let cue = cue_of(text, toks, at);
                // A mention that is no noun phrase and no better one in the sentence: left out.
                let Some(s) = self.source(text, at, cue.start, sentence) else {
                    return;
                };
                (Some(s), Some(cue))
            }
        };
        let toks = &self.toks;
        self.claims.push(ExtractedClaim {
            text: text[start..end].to_string(),
            start,
            end,
            sentence,
            checkworthiness: checkworthy::score(text, toks, a, b, source.is_some()),
            source,
            cue,
            quote,
            frame: attr
                .map_or("article claim (no attribution)", |a| a.frame)
                .to_string(),
        });
    }

    /// The source of the frame `at`; `None` when its mention is no noun phrase and the sentence
    /// names no other speaker (the claim is then left out).
    pub(super) fn source(
        &mut self,
        text: &str,
        at: &Attr,
        cue_start: usize,
        sentence: Span,
    ) -> Option<Source> {
        let toks = &self.toks;
        let sent = (
            toks.partition_point(|t| t.start < sentence.start),
            toks.partition_point(|t| t.end <= sentence.end),
        );
        // `None`: the frame's mention was no noun phrase and the sentence names no other speaker.
        let found = match at.source {
            Some(s) => Some(repair::source(text, toks, sent, s, at)?),
            None => None,
        };
        let Some((sa, sb)) = found.or_else(|| agents::missing_source(text, toks, sent, at)) else {
            let name = at.implied.unwrap_or("unnamed");
            return Some(Source {
                name: name.to_string(),
                kind: SourceKind::Unnamed,
                mention: String::new(),
                start: cue_start,
                end: cue_start,
            });
        };
        let (mut name, mut kind) = name_and_kind(text, toks, sa, sb);
        // "X, who said": the relative pronoun stands for the phrase before it.
        let r = sb - 1;
        if toks[r].lex.has(REL) && r > 0 {
            let end = if toks[r - 1].is(',') { r - 1 } else { r };
            if let Some((na, nb)) = np_left(text, toks, 0, end) {
                (name, kind) = name_and_kind(text, toks, na, nb);
            }
        }
        let (name, kind) = self.coref.resolve(&name, kind);
        Some(Source {
            name,
            kind,
            mention: text[toks[sa].start..toks[sb - 1].end].to_string(),
            start: toks[sa].start,
            end: toks[sb - 1].end,
        })
    }
}
