//! The subject of a participle clause ("Hours later, Trump left, saying …"): which clause the
//! "-ing" cue hangs on, and the noun phrase that opens it.

use super::content::is_word;
use super::control::{object_of_control, relative_that};
use super::cues::CueClass;
use super::lexicon::{
    AUX, DET, DOC, ORG, PRON_GROUP, PRON_PERSON, REL, STOP, TIME, TITLE, UNNAMED,
};
use super::sources::np_right;
use super::token::{Kind, Token, is_possessive};

/// The subject of a participle at `v` ("…, adding"): the subject of the clause it hangs on, which is
/// the previous attribution's source `prev` unless a later clause has its own ("X said A, and Y
/// left, saying B").
pub fn participle_subject(
    text: &str,
    toks: &[Token],
    lo: usize,
    v: usize,
    prev: Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    let stop = if v > lo && toks[v - 1].is(',') {
        v - 1
    } else {
        v
    };
    // A clause inside the previous attribution's content ("said that A and B are …") is not it.
    let inside = prev.is_some_and(|p| {
        (p.1..stop).any(|i| toks[i].is_quote() || is_word(text, &toks[i], "that"))
    });
    if inside {
        return prev;
    }
    let from = prev
        .map_or(lo, |p| p.1 + 1)
        .max(stop.saturating_sub(60))
        .max(lo);
    let nearest = (from..stop)
        .rev()
        .filter(|&s| {
            s == lo
                || matches!(toks[s - 1].kind, Kind::Punct(',' | '—' | '–' | '-' | ';'))
                || is_word(text, &toks[s], "and")
                || is_word(text, &toks[s], "but")
        })
        .find_map(|s| np_before_verb(text, toks, s, stop));
    nearest
        .or(prev)
        .or_else(|| clause_subject(text, toks, lo, v))
}

/// Does the "-ing" cue at `v` hang on the clause before it: "…, saying C", "has rallied crowds by
/// promising C", "…, at one point calling N …"?
pub fn hangs_on_clause(text: &str, toks: &[Token], lo: usize, v: usize) -> bool {
    v > lo + 1
        && (toks[v - 1].is(',')
            || ["by", "while", "point"]
                .iter()
                .any(|w| is_word(text, &toks[v - 1], w)))
}

/// "when Sanders protesters interrupted": the noun phrase at `s` (after a subordinator), when a
/// verb follows it.
pub(super) fn np_before_verb(
    text: &str,
    toks: &[Token],
    mut s: usize,
    stop: usize,
) -> Option<(usize, usize)> {
    if SUBORDINATORS.iter().any(|w| is_word(text, &toks[s], w)) {
        s += 1;
    }
    let first = toks.get(s).filter(|_| s < stop && toks[s].is_word())?;
    let possessive = |np: &(usize, usize)| {
        let w = &text[toks[np.1 - 1].start..toks[np.1 - 1].end];
        is_possessive(w)
    };
    let (a, b) = if first.lex.has(PRON_PERSON | PRON_GROUP) {
        (s, s + 1)
    } else if first.lex.has(DET)
        || !first.cap && first.lex.has(UNNAMED | ORG | DOC)
        || np_right(toks, s, stop).is_some_and(|np| possessive(&np))
    {
        // "the families of the company's founders had mobilized": up to a clear verb.
        let v = (s + 1..stop.min(s + 9))
            .take_while(|&j| toks[j].is_word() || toks[j].is('-'))
            .find(|&j| clear_verb(text, &toks[j]))?;
        return (v > s + usize::from(first.lex.has(DET))).then_some((s, v));
    } else if first.cap
        && !first.lex.has(STOP | TIME | AUX | REL)
        && first.lex.cue == CueClass::None
    {
        // "when Sanders protesters interrupted her": the phrase ends before its verb.
        let (a, b) = np_right(toks, s, stop)?;
        let cut = (a + 1..b).find(|&j| clear_verb(text, &toks[j]));
        (a, cut.unwrap_or(b))
    } else {
        return None;
    };
    let verb = toks.get(b).filter(|_| b < stop)?;
    let verb_like = verb.is_word()
        && !verb.cap
        && (!verb.lex.has(STOP | DET | TIME | REL) || verb.lex.has(AUX));
    if !verb_like {
        return None;
    }
    head_ok(toks, a, b)
}

/// A lowercase word that can only be a verb here: an auxiliary, a cue or a past form.
fn clear_verb(text: &str, t: &Token) -> bool {
    t.is_word()
        && !t.cap
        && (t.lex.has(AUX) && !t.lex.has(STOP)
            || t.lex.cue != CueClass::None
            || text[t.start..t.end].ends_with("ed"))
}

/// The opening subject of the sentence, after a dateline or an opening phrase ("For months, Obama …").
pub fn clause_subject(text: &str, toks: &[Token], lo: usize, v: usize) -> Option<(usize, usize)> {
    if let Some(np) =
        object_of_control(text, toks, lo, v).or_else(|| relative_that(text, toks, lo, v))
    {
        return Some(np);
    }
    let mut s = lo;
    // A dateline ("PARIS (AP) —") comes before the sentence proper.
    // "ORLANDO, Fla. (Reuters) - …": a hyphen standing alone after the agency is a dash too.
    let dash = |i: usize| {
        matches!(toks[i].kind, Kind::Punct('—' | '–'))
            || toks[i].is('-') && i > lo && toks[i - 1].is(')')
    };
    let w = &text[toks[lo].start..toks[lo].end];
    let place = w.len() > 1 && !w.chars().any(char::is_lowercase);
    let dateline = (lo..(lo + 12).min(v))
        .find(|&i| dash(i))
        .filter(|&d| place || toks[d - 1].is(')'));
    if let Some(d) = dateline {
        s = d + 1;
    }
    // "For two years, his father refused …": an opening preposition is no subject.
    if toks[s].lex.has(STOP | TIME) || is_word(text, &toks[s], "for") {
        s = (s..v).find(|&i| toks[i].is(','))? + 1;
    }
    // "The authors found …", "A new batch of emails shows …": a determiner opens a phrase that
    // runs to its verb (a name would end at the first lowercase word: "The").
    if s < v && toks[s].lex.has(DET) && !toks[s].lex.has(PRON_PERSON) {
        let verb = (s + 1..v.min(s + 10))
            .take_while(|&j| toks[j].is_word() || toks[j].is('-'))
            .find(|&j| clear_verb(text, &toks[j]))
            .or_else(|| (v <= s + 10 && (s + 1..v).all(|j| toks[j].is_word())).then_some(v));
        if let Some(e) = verb.filter(|&e| e > s + 1) {
            return Some((s, e));
        }
    }
    let (a, b) = np_right(toks, s, v)?;
    head_ok(toks, a, b)
}

/// Cuts a name at its first plain lowercase word ("Marco Rubio tweeted …") and checks its head.
fn head_ok(toks: &[Token], a: usize, mut b: usize) -> Option<(usize, usize)> {
    if let Some(cut) = (a + 1..b).find(|&i| {
        let t = &toks[i];
        toks[i - 1].cap
            && !toks[i - 1].lex.has(DET)
            && t.is_word()
            && !t.cap
            && !t.lex.has(DET | TITLE | UNNAMED | ORG | DOC)
    }) {
        b = cut;
    }
    let head = &toks[b - 1];
    let ok = head.cap || head.lex.has(PRON_PERSON | PRON_GROUP | UNNAMED | ORG | DOC);
    ok.then_some((a, b))
}

/// Words that open a clause before its subject ("…, when Sanders protesters interrupted").
const SUBORDINATORS: &[&str] = &[
    "when", "as", "while", "after", "before", "and", "but", "then", "because", "since", "although",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::tokenize;

    /// The subject found for the participle `cue` of `text`, given the previous source's words.
    fn subject_of(text: &str, cue: &str, prev: Option<&str>) -> Option<String> {
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        let word = |w: &str| toks.iter().position(|t| &text[t.start..t.end] == w);
        let v = word(cue)?;
        let prev = prev.and_then(word).map(|i| (i, i + 1));
        let (a, b) = participle_subject(text, &toks, 0, v, prev)?;
        Some(text[toks[a].start..toks[b - 1].end].to_string())
    }

    #[test]
    fn an_opening_phrase_is_not_the_subject_of_a_participle() {
        let s = "Hours later, Velt returned the favor to Marsh, telling reporters he was glad.";
        assert_eq!(subject_of(s, "telling", None).as_deref(), Some("Velt"));
        let s = "Speaking in Port Alder, Maine, Velt went after Marsh, calling him weak.";
        assert_eq!(subject_of(s, "calling", None).as_deref(), Some("Velt"));
    }

    #[test]
    fn a_participle_takes_the_subject_of_the_nearest_clause() {
        let s = "The row began at a rally, when protesters interrupted her, shouting slogans.";
        assert_eq!(
            subject_of(s, "shouting", None).as_deref(),
            Some("protesters")
        );
        let s =
            "Shortly after the vote, the families of the founders had mobilized, warning of cuts.";
        assert_eq!(
            subject_of(s, "warning", None).as_deref(),
            Some("the families of the founders")
        );
    }

    #[test]
    fn a_later_clause_with_its_own_subject_overrides_the_previous_source() {
        let s =
            "Judges charged the officer and Velt fired his chief, Ann Roe, acknowledging the loss.";
        assert_eq!(
            subject_of(s, "acknowledging", Some("Judges")).as_deref(),
            Some("Velt")
        );
        let s = "Velt has said that the board and its allies are wrong, pointing to his record.";
        assert_eq!(
            subject_of(s, "pointing", Some("Velt")).as_deref(),
            Some("Velt")
        );
    }

    #[test]
    fn a_dateline_with_an_agency_and_a_hyphen_is_not_the_subject() {
        let s = "ORLANDO, Fla. (Reuters) - President Ann Roe met the families on Thursday, saying \
                 the law must change.";
        assert_eq!(
            subject_of(s, "saying", None).as_deref(),
            Some("President Ann Roe")
        );
        let s = "Ann Roe changed her mind on the spot – saying she now backs the plan.";
        assert_eq!(subject_of(s, "saying", None).as_deref(), Some("Ann Roe"));
    }

    #[test]
    fn a_possessive_name_is_not_a_subject_by_itself() {
        let s = "On Friday, Velt met Marsh at Lake Hall, Marsh's private club, calling him wise.";
        assert_eq!(
            subject_of(s, "calling", Some("Velt")).as_deref(),
            Some("Velt")
        );
    }
}
