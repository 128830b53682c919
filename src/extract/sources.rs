//! Source mentions: the noun phrase before or after a cue, its canonical name and its kind.

use super::cues::CueClass;
use super::lexicon::{
    AUX, DET, DOC, MEDIA, ORG, PRON_GROUP, PRON_PERSON, PRON_THING, REL, STARTER, STOP, TIME,
    TITLE, UNNAMED,
};
use super::token::{Kind, Token};

/// Longest source mention in words.
const MAX_NP: usize = 9;

/// Skips auxiliaries and adverbs left of `v` ("has also said"); returns the index just after the subject.
pub fn skip_aux_left(toks: &[Token], lo: usize, v: usize) -> usize {
    let mut j = v;
    while j > lo
        && toks[j - 1].is_word()
        && toks[j - 1].lex.has(AUX)
        && !toks[j - 1].cap
        && v - j < 4
    {
        j -= 1;
    }
    j
}

fn np_word(t: &Token) -> bool {
    t.is_word()
        && !t.lex.has(STOP | AUX)
        && !(t.lex.cue != CueClass::None && !t.lex.has(DOC | UNNAMED | TITLE) && !t.cap)
}

/// The subject noun phrase ending just before `end` (exclusive), not reaching left of `lo`.
pub fn np_left(text: &str, toks: &[Token], lo: usize, end: usize) -> Option<(usize, usize)> {
    np_left_with(text, toks, lo, end, false)
}

/// Like [`np_left`]; `loose` accepts any noun head (for strong speech cues: "the witness said").
pub fn np_left_with(
    text: &str,
    toks: &[Token],
    lo: usize,
    end: usize,
    loose: bool,
) -> Option<(usize, usize)> {
    if end <= lo {
        return None;
    }
    let head = &toks[end - 1];
    if !head.is_word() {
        return None;
    }
    if head.lex.has(PRON_PERSON | PRON_GROUP | PRON_THING | REL) {
        return Some((end - 1, end));
    }
    if !np_word(head) || head.lex.has(TIME) {
        return None;
    }
    let mut a = end - 1;
    while a > lo && end - a < MAX_NP {
        let t = &toks[a - 1];
        let ok = np_word(t)
            || t.is('.')
                && a >= 2
                && toks[a - 2].end == t.start
                && (toks[a - 2].lex.has(TITLE) || initials(text, &toks[a - 2]))
            || t.is('-');
        if !ok || t.lex.has(PRON_PERSON | PRON_GROUP | REL) {
            break;
        }
        a -= 1;
    }
    // A phrase never starts with a stray period; trim to the first word.
    while a < end && !toks[a].is_word() {
        a += 1;
    }
    // The head is the last word, or the name before "of" ("Ri Son Gwon of the ministry").
    let of_head = (a + 1..end)
        .find(|&i| text[toks[i].start..toks[i].end].eq_ignore_ascii_case("of"))
        .is_some_and(|of| toks[of - 1].cap);
    (a < end && (plausible_head(head) || of_head || loose)).then_some((a, end))
}

/// "U.S", "F.A.A", the "F" of "John F. Kennedy": capitals (and inner dots) whose period belongs to
/// the phrase ("U.S. officials said", "F.A.A. records show").
fn initials(text: &str, t: &Token) -> bool {
    let w = &text[t.start..t.end];
    let caps = w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.');
    caps && (w.len() == 1 || w.contains('.'))
}

/// Can this word end a source phrase? A name, or a noun for people, groups, outlets or documents.
fn plausible_head(t: &Token) -> bool {
    t.cap || t.lex.has(UNNAMED | DOC | ORG | TITLE | MEDIA)
}

/// The noun phrase starting at `start` (for "said Trump", "according to the Post").
pub fn np_right(toks: &[Token], start: usize, hi: usize) -> Option<(usize, usize)> {
    let mut b = start;
    while b < hi && b - start < MAX_NP {
        let t = &toks[b];
        // "Sen. Warren"; "U.S. officials", "John F. Kennedy": a period the sentence goes on past
        // after a capitalised word belongs to the name.
        let title_dot = t.is('.')
            && b > start
            && toks[b - 1].end == t.start
            && (toks[b - 1].lex.has(TITLE)
                || toks[b - 1].cap && b + 1 < hi && toks[b + 1].is_word());
        if b > start && t.is_word() && t.lex.has(PRON_PERSON | PRON_GROUP | PRON_THING) {
            break;
        }
        // "told the AP his firm …": a possessive after the hearer starts the content.
        if b > start + 1 && t.is_word() && t.lex.has(DET) && !t.cap && toks[b - 1].is_word() {
            let w = t.end - t.start;
            if (2..=5).contains(&w)
                && !matches!(toks[b - 1].kind, Kind::Punct(_))
                && t.lex.has(STARTER)
            {
                break;
            }
        }
        // A name ends at the first plain lowercase word ("told POLITICO he planned").
        if b > start
            && t.is_word()
            && !t.cap
            && toks[b - 1].cap
            && !is_of_like(t)
            && !t.lex.has(DET | TITLE | UNNAMED | ORG | DOC | MEDIA)
        {
            break;
        }
        let ok = t.is_word()
            && (!t.lex.has(STOP | AUX) || b == start && t.lex.has(PRON_PERSON | PRON_GROUP))
            || title_dot
            || t.is_word() && matches!(&t.lex, l if l.has(STOP) && b > start && is_of_like(t));
        if !ok {
            break;
        }
        if b > start && t.is_word() && t.lex.cue != CueClass::None && !t.cap {
            break;
        }
        b += 1;
    }
    (b > start).then_some((start, b))
}

fn is_of_like(t: &Token) -> bool {
    t.end - t.start <= 3 && t.lex.has(STOP) && !t.lex.has(PRON_PERSON)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::SourceKind;
    use crate::extract::naming::name_and_kind;
    use crate::extract::token::tokenize;

    fn left(text: &str, cue: &str) -> (String, String, SourceKind) {
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        let v = toks
            .iter()
            .position(|t| &text[t.start..t.end] == cue)
            .unwrap_or(0);
        let end = skip_aux_left(&toks, 0, v);
        let (a, b) = np_left(text, &toks, 0, end).unwrap_or((0, 1));
        let (name, kind) = name_and_kind(text, &toks, a, b);
        (text[toks[a].start..toks[b - 1].end].to_string(), name, kind)
    }

    #[test]
    fn a_name_with_a_title_and_an_of_phrase_gives_the_bare_name() {
        let (m, n, k) = left(
            "”, Ri Son Gwon of North Korea’s inter-Korean relations said",
            "said",
        );
        assert_eq!(m, "Ri Son Gwon of North Korea’s inter-Korean relations");
        assert_eq!((n.as_str(), k), ("Ri Son Gwon", SourceKind::Person));
        let (_, n, _) = left("Then Secretary of State Mike Pompeo has said", "said");
        assert_eq!(n, "Mike Pompeo");
    }

    #[test]
    fn outlets_groups_and_pronouns_get_their_kinds() {
        assert_eq!(
            left("it, the New York Times said", "said").2,
            SourceKind::Media
        );
        assert_eq!(
            left("Meanwhile, officials expressed", "expressed").2,
            SourceKind::Unnamed
        );
        assert_eq!(
            left("The North Korea has also accused", "accused").1,
            "North Korea"
        );
        assert_eq!(
            left("and a new poll shows", "shows").2,
            SourceKind::Document
        );
        assert_eq!(left("x, he said", "said").1, "he");
    }
}
