//! Subjects of clauses with no phrase of their own before the verb: the object of a control verb
//! ("led Ann Roe to declare") and a relative "that" ("a message that said").

use super::content::is_word;
use super::cues::CueClass;
use super::lexicon::{AUX, DET, ORG, REL, STOP, TIME, UNNAMED};
use super::token::Token;

/// "led Chairman Reince Priebus to declare", "forcing candidates to scramble": the object of a
/// verb (or of "for") right before an infinitive cue is its subject.
pub fn object_of_control(
    text: &str,
    toks: &[Token],
    lo: usize,
    end: usize,
) -> Option<(usize, usize)> {
    if end < lo + 3 || !is_word(text, &toks[end - 1], "to") {
        return None;
    }
    let b = end - 1;
    let head = &toks[b - 1];
    let w = &text[head.start..head.end];
    let person = head.cap || head.lex.has(UNNAMED | ORG) || matches!(w, "him" | "them" | "us");
    if !head.is_word() || head.lex.has(STOP | DET | AUX | REL) || !person {
        return None;
    }
    // A name runs left over capitalised words; a plain noun ("candidates") stands alone.
    let mut a = b - 1;
    while head.cap && a > lo + 1 && toks[a - 1].is_word() && toks[a - 1].cap {
        a -= 1;
    }
    let p = &toks[a - 1];
    let verb = p.is_word() && !p.cap && !p.lex.has(STOP | DET | AUX | REL);
    (verb || is_word(text, p, "for")).then_some((a, b))
}

/// "a message that said", "the law that established": a relative "that" right after a noun is
/// the subject of its clause (a "that" after a verb opens a content).
pub fn relative_that(text: &str, toks: &[Token], lo: usize, end: usize) -> Option<(usize, usize)> {
    if end < lo + 2 || !is_word(text, &toks[end - 1], "that") {
        return None;
    }
    let n = &toks[end - 2];
    let noun = n.is_word()
        && n.lex.cue == CueClass::None
        && !n.lex.has(STOP | AUX | DET | TIME | REL)
        && !text[n.start..n.end].ends_with("ed");
    noun.then_some((end - 1, end))
}
