//! Mentions that are no noun phrase: an opening adverb or expletive ("There were …", "Suddenly I
//! had …", "Let me …"), a stray function word ("for"), a phrase cut at its preposition
//! ("according to an analysis by"). The sentence usually names the speaker elsewhere; when it
//! does not, the claim is left out.

use super::clauses::np_before_verb;
use super::content::is_word;
use super::frames::Attr;
use super::lexicon::{AUX, DET, PRON_GROUP, PRON_PERSON, PRON_THING, REL, STOP, TITLE};
use super::sources::np_left_with;
use super::token::{Kind, Token};

/// Words that never name a speaker on their own.
const JUNK: &[&str] = &[
    "there", "suddenly", "fully", "besides", "unlike", "despite", "ahead", "likewise", "ever",
    "asked", "taking", "adding", "yes", "let", "look", "q", "came", "get", "stop", "being", "much",
    "more",
];

/// What to do with the mention `toks[sa..sb]`: `None` keeps it, `Some(Some(np))` replaces it,
/// `Some(None)` leaves the claim out.
pub fn check(
    text: &str,
    toks: &[Token],
    (lo, hi): (usize, usize),
    (sa, sb): (usize, usize),
    at: &Attr,
) -> Option<Option<(usize, usize)>> {
    let v = at.cue.0;
    let better = extend_cut(text, toks, hi, (sa, sb), at)
        .or_else(|| noun_before_participle(text, toks, lo, (sa, sb), v))
        .or_else(|| {
            expletive_it(text, toks, (sa, sb), v)
                .then(|| nearest_subject(text, toks, sb, v))
                .flatten()
        });
    if better.is_some() {
        return Some(better);
    }
    if sb == sa + 1 && junk(text, &toks[sa]) {
        // "Let me first express …".
        if is_word(text, &toks[sa], "let")
            && toks
                .get(sb)
                .is_some_and(|t| t.lex.has(PRON_PERSON | PRON_GROUP))
        {
            return Some(Some((sb, sb + 1)));
        }
        let better = (v > sb)
            .then(|| nearest_subject(text, toks, sb, v))
            .flatten();
        return Some(better);
    }
    None
}

fn junk(text: &str, t: &Token) -> bool {
    let w = text[t.start..t.end].to_ascii_lowercase();
    JUNK.contains(&w.as_str())
        || !t.cap
            && t.lex.has(STOP | AUX)
            && !t.lex.has(PRON_PERSON | PRON_GROUP | REL | DET)
            && w != "that"
}

/// The subject of the clause nearest before the cue at `v`, looking no further left than `from`:
/// "There was mayhem when a party activist asked …", "Suddenly I had …".
fn nearest_subject(text: &str, toks: &[Token], from: usize, v: usize) -> Option<(usize, usize)> {
    (from..v)
        .rev()
        .filter(|&s| {
            s == from
                || matches!(toks[s - 1].kind, Kind::Punct(',' | ';' | ':' | '—' | '–'))
                || [
                    "and", "but", "that", "when", "while", "as", "because", "since",
                ]
                .iter()
                .any(|w| is_word(text, &toks[s - 1], w))
        })
        .find_map(|s| np_before_verb(text, toks, s, v + 1))
}

/// "It is this vision that Clinton is tying …, attempting": "it" before "is"/"was" holds the
/// place of a clause whose own subject speaks.
fn expletive_it(text: &str, toks: &[Token], (sa, sb): (usize, usize), v: usize) -> bool {
    sb == sa + 1
        && is_word(text, &toks[sa], "it")
        && v > sb + 2
        && ["is", "was", "wasn't", "isn't", "'s", "’s"]
            .iter()
            .any(|w| is_word(text, &toks[sb], w))
}

/// "according to an analysis by the Pew Research Center", "according to a post from Arianna
/// Huffington": a mention cut at its preposition or left a bare article runs on to the name.
fn extend_cut(
    text: &str,
    toks: &[Token],
    hi: usize,
    (sa, sb): (usize, usize),
    at: &Attr,
) -> Option<(usize, usize)> {
    let according = at.cue.1 == sa && is_word(text, &toks[at.cue.0], "according");
    let last = &toks[sb - 1];
    let cut = last.lex.has(STOP) && !last.cap
        || sb == sa + 1
            && last.lex.has(DET)
            && !last.lex.has(PRON_PERSON | PRON_GROUP | PRON_THING);
    if !according || !cut {
        return None;
    }
    let stop = if at.content.0 > sb { at.content.0 } else { hi };
    let mut b = sb;
    while b < stop && b - sa < 16 {
        let t = &toks[b];
        let p = &toks[b - 1];
        let initial = p.end - p.start == 1 && p.cap;
        let title_dot = t.is('.') && p.end == t.start && (p.lex.has(TITLE) || initial);
        if !(t.is_word() || title_dot) || t.lex.has(PRON_PERSON | PRON_GROUP | AUX | REL) {
            break;
        }
        b += 1;
    }
    // Never end on a function word.
    while b > sb && toks[b - 1].is_word() && toks[b - 1].lex.has(STOP | DET) && !toks[b - 1].cap {
        b -= 1;
    }
    (b > sb).then_some((sa, b))
}

/// "Police receive 911 calls saying …", "about 50 protesters chanting": a plural noun right
/// before an "-ing" cue is its subject.
fn noun_before_participle(
    text: &str,
    toks: &[Token],
    lo: usize,
    (sa, sb): (usize, usize),
    v: usize,
) -> Option<(usize, usize)> {
    let w = &text[toks[v].start..toks[v].end];
    if v < lo + 1 || sb == v || !w.ends_with("ing") {
        return None;
    }
    let n = &toks[v - 1];
    let nw = &text[n.start..n.end];
    let plural = nw.len() > 3 && nw.ends_with('s') && !nw.ends_with("ss") && !nw.ends_with('\'');
    if !n.is_word()
        || n.cap
        || !plural
        || n.lex.has(STOP | AUX | DET | REL | PRON_PERSON | PRON_GROUP)
    {
        return None;
    }
    let (a, b) = np_left_with(text, toks, lo, v, true)?;
    (b == v && (b <= sa || a >= sb)).then_some((a, b))
}
