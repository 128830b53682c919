//! Claim+source scoring of one article: token F1 content matching, one-to-one, best first.

use super::ann::GoldAttribution;
use crate::extract::Extraction;

/// Counts for one or more articles; add them up with `+=`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttributionScore {
    /// Predicted attributed claims whose content matched a gold attribution.
    pub matched: usize,
    /// Predicted attributed claims in all.
    pub predicted: usize,
    /// Gold attributions in all.
    pub gold: usize,
    /// Matched pairs whose source is right too (the headline true positives).
    pub source_right: usize,
    /// Matched pairs whose cue overlaps the gold cue.
    pub cue_right: usize,
}

impl std::ops::AddAssign for AttributionScore {
    fn add_assign(&mut self, o: Self) {
        self.matched += o.matched;
        self.predicted += o.predicted;
        self.gold += o.gold;
        self.source_right += o.source_right;
        self.cue_right += o.cue_right;
    }
}

fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred > 0 {
        tp as f64 / pred as f64
    } else {
        0.0
    };
    let r = if gold > 0 {
        tp as f64 / gold as f64
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

impl AttributionScore {
    /// Claim+source precision, recall and F1 (the headline figure).
    pub fn claim_source(&self) -> (f64, f64, f64) {
        prf(self.source_right, self.predicted, self.gold)
    }

    /// Attribution (content only) precision, recall and F1.
    pub fn attribution(&self) -> (f64, f64, f64) {
        prf(self.matched, self.predicted, self.gold)
    }
}

/// `\w+` runs of `text` as char ranges (the scorer's tokens).
fn word_tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut n = 0;
    for (i, c) in text.chars().enumerate() {
        let w = c.is_alphanumeric() || c == '_';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
        n = i + 1;
    }
    if let Some(s) = start {
        out.push((s, n));
    }
    out
}

/// Char offset of every byte offset (plus the end).
fn byte_to_char(text: &str) -> Vec<usize> {
    let mut table = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.chars().enumerate() {
        table.extend(std::iter::repeat_n(i, c.len_utf8()));
    }
    table.push(text.chars().count());
    table
}

fn char_span(table: &[usize], start: usize, end: usize) -> Vec<(usize, usize)> {
    let last = table.len() - 1;
    let (s, e) = (start.min(last), end.min(last));
    if e > s {
        vec![(table[s], table[e])]
    } else {
        Vec::new()
    }
}

fn tokens_in(toks: &[(usize, usize)], ranges: &[(usize, usize)]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for &(s, e) in ranges {
        let first = toks.partition_point(|&(_, b)| b <= s);
        out.extend((first..toks.len()).take_while(|&i| toks[i].0 < e));
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn f1(p: &[usize], g: &[usize]) -> f64 {
    if p.is_empty() || g.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0);
    while i < p.len() && j < g.len() {
        match p[i].cmp(&g[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    if inter == 0 {
        return 0.0;
    }
    let (pr, rc) = (inter as f64 / p.len() as f64, inter as f64 / g.len() as f64);
    2.0 * pr * rc / (pr + rc)
}

fn overlaps(a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    a.iter()
        .any(|&(s, e)| b.iter().any(|&(c, d)| s < d && c < e))
}

/// Scores one article's extraction against its gold attributions (claims without a source ignored).
pub fn score_attributions(
    text: &str,
    gold: &[GoldAttribution],
    extraction: &Extraction,
    threshold: f64,
) -> AttributionScore {
    let table = byte_to_char(text);
    let toks = word_tokens(text);
    struct Pred {
        toks: Vec<usize>,
        source: Vec<(usize, usize)>,
        cue: Vec<(usize, usize)>,
    }
    let pred: Vec<Pred> = extraction
        .claims
        .iter()
        .filter_map(|c| {
            let s = c.source.as_ref()?;
            Some(Pred {
                toks: tokens_in(&toks, &char_span(&table, c.start, c.end)),
                source: char_span(&table, s.start, s.end),
                cue: c
                    .cue
                    .as_ref()
                    .map_or(Vec::new(), |q| char_span(&table, q.start, q.end)),
            })
        })
        .collect();
    let gold_toks: Vec<Vec<usize>> = gold.iter().map(|g| tokens_in(&toks, &g.content)).collect();
    let mut pairs = Vec::new();
    for (i, p) in pred.iter().enumerate() {
        for (j, g) in gold_toks.iter().enumerate() {
            let s = f1(&p.toks, g);
            if s >= threshold {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
    let (mut used_p, mut used_g) = (vec![false; pred.len()], vec![false; gold.len()]);
    let mut score = AttributionScore {
        predicted: pred.len(),
        gold: gold.len(),
        ..Default::default()
    };
    for (_, i, j) in pairs {
        if used_p[i] || used_g[j] {
            continue;
        }
        used_p[i] = true;
        used_g[j] = true;
        score.matched += 1;
        let (p, g) = (&pred[i], &gold[j]);
        let src_ok = if g.source.is_empty() {
            p.source.is_empty()
        } else {
            overlaps(&p.source, &g.source)
        };
        let cue_ok = if g.cue.is_empty() {
            p.cue.is_empty()
        } else {
            overlaps(&p.cue, &g.cue)
        };
        score.source_right += usize::from(src_ok);
        score.cue_right += usize::from(cue_ok);
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    #[test]
    fn a_matching_claim_with_the_right_source_counts_and_a_wrong_source_does_not() {
        let text = "Leaders will meet again, reports say.";
        let gold = vec![GoldAttribution {
            content: vec![(0, 23)],
            source: vec![(25, 32)],
            cue: vec![(33, 36)],
        }];
        let ext = extract(text);
        let s = score_attributions(text, &gold, &ext, 0.5);
        assert_eq!((s.matched, s.source_right, s.gold), (1, 1, 1));
        let wrong = vec![GoldAttribution {
            source: vec![(0, 7)],
            ..gold[0].clone()
        }];
        let s = score_attributions(text, &wrong, &ext, 0.5);
        assert_eq!((s.matched, s.source_right), (1, 0));
        assert_eq!(s.claim_source().2, 0.0);
    }

    #[test]
    fn token_f1_and_char_tables_follow_the_python_scorer() {
        assert_eq!(
            word_tokens("Korea’s 3.2 go"),
            vec![(0, 5), (6, 7), (8, 9), (10, 11), (12, 14)]
        );
        assert_eq!(byte_to_char("a’b"), vec![0, 1, 1, 1, 2, 3]);
        assert!((f1(&[1, 2, 3], &[2, 3, 4, 5]) - 4.0 / 7.0).abs() < 1e-9);
    }
}
