//! Checkworthiness: claims with numbers, dates, comparisons and named entities rank higher.

use super::lexicon::{COMPARE, DET, PRON_PERSON, STARTER, TIME};
use super::token::{Kind, Token};

/// A score in [0, 1] for the content `toks[a..b]`; `attributed` claims get a small boost.
pub fn score(text: &str, toks: &[Token], a: usize, b: usize, attributed: bool) -> f32 {
    let mut s: f32 = 0.25;
    let mut words = 0;
    let (mut number, mut time, mut compare, mut money) = (false, false, false, false);
    let mut entities = 0;
    for (i, t) in toks[a..b].iter().enumerate() {
        match t.kind {
            Kind::Word => {
                words += 1;
                if text[t.start..].starts_with(|c: char| c.is_ascii_digit()) {
                    number = true;
                }
                time |= t.lex.has(TIME) && t.cap;
                compare |= t.lex.has(COMPARE);
                if t.cap && i > 0 && !t.lex.has(DET | PRON_PERSON | STARTER) {
                    entities += 1;
                }
            }
            Kind::Punct('$' | '%' | '€' | '£') => money = true,
            _ => {}
        }
    }
    if number {
        s += 0.2;
    }
    if money {
        s += 0.1;
    }
    if time {
        s += 0.1;
    }
    if compare {
        s += 0.15;
    }
    s += 0.05 * entities.min(4) as f32;
    if attributed {
        s += 0.05;
    }
    if words < 6 {
        s -= 0.1;
    }
    s.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::tokenize;

    fn of(text: &str) -> f32 {
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        score(text, &toks, 0, toks.len(), false)
    }

    #[test]
    fn numbers_dates_and_comparisons_rank_above_vague_talk() {
        let checkable = of("Unemployment fell to 3.5 percent in March, the lowest since 1969");
        let vague = of("things are going to be very good for everyone here");
        assert!(checkable > vague + 0.3, "{checkable} vs {vague}");
        assert!((0.0..=1.0).contains(&checkable));
    }
}
