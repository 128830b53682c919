//! A subject with a post-modifier between it and its verb: "officials who spoke with The
//! Huffington Post said", "a letter obtained by the AP warns", "Sanders delegates inside the hall
//! in Philadelphia booed": the speaker is the head before the modifier, not the last noun.

use super::cues::CueClass;
use super::lexicon::{AUX, DET, PRON_GROUP, PRON_PERSON, PRON_THING, REL, STOP, TIME};
use super::sources::{np_left, skip_aux_left};
use super::token::{Token, is_possessive};

/// How far left of the mention a modifier is looked for, in tokens.
const WINDOW: usize = 12;

/// Prepositions that open a modifier of a subject ("critics in Congress", "the head of …").
const PREPS: &[&str] = &[
    "in", "inside", "at", "on", "of", "from", "for", "with", "near", "outside", "among", "across",
];

/// The head noun phrase before a post-modifier that ends with the mention `src`, when `src` is
/// the subject right before the cue at `v`; `None` when there is no such modifier.
pub fn head_before_modifier(
    text: &str,
    toks: &[Token],
    lo: usize,
    (sa, sb): (usize, usize),
    v: usize,
) -> Option<(usize, usize)> {
    if sb > v || sa <= lo + 1 || !only_adverbs(toks, sb, v) {
        return None;
    }
    if sb == sa + 1 && toks[sa].lex.has(PRON_PERSON | PRON_GROUP | REL) {
        return None;
    }
    // "Clinton's inability", "Mr. Obama's calls": a possessive owns a noun cue.
    let last = &text[toks[sb - 1].start..toks[sb - 1].end];
    if is_possessive(last) || last.ends_with('’') {
        return None;
    }
    let word = |k: usize| &text[toks[k].start..toks[k].end];
    let mut prep = None;
    let mut k = sa;
    while k > lo + 1 && sa - k < WINDOW {
        k -= 1;
        let t = &toks[k];
        if !t.is_word() {
            if t.is('-') {
                continue;
            }
            break;
        }
        let w = word(k);
        // "officials who spoke with X said", "groups that endorsed him say"; not "the
        // provision that the majority believes", where the mention is the clause's own subject.
        if t.lex.has(REL) || w == "that" {
            let n = &toks[k + 1];
            let verb = k + 1 < sa && n.is_word() && !n.cap && !n.lex.has(DET | STOP);
            return if verb {
                np_left(text, toks, lo, k).or(prep)
            } else {
                prep
            };
        }
        // "after", "when", "and", "what": the mention opens a clause of its own.
        if t.lex.has(STOP) && !PREPS.contains(&w) && w != "by" && w != "to" {
            break;
        }
        // "Clinton said Sanders supporters …": a clause of its own, not a modifier.
        let takes_clause = matches!(t.lex.cue, CueClass::Say | CueClass::Tell | CueClass::Weak);
        if takes_clause && !t.cap && !toks[k + 1].lex.has(STOP) {
            break;
        }
        // "a source speaking to Fox News said", "a letter obtained by the AP warns".
        let participle = !t.cap
            && w.len() > 4
            && (w.ends_with("ing") && toks[k + 1].lex.has(STOP)
                || w.ends_with("ed") && word(k + 1) == "by");
        if participle {
            if let Some(np) = np_left(text, toks, lo, k) {
                return Some(np);
            }
        }
        // "Trump at a rally in Iowa said": the nearest named phrase before a preposition.
        if prep.is_none() && !t.cap && PREPS.contains(&w) {
            prep = np_left(text, toks, lo, skip_aux_left(toks, lo, k))
                .filter(|&(a, b)| !(b == a + 1 && toks[a].lex.has(PRON_THING)));
        }
    }
    prep
}

/// Are the tokens between the mention and the cue only auxiliaries, adverbs and time words?
fn only_adverbs(toks: &[Token], from: usize, v: usize) -> bool {
    toks[from..v]
        .iter()
        .all(|t| t.is_word() && !t.cap && t.lex.has(AUX | TIME))
}
