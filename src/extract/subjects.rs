//! Who speaks: the subject before a cue, an inverted subject after it, a clause's subject for
//! participles, and the agent of a passive.

use super::content::{content_end, content_start, is_word};
use super::cues::CueClass;
use super::frames::Attr;
use super::lexicon::{DET, PRON_PERSON, REL, STOP, TIME};
use super::objects::object_verb;
use super::sources::{np_left_with, np_right, skip_aux_left};
use super::token::{Kind, Token};

/// The subject of a verb at `v`: the noun phrase before it, across an appositive ("X, a spokesman, said").
pub fn subject(
    text: &str,
    toks: &[Token],
    lo: usize,
    hi: usize,
    v: usize,
) -> Option<(usize, usize)> {
    let loose = matches!(toks[v].lex.cue, CueClass::Say | CueClass::Tell);
    let mut np = subject_of_verb(text, toks, lo, hi, v, loose)?;
    // "Cruz and Rubio have both urged": the quantifier floats after the subject.
    let w = &text[toks[np.0].start..toks[np.0].end];
    if np.1 == np.0 + 1 && matches!(w, "both" | "all" | "each") {
        np = subject_of_verb(text, toks, lo, hi, np.0, true).unwrap_or(np);
    }
    // "she issued a statement calling …": the phrase is the object of "issued"; she speaks.
    object_verb(text, toks, lo, v, np)
        .and_then(|verb| subject_of_verb(text, toks, lo, hi, verb, true))
        .or(Some(np))
}

fn subject_of_verb(
    text: &str,
    toks: &[Token],
    lo: usize,
    hi: usize,
    v: usize,
    loose: bool,
) -> Option<(usize, usize)> {
    let mut end = skip_time_left(text, toks, lo, skip_aux_left(toks, lo, v));
    // "Three GOP insiders — and two-thirds of Republicans — said": the aside is skipped.
    let dash = |t: &Token| matches!(t.kind, Kind::Punct('—' | '–'));
    if end > lo + 2 && dash(&toks[end - 1]) {
        let open = (end.saturating_sub(16).max(lo + 1)..end - 2)
            .rev()
            .find(|&i| dash(&toks[i]) || toks[i].is_quote());
        if let Some(open) = open.filter(|&i| dash(&toks[i])) {
            end = open;
        }
    }
    // "Rep. Hank Johnson (D-Ga.) said": skip the bracket.
    if end > lo + 1 && toks[end - 1].is(')') {
        if let Some(open) = (end.saturating_sub(9).max(lo)..end - 1)
            .rev()
            .find(|&i| toks[i].is('('))
        {
            end = open;
        }
    }
    if let Some(np) = np_left_with(text, toks, lo, end, loose) {
        // "It was (widely) reported that …": "it" holds the place of the clause; no one speaks.
        let it =
            np.1 == np.0 + 1 && text[toks[np.0].start..toks[np.0].end].eq_ignore_ascii_case("it");
        let be = (np.1..v).any(|i| {
            BE.iter()
                .any(|w| text[toks[i].start..toks[i].end].eq_ignore_ascii_case(w))
        });
        let that = toks
            .get(v + 1)
            .is_some_and(|t| text[t.start..t.end].eq_ignore_ascii_case("that"));
        if it && be && that {
            return None;
        }
        return Some(np);
    }

    // "Gov. John Kasich (R-OH), said": the bracket and its comma follow the name.
    if end > lo + 3 && toks[end - 1].is(',') && toks[end - 2].is(')') {
        let open = (end.saturating_sub(10).max(lo)..end - 2)
            .rev()
            .find(|&i| toks[i].is('('));
        let np = open.and_then(|o| np_left_with(text, toks, lo, o, loose));
        if let Some(np) = np.filter(|np| toks[np.1 - 1].cap) {
            return Some(np);
        }
    }
    if end > lo + 2 && toks[end - 1].is(',') {
        // "…, said Larry Sabato, director of …": an inverted subject, not an appositive.
        if end == v && toks[v].lex.cue != CueClass::Tell && inverted_subject(toks, v, hi) {
            return None;
        }
        // "The head of the group, Mike Murphy, praised": the name in commas is the speaker.
        let name_from = (end.saturating_sub(6).max(lo + 2)..end - 1)
            .rev()
            .find(|&i| !(toks[i].is_word() && toks[i].cap && !toks[i].lex.has(STOP | DET)));
        if let Some(c) = name_from.filter(|&c| toks[c].is(',') && c + 1 < end - 1) {
            if toks[c - 1].is_word() && !toks[c - 1].cap && !toks[c - 1].lex.has(STOP) {
                return Some((c + 1, end - 1));
            }
        }
        let from = end.saturating_sub(40).max(lo + 1);
        let commas = (from..end - 1).rev().filter(|&i| toks[i].is(','));
        let commas = commas.take_while(|&c| !(c + 1..end - 1).any(|i| toks[i].is_quote()));
        // "Sandy Phillips, who lost …, in Aurora, Colorado, said": the appositive opens after the
        // subject, which starts its clause (not "in Aurora").
        let starts_clause = |np: &(usize, usize)| {
            np.0 == lo || !toks[np.0 - 1].is_word() || !toks[np.0 - 1].lex.has(STOP)
        };
        let mut nearest = None;
        for comma in commas {
            // "Rep. Elijah Cummings (D-Md.), chair of …": the bracket belongs to the name.
            let mut e = comma;
            if toks[e - 1].is(')') {
                if let Some(open) = (e.saturating_sub(8).max(lo)..e - 1)
                    .rev()
                    .find(|&i| toks[i].is('('))
                {
                    e = open;
                }
            }
            // "Sen. Lindsey Graham, R-S.C., a candidate, said": the party tag is no subject.
            let last_word = (e.saturating_sub(2).max(lo)..e)
                .rev()
                .find(|&i| toks[i].is_word());
            if last_word.is_some_and(|i| party_tag(text, &toks[i])) {
                continue;
            }
            let np = np_left_with(text, toks, lo, e, loose);
            if nearest.is_none() {
                // "X, who, after a row, said": the relative pronoun is the subject.
                if np.is_some_and(|(a, b)| b == a + 1 && toks[a].lex.has(REL)) {
                    return np;
                }
                nearest = Some(np.filter(|np| toks[np.1 - 1].cap || loose));
            }
            let named =
                np.filter(|np| toks[np.1 - 1].cap || loose && !is_number(&toks[np.1 - 1], text));
            if let Some(np) =
                named.filter(|np| appositive_opens(text, toks, comma + 1) && starts_clause(np))
            {
                return Some(np);
            }
        }
        return nearest.flatten();
    }
    None
}

/// Forms of "be" that make a passive.
const BE: &[&str] = &["is", "was", "were", "are", "been", "being"];

/// Does an appositive or relative clause open at `i` ("who …", "whose …", "the editor …", "58",
/// "facing …")?
fn appositive_opens(text: &str, toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i).filter(|t| t.is_word()) else {
        return false;
    };
    let w = &text[t.start..t.end];
    t.lex.has(REL)
        || w.eq_ignore_ascii_case("whose")
        || t.lex.has(DET) && !t.cap
        || is_number(t, text)
        || !t.cap && w.len() > 4 && w.ends_with("ing")
        || party_tag(text, t)
}

/// A party and state tag: "R-S.C", "D-Md", "I-Vt".
fn party_tag(text: &str, t: &Token) -> bool {
    let w = &text.as_bytes()[t.start..t.end];
    w.len() >= 3 && matches!(w[0], b'R' | b'D' | b'I') && w[1] == b'-' && w[2].is_ascii_uppercase()
}

fn is_number(t: &Token, text: &str) -> bool {
    text[t.start..t.end].starts_with(|c: char| c.is_ascii_digit())
}

/// Is the phrase after the verb at `v` its subject ("…, said Larry Sabato.")?
pub fn inverted_subject(toks: &[Token], v: usize, hi: usize) -> bool {
    // Right after a closing quote ("…,” wrote one supporter who …) any phrase is the subject.
    let after_quote = v > 0
        && (toks[v - 1].kind == Kind::Close
            || v > 1 && toks[v - 1].is(',') && toks[v - 2].kind == Kind::Close);
    if after_quote && np_right(toks, v + 1, hi).is_some() {
        return true;
    }
    match np_right(toks, v + 1, hi) {
        Some((a, b)) => {
            (toks[a].cap || toks[a].lex.has(PRON_PERSON | DET))
                && (b >= hi || matches!(toks[b].kind, Kind::Punct('.' | ',' | ';' | '(')))
        }
        None => false,
    }
}

/// A passive cue: the agent after "by" is the source; without one the source is unnamed.
pub fn passive_frame(
    text: &str,
    toks: &[Token],
    (lo, hi): (usize, usize),
    v: usize,
    class: CueClass,
    subj: Option<(usize, usize)>,
) -> Option<Attr> {
    let by = v + 1 < hi && is_word(text, &toks[v + 1], "by");
    // "The deal was criticized by Senator Warren": any noun phrase is the patient when an agent
    // follows.
    let loose = || {
        (by && v > lo + 1)
            .then(|| np_left_with(text, toks, lo, skip_aux_left(toks, lo, v), true))
            .flatten()
    };
    let (sa, sb) = subj.or_else(loose)?;
    let agent = if by { np_right(toks, v + 2, hi) } else { None };
    let after = agent.map_or(v + 1, |(_, b)| b);
    let content = match content_start(text, toks, after, hi, CueClass::Say) {
        Some(s) if class != CueClass::Trans || !by => (s, content_end(text, toks, s, hi)),
        _ => (sa, sb),
    };
    if by && agent.is_none() {
        return None;
    }
    Some(Attr {
        content,
        source: agent,
        implied: agent.is_none().then_some("unnamed"),
        cue: (v - 1, v + 1),
        frame: "X was V-ed (by S)",
    })
}

/// Words that open a time adjunct before a verb ("on Tuesday", "late Thursday night").
const TIME_OPENERS: &[&str] = &[
    "on", "this", "last", "late", "early", "earlier", "in", "next",
];

/// Skips a time adjunct between a subject and its verb, leftwards from `end`: "the senator on
/// Tuesday dismissed", "Reeves late Thursday night issued", "two states this year passed".
fn skip_time_left(text: &str, toks: &[Token], lo: usize, end: usize) -> usize {
    let mut j = end;
    while j > lo + 1 && toks[j - 1].is_word() && toks[j - 1].lex.has(TIME) && end - j < 3 {
        j -= 1;
    }
    if j == end {
        return end;
    }
    let opener = |t: &Token| {
        TIME_OPENERS
            .iter()
            .any(|w| text[t.start..t.end].eq_ignore_ascii_case(w))
    };
    while j > lo + 1 && toks[j - 1].is_word() && opener(&toks[j - 1]) && end - j < 4 {
        j -= 1;
    }
    // Only when a subject is left before it.
    if toks[j - 1].is_word() && !toks[j - 1].lex.has(STOP) {
        skip_aux_left(toks, lo, j)
    } else {
        end
    }
}
