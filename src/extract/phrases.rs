//! Frames carried by a phrase rather than a verb's subject: "C in a new poll", "C, per CTV News",
//! "As the Times reported, C".

use super::content::{content_end, is_word, trim_end};
use super::cues::CueClass;
use super::frames::Attr;
use super::lexicon::TIME;
use super::token::{Kind, Token};

/// Nouns heading a phrase that reports standings: "in the RealClearPolitics average of polls".
const POLL_HEADS: &[&str] = &["poll", "polls", "survey", "surveys", "average"];

/// Words that open the clause a poll phrase reports on ("where he leads in the polls").
const CLAUSE_OPENERS: &[&str] = &[
    "where", "while", "although", "though", "but", "because", "as", "when", "which", "who", "and",
    "that", "whereas",
];

/// Longest phrase after "in" scanned for a poll noun.
const MAX_PHRASE: usize = 12;

/// Every phrase frame of the sentence `toks[lo..hi]`, appended to `out`.
pub fn find(text: &str, toks: &[Token], lo: usize, hi: usize, out: &mut Vec<Attr>) {
    if hi < lo + 4 {
        return;
    }
    if let Some(a) = per_source(text, toks, lo, hi) {
        out.push(a);
    }
    if let Some(a) = to_source(text, toks, lo, hi) {
        out.push(a);
    }
    for i in lo + 2..hi - 1 {
        if is_word(text, &toks[i], "in") && !toks[i].cap {
            if let Some(a) = in_poll(text, toks, lo, hi, i) {
                out.push(a);
            }
        }
    }
}

/// "Clinton led Sanders more than 2-1 in an NBC News/Marist poll": the clause before the phrase is
/// what the poll shows.
fn in_poll(text: &str, toks: &[Token], lo: usize, hi: usize, i: usize) -> Option<Attr> {
    let phrase = (i + 1..hi.min(i + 1 + MAX_PHRASE))
        .take_while(|&j| toks[j].is_word() || toks[j].is('/') || toks[j].is('-'))
        .last()?;
    let head = (i + 1..=phrase).find(|&j| {
        !toks[j].cap && POLL_HEADS.iter().any(|w| is_word(text, &toks[j], w))
            || toks[j].cap && is_word(text, &toks[j], "poll")
    })?;
    let src_end = if toks
        .get(head + 1)
        .is_some_and(|t| head < phrase && t.is_word())
    {
        let n = &text[toks[head + 1].start..toks[head + 1].end];
        if matches!(n, "of" | "from" | "by" | "conducted" | "released") {
            phrase + 1
        } else {
            head + 1
        }
    } else {
        head + 1
    };
    let mut s = i;
    while s > lo {
        let t = &toks[s - 1];
        let opener = t.is_word() && !t.cap && CLAUSE_OPENERS.iter().any(|w| is_word(text, t, w));
        if matches!(t.kind, Kind::Punct(',' | ';' | ':' | '—' | '–' | '(')) || opener {
            break;
        }
        if t.is_quote() || t.lex.cue != CueClass::None && !t.cap {
            return None;
        }
        s -= 1;
    }
    let words = (s..i).filter(|&j| toks[j].is_word()).count();
    if words < 3 {
        return None;
    }
    // The phrase ends the sentence, and the clause opens it (after an opening phrase at most).
    let end = trim_end(toks, i, hi);
    let opening = s == lo || toks[s - 1].is(',') && !(lo..s - 1).any(|j| toks[j].is(','));
    // Only a date may follow the poll's name ("… Marist poll Jan. 17-23.").
    let dated = |j: usize| {
        let t = &toks[j];
        t.lex.has(TIME)
            || t.is('.')
            || t.is('-')
            || text[t.start..].starts_with(|c: char| c.is_ascii_digit())
    };
    if !(src_end..end).all(dated) || !opening {
        return None;
    }
    Some(Attr {
        content: (s, i),
        source: Some((i + 1, src_end)),
        implied: None,
        cue: (i, i + 1),
        frame: "C in a poll",
    })
}

/// "She had been visiting her sister in Paris, per CTV News.": "per" and a name end the sentence.
fn per_source(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<Attr> {
    let e = trim_end(toks, lo, hi);
    let p = (e.saturating_sub(7).max(lo + 3)..e).find(|&i| is_word(text, &toks[i], "per"))?;
    if !toks[p - 1].is(',') || p + 1 >= e || !toks[p + 1].cap {
        return None;
    }
    let c = trim_end(toks, lo, p - 1);
    (c > lo + 2).then_some(Attr {
        content: (lo, c),
        source: Some((p + 1, e)),
        implied: None,
        cue: (p, p + 1),
        frame: "C, per S",
    })
}

/// People a sentence-opening "To …," can name by a common word ("To many, …", "To her
/// supporters, …").
const PEOPLE: &[&str] = &[
    "them",
    "him",
    "her",
    "me",
    "us",
    "many",
    "some",
    "others",
    "most",
    "supporters",
    "critics",
    "readers",
    "officials",
    "voters",
    "fans",
    "opponents",
    "conservatives",
    "liberals",
    "people",
];

/// "To many, Santilli is a provocateur." / "To Ms. Gil, skateboarding represents a cry of
/// dissent.": a sentence opening "To" and a person or group, then a comma, holds their view.
fn to_source(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<Attr> {
    if !is_word(text, &toks[lo], "to") {
        return None;
    }
    let comma = (lo + 1..hi.min(lo + 7)).find(|&i| !toks[i].is_word())?;
    let (first, last) = (&toks[lo + 1], &toks[comma.checked_sub(1)?]);
    let named = first.cap && !first.lex.has(TIME) && !is_word(text, first, "be");
    let people = PEOPLE.iter().any(|w| is_word(text, last, w));
    if comma == lo + 1 || !toks[comma].is(',') || !(named || people) {
        return None;
    }
    // "To Sexton, who has made a study of Trump rallies, Tuesday marked …": past the description.
    let mut c = comma + 1;
    if c < hi && is_word(text, &toks[c], "who") {
        c = (c + 1..hi).find(|&i| toks[i].is(','))? + 1;
    }
    let end = content_end(text, toks, c, hi);
    (end > c + 2 && toks[c].is_word()).then_some(Attr {
        content: (c, end),
        source: Some((lo + 1, comma)),
        implied: None,
        cue: (lo, lo + 1),
        frame: "To S, C",
    })
}

/// "(However,) as the Times reported, C" / "…, and as Comey noted, C": the subject `(sa, sb)` of
/// the cue `toks[v..cue_end]` follows "as", so the clause after the next comma is the content.
pub fn as_said(
    text: &str,
    toks: &[Token],
    (lo, hi): (usize, usize),
    (sa, sb): (usize, usize),
    (v, cue_end): (usize, usize),
) -> Option<Attr> {
    if sa <= lo || !is_word(text, &toks[sa - 1], "as") {
        return None;
    }
    let and = |i: usize| is_word(text, &toks[i], "and") || is_word(text, &toks[i], "but");
    let opens =
        sa - 1 == lo || toks[sa - 2].is(',') || sa >= lo + 3 && toks[sa - 3].is(',') && and(sa - 2);
    if !opens {
        return None;
    }
    let comma = (cue_end..hi.min(cue_end + 4)).find(|&i| toks[i].is(','))?;
    (comma + 2 < hi).then(|| Attr {
        content: (comma + 1, content_end(text, toks, comma + 1, hi)),
        source: Some((sa, sb)),
        implied: None,
        cue: (v, cue_end),
        frame: "As S said, C",
    })
}
