//! A second look at the source mention a frame found, with the whole sentence in view: an
//! opening participle or adverb ("Speaking to reporters, Trump said …") is not the speaker.

use super::after_quote::speaker;
use super::cues::CueClass;
use super::frames::Attr;
use super::junk::check;
use super::lexicon::{AUX, DET, DOC, MEDIA, ORG, PRON_GROUP, PRON_PERSON, REL, TITLE, UNNAMED};
use super::modifier::owner_of_noun_cue;
use super::postmod::head_before_modifier;
use super::sources::{np_left_with, np_right};
use super::token::{Kind, Token};

/// The source mention to report for the frame with source `src` and cue `cue` in the sentence
/// `toks[lo..hi]`: `src` itself unless a rule here finds a better one; `None` when the mention
/// is no noun phrase and the sentence names no other speaker.
pub fn source(
    text: &str,
    toks: &[Token],
    (lo, hi): (usize, usize),
    src: (usize, usize),
    at: &Attr,
) -> Option<(usize, usize)> {
    let cue = at.cue;
    let found = speaker(text, toks, (lo, hi), src, at)
        .or_else(|| opening_phrase_subject(text, toks, (lo, hi), src, cue))
        .or_else(|| with_antecedent(text, toks, lo, src))
        .or_else(|| head_before_modifier(text, toks, lo, src, cue.0))
        .or_else(|| owner_of_noun_cue(text, toks, (lo, hi), src, cue))
        .unwrap_or(src);
    check(text, toks, (lo, hi), found, at).unwrap_or(Some(found))
}

/// "Borges, who predicted …": a relative pronoun is reported with the phrase it stands for, so
/// the mention names the speaker ("Borges, who").
fn with_antecedent(
    text: &str,
    toks: &[Token],
    lo: usize,
    (sa, sb): (usize, usize),
) -> Option<(usize, usize)> {
    let w = &text[toks[sa].start..toks[sa].end];
    let that = w.eq_ignore_ascii_case("that");
    if sb != sa + 1 || !(toks[sa].lex.has(REL) || that) || sa <= lo {
        return None;
    }
    let end = if toks[sa - 1].is(',') { sa - 1 } else { sa };
    // Annotators name either the pronoun or its antecedent ("the 1938 law that established"):
    // the mention covers both.
    let (a, _) = np_left_with(text, toks, lo, end, true)?;
    Some((a, sb))
}

/// "Having fled Afghanistan, the couple worried …", "Asked about it, Huckabee's campaign said …",
/// "Essentially, Clinton's lawyers found …": when the mention is the opening participle or adverb
/// of the sentence, the subject is the phrase after the opening phrase's comma.
fn opening_phrase_subject(
    text: &str,
    toks: &[Token],
    (lo, hi): (usize, usize),
    (sa, sb): (usize, usize),
    cue: (usize, usize),
) -> Option<(usize, usize)> {
    let first = (lo..hi).find(|&i| toks[i].is_word())?;
    let t = &toks[sa];
    if sa != first || !t.cap || !opener_word(&text[t.start..t.end]) {
        return None;
    }
    if sb > sa + 1 && !toks.get(sb).is_some_and(|n| n.is(',')) {
        return None;
    }
    // "Manning said …" is a name before its verb; "Having announced that …" is an opener.
    let word = &text[t.start..t.end];
    let listed = OPENERS.contains(&word.to_ascii_lowercase().as_str());
    if sb == sa + 1 && cue.0 == sb && !matches!(word, "Having" | "Being") && !listed {
        return None;
    }
    // An opener runs to its comma: "Speaking to the Republican Jewish Coalition in Washington,".
    // A title's period ("Mr.") does not end the opener.
    let title_dot = |i: usize| toks[i].is('.') && toks[i - 1].lex.has(TITLE);
    let commas = (sa + 1..hi.min(sa + 30))
        .take_while(|&i| {
            !toks[i].is_quote() && (!matches!(toks[i].kind, Kind::Punct('.' | ';')) || title_dot(i))
        })
        .filter(|&i| toks[i].is(','));
    // "Besides attacking X, while the audience booed, Mr. Trump asserted": a subordinate clause
    // between the opener and the subject is passed over.
    let named = |a: usize| {
        let head = &toks[a];
        head.cap
            || head
                .lex
                .has(DET | PRON_PERSON | PRON_GROUP | UNNAMED | MEDIA | ORG | DOC)
    };
    let (a, b) = commas
        .take(3)
        .find_map(|comma| {
            let stop = if cue.0 > comma { cue.0 } else { hi };
            np_right(toks, comma + 1, stop)
        })
        .filter(|&(a, _)| named(a))?;
    let head = &toks[a];
    // "police began searching …": the phrase ends before its verb.
    let b = if head.lex.has(PRON_PERSON | PRON_GROUP) {
        a + 1
    } else {
        (a + 1..b)
            .find(|&i| {
                let w = &text[toks[i].start..toks[i].end];
                !toks[i].cap
                    && (toks[i].lex.has(AUX)
                        || toks[i].lex.cue != CueClass::None
                        || w.ends_with("ed"))
            })
            .unwrap_or(b)
    };
    Some((a, b))
}

/// A participle or an adverb by its form ("Speaking", "Asked", "Hastily"), not a name that
/// happens to end like one ("Kelly", "Husted", "Schilling").
fn opener_word(w: &str) -> bool {
    let low = w.to_ascii_lowercase();
    let n = low.len();
    let participle = n > 5 && low.ends_with("ing") || n > 4 && low.ends_with("ed");
    let adverb = n > 6 && low.ends_with("ly") && !low.ends_with("elly");
    let opener = OPENERS.contains(&low.as_str());
    opener || (participle || adverb) && !low.ends_with("lling") && !low.ends_with("sted")
}

/// Prepositions and adverbs that open a sentence before its subject ("Outside the arena, …",
/// "More broadly, Verizon …").
const OPENERS: &[&str] = &[
    "more",
    "together",
    "besides",
    "outside",
    "inside",
    "despite",
    "amid",
    "unlike",
    "beyond",
    "alongside",
    "across",
    "near",
    "following",
    "behind",
    "throughout",
    "regarding",
    "aside",
    "ahead",
    "likewise",
];
