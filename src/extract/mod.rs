//! Claim and source extraction: article text in, claims with their sources out. Pure: no I/O.
//!
//! The types here are the extraction JSON of CONTRACT.md; keep their serialized names stable.
//! Offsets are byte offsets into the input, end exclusive, always on char boundaries.

use serde::{Deserialize, Serialize};

mod adjuncts;
mod after_quote;
mod agents;
mod before;
mod carried;
mod checkworthy;
mod claims;
mod clauses;
mod contained;
mod content;
mod continued;
mod control;
mod coref;
#[cfg(test)]
mod cue_tests;
mod cues;
mod emit;
#[cfg(test)]
mod frame_tests;
mod frames;
mod hasher;
mod implied;
mod implied_nominal;
mod implied_span;
mod junk;
#[cfg(test)]
mod junk_tests;
mod learned;
mod learned_feats;
#[cfg(test)]
mod learned_train;
mod lexicon;
mod modifier;
mod naming;
#[cfg(test)]
mod nested_tests;
mod objects;
mod openers;
mod paragraphs;
mod phrases;
mod pipeline;
#[cfg(test)]
mod pipeline_tests;
mod postmod;
#[cfg(test)]
mod precision_tests;
mod predicates;
mod quoted;
#[cfg(test)]
mod recall_tests;
mod repair;
mod resumed;
#[cfg(test)]
mod robust;
mod second;
mod sentences;
#[cfg(test)]
mod source_tests;
mod sources;
mod span_feats;
mod span_model;
#[cfg(test)]
mod span_model_data;
#[cfg(test)]
mod span_model_tests;
#[cfg(test)]
mod span_model_train;
#[cfg(test)]
mod span_rule_tests;
mod subjects;
mod token;
mod turns;
mod wordclass;

pub use pipeline::{extract, extract_each};

/// A byte range of the input text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// What sort of thing a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Media,
    Person,
    Organization,
    Unnamed,
    Document,
}

impl SourceKind {
    /// The lowercase name used in JSON, the database and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Media => "media",
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
            SourceKind::Unnamed => "unnamed",
            SourceKind::Document => "document",
        }
    }

    /// Parses the lowercase name; `None` for anything else.
    pub fn parse(s: &str) -> Option<SourceKind> {
        Some(match s {
            "media" => SourceKind::Media,
            "person" => SourceKind::Person,
            "organization" => SourceKind::Organization,
            "unnamed" => SourceKind::Unnamed,
            "document" => SourceKind::Document,
            _ => return None,
        })
    }
}

/// Who a claim is attributed to: the canonical name and the words of this attribution that name it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    pub kind: SourceKind,
    pub mention: String,
    pub start: usize,
    pub end: usize,
}

/// The reporting expression ("said", "according to", "reportedly").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Whether the claim is quoted word for word, paraphrased, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
}

impl QuoteKind {
    /// The lowercase name used in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }

    /// Parses the lowercase name; `None` for anything else.
    pub fn parse(s: &str) -> Option<QuoteKind> {
        Some(match s {
            "direct" => QuoteKind::Direct,
            "indirect" => QuoteKind::Indirect,
            "mixed" => QuoteKind::Mixed,
            _ => return None,
        })
    }
}

/// One claim found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractedClaim {
    /// The claimed content itself (not the frame "CNN said").
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The sentence (or transcript turn) that holds the claim.
    pub sentence: Span,
    /// `None` for the article's own claims.
    pub source: Option<Source>,
    pub cue: Option<Cue>,
    /// `None` for the article's own claims.
    pub quote: Option<QuoteKind>,
    /// In [0, 1]; higher for claims worth checking first.
    pub checkworthiness: f32,
    /// Which rule matched (for `--format text` and for developers); not part of the contract.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub frame: String,
}

/// The result of extracting one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub claims: Vec<ExtractedClaim>,
}
