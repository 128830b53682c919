//! Scoring extractions against gold annotations (pure: strings in, figures out).
//!
//! A Rust port of `../shared/eval/score_attributions.py` (brat `.ann` attributions, claim+source
//! F1) and `score_gold.py` (hand-annotated `*.gold.json` articles), so `cargo test` can score.

mod ann;
mod gold;
mod matching;
#[cfg(test)]
mod regression;

pub use ann::{GoldAttribution, parse_ann};
pub use gold::{GoldFile, GoldScore, score_gold};
pub use matching::{AttributionScore, score_attributions};
