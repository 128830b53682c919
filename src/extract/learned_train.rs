//! Trains the learned cue model (`learned.rs`) on PolNeAR's train split and writes `cue_model.bin`.
//!
//! Run by hand after changing the features or the rules (the examples are the sentences the rules
//! leave unattributed, so both shape the model):
//! `cargo test --release --lib extract::learned_train -- --ignored --nocapture`
//! Environment: `CUE_SPLIT` (default `../shared/corpus/polnear/train`), `CUE_OUT` (default
//! `src/extract/cue_model.bin`), `CUE_HALF=even|odd` to train on half the articles (for tuning the
//! threshold on the other half).

use std::path::{Path, PathBuf};

use super::frames;
use super::learned::{SCALE, is_candidate};
use super::learned_feats::{BUCKETS, Sentence, features};
use super::sentences;
use super::token::{self, Token};
use crate::eval::{GoldAttribution, parse_ann};

/// Words that end a multiword cue without being its head ("respond to", "put it").
const TAIL: &[&str] = &[
    "to", "it", "of", "for", "about", "that", "on", "with", "in", "as", "at", "by", "from", "up",
    "out", "over", "into", "against", "a", "an", "the", "his", "her", "their", "its",
];

struct Example {
    feats: Vec<u32>,
    label: bool,
}

/// Byte offset of every char offset (one past the end included).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// The head token of each sourced gold cue: its last word that is not a particle or article.
fn heads(text: &str, toks: &[Token], gold: &[GoldAttribution], c2b: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    for g in gold.iter().filter(|g| !g.source.is_empty()) {
        let inside = |t: &Token| {
            g.cue.iter().any(|&(a, b)| {
                let (a, b) = (c2b[a.min(c2b.len() - 1)], c2b[b.min(c2b.len() - 1)]);
                t.start >= a && t.end <= b
            })
        };
        let words: Vec<usize> = (0..toks.len())
            .filter(|&i| toks[i].is_word() && inside(&toks[i]))
            .collect();
        let head = words
            .iter()
            .rev()
            .find(|&&i| {
                let w = &text[toks[i].start..toks[i].end];
                !TAIL.iter().any(|t| w.eq_ignore_ascii_case(t))
            })
            .or(words.last());
        out.extend(head);
    }
    out
}

fn examples_of(text: &str, gold: &[GoldAttribution], out: &mut Vec<Example>) {
    let c2b = char_to_byte(text);
    let mut toks = Vec::new();
    let mut sents = Vec::new();
    let mut attrs = Vec::new();
    let mut p = 0;
    while p < text.len() {
        let end = text[p..].find('\n').map_or(text.len(), |i| p + i);
        token::tokenize(text, p, end, &mut toks);
        p = end + 1;
        if toks.is_empty() {
            continue;
        }
        let positive = heads(text, &toks, gold, &c2b);
        sentences::split(text, &toks, &mut sents);
        for &(lo, hi) in &sents {
            attrs.clear();
            frames::find(text, &toks, lo, hi, &mut attrs);
            if !attrs.is_empty() {
                continue;
            }
            let sent = Sentence::new(&toks, lo, hi);
            for v in lo..hi {
                if !is_candidate(text, &toks[v]) {
                    continue;
                }
                let mut feats = Vec::new();
                features(text, &toks, &sent, v, &mut feats);
                out.push(Example {
                    feats,
                    label: positive.contains(&v),
                });
            }
        }
    }
}

/// Shuffles `order` in place (Fisher–Yates over an xorshift generator), advancing `seed`, so every
/// training run sees the same example order.
pub(super) fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        order.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// Logistic regression by stochastic gradient descent over hashed binary features.
fn train(examples: &[Example], epochs: usize) -> Vec<f32> {
    let mut w = vec![0f32; BUCKETS];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for epoch in 0..epochs {
        shuffle(&mut order, &mut seed);
        let lr = 0.2 / (1.0 + epoch as f32);
        let mut loss = 0f64;
        for &k in &order {
            let ex = &examples[k];
            let z: f32 = ex.feats.iter().map(|&f| w[f as usize]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if ex.label { 1.0 } else { 0.0 };
            loss -= f64::from(if ex.label { p } else { 1.0 - p }).max(1e-9).ln();
            let g = lr * (p - y);
            for &f in &ex.feats {
                let wf = &mut w[f as usize];
                *wf -= g + lr * 1e-6 * *wf;
            }
        }
        eprintln!(
            "epoch {epoch}: mean log loss {:.4}",
            loss / order.len() as f64
        );
    }
    w
}

fn split_dir() -> PathBuf {
    std::env::var_os("CUE_SPLIT").map_or_else(
        || PathBuf::from("../shared/corpus/polnear/train"),
        PathBuf::from,
    )
}

fn articles(dir: &Path) -> std::io::Result<Vec<(PathBuf, PathBuf)>> {
    let mut anns: Vec<PathBuf> = std::fs::read_dir(dir.join("attributions"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    anns.sort();
    let mut out: Vec<(PathBuf, PathBuf)> = Vec::new();
    for ann in anns {
        let stem = ann.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        // "name_abcd.ann": several annotators; the scorer takes the first of each name.
        let name = stem.rsplit_once('_').map_or(stem, |(n, _)| n);
        let txt = dir.join("text").join(format!("{name}.txt"));
        if txt.exists() && !out.iter().any(|(t, _)| *t == txt) {
            out.push((txt, ann));
        }
    }
    Ok(out)
}

#[test]
#[ignore = "writes src/extract/cue_model.bin from PolNeAR train; run by hand"]
fn train_cue_model() -> std::io::Result<()> {
    let dir = split_dir();
    if !dir.exists() {
        eprintln!("SKIPPED: {} not found", dir.display());
        return Ok(());
    }
    let half = std::env::var("CUE_HALF").ok();
    let mut examples = Vec::new();
    for (n, (txt, ann)) in articles(&dir)?.into_iter().enumerate() {
        match half.as_deref() {
            Some("even") if n % 2 == 1 => continue,
            Some("odd") if n % 2 == 0 => continue,
            _ => {}
        }
        let text = std::fs::read_to_string(&txt)?;
        let gold = parse_ann(&std::fs::read_to_string(&ann)?);
        examples_of(&text, &gold, &mut examples);
    }
    let pos = examples.iter().filter(|e| e.label).count();
    eprintln!("{} examples, {pos} positive", examples.len());
    let w = train(&examples, 6);
    let bytes: Vec<u8> = w
        .iter()
        .flat_map(|x| {
            ((x * SCALE)
                .round()
                .clamp(f32::from(i16::MIN), f32::from(i16::MAX)) as i16)
                .to_le_bytes()
        })
        .collect();
    let out = std::env::var_os("CUE_OUT")
        .map_or_else(|| PathBuf::from("src/extract/cue_model.bin"), PathBuf::from);
    std::fs::write(&out, bytes)?;
    eprintln!("wrote {}", out.display());
    Ok(())
}
