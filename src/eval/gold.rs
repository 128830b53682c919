//! Scoring against a hand-annotated article (`*.gold.json`): every claim, with the source's name.

use std::collections::HashMap;

use serde::Deserialize;

use crate::extract::Extraction;

/// One gold claim: its content as it stands in the text and who it is attributed to.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldClaim {
    pub content: String,
    #[serde(default)]
    pub source: Option<String>,
}

/// A `*.gold.json` file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldFile {
    /// The article file name, beside the gold file.
    pub article: String,
    pub claims: Vec<GoldClaim>,
    #[serde(default)]
    pub aliases: HashMap<String, Vec<String>>,
}

/// Right claims (content and source), gold claims and predicted claims.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GoldScore {
    pub right: usize,
    pub gold: usize,
    pub predicted: usize,
}

impl GoldScore {
    /// Precision, recall and F1.
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.predicted > 0 {
            self.right as f64 / self.predicted as f64
        } else {
            0.0
        };
        let r = if self.gold > 0 {
            self.right as f64 / self.gold as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn multiset_f1(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for w in a {
        *counts.entry(w).or_default() += 1;
    }
    let mut inter = 0;
    for w in b {
        if let Some(c) = counts.get_mut(w.as_str()) {
            if *c > 0 {
                *c -= 1;
                inter += 1;
            }
        }
    }
    if inter == 0 {
        return 0.0;
    }
    let (p, r) = (inter as f64 / a.len() as f64, inter as f64 / b.len() as f64);
    2.0 * p * r / (p + r)
}

fn strip_the(s: &str) -> String {
    s.strip_prefix("the ").unwrap_or(s).to_string()
}

fn canon(name: Option<&str>, aliases: &HashMap<String, Vec<String>>) -> Option<String> {
    let n = name?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let n = strip_the(&n);
    for (main, alts) in aliases {
        let forms = std::iter::once(main).chain(alts.iter());
        if forms.map(|f| strip_the(&f.to_lowercase())).any(|f| f == n) {
            return Some(main.to_lowercase());
        }
    }
    Some(n)
}

/// Scores the extraction of `text` (the gold file's article) as `score_gold.py` does.
pub fn score_gold(gold: &GoldFile, text: &str, extraction: &Extraction) -> GoldScore {
    let pred: Vec<(Vec<String>, Option<String>)> = extraction
        .claims
        .iter()
        .map(|c| {
            let content = text.get(c.start..c.end).unwrap_or("");
            let name = c.source.as_ref().map(|s| s.name.as_str());
            (words(content), canon(name, &gold.aliases))
        })
        .collect();
    let golds: Vec<(Vec<String>, Option<String>)> = gold
        .claims
        .iter()
        .map(|g| (words(&g.content), canon(g.source.as_deref(), &gold.aliases)))
        .collect();
    let mut pairs = Vec::new();
    for (i, p) in pred.iter().enumerate() {
        for (j, g) in golds.iter().enumerate() {
            let s = multiset_f1(&p.0, &g.0);
            if s >= 0.5 {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
    let (mut used_p, mut used_g) = (vec![false; pred.len()], vec![false; golds.len()]);
    let mut right = 0;
    for (_, i, j) in pairs {
        if used_p[i] || used_g[j] {
            continue;
        }
        used_p[i] = true;
        used_g[j] = true;
        right += usize::from(pred[i].1 == golds[j].1);
    }
    GoldScore {
        right,
        gold: golds.len(),
        predicted: pred.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_agree_through_aliases_case_and_a_leading_the() {
        let mut aliases = HashMap::new();
        aliases.insert("Ri Son Gwon".to_string(), vec!["Ri".to_string()]);
        assert_eq!(canon(Some("ri"), &aliases), Some("ri son gwon".to_string()));
        assert_eq!(
            canon(Some("The  Times"), &aliases),
            Some("times".to_string())
        );
        assert_eq!(canon(None, &aliases), None);
    }

    #[test]
    fn multiset_f1_counts_repeated_words_once_each() {
        let a = words("the cat the dog");
        let b = words("The cat");
        assert!((multiset_f1(&a, &b) - 2.0 * 0.5 * 1.0 / 1.5).abs() < 1e-9);
    }
}
