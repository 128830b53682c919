//! A phrase that is a verb's object, not its subject ("she released a statement saying …", "Davis
//! made it clear that …"): the speaker is the subject of the verb before it.

use super::cues::CueClass;
use super::lexicon::{
    AUX, DET, DOC, PRON_GROUP, PRON_PERSON, PRON_THING, REL, STARTER, STOP, TIME,
};
use super::token::Token;

/// The verb whose object ends the phrase `np` found before the cue at `v`, when the speaker is
/// that verb's subject: "she issued a statement calling …", "Davis made it clear that …", "he
/// gave a shout out to …". Not when a participle modifies a plain object ("X has energized the
/// band of delegates looking to …": the band looks).
pub fn object_verb(
    text: &str,
    toks: &[Token],
    lo: usize,
    v: usize,
    np: (usize, usize),
) -> Option<usize> {
    let (a, b) = np;
    // "made it clear", but not "the dollars it expects".
    let it = b == a + 1
        && toks[a].lex.has(PRON_THING)
        && !toks[a].cap
        && !text[..toks[a].start].trim_end().ends_with('s');
    let start = if it {
        a
    } else {
        (a.max(lo + 2)..b).rev().find(|&k| is_article(&toks[k]))?
    };
    if start < lo + 2 {
        return None;
    }
    // "fired back a response", "sent out a statement": the particle belongs to the verb.
    let mut k = start - 1;
    if k > lo + 1 && PARTICLES.contains(&&text[toks[k].start..toks[k].end]) {
        k -= 1;
    }
    let verb = &toks[k];
    // "at which point the crowd chanted": "point" is a noun after a determiner, not a verb.
    let number = matches!(&text[toks[k - 1].start..toks[k - 1].end], "one" | "One")
        || text[toks[k - 1].start..].starts_with(|c: char| c.is_ascii_digit());
    let noun = number
        || !plain_word(text, &toks[k - 1])
            && !toks[k - 1].cap
            && toks[k - 1].is_word()
            && !toks[k - 1].lex.has(AUX | PRON_PERSON | PRON_GROUP | REL);
    if !plain_word(text, verb) || verb.lex.cue != CueClass::None || noun {
        return None;
    }
    let head = &toks[b - 1];
    let cue = &text[toks[v].start..toks[v].end];
    let participle = cue.ends_with("ing") || cue.ends_with("ed");
    let message = head.lex.has(DOC) || MESSAGES.contains(&&text[head.start..head.end]);
    (message || it || b == v && !participle).then_some(k)
}

/// Things a speaker puts out that are not in the lexicon's documents.
const MESSAGES: &[&str] = &[
    "sign",
    "signs",
    "banner",
    "banners",
    "message",
    "messages",
    "post",
    "posts",
    "headline",
    "note",
    "notes",
    "ads",
    "flyer",
    "flyers",
    "tweets",
    "letters",
    "statements",
    "videos",
];

/// "the", "a", "his" … in lowercase.
fn is_article(t: &Token) -> bool {
    t.is_word() && !t.cap && t.lex.has(DET) && t.lex.has(STARTER)
}

/// Particles that go with a verb ("fire back", "put out").
const PARTICLES: &[&str] = &["back", "out", "up", "down", "off", "forth"];

/// Prepositions the lexicon does not list as function words.
const PREPOSITIONS: &[&str] = &[
    "alongside",
    "including",
    "toward",
    "towards",
    "amid",
    "amidst",
    "via",
    "per",
    "despite",
    "behind",
    "beyond",
    "near",
    "across",
    "around",
    "inside",
    "outside",
    "within",
    "along",
    "onto",
    "off",
    "out",
    "up",
    "down",
    "back",
    "of",
    "for",
    "beside",
    "besides",
    "throughout",
    "regarding",
    "concerning",
    "following",
    "versus",
    "except",
    "past",
    "below",
    "above",
];

/// A lowercase word that is no function word, pronoun, time word or preposition: a verb, here.
fn plain_word(text: &str, t: &Token) -> bool {
    let w = &text[t.start..t.end];
    t.is_word()
        && !t.cap
        && !t
            .lex
            .has(STOP | AUX | DET | REL | PRON_PERSON | PRON_GROUP | PRON_THING | TIME)
        && !PREPOSITIONS.contains(&w)
        && w.bytes().all(|c| c.is_ascii_alphabetic())
}
