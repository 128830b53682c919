//! Training examples for the content-end model: PolNeAR gold contents aligned with the frames
//! the rules find, each frame's candidate ends with their features and word F1 against gold.

use std::path::PathBuf;

use super::frames::{self, Attr};
use super::learned;
use super::sentences;
use super::span_feats::{Running, features};
use super::span_model::{applies, candidates, rule_candidate};
use super::token::{self, Token};
use crate::eval::parse_ann;

/// One content whose end is to be chosen: the features of each candidate end, the index of the
/// gold end and of the rules' end, and the word F1 against gold of ending at each candidate.
pub struct Example {
    pub cands: Vec<Vec<u32>>,
    pub gold: usize,
    pub rule: usize,
    pub f1: Vec<f32>,
    /// 0 for an article of the even half of train, 1 for the odd half.
    pub half: usize,
    /// The frame that found the content.
    pub frame: &'static str,
    /// The sentence's text, the byte offset in it where each candidate ends and where the content
    /// starts (for `SPAN_DUMP`).
    pub sent: String,
    pub ends: Vec<usize>,
    pub cstart: usize,
}

/// Byte ranges of each gold content (char offsets converted).
fn gold_contents(ann: &str, text: &str) -> Vec<Vec<(usize, usize)>> {
    let c2b: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let at = |c: usize| c2b[c.min(c2b.len() - 1)];
    parse_ann(ann)
        .into_iter()
        .map(|g| g.content.iter().map(|&(a, b)| (at(a), at(b))).collect())
        .collect()
}

/// The gold content that starts within two tokens of `s`, if any, as the set of its word tokens.
fn aligned(toks: &[Token], s: usize, gold: &[Vec<(usize, usize)>]) -> Option<Vec<bool>> {
    let inside = |t: &Token, g: &[(usize, usize)]| g.iter().any(|&(a, b)| t.start < b && t.end > a);
    let g = gold
        .iter()
        .filter_map(|g| {
            let first = toks.iter().position(|t| t.is_word() && inside(t, g))?;
            Some((first.abs_diff(s), g))
        })
        .filter(|&(d, _)| d <= 2)
        .min_by_key(|&(d, _)| d)?
        .1;
    Some(toks.iter().map(|t| t.is_word() && inside(t, g)).collect())
}

fn example(
    text: &str,
    toks: &[Token],
    sent: (usize, usize),
    a: &Attr,
    gold: &[bool],
) -> Option<Example> {
    if !applies(toks, sent, a) {
        return None;
    }
    let (s, e) = a.content;
    let mut ks = Vec::new();
    candidates(text, toks, s, e, sent.1, &mut ks);
    let rule_k = rule_candidate(&ks, e)?;
    let total: usize = gold.iter().filter(|&&g| g).count();
    let last_gold = (s..sent.1).rev().find(|&i| gold[i])?;
    let gold_k = ks.iter().position(|&k| k == last_gold + 1)?;
    let (mut inter, mut len, mut f1) = (0, 0, Vec::new());
    let mut i = s;
    let mut cands = Vec::new();
    let mut run = Running::new(text, toks, sent, a);
    for &k in &ks {
        run.advance(toks, k);
        while i < k {
            if toks[i].is_word() {
                len += 1;
                inter += usize::from(gold[i]);
            }
            i += 1;
        }
        f1.push(if inter == 0 {
            0.0
        } else {
            2.0 * inter as f32 / (len + total) as f32
        });
        let mut f = Vec::new();
        features(text, toks, sent, a, (k, rule_k), &run, &mut f);
        let drop = dropped();
        cands.push(
            f.iter()
                .enumerate()
                .filter(|(n, _)| !drop.contains(&(n + 1)))
                .map(|(_, &b)| b)
                .collect(),
        );
    }
    let rule = ks.iter().position(|&k| k == rule_k)?;
    Some(Example {
        cands,
        gold: gold_k,
        rule,
        f1,
        half: 0,
        frame: a.frame,
        sent: text[toks[sent.0].start..toks[sent.1 - 1].end].to_string(),
        ends: ks
            .iter()
            .map(|&k| toks[k - 1].end - toks[sent.0].start)
            .collect(),
        cstart: toks[s].start - toks[sent.0].start,
    })
}

fn examples_of(text: &str, ann: &str, out: &mut Vec<Example>) {
    let gold = gold_contents(ann, text);
    let (mut toks, mut sents, mut attrs) = (Vec::new(), Vec::new(), Vec::new());
    let mut p = 0;
    while p < text.len() {
        let end = text[p..].find('\n').map_or(text.len(), |i| p + i);
        token::tokenize(text, p, end, &mut toks);
        p = end + 1;
        sentences::split(text, &toks, &mut sents);
        for &(lo, hi) in &sents {
            attrs.clear();
            frames::find(text, &toks, lo, hi, &mut attrs);
            if attrs.is_empty() {
                attrs.extend(learned::find(text, &toks, lo, hi));
            }
            for a in &attrs {
                let Some(g) = aligned(&toks, a.content.0, &gold) else {
                    continue;
                };
                out.extend(example(text, &toks, (lo, hi), a, &g));
            }
        }
    }
}

pub fn load() -> std::io::Result<Option<Vec<Example>>> {
    let dir = std::env::var_os("SPAN_SPLIT").map_or_else(
        || PathBuf::from("../shared/corpus/polnear/train"),
        PathBuf::from,
    );
    if !dir.exists() {
        eprintln!("SKIPPED: {} not found", dir.display());
        return Ok(None);
    }
    let mut anns: Vec<PathBuf> = std::fs::read_dir(dir.join("attributions"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    anns.sort();
    let mut seen = std::collections::HashSet::new();
    let mut examples = Vec::new();
    for ann in anns {
        let stem = ann.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let name = stem.rsplit_once('_').map_or(stem, |(n, _)| n).to_string();
        let txt = dir.join("text").join(format!("{name}.txt"));
        if !txt.exists() || !seen.insert(name) {
            continue;
        }
        let n = examples.len();
        examples_of(
            &std::fs::read_to_string(&txt)?,
            &std::fs::read_to_string(&ann)?,
            &mut examples,
        );
        let half = (seen.len() - 1) % 2;
        examples[n..].iter_mut().for_each(|ex| ex.half = half);
    }
    Ok(Some(examples))
}

/// Feature templates left out (`SPAN_DROP=3,20`), to try feature sets without rebuilding.
pub fn dropped() -> Vec<usize> {
    std::env::var("SPAN_DROP")
        .unwrap_or_default()
        .split(',')
        .filter_map(|v| v.parse().ok())
        .collect()
}

/// L2 penalty per update (`SPAN_L2`, default 1e-6).
pub fn l2() -> f32 {
    std::env::var("SPAN_L2")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1e-6)
}

/// Training passes (`SPAN_EPOCHS`, default 8).
pub fn epochs() -> usize {
    std::env::var("SPAN_EPOCHS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8)
}
