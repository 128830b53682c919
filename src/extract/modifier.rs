//! A noun cue's modifier is no speaker: in "Fiorina showed subtle hints that …" or "the crowd
//! roared spontaneous chants" the phrase before the cue is an adjective, and the speaker is the
//! noun's owner, its "from" phrase, or the subject of the verb that governs it.

use super::content::is_word;
use super::cues::CueClass;
use super::lexicon::{
    AUX, DET, DOC, MEDIA, ORG, PRON_GROUP, PRON_PERSON, PRON_THING, REL, TITLE, UNNAMED,
};
use super::sources::{np_left, np_right};
use super::subjects::subject;
use super::token::{Token, is_possessive};

/// The speaker of a noun cue at `cue` whose found mention `src` is only its modifier.
pub fn owner_of_noun_cue(
    text: &str,
    toks: &[Token],
    (lo, hi): (usize, usize),
    (sa, sb): (usize, usize),
    (v, ve): (usize, usize),
) -> Option<(usize, usize)> {
    let named = DOC | MEDIA | ORG | TITLE | UNNAMED | PRON_PERSON | PRON_GROUP | PRON_THING | REL;
    let modifier = sb == v
        && toks[sa..sb]
            .iter()
            .all(|t| t.is_word() && !t.cap && !t.lex.has(named))
        && !toks[sb - 1].lex.has(DET | AUX);
    if !modifier || toks[v].cap {
        return None;
    }
    // "officials said" has a verb cue; only an adverb ("wasn't so much saying") modifies one.
    let last = &text[toks[sb - 1].start..toks[sb - 1].end];
    let adverb = last.ends_with("ly") || matches!(last, "much" | "quite");
    let cue = &text[toks[v].start..toks[v].end];
    let verb_cue = matches!(toks[v].lex.cue, CueClass::Say | CueClass::Tell) || cue.ends_with("ed");
    let adjective = ADJECTIVE_ENDINGS.iter().any(|e| last.ends_with(e));
    if verb_cue && !adverb && !adjective || last.ends_with('s') && !adverb {
        return None;
    }
    // "no overt mention from the senator".
    if ve + 1 < hi && is_word(text, &toks[ve], "from") {
        if let Some((a, b)) =
            np_right(toks, ve + 1, hi).filter(|&(a, _)| toks[a].cap || toks[a].lex.has(DET))
        {
            return Some((a, b));
        }
    }
    // "The candidates’ respective estimates".
    if sa > lo {
        let p = &toks[sa - 1];
        let w = &text[p.start..p.end];
        if is_possessive(w) || w.ends_with('’') || w.ends_with('\'') {
            return np_left(text, toks, lo, sa);
        }
    }
    // "Fiorina showed subtle hints", "executives mounted an increasingly public counterattack".
    let mut k = sa;
    while k > lo + 1
        && toks[k - 1].is_word()
        && (toks[k - 1].lex.has(DET | AUX)
            || text[toks[k - 1].start..toks[k - 1].end].ends_with("ly"))
    {
        k -= 1;
    }
    if k <= lo + 1 {
        return None;
    }
    let verb = &toks[k - 1];
    if !verb.is_word()
        || verb.cap
        || verb.lex.cue == CueClass::Adverb
        || verb.lex.has(DET | PRON_PERSON | PRON_GROUP)
    {
        return None;
    }
    subject(text, toks, lo, hi, k - 1).filter(|&(_, b)| b < k)
}

/// Word endings of adjectives ("subtle", "spontaneous", "public", "overt", "sparing").
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ous", "ive", "ic", "al", "le", "ful", "ing", "ent", "ant", "ert", "ary", "ble",
];
